// SPDX-License-Identifier: Apache-2.0
// Certificates read back out of the generated PDF, as a customer's software or an inspector would.
#include "reports/CertificateWriter.h"
#include "reports/DccWriter.h"
#include "support/DccXml.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Etalon;
using Etalon::Test::dccSchemaErrors;
using Etalon::Test::valuesAt;
using Etalon::Test::xmlNodes;

namespace {

CertificateData verification()
{
    CertificateData d;
    d.kind = CertificateKind::Verification;
    d.language = CertificateLanguage::Bilingual;
    d.number = QStringLiteral("0012-26");
    d.issueDate = QDate(2026, 11, 25);
    d.placeOfIssue = QStringLiteral("Tuyên Quang");
    d.labName = QStringLiteral("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Tuyên Quang");
    d.labAddress = QStringLiteral("Phường Minh Xuân, tỉnh Tuyên Quang");
    d.designationNumber = QStringLiteral("ĐK 123");
    d.instrumentName = QStringLiteral("Cân bàn, cân đĩa, cân treo");
    d.instrumentNameEn = QStringLiteral("Counter, platform and hanging scale");
    d.model = QStringLiteral("TPE-60");
    d.serial = QStringLiteral("S-123");
    d.manufacturer = QStringLiteral("Nhơn Hòa");
    d.country = QStringLiteral("Việt Nam");
    d.year = QStringLiteral("2024");
    d.characteristics = {QStringLiteral("Max = 60 kg"), QStringLiteral("e = d = 10 g"),
                         QStringLiteral("Cấp chính xác: III")};
    d.ownerName = QStringLiteral("Công ty TNHH Minh Phát");
    d.placeOfUse = QStringLiteral("Chợ Tam Cờ");
    d.procedureCode = QStringLiteral("ĐLVN 14:2009");
    d.procedureTitle = QStringLiteral("Cân bàn – Quy trình kiểm định");
    d.mode = QStringLiteral("Định kỳ / Periodic");
    d.dateOfWork = QDate(2026, 4, 16);
    d.standards = {{QStringLiteral("Bộ quả cân M1"), QStringLiteral("QC-01"), QStringLiteral("V26-0123/VMI"),
                    QStringLiteral("Viện Đo lường Việt Nam"), QDate(2027, 1, 9)}};
    d.rows = {{QStringLiteral("1"), QStringLiteral("20 kg"), QStringLiteral("20,01 kg"), QStringLiteral("0,01 kg"),
               QStringLiteral("10 g"), QString(), QStringLiteral("Đạt"), Stage::AsFound}};
    d.passed = true;
    d.validUntil = QDate(2027, 4, 30);
    d.stamp = QStringLiteral("TQ/000123");
    d.verifierName = QStringLiteral("Trần Văn Minh");
    d.approverName = QStringLiteral("Nguyễn Thị Lan");
    d.approverTitle = QStringLiteral("GIÁM ĐỐC");
    return d;
}

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(program.toStdString() << " " << QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString writeAndRead(const CertificateData& data, const CertificateWriter::Options& options, const QString& path)
{
    REQUIRE(CertificateWriter::write(path, data, options));
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

} // namespace

TEST_CASE("a verification certificate carries every required field, diacritics intact", "[reports][certificate]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cert.pdf"));
    const QString text = writeAndRead(verification(), {}, path);
    for (const char* expected : {"GIẤY CHỨNG NHẬN KIỂM ĐỊNH",
                                 "CERTIFICATE OF VERIFICATION",
                                 "0012-26",
                                 "Cân bàn, cân đĩa, cân treo",
                                 "S-123",
                                 "Cơ sở sản xuất",
                                 "Nhơn Hòa",
                                 "Nước sản xuất",
                                 "Việt Nam",
                                 "Cơ sở sử dụng",
                                 "Phương pháp thực hiện",
                                 "Tem kiểm định số",
                                 "Có hiệu lực đến",
                                 "Công ty TNHH Minh Phát",
                                 "Chợ Tam Cờ",
                                 "ĐLVN 14:2009 — Cân bàn – Quy trình kiểm định",
                                 "Định kỳ",
                                 "Đạt yêu cầu kỹ thuật đo lường",
                                 "TQ/000123",
                                 "30/04/2027",
                                 "Tuyên Quang, ngày 25 tháng 11 năm 2026",
                                 "Trần Văn Minh",
                                 "Nguyễn Thị Lan",
                                 "GIÁM ĐỐC",
                                 "Trang 1/1",
                                 "Bộ quả cân M1",
                                 "V26-0123/VMI",
                                 "Số đăng ký"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    CHECK_FALSE(text.contains(QStringLiteral("MẪU")));
    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        INFO(line.toStdString());
        CHECK(line.contains(QStringLiteral(" yes ")));
    }
}

TEST_CASE("a long calibration certificate breaks its table across pages, numbered x of y", "[reports][certificate]")
{
    CertificateData d = verification();
    d.kind = CertificateKind::Calibration;
    d.rows.clear();
    for (int i = 1; i <= 70; ++i)
        d.rows.append({QString::number(i), QStringLiteral("%1 kg").arg(i), QStringLiteral("%1,01 kg").arg(i),
                       QStringLiteral("0,01 kg"), QString(), QStringLiteral("0,011 kg (k = 2,52)"), QString(),
                       Stage::AsFound});
    d.validUntil.reset();
    d.environment = QStringLiteral("20,1 °C; 55 %RH");
    d.dateOfReceipt = QDate(2026, 4, 10);
    d.recommendedInterval = QStringLiteral("12 tháng (theo thỏa thuận với khách hàng)");
    QTemporaryDir dir;
    const QString text = writeAndRead(d, {}, dir.filePath(QStringLiteral("cal.pdf")));
    CHECK(text.contains(QStringLiteral("GIẤY CHỨNG NHẬN HIỆU CHUẨN")));
    CHECK(text.contains(QStringLiteral("The results relate only to the item calibrated")));
    CHECK(text.contains(QStringLiteral("Trang 2/")));
    CHECK(text.count(QStringLiteral("Giá trị chuẩn")) >= 2); // the header is repeated on the next page
    CHECK(text.contains(QStringLiteral("70,01 kg")));
    CHECK_FALSE(text.contains(QStringLiteral("Tuyên bố sự phù hợp")));
    CHECK(text.contains(QStringLiteral("10/04/2026")));
    CHECK(text.contains(QStringLiteral("12 tháng (theo thỏa thuận với khách hàng)")));
}

TEST_CASE("results found before an adjustment and those left after it are printed in tables of their own",
          "[reports][certificate][calibration]")
{
    CertificateData d = verification();
    d.kind = CertificateKind::Calibration;
    d.validUntil.reset();
    d.rows = {{QStringLiteral("1"), QStringLiteral("20 kg"), QStringLiteral("20,04 kg"), QStringLiteral("0,04 kg"),
               QString(), QStringLiteral("0,01 kg (k = 2)"), QString(), Stage::AsFound},
              {QStringLiteral("2"), QStringLiteral("20 kg"), QStringLiteral("20,00 kg"), QStringLiteral("0,00 kg"),
               QString(), QStringLiteral("0,01 kg (k = 2)"), QString(), Stage::AsLeft}};
    QTemporaryDir dir;
    const QString text = writeAndRead(d, {}, dir.filePath(QStringLiteral("adjusted.pdf")));
    INFO(text.toStdString());
    const auto found = text.indexOf(QStringLiteral("Trước hiệu chỉnh"));
    const auto left = text.indexOf(QStringLiteral("Sau hiệu chỉnh"));
    REQUIRE(found >= 0);
    REQUIRE(left > found);
    CHECK(text.indexOf(QStringLiteral("20,04 kg")) > found);
    CHECK(text.indexOf(QStringLiteral("20,04 kg")) < left);
    CHECK(text.indexOf(QStringLiteral("20,00 kg")) > left);
    CHECK(text.contains(QStringLiteral("As left, after adjustment")));
    // The stage is part of what was issued: it reads back from the stored content.
    auto back = CertificateData::fromCanonicalJson(d.canonicalJson());
    REQUIRE(back);
    CHECK(back->rows[1].stage == Stage::AsLeft);
    CHECK(back->contentHash() == d.contentHash());
    // Without an adjustment there is one table and no stage heading.
    d.rows.removeLast();
    const QString single = writeAndRead(d, {}, dir.filePath(QStringLiteral("single.pdf")));
    CHECK_FALSE(single.contains(QStringLiteral("Trước hiệu chỉnh")));
}

TEST_CASE("a calibration's statement of conformity names its requirement and shows each limit and outcome",
          "[reports][certificate][calibration]")
{
    CertificateData d = verification();
    d.kind = CertificateKind::Calibration;
    d.language = CertificateLanguage::Vietnamese;
    d.validUntil.reset();
    d.conformityStatement = true;
    d.passed = true;
    d.decisionRule = QStringLiteral("Chấp nhận đơn giản (ILAC-G8:09/2019 4.2.1)");
    d.rows = {{QStringLiteral("1"), QStringLiteral("20 kg"), QStringLiteral("20,01 kg"), QStringLiteral("0,01 kg"),
               QStringLiteral("±0,02 kg"), QStringLiteral("0,004 kg (k = 2,00)"), QStringLiteral("Đạt"),
               Stage::AsFound}};
    QTemporaryDir dir;
    const QString text = writeAndRead(d, {}, dir.filePath(QStringLiteral("conformity.pdf"))).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Phù hợp với sai số lớn nhất cho phép theo ĐLVN 14:2009")));
    CHECK(text.contains(QStringLiteral("±0,02 kg")));
    CHECK(text.contains(QStringLiteral("Đạt")));
    CHECK(text.contains(QStringLiteral("Chấp nhận đơn giản")));
    // Without a statement, no limit column.
    d.conformityStatement = false;
    CHECK_FALSE(writeAndRead(d, {}, dir.filePath(QStringLiteral("plain.pdf"))).contains(QStringLiteral("±0,02 kg")));
}

TEST_CASE("the lab's logo from its settings is printed in the header", "[reports][certificate]")
{
    QImage logo(64, 64, QImage::Format_RGB32);
    logo.fill(QColor(0x1f, 0x4e, 0x79));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(logo.save(&buffer, "PNG"));
    CertificateData d = verification();
    d.logoPng = png;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logo.pdf"));
    REQUIRE(CertificateWriter::write(path, d, {}));
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    CHECK(images.split(u'\n', Qt::SkipEmptyParts).size() >= 3); // two header lines and the logo
}

TEST_CASE("a failure record states the failure and no validity; demo prints are marked", "[reports][certificate]")
{
    CertificateData d = verification();
    d.kind = CertificateKind::FailureRecord;
    d.passed = false;
    d.validUntil.reset();
    d.stamp.clear();
    d.failures = {QStringLiteral("Điểm 2: |sai số| 30 g vượt sai số cho phép 15 g")};
    d.demo = true;
    QTemporaryDir dir;
    const QString text = writeAndRead(d, {}, dir.filePath(QStringLiteral("fail.pdf")));
    CHECK(text.contains(QStringLiteral("BIÊN BẢN KIỂM ĐỊNH")));
    CHECK(text.contains(QStringLiteral("Không đạt yêu cầu kỹ thuật đo lường")));
    CHECK(text.contains(QStringLiteral("vượt sai số cho phép 15 g")));
    CHECK_FALSE(text.contains(QStringLiteral("Có giá trị đến")));
    CHECK(text.contains(QStringLiteral("SAMPLE — DEMO DATA")));
}

TEST_CASE("the QR code on the page reads back as its payload", "[reports][certificate][qr]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qr.pdf"));
    const QByteArray payload = "ETALON1|0012-26|2026-11-25|0123456789abcdef|signature";
    REQUIRE(CertificateWriter::write(path, verification(), {payload, {}}));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
         QStringLiteral("-l"), QStringLiteral("1"), path, dir.filePath(QStringLiteral("page"))});
    const QString decoded =
        run(QStringLiteral("zbarimg"),
            {QStringLiteral("-q"), QStringLiteral("--raw"), dir.filePath(QStringLiteral("page-1.png"))});
    CHECK(decoded.trimmed() == QString::fromLatin1(payload));
}

