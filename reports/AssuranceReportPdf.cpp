// SPDX-License-Identifier: Apache-2.0
#include "reports/AssuranceReportPdf.h"

#include "core/Tr.h"
#include "reports/PageFlow.h"
#include "reports/ReportFonts.h"
#include "reports/ReportPdf.h"

namespace Etalon::AssuranceReportPdf {

namespace {

constexpr double PageWidth = 595.0; // A4 portrait in points
constexpr double Margin = 48.0;

QString statusText(DueStatus s)
{
    switch (s) {
    case DueStatus::InDate:
        return Tr::tr("in date");
    case DueStatus::DueSoon:
        return Tr::tr("due within 30 days");
    case DueStatus::Overdue:
        return Tr::tr("overdue");
    case DueStatus::Never:
        return Tr::tr("never verified");
    }
    return {};
}

/** The share in date month by month, as bars. */
void paintShare(QPainter& p, const QRectF& area, const QList<std::pair<QDate, double>>& share)
{
    if (share.isEmpty())
        return;
    p.setFont(ReportFonts::font(7));
    const double slot = area.width() / share.size();
    const double plotHeight = area.height() - 14;
    for (int i = 0; i < share.size(); ++i) {
        const double h = plotHeight * std::clamp(share[i].second, 0.0, 1.0);
        const QRectF bar(area.left() + i * slot + slot * 0.15, area.top() + plotHeight - h, slot * 0.7, h);
        p.fillRect(bar, QColor(0x0d, 0x6e, 0xfd));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left() + i * slot, area.top() + plotHeight, slot, 14), Qt::AlignCenter,
                   QLocale().toString(share[i].first, QStringLiteral("MM/yy")));
        p.drawText(QRectF(area.left() + i * slot, bar.top() - 12, slot, 12), Qt::AlignCenter,
                   QLocale().toString(100 * share[i].second, 'f', 0));
    }
    p.setPen(QColor(0x88, 0x88, 0x88));
    p.drawLine(QPointF(area.left(), area.top() + plotHeight), QPointF(area.right(), area.top() + plotHeight));
}

} // namespace

Result<QByteArray> render(const AssuranceReport& r, const Options& options)
{
    QList<QStringList> rows;
    for (const AssuranceLine& l : r.lines)
        rows.append({l.typeName.isEmpty() ? l.typeCode : l.typeName, l.serial, l.group2 ? Tr::tr("yes") : Tr::tr("no"),
                     l.lastWork ? QLocale().toString(*l.lastWork, QLocale::ShortFormat) : QString(),
                     l.nextDue ? QLocale().toString(*l.nextDue, QLocale::ShortFormat) : QString(),
                     statusText(l.status)});
    const QString title = Tr::tr("Measurement assurance report: %1").arg(r.enterprise.name);
    const double width = PageWidth - 2 * Margin;
    return ReportPdf::renderFlowed(QPageLayout::Portrait, title, Margin, options.labName, [&](PageFlow& flow) {
        flow.paragraph(options.labName, ReportFonts::font(9, true), Qt::AlignCenter, 2);
        flow.paragraph(title, ReportFonts::font(13, true), Qt::AlignCenter, 2);
        flow.paragraph(Tr::tr("Enrolled %1, as of %2")
                           .arg(QLocale().toString(r.enrolment.enrolledOn, QLocale::ShortFormat),
                                QLocale().toString(r.asOf, QLocale::ShortFormat)),
                       ReportFonts::font(9), Qt::AlignCenter, 10);
        flow.table({Tr::tr("Type"), Tr::tr("Serial"), Tr::tr("Group 2"), Tr::tr("Last work"), Tr::tr("Next due"),
                    Tr::tr("Status")},
                   rows, {0.2 * width, 0.2 * width, 0.1 * width, 0.15 * width, 0.15 * width, 0.2 * width},
                   ReportFonts::font(8, true), ReportFonts::font(8));
        flow.space(10);
        flow.paragraph(Tr::tr("Share of instruments in date (%)"), ReportFonts::font(10, true), Qt::AlignLeft, 4);
        flow.drawing(120, [&](QPainter& p, const QRectF& area) { paintShare(p, area, r.inDateShare); });
    });
}

} // namespace Etalon::AssuranceReportPdf
