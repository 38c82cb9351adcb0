// SPDX-License-Identifier: Apache-2.0
#include "core/Csv.h"
#include "reports/ActivityReport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Etalon;

namespace {

ActivityFigures sample()
{
    ActivityFigures f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 12, 31);
    f.labName = QStringLiteral("Trung tâm Kỹ thuật TĐC Tuyên Quang");
    f.designation = QStringLiteral("QĐ 123/QĐ-TĐC");
    for (const char* key : {"length", "mass", "volume-flow", "pressure", "temperature", "physico-chemical",
                            "electrical", "time-frequency-acoustics"})
        f.byField.append({QString::fromLatin1(key)});
    f.byField[1] = {QStringLiteral("mass"), 700, 12, 40, 0};
    f.byField[2] = {QStringLiteral("volume-flow"), 300, 9, 0, 0};
    f.byType = {{QStringLiteral("NAWI"), 700, 12, 40, 0}, {QStringLiteral("FUEL-DISPENSER"), 300, 9, 0, 0}};
    f.typeNames = {{QStringLiteral("NAWI"), {QStringLiteral("Cân bàn"), QStringLiteral("Platform scale")}},
                   {QStringLiteral("FUEL-DISPENSER"), {QStringLiteral("Cột đo xăng dầu"), QStringLiteral("Fuel")}}};
    f.typeFields = {{QStringLiteral("NAWI"), QStringLiteral("mass")},
                    {QStringLiteral("FUEL-DISPENSER"), QStringLiteral("volume-flow")}};
    f.total = {QStringLiteral("total"), 1000, 21, 40, 0};
    f.certificates = 1040;
    f.failureRecords = 21;
    f.stampsUsed = 1000;
    f.stampsVoided = 4;
    f.stampsUnused = 96;
    f.standards = {{QStringLiteral("Bộ quả cân M1"), QStringLiteral("QC-01"), QStringLiteral("working"),
                    QStringLiteral("in-service"), QStringLiteral("V26-0123/VMI"), QStringLiteral("Viện Đo lường"),
                    QDate(2026, 1, 10), QDate(2027, 1, 9), true}};
    f.verifiers = {{QStringLiteral("Lò Văn Hùng"), QStringLiteral("mass"), QStringLiteral("KĐV-001"),
                    QDate(2027, 12, 31), true, 640}};
    return f;
}

QString pdfText(const QByteArray& pdf)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("activity.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {file.fileName(), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

TEST_CASE("the activity report prints the eight fields, the types by name, and the form", "[reports][activity]")
{
    ActivityReport::Options options;
    options.generatedAt = QDateTime(QDate(2027, 1, 5), QTime(9, 0));
    options.form = {QStringLiteral("Sở Khoa học và Công nghệ Tuyên Quang"),
                    QStringLiteral("Trung tâm Kỹ thuật TĐC"),
                    QStringLiteral("3/BC-TTKT"),
                    QStringLiteral("Tuyên Quang"),
                    QDate(2027, 1, 5),
                    QStringLiteral("Sở Khoa học và Công nghệ Tuyên Quang"),
                    QStringLiteral("GIÁM ĐỐC"),
                    QStringLiteral("Hoàng Văn Minh")};
    auto pdf = ActivityReport::render(sample(), options);
    REQUIRE(pdf);
    const QString content = pdfText(*pdf);
    INFO(content.toStdString());
    for (const char* expected :
         {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 3/BC-TTKT", "ngày 05 tháng 01 năm 2027", "Kính gửi: Sở Khoa học",
          "Độ dài", "Khối lượng", "Dung tích – Lưu lượng", "Áp suất", "Nhiệt độ", "Hoá lý", "Điện – Điện tử",
          "Thời gian – Tần số – Âm thanh", "Cân bàn", "Cột đo xăng dầu", "V26-0123/VMI", "KĐV-001", "Lò Văn Hùng",
          "Hoàng Văn Minh", "QĐ 123/QĐ-TĐC"})
        CHECK(content.contains(QString::fromUtf8(expected).normalized(QString::NormalizationForm_KC)));
    CHECK_FALSE(content.contains(QStringLiteral("NAWI")));
    CHECK_FALSE(content.contains(QStringLiteral("FUEL-DISPENSER")));

    const QList<QStringList> rows = ActivityReport::csvRows(sample(), false);
    REQUIRE(rows.size() > 10);
    for (const QStringList& r : rows)
        CHECK(r.size() == rows.first().size());
    bool mass = false, fuel = false;
    for (const QStringList& r : rows) {
        mass = mass ||
            (r.value(0) == QStringLiteral("field") && r.value(1) == QStringLiteral("mass") &&
             r.value(4) == QStringLiteral("700") && r.value(5) == QStringLiteral("12"));
        fuel = fuel || (r.value(0) == QStringLiteral("type") && r.value(2) == QStringLiteral("Cột đo xăng dầu"));
    }
    CHECK(mass);
    CHECK(fuel);
}

TEST_CASE("a report's signature never stands alone on a page: the last section goes with it", "[reports][activity]")
{
    ActivityReport::Options options;
    options.form.organisation = QStringLiteral("Trung tâm Kỹ thuật TĐC");
    options.form.place = QStringLiteral("Tuyên Quang");
    options.form.date = QDate(2027, 1, 5);
    options.form.recipient = QStringLiteral("Sở Khoa học và Công nghệ");
    options.form.signatoryTitle = QStringLiteral("GIÁM ĐỐC");
    options.form.signatoryName = QStringLiteral("Hoàng Văn Minh");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signature.pdf"));
    // More and more verifiers push the end of the report down through page 1 and over to page 2.
    for (int verifiers = 0; verifiers <= 24; verifiers += 2) {
        ActivityFigures f = sample();
        for (int i = 0; i < verifiers; ++i)
            f.verifiers.append({QStringLiteral("Kiểm định viên %1").arg(i), QStringLiteral("mass"),
                                QStringLiteral("KĐV-%1").arg(100 + i), QDate(2027, 12, 31), true, i});
        auto pdf = ActivityReport::render(f, options);
        REQUIRE(pdf);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(*pdf);
        file.close();
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        REQUIRE(info.waitForFinished(60000));
        const QString pagesLine =
            QString::fromUtf8(info.readAllStandardOutput()).split(u'\n').filter(QStringLiteral("Pages:")).value(0);
        const int pages = pagesLine.section(u':', 1).trimmed().toInt();
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-f"), QString::number(pages), QStringLiteral("-l"), QString::number(pages), path,
                    QStringLiteral("-")});
        REQUIRE(text.waitForFinished(60000));
        const QString last = QString::fromUtf8(text.readAllStandardOutput());
        INFO(verifiers << " verifiers, " << pages << " pages; last page: " << last.toStdString());
        CHECK(last.contains(QStringLiteral("Hoàng Văn Minh")));
        CHECK(last.contains(QStringLiteral("KĐV-")));
    }
}