TEST_CASE("the DCC of a thermometer states a °C error with a U certified in K as a difference",
          "[reports][dcc][temperature]")
{
    const auto q = [](const char* text) { return Quantity::parse(QString::fromUtf8(text)).value(); };
    CertificateData d = verification();
    d.kind = CertificateKind::Calibration;
    d.validUntil.reset();
    d.measurements = {CertificateMeasurement{QStringLiteral("1"), q("37 °C"), q("37.050 °C"),
                                             Quantity::difference(Decimal(30, 3), q("1 °C").unit()),
                                             Quantity::difference(Decimal(31, 3), q("1 K").unit()), 2.0, 0.9545}};
    auto xml = DccWriter::write(d, QStringLiteral("1.0"));
    REQUIRE(xml);
    const QString text = QString::fromUtf8(*xml);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("<si:value>0.030</si:value>")));
    CHECK(text.contains(QStringLiteral("<si:uncertainty>0.031</si:uncertainty>")));
    CHECK(text.contains(QStringLiteral("<si:unit>\\degreecelsius</si:unit>")));
    CHECK_FALSE(text.contains(QStringLiteral("273")));
}

namespace {

// A calibration of the scale with a point at \a loads in kg, each in its stage.
CertificateData calibration(const QList<std::pair<int, Stage>>& loads)
{
    CertificateData d = verification();
    d.kind = CertificateKind::Calibration;
    d.validUntil.reset();
    for (const auto& [load, stage] : loads) {
        const Quantity reference = Quantity::parse(QStringLiteral("%1 kg").arg(load)).value();
        const Quantity indication = Quantity::parse(QStringLiteral("%1.01 kg").arg(load)).value();
        CertificateMeasurement m{QString::number(d.measurements.size() + 1), reference, indication,
                                 Quantity::parse(QStringLiteral("0.01 kg")).value(), std::nullopt};
        m.stage = stage;
        d.measurements.append(m);
    }
    return d;
}

// The DCC's XML, checked against the schema.
QList<QPair<QString, QString>> validDcc(const CertificateData& d)
{
    auto xml = DccWriter::write(d, QStringLiteral("1.0"));
    REQUIRE(xml);
    INFO(xml->toStdString());
    REQUIRE(dccSchemaErrors(*xml) == QString());
    return xmlNodes(*xml);
}

} // namespace

