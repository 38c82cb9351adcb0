// SPDX-License-Identifier: Apache-2.0
#include "reports/StandardHistoryReport.h"

#include "core/Tr.h"
#include "reports/CalibrationChart.h"
#include "reports/ReportFonts.h"
#include "reports/ReportPdf.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace Etalon::StandardHistoryReport {

namespace {

constexpr double PageWidth = 842.0; // A4 landscape in points
constexpr double PageHeight = 595.0;
constexpr double Margin = 36.0;

void paintTable(QPainter& p, const QRectF& area, const CalibrationChartData& data)
{
    const QStringList headers{Tr::tr("Date"), Tr::tr("Certificate"), Tr::tr("Correction"),
                              Tr::tr("Expanded uncertainty")};
    const double column = area.width() / headers.size();
    const double row = 14;
    p.setFont(ReportFonts::font(8, true));
    for (int c = 0; c < headers.size(); ++c)
        p.drawText(QRectF(area.left() + c * column, area.top(), column, row), Qt::AlignLeft, headers[c]);
    p.setFont(ReportFonts::font(8));
    double y = area.top() + row;
    for (const ChartPoint& point : data.points) {
        if (y + row > area.bottom())
            break;
        const QStringList cells{QLocale().toString(point.date, QLocale::ShortFormat), point.certificate,
                                QStringLiteral("%1 %2").arg(QLocale().toString(point.correction, 'g', 6), data.unit),
                                QStringLiteral("%1 %2").arg(QLocale().toString(point.uncertainty, 'g', 6), data.unit)};
        if (data.limit && std::abs(point.correction) > *data.limit)
            p.setPen(QColor(0xb0, 0x2a, 0x37));
        for (int c = 0; c < cells.size(); ++c)
            p.drawText(QRectF(area.left() + c * column, y, column, row), Qt::AlignLeft, cells[c]);
        p.setPen(Qt::black);
        y += row;
    }
}

void paintPage(QPainter& p, const Standard& standard, const CalibrationChartData& data, const Options& options,
               int page, int pages)
{
    p.setPen(Qt::black);
    p.setFont(ReportFonts::font(9));
    p.drawText(QRectF(Margin, Margin - 14, PageWidth - 2 * Margin, 12), Qt::AlignLeft, options.labName);
    p.drawText(QRectF(Margin, Margin - 14, PageWidth - 2 * Margin, 12), Qt::AlignRight,
               Tr::tr("Calibration history of standard %1").arg(standard.serial));
    const QRectF chart(Margin, Margin, PageWidth - 2 * Margin, (PageHeight - 2 * Margin) * 0.62);
    paintCalibrationChart(p, chart, data);
    paintTable(p,
               QRectF(Margin, chart.bottom() + 12, PageWidth - 2 * Margin, PageHeight - Margin - chart.bottom() - 30),
               data);
    p.setFont(ReportFonts::font(7));
    p.drawText(QRectF(Margin, PageHeight - Margin, PageWidth - 2 * Margin, 12), Qt::AlignLeft,
               Tr::tr("Generated %1").arg(QLocale().toString(options.generatedAt, QLocale::ShortFormat)));
    p.drawText(QRectF(Margin, PageHeight - Margin, PageWidth - 2 * Margin, 12), Qt::AlignRight,
               Tr::tr("Page %1 of %2").arg(page).arg(pages));
}

} // namespace

Result<QByteArray> render(const Standard& standard, const QList<StandardCalibration>& history, const Options& options)
{
    const QList<Quantity> nominals = CalibrationChartData::nominals(history);
    if (nominals.isEmpty())
        return fail(Error::refused(QStringLiteral("no_history"),
                                   Tr::tr("standard %1 has no calibration with a correction to chart").arg(standard.id),
                                   QStringLiteral("standard")));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        ReportPdf::setUp(writer, QPageLayout::Landscape,
                         Tr::tr("Calibration history of standard %1").arg(standard.serial));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Error::internal(Tr::tr("cannot start the PDF document")));
        for (int i = 0; i < nominals.size(); ++i) {
            if (i > 0)
                writer.newPage();
            paintPage(painter, standard, CalibrationChartData::fromHistory(standard, history, nominals[i]), options,
                      i + 1, int(nominals.size()));
        }
        painter.end();
    }
    return bytes;
}

} // namespace Etalon::StandardHistoryReport
