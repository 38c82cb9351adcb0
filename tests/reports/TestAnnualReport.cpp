// SPDX-License-Identifier: Apache-2.0
#include "core/Csv.h"
#include "reports/AdministrativeLayout.h"
#include "reports/AnnualReport.h"
#include "reports/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Etalon;

namespace {

AnnualFigures sample()
{
    AnnualFigures f;
    f.year = 2026;
    f.periodEnd = QDate(2026, 12, 31);
    f.labName = QStringLiteral("Trung tâm Kỹ thuật TĐC Tuyên Quang");
    f.work = {QStringLiteral("all"), 1234, 1234};
    f.workByType = {{QStringLiteral("NAWI"), 800, 800}, {QStringLiteral("FUEL-DISPENSER"), 434, 434}};
    f.workByCommune = {{QStringLiteral("Xã Tân Trào"), 77, 77}};
    f.certificates = {QStringLiteral("certificates"), 1100, 1100};
    f.certificatesWithdrawn = {QStringLiteral("withdrawn"), 3, 3};
    f.typeNames = {
        {QStringLiteral("NAWI"), {QStringLiteral("Cân bàn"), QStringLiteral("Platform scale")}},
        {QStringLiteral("FUEL-DISPENSER"), {QStringLiteral("Cột đo xăng dầu"), QStringLiteral("Fuel dispenser")}}};
    f.standards = {
        {QStringLiteral("Bộ quả cân F1"), QStringLiteral("QC-01"), QDate(2026, 1, 1), f.periodEnd, {}, {}, false, true},
        {QStringLiteral("Áp kế chuẩn"), QStringLiteral("AP-2"), QDate(2026, 3, 2), f.periodEnd, QDate(2026, 8, 1),
         QDate(2026, 8, 4), false, false}};
    f.pointsEquipped = 12;
    f.pointsInDate = 10;
    f.massSetsEquipped = 12;
    f.enterprises = {QStringLiteral("enterprises"), 9, 9};
    f.enterprisesInDateShare = 0.875;
    f.peopleTrained = {QStringLiteral("trained"), 61, 61};
    f.targets = {{QStringLiteral("check_points"), 30, 2030, 12, 12}, {QStringLiteral("enterprises"), 50, 2030, 9, 9}};
    return f;
}

} // namespace

TEST_CASE("the annual report reads back with its totals, and its CSV parses back", "[reports][annual]")
{
    AnnualReport::Options options;
    options.generatedAt = QDateTime(QDate(2027, 1, 5), QTime(9, 0));
    options.english = true;
    options.form = {QStringLiteral("Sở Khoa học và Công nghệ Tuyên Quang"),
                    QStringLiteral("Trung tâm Kỹ thuật TĐC"),
                    QStringLiteral("15/BC-TTKT"),
                    QStringLiteral("Tuyên Quang"),
                    QDate(2027, 1, 5),
                    QStringLiteral("Sở Khoa học và Công nghệ Tuyên Quang"),
                    QStringLiteral("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"),
                    QStringLiteral("Hoàng Văn Minh")};
    auto pdf = AnnualReport::render(sample(), options);
    REQUIRE(pdf);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("annual.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(*pdf);
    file.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString content =
        QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
    INFO(content.toStdString());
    for (const char* expected : {"1,234", "1,100", "QC-01", "Xã Tân Trào", "12/30", "9/50", "88 %"})
        CHECK(content.contains(QString::fromUtf8(expected)));
    // Types by their names, never their codes; a standard taken on in March is not "in date all year".
    CHECK(content.contains(QStringLiteral("Platform scale")));
    CHECK(content.contains(QStringLiteral("Fuel dispenser")));
    CHECK_FALSE(content.contains(QStringLiteral("NAWI")));
    CHECK_FALSE(content.contains(QStringLiteral("FUEL-DISPENSER")));
    CHECK(content.count(QStringLiteral("in date all year")) == 1);
    CHECK(content.contains(QStringLiteral("taken on")));
    CHECK(content.contains(QStringLiteral("calibrated from 1 Aug 2026 to 4 Aug 2026")));
    // The administrative form: head, number, place and date, recipient, signature block.
    for (const char* expected :
         {"SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness",
          "SỞ KHOA HỌC VÀ CÔNG NGHỆ TUYÊN QUANG", "No.: 15/BC-TTKT", "Tuyên Quang, 5 January 2027",
          "To: Sở Khoa học và Công nghệ Tuyên Quang", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Minh", "Recipients:"})
        CHECK(content.contains(QString::fromUtf8(expected).normalized(QString::NormalizationForm_KC)));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    for (const QStringList& row : AnnualReport::csvRows(sample()))
        REQUIRE(csv.writeRow(row));
    QString csvText = QString::fromUtf8(bytes);
    if (csvText.startsWith(QChar(0xfeff)))
        csvText.remove(0, 1);
    auto rows = parseCsv(csvText);
    REQUIRE(rows);
    CHECK(rows->first().first() == QStringLiteral("section"));
    bool work = false, target = false;
    for (const QStringList& r : *rows) {
        work = work || (r.value(0) == QStringLiteral("work") && r.value(2) == QStringLiteral("1234"));
        target = target ||
            (r.value(0) == QStringLiteral("target") && r.value(1) == QStringLiteral("enterprises") &&
             r.value(3) == QStringLiteral("9") && r.value(4) == QStringLiteral("50"));
    }
    CHECK(work);
    CHECK(target);
}

TEST_CASE("the target chart fills each bar to its share", "[reports][annual]")
{
    QImage image(600, 120, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        AnnualReport::paintTargets(
            p, image.rect(),
            {{QStringLiteral("check_points"), 30, 2030, 30, 5}, {QStringLiteral("enterprises"), 50, 2030, 0, 0}});
    }
    // The reached target is green across its whole track; the other has no blue at all.
    const int y0 = 30, y1 = 90;
    CHECK(image.pixelColor(image.width() - 60, y0) == QColor(0x19, 0x87, 0x54));
    CHECK(image.pixelColor(image.width() - 60, y1) != QColor(0x0d, 0x6e, 0xfd));
}

TEST_CASE("a report's place and date read as the administrative form writes them", "[reports][annual]")
{
    AdministrativeForm form;
    form.place = QStringLiteral("Tuyên Quang");
    form.date = QDate(2027, 1, 5);
    CHECK(AdministrativeLayout::placeAndDate(form, false) == QStringLiteral("Tuyên Quang, ngày 05 tháng 01 năm 2027"));
    form.date = QDate(2027, 11, 20);
    CHECK(AdministrativeLayout::placeAndDate(form, false) == QStringLiteral("Tuyên Quang, ngày 20 tháng 11 năm 2027"));
    form.date = QDate(2027, 3, 9);
    CHECK(AdministrativeLayout::placeAndDate(form, false) == QStringLiteral("Tuyên Quang, ngày 09 tháng 3 năm 2027"));
    CHECK(AdministrativeLayout::placeAndDate(form, true) == QStringLiteral("Tuyên Quang, 9 March 2027"));
}