TEST_CASE("the DCC keeps the results found before an adjustment and those left after it in groups of their own",
          "[reports][dcc]")
{
    const auto groupsAndPoints =
        QStringList{QStringLiteral("measurementResult@refType"), QStringLiteral("measurementResult/name/content"),
                    QStringLiteral("results/result/name/content")};
    CertificateData adjusted =
        calibration({{10, Stage::AsFound}, {20, Stage::AsFound}, {10, Stage::AsLeft}, {20, Stage::AsLeft}});
    CHECK(valuesAt(validDcc(adjusted), groupsAndPoints) ==
          QStringList{QStringLiteral("etalon_asFound"), QStringLiteral("Trạng thái ban đầu"),
                      QStringLiteral("As found"), QStringLiteral("Điểm 1"), QStringLiteral("Point 1"),
                      QStringLiteral("Điểm 2"), QStringLiteral("Point 2"), QStringLiteral("etalon_asLeft"),
                      QStringLiteral("Sau hiệu chỉnh"), QStringLiteral("As left"), QStringLiteral("Điểm 3"),
                      QStringLiteral("Point 3"), QStringLiteral("Điểm 4"), QStringLiteral("Point 4")});
    // Each point's values are told apart by their refTypes, not their English names.
    CHECK(valuesAt(validDcc(adjusted), {QStringLiteral("list/quantity@refType")}).mid(0, 3) ==
          QStringList{QStringLiteral("basic_referenceValue"), QStringLiteral("basic_measuredValue"),
                      QStringLiteral("basic_measurementError")});
    // A weighing instrument's groups also carry DKD-E 7-3's first and last measurement.
    adjusted.typeCode = QStringLiteral("NAWI");
    CHECK(valuesAt(validDcc(adjusted), {QStringLiteral("measurementResult@refType")}) ==
          QStringList{QStringLiteral("etalon_asFound NAWI_initialMeasurement"),
                      QStringLiteral("etalon_asLeft NAWI_finalMeasurement")});
    CertificateData found = calibration({{10, Stage::AsFound}, {20, Stage::AsFound}});
    CHECK(valuesAt(validDcc(found), {QStringLiteral("measurementResult@refType")}) ==
          QStringList{QStringLiteral("etalon_asFound")});
    found.typeCode = QStringLiteral("NAWI");
    CHECK(valuesAt(validDcc(found), {QStringLiteral("measurementResult@refType")}) ==
          QStringList{QStringLiteral("etalon_asFound NAWI_initialMeasurement NAWI_finalMeasurement")});
}

