// SPDX-License-Identifier: Apache-2.0
#include "reports/TraceReport.h"

#include "core/Tr.h"
#include "reports/PageFlow.h"
#include "reports/ReportFonts.h"

#include "reports/ReportPdf.h"

namespace Etalon::TraceReport {

namespace {

// Points all round an A4 landscape page: a chain is a wide table.
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
    const QString title = Tr::tr("Traceability of certificate %1").arg(trace.number);
    return ReportPdf::renderFlowed(QPageLayout::Landscape, title, Margin, title,
                                   [&](PageFlow& flow) { TraceReport::flow(flow, trace, options); });
}

} // namespace Etalon::TraceReport
