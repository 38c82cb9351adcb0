// SPDX-License-Identifier: Apache-2.0
#include "reports/TraceReport.h"

#include "core/Tr.h"
#include "reports/PageFlow.h"
#include "reports/ReportFonts.h"

#include "reports/ReportPdf.h"
#include <QBuffer>

#include <QPdfWriter>

namespace Etalon::TraceReport {

namespace {

// A4 landscape in points: a chain is a wide table.
constexpr double PageWidth = 842.0;
constexpr double PageHeight = 595.0;
constexpr double Margin = 36.0;

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

QString endOfChain(const TraceNode& n)
{
    return n.top == QStringLiteral("national-institute") ? Tr::tr("national standard (%1)").arg(n.calibratedBy)
                                                         : Tr::tr("external certificate of %1").arg(n.calibratedBy);
}

/** The tree as table rows, each link indented under the one it serves. */
void flatten(const TraceNode& n, int depth, QList<QStringList>& rows)
{
    const QString indent = depth == 0 ? QString() : QString(depth * 2, u' ') + QStringLiteral("↳ ");
    rows.append({indent + QStringLiteral("%1 (%2)").arg(n.name, n.serial), date(n.usedOn),
                 n.certificate.isEmpty() ? QStringLiteral("—") : n.certificate, date(n.calibratedOn),
                 date(n.validUntil), n.calibratedBy, n.uncertainties.join(u'\n'),
                 n.problem.isEmpty() ? Tr::tr("valid") : n.problem});
    for (const TraceNode& a : n.above)
        flatten(a, depth + 1, rows);
    if (n.above.isEmpty() && n.problem.isEmpty())
        rows.append({QString((depth + 1) * 2, u' ') + QStringLiteral("↳ ") + endOfChain(n), QString(), QString(),
                     QString(), QString(), QString(), QString(), QString()});
}

void flow(PageFlow& f, const Trace& trace, const Options& options)
{
    f.paragraph(options.labName, ReportFonts::font(10, true));
    f.paragraph(Tr::tr("Traceability of certificate %1").arg(trace.number), ReportFonts::font(14, true), Qt::AlignLeft,
                8);
    f.paragraph(Tr::tr("Date of the work: %1 · record %2 · generated %3")
                    .arg(date(trace.dateOfWork))
                    .arg(trace.recordId)
                    .arg(options.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                ReportFonts::font(8.5), Qt::AlignLeft, 10);
    QList<QStringList> rows;
    for (const TraceNode& n : trace.standards)
        flatten(n, 0, rows);
    f.table({Tr::tr("Standard"), Tr::tr("Used on"), Tr::tr("Certificate"), Tr::tr("Calibrated"), Tr::tr("Valid until"),
             Tr::tr("Calibrated by"), Tr::tr("U (k)"), Tr::tr("Status")},
            rows, {170, 60, 85, 60, 60, 110, 110, 115}, ReportFonts::font(7.5, true), ReportFonts::font(7.5));
    f.space(10);
    f.paragraph(trace.complete() ? Tr::tr("The chain is complete.")
                                 : Tr::tr("The chain is broken: %1").arg(trace.problems.join(QStringLiteral("; "))),
                ReportFonts::font(10, true));
}

} // namespace

Result<QByteArray> render(const Trace& trace, const Options& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        ReportPdf::setUp(writer, QPageLayout::Landscape, Tr::tr("Traceability of certificate %1").arg(trace.number));
        const QRectF body(Margin, Margin, PageWidth - 2 * Margin, PageHeight - 2 * Margin - 20);
        PageFlow counting(&writer, nullptr, body, 0, [](QPainter&, int, int) {});
        flow(counting, trace, options);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Error::internal(Tr::tr("cannot start the PDF document")));
        const QString footer = Tr::tr("Traceability of certificate %1").arg(trace.number);
        PageFlow painting(&writer, &painter, body, counting.pages(), [&](QPainter& p, int page, int pages) {
            p.setFont(ReportFonts::font(7));
            p.drawText(QRectF(Margin, PageHeight - Margin - 10, PageWidth - 2 * Margin, 12),
                       Qt::AlignLeft | Qt::AlignVCenter, footer);
            p.drawText(QRectF(Margin, PageHeight - Margin - 10, PageWidth - 2 * Margin, 12),
                       Qt::AlignRight | Qt::AlignVCenter, Tr::tr("page %1 of %2").arg(page).arg(pages));
        });
        flow(painting, trace, options);
        painter.end();
    }
    buffer.close();
    return bytes;
}

} // namespace Etalon::TraceReport