TEST_CASE("the DCC names each standard with its serial and its own calibration certificate, its issuer and validity",
          "[reports][dcc]")
{
    CertificateData d = calibration({{20, Stage::AsFound}});
    d.standards.append({QStringLiteral("Quả cân 1 kg"), QStringLiteral("W-7"), {}, {}, {}});
    const auto nodes = validDcc(d);
    CHECK(valuesAt(nodes, {QStringLiteral("measuringEquipment@refType")}) ==
          QStringList{QStringLiteral("basic_measurementStandard"), QStringLiteral("basic_measurementStandard")});
    CHECK(valuesAt(nodes,
                   {QStringLiteral("measuringEquipment/identifications/identification@refType"),
                    QStringLiteral("measuringEquipment/identifications/identification/value")}) ==
          QStringList{QStringLiteral("basic_serialNo"), QStringLiteral("QC-01"),
                      QStringLiteral("etalon_calibrationCertificate"), QStringLiteral("V26-0123/VMI"),
                      QStringLiteral("basic_serialNo"), QStringLiteral("W-7")});
    CHECK(valuesAt(nodes, {QStringLiteral("measuringEquipment/description/content")}) ==
          QStringList{QStringLiteral("Giấy chứng nhận hiệu chuẩn số V26-0123/VMI do Viện Đo lường Việt Nam cấp, có giá "
                                     "trị đến 2027-01-09"),
                      QStringLiteral("Calibration certificate V26-0123/VMI issued by Viện Đo lường Việt Nam, valid "
                                     "until 2027-01-09")});
    CHECK(valuesAt(nodes, {QStringLiteral("items/item/identifications/identification@refType")}) ==
          QStringList{QStringLiteral("basic_serialNo")});
}

