// SPDX-License-Identifier: Apache-2.0
#include "reports/CalibrationChart.h"
#include "reports/StandardHistoryReport.h"
#include "support/TemporaryDatabase.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Etalon;
using Etalon::Test::q;

namespace {

StandardCalibration calibration(const QDate& date, const char* certificate,
                                std::initializer_list<CalibrationPoint> points)
{
    StandardCalibration c;
    c.date = date;
    c.validUntil = date.addYears(1).addDays(-1);
    c.certificate = QString::fromLatin1(certificate);
    c.points = points;
    return c;
}

Standard weight()
{
    Standard s;
    s.id = 7;
    s.name = QStringLiteral("Quả cân F1");
    s.serial = QStringLiteral("QC-7");
    s.accuracyClass = QStringLiteral("F1"); // 20 kg: ± 100 mg
    s.validUntil = QDate(2027, 1, 9);
    return s;
}

// Newest first on purpose, and in mixed units: the chart sorts and converts.
QList<StandardCalibration> makeHistory()
{
    return {calibration(QDate(2026, 1, 10), "C-26",
                        {{q("20 kg"), q("0.120 g"), q("20 mg"), Decimal(2, 0), {}},
                         {q("10 kg"), q("5 mg"), q("8 mg"), Decimal(2, 0), {}}}),
            calibration(QDate(2025, 1, 10), "C-25", {{q("20 kg"), q("60 mg"), q("20 mg"), Decimal(2, 0), {}}}),
            calibration(QDate(2024, 1, 10), "C-24", {{q("20 kg"), std::nullopt, q("20 mg"), Decimal(2, 0), {}}})};
}

int pixelsOf(const QImage& image, const QColor& colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y) == colour;
    return n;
}

} // namespace

TEST_CASE("a standard's history at one value: corrections in one unit, oldest first, with its limit",
          "[reports][chart]")
{
    const auto history = makeHistory();
    const auto nominals = CalibrationChartData::nominals(history);
    REQUIRE(nominals.size() == 2);
    CHECK(nominals[0].toString() == QStringLiteral("20 kg"));
    const auto data = CalibrationChartData::fromHistory(weight(), history, q("20 kg"));
    REQUIRE(data.points.size() == 2); // the calibration without a correction is left out
    CHECK(data.unit == QStringLiteral("g"));
    CHECK(data.points[0].certificate == QStringLiteral("C-25"));
    CHECK(data.points[0].correction == Approx(0.060));
    CHECK(data.points[1].uncertainty == Approx(0.020));
    REQUIRE(data.limit);
    CHECK(*data.limit == Approx(0.100)); // R 111 F1 at 20 kg
    CHECK(data.due == QDate(2027, 1, 9));

    Standard limited = weight();
    limited.toleranceLimit = q("50 mg");
    CHECK(*CalibrationChartData::fromHistory(limited, history, q("20 kg")).limit == Approx(0.050));
}

TEST_CASE("the chart is painted with its limit lines and a point outside them in the warning colour",
          "[reports][chart]")
{
    const auto history = makeHistory();
    Standard limited = weight();
    limited.toleranceLimit = q("100 mg"); // the 120 mg point of 2026 is outside
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintCalibrationChart(painter, image.rect(), CalibrationChartData::fromHistory(limited, history, q("20 kg")));
    }
    CHECK(pixelsOf(image, QColor(0x0d, 0x6e, 0xfd)) > 10); // the point within the limit
    CHECK(pixelsOf(image, QColor(0xb0, 0x2a, 0x37)) > 20); // the limit lines and the point beyond them

    QImage empty(320, 200, QImage::Format_RGB32);
    {
        QPainter painter(&empty);
        paintCalibrationChart(painter, empty.rect(), CalibrationChartData{});
    }
    CHECK(pixelsOf(empty, Qt::white) < 320 * 200); // says there is nothing to draw
}

TEST_CASE("the calibration history report has a page per value with the chart and its calibrations", "[reports][chart]")
{
    const auto history = makeHistory();
    StandardHistoryReport::Options options;
    options.labName = QStringLiteral("Trung tâm Kỹ thuật TĐC Tuyên Quang");
    options.generatedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
    auto pdf = StandardHistoryReport::render(weight(), history, options);
    REQUIRE(pdf);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("history.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(*pdf);
    file.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(content.contains(QStringLiteral("C-25")));
    CHECK(content.contains(QStringLiteral("Trung tâm Kỹ thuật TĐC Tuyên Quang")));
    CHECK(content.count(QChar(u'\f')) == 2); // two values, two pages
    CHECK(StandardHistoryReport::render(weight(), {}, options).error().code == QStringLiteral("no_history"));
}