TEST_CASE("the DCC states the date the item was received, else the date of the work", "[reports][dcc]")
{
    CertificateData d = calibration({{20, Stage::AsFound}});
    CHECK(valuesAt(validDcc(d), {QStringLiteral("coreData/receiptDate")}) == QStringList{QStringLiteral("2026-04-16")});
    d.dateOfReceipt = QDate(2026, 4, 14);
    CHECK(valuesAt(validDcc(d), {QStringLiteral("coreData/receiptDate")}) == QStringList{QStringLiteral("2026-04-14")});
}

TEST_CASE("an amendment's DCC names the certificate it replaces with the SHA-256 of its PDF", "[reports][dcc]")
{
    CertificateData d = calibration({{20, Stage::AsFound}});
    CHECK(valuesAt(validDcc(d), {QStringLiteral("previousReport")}).isEmpty());
    d.replaces = QStringLiteral("0011-26");
    d.replacesSha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    CHECK(valuesAt(validDcc(d),
                   {QStringLiteral("coreData/previousReport/referralID"),
                    QStringLiteral("coreData/previousReport/procedure"),
                    QStringLiteral("coreData/previousReport/value")}) ==
          QStringList{QStringLiteral("0011-26"), QStringLiteral("SHA-256"), d.replacesSha256});
}

TEST_CASE("the DCC of a withdrawn or replaced certificate says so, with the date and the reason", "[reports][dcc]")
{
    const QStringList statusAt{QStringLiteral("statement@refType"), QStringLiteral("statement/reference"),
                               QStringLiteral("statement/valid"), QStringLiteral("statement/date")};
    CertificateData d = calibration({{20, Stage::AsFound}});
    CHECK(valuesAt(validDcc(d), statusAt).isEmpty());
    d.status = {QStringLiteral("withdrawn"), QDate(2026, 12, 1), QStringLiteral("sai số hiệu / wrong serial"), {}};
    auto nodes = validDcc(d);
    CHECK(valuesAt(nodes, statusAt) ==
          QStringList{QStringLiteral("etalon_withdrawn"), QStringLiteral("false"), QStringLiteral("2026-12-01")});
    CHECK(valuesAt(nodes, {QStringLiteral("statement/declaration/content")}).mid(0, 2) ==
          QStringList{
              QStringLiteral("Giấy chứng nhận này đã bị thu hồi ngày 2026-12-01. Lý do: sai số hiệu / wrong "
                             "serial"),
              QStringLiteral("This certificate was withdrawn on 2026-12-01. Reason: sai số hiệu / wrong serial")});
    d.status = {QStringLiteral("replaced"), QDate(2026, 12, 2), QStringLiteral("typo"), QStringLiteral("0013-26")};
    nodes = validDcc(d);
    CHECK(valuesAt(nodes, statusAt) ==
          QStringList{QStringLiteral("etalon_replaced"), QStringLiteral("0013-26"), QStringLiteral("false"),
                      QStringLiteral("2026-12-02")});
    CHECK(valuesAt(nodes, {QStringLiteral("statement/declaration/content")}).value(1) ==
          QStringLiteral("This certificate was superseded by certificate 0013-26 on 2026-12-02. Reason: typo"));
}

TEST_CASE("the model form's head: the governing body and the lab beside the Quốc hiệu and its tiêu ngữ, the copy "
          "the same plus its mark",
          "[reports][certificate]")
{
    QTemporaryDir dir;
    CertificateData d = verification();
    d.nationalHeading = true;
    d.governingBody = QStringLiteral("Sở Khoa học và Công nghệ Tuyên Quang");
    const QString text = writeAndRead(d, {}, dir.filePath(QStringLiteral("head.pdf")));
    bool sideBySide = false;
    for (const QString& line : text.split(u'\n'))
        sideBySide = sideBySide ||
            (line.contains(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ")) &&
             line.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(sideBySide);
    CHECK(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    CHECK(text.contains(QStringLiteral("TRUNG TÂM KỸ THUẬT")));
    // The head is Vietnamese in an English certificate too, with its English beside it; so is the date line.
    CHECK(text.contains(QStringLiteral("SOCIALIST REPUBLIC OF VIET NAM"))); // bilingual
    CHECK(text.contains(QStringLiteral("ngày 25 tháng 11 năm 2026 / 25 November 2026")));
    d.language = CertificateLanguage::English;
    const QString english = writeAndRead(d, {}, dir.filePath(QStringLiteral("en.pdf")));
    CHECK(english.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(english.contains(QStringLiteral("Independence - Freedom - Happiness")));
    d.language = CertificateLanguage::Vietnamese;
    CHECK_FALSE(
        writeAndRead(d, {}, dir.filePath(QStringLiteral("vi.pdf"))).contains(QStringLiteral("SOCIALIST REPUBLIC")));
    // A copy is the original, word for word at the same place on the page, plus its mark.
    d.language = CertificateLanguage::Bilingual;
    CertificateWriter::Options marked;
    marked.mark = QStringLiteral("BẢN SAO / COPY");
    REQUIRE(CertificateWriter::write(dir.filePath(QStringLiteral("original.pdf")), d, {}));
    REQUIRE(CertificateWriter::write(dir.filePath(QStringLiteral("copy.pdf")), d, marked));
    const auto words = [&](const char* file) {
        QStringList out;
        static const QRegularExpression word(
            QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>"));
        const QString xml =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), dir.filePath(QString::fromLatin1(file)), QStringLiteral("-")});
        for (auto it = word.globalMatch(xml); it.hasNext();) {
            const auto m = it.next();
            out.append(QStringLiteral("%1 @ %2,%3").arg(m.captured(3), m.captured(1), m.captured(2)));
        }
        return out;
    };
    const QStringList copyWords = words("copy.pdf");
    for (const QString& line : words("original.pdf")) {
        INFO(line.toStdString());
        CHECK(copyWords.contains(line));
    }
    CHECK(copyWords.join(u' ').contains(QStringLiteral("SAO")));
}

namespace {

/** Each page's text, from pdftotext page by page. */
QStringList pageTexts(const QString& path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    static const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = pagesLine.match(info).captured(1).toInt();
    QStringList out;
    for (int page = 1; page <= pages; ++page)
        out.append(run(QStringLiteral("pdftotext"),
                       {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), path,
                        QStringLiteral("-")}));
    return out;
}

QList<CertificateRow> points(int n)
{
    QList<CertificateRow> rows;
    for (int i = 1; i <= n; ++i)
        rows.append({QString::number(i), QStringLiteral("%1 kg").arg(i * 2), QStringLiteral("%1,01 kg").arg(i * 2),
                     QStringLiteral("0,01 kg"), QStringLiteral("±0,02 kg"), QStringLiteral("0,02 kg (k = 2)"),
                     QStringLiteral("Đạt"), Stage::AsFound});
    return rows;
}

} // namespace

TEST_CASE("the decision and the signatures never stand alone: they share page 1 with the number and the instrument, "
          "the results going to an annex when they do not fit",
          "[reports][certificate][layout]")
{
    QTemporaryDir dir;
    struct Variant
    {
        const char* name;
        CertificateData data;
    };
    QList<Variant> variants;
    variants.append({"one point, bilingual", verification()});
    CertificateData many = verification();
    many.rows = points(25);
    many.nationalHeading = true;
    many.governingBody = QStringLiteral("Sở Khoa học và Công nghệ Tuyên Quang");
    variants.append({"25 points with the national head", many});
    CertificateData longNames = many;
    longNames.ownerName = QStringLiteral("Công ty Trách nhiệm Hữu hạn Một Thành viên Xăng dầu và Dịch vụ Thương mại "
                                         "Tổng hợp Miền núi phía Bắc Chi nhánh Tuyên Quang");
    longNames.placeOfUse = longNames.ownerName + QStringLiteral(", Cửa hàng số 17, Quốc lộ 2, xã Yên Sơn");
    longNames.procedureTitle = QStringLiteral("Cân ô tô – Quy trình kiểm định ban đầu, định kỳ và sau sửa chữa");
    variants.append({"long names", longNames});
    CertificateData amendment = many;
    amendment.replaces = QStringLiteral("0011-26");
    variants.append({"amendment", amendment});
    CertificateData failure = many;
    failure.kind = CertificateKind::FailureRecord;
    failure.passed = false;
    failure.failures = {QStringLiteral("Điểm 7: sai số 0,05 kg vượt sai số cho phép ±0,02 kg")};
    variants.append({"failure record, 25 points", failure});
    CertificateData calibration = many;
    calibration.kind = CertificateKind::Calibration;
    variants.append({"calibration, 25 points", calibration});
    // The fullest page 1: long names, a phone, work on site, the item's condition, and for the failure record
    // every checklist item and several reasons.
    CertificateData fullest = longNames;
    fullest.ownerPhone = QStringLiteral("0207 3822 555");
    fullest.ownerAddress = QStringLiteral("Số 12 đường Tân Trào, Phường Minh Xuân, Tuyên Quang");
    fullest.workSite = QStringLiteral("Tại cơ sở của khách hàng: ") + longNames.placeOfUse;
    fullest.itemCondition = QStringLiteral("Vỏ trầy xước nhẹ, màn hình hiển thị đầy đủ, hoạt động bình thường");
    fullest.environment = QStringLiteral("20,5 °C; 60 %RH");
    fullest.dateOfReceipt = QDate(2026, 4, 10);
    variants.append({"the fullest verification, bilingual", fullest});
    CertificateData fullestFailure = fullest;
    fullestFailure.kind = CertificateKind::FailureRecord;
    fullestFailure.passed = false;
    fullestFailure.failures = {QStringLiteral("Điểm 7: sai số 0,05 kg vượt sai số cho phép ±0,02 kg"),
                               QStringLiteral("Điểm 9: độ lặp lại: chênh lệch các số chỉ 0,03 kg vượt 0,02 kg"),
                               QStringLiteral("Dấu, niêm phong / Marks and seals: niêm phong bị đứt")};
    for (const char* item : {"Kiểm tra bên ngoài / Visual inspection", "Dấu, niêm phong / Marks and seals",
                             "Thiết bị tách khí / Gas separator", "Kiểm tra độ lệch tâm / Eccentricity",
                             "Kiểm tra độ lặp lại / Repeatability"})
        fullestFailure.checks.append(
            {checkStageOf(QString::fromUtf8(item)), QString::fromUtf8(item), QStringLiteral("Đạt / Pass")});
    variants.append({"the fullest failure record, bilingual", fullestFailure});
    CertificateData manyReasons = fullestFailure;
    for (int i = 1; i <= 14; ++i)
        manyReasons.failures.append(QStringLiteral("Điểm %1 / Point %1: |sai số| 0,06 kg vượt sai số lớn nhất cho phép "
                                                   "0,02 kg / |error| 0,06 kg exceeds the maximum permissible error "
                                                   "0,02 kg")
                                        .arg(i));
    variants.append({"a failure record failing everywhere, bilingual", manyReasons});
    CertificateData fullestCalibration = fullest;
    fullestCalibration.kind = CertificateKind::Calibration;
    fullestCalibration.conformityStatement = true;
    fullestCalibration.decisionRule = QStringLiteral("Quy tắc chấp nhận đơn giản (ILAC-G8:09/2019 4.2.1)");
    fullestCalibration.deviations = {QStringLiteral("Chuẩn QC-02 được trưởng phòng cho phép dùng thay QC-01")};
    fullestCalibration.recommendedInterval = QStringLiteral("12 tháng (theo thỏa thuận với khách hàng)");
    variants.append({"the fullest calibration, bilingual", fullestCalibration});
    for (const Variant& v : variants) {
        INFO(v.name);
        const QString path = dir.filePath(QStringLiteral("layout.pdf"));
        REQUIRE(CertificateWriter::write(path, v.data, {}));
        const QStringList pages = pageTexts(path);
        REQUIRE_FALSE(pages.isEmpty());
        const QString signature = v.data.kind == CertificateKind::Calibration ? QStringLiteral("NGƯỜI THỰC HIỆN")
                                                                              : QStringLiteral("KIỂM ĐỊNH VIÊN");
        int signedOn = -1;
        for (int i = 0; i < pages.size(); ++i)
            if (pages[i].contains(signature))
                signedOn = i;
        REQUIRE(signedOn == 0);
        const QString& first = pages.first();
        CHECK(first.contains(v.data.number));
        CHECK(first.contains(v.data.serial));
        CHECK(first.contains(v.data.approverName));
        if (v.data.kind != CertificateKind::Calibration)
            CHECK(first.contains(QStringLiteral("Kết luận")));
        // Every point is printed, on page 1 or in the annex.
        CHECK(pages.join(u'\n').contains(v.data.rows.last().indication));
        if (pages.size() > 1) {
            CHECK(pages[1].contains(QStringLiteral("PHỤ LỤC KẾT QUẢ")));
            CHECK(first.contains(QStringLiteral("xem Phụ lục kết quả")));
        }
    }
}
