// SPDX-License-Identifier: Apache-2.0
// Moving registers in and out as CSV: `import instruments|organisations` and `export TABLE`.
#include "app/cli/Commands.h"

#include "app/common/CsvFile.h"

#include "core/Tr.h"
#include "db/registry/ExportService.h"
#include "db/registry/ImportService.h"
#include "reports/CsvWriter.h"

#include <QJsonArray>

namespace Etalon::Cli {

namespace {

QJsonObject rowJson(const ImportRow& row)
{
    QJsonObject o{{QStringLiteral("line"), row.line}, {QStringLiteral("label"), row.label}};
    if (row.id)
        o.insert(QStringLiteral("id"), qint64(*row.id));
    if (row.error)
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), row.error->code},
                             {QStringLiteral("field"), row.error->field},
                             {QStringLiteral("message"), row.error->message}});
    return o;
}

QString rowText(const ImportRow& row)
{
    if (row.error)
        return Tr::tr("line %1 (%2): %3: %4").arg(row.line).arg(row.label, row.error->field, row.error->message);
    return row.id ? Tr::tr("line %1 (%2): stored as %3").arg(row.line).arg(row.label).arg(*row.id)
                  : Tr::tr("line %1 (%2): valid").arg(row.line).arg(row.label);
}

Result<Output> importFile(Context& ctx, ImportKind kind)
{
    if (ctx.args().positional.isEmpty())
        return fail(Error::badInput(QStringLiteral("file"), Tr::tr("give the CSV file to import")));
    ETALON_GET(text, readCsvFile(ctx.args().positional.first()));
    ImportOptions options;
    options.onlyValid = ctx.args().flag(QStringLiteral("only-valid"));
    options.dryRun = ctx.args().flag(QStringLiteral("dry-run"));
    ETALON_GET(report, ImportService(ctx.lab()).importCsv(ctx.session(), kind, *text, options));
    QJsonArray rows;
    QStringList lines;
    for (const ImportRow& row : report->rows) {
        rows.append(rowJson(row));
        if (row.error || options.dryRun)
            lines.append(rowText(row));
    }
    const int bad = report->invalid();
    const int good = int(report->rows.size()) - bad;
    QString summary;
    if (options.dryRun)
        summary = Tr::tr("Checked %1 rows: %2 valid, %3 invalid; nothing stored (dry run)")
                      .arg(report->rows.size())
                      .arg(good)
                      .arg(bad);
    else if (report->rows.isEmpty() || (options.onlyValid && report->imported == 0))
        summary = Tr::tr("No valid row; nothing imported");
    else if (report->imported > 0 || bad == 0)
        summary = Tr::tr("Imported %1 rows; %2 invalid rows skipped").arg(report->imported).arg(bad);
    else
        summary = Tr::tr("%1 of %2 rows are invalid; nothing imported (use --only-valid to import the %3 valid rows)")
                      .arg(bad)
                      .arg(report->rows.size())
                      .arg(good);
    lines.append(summary);
    Output out{QJsonObject{{QStringLiteral("rows"), rows},
                           {QStringLiteral("imported"), report->imported},
                           {QStringLiteral("invalid"), bad},
                           {QStringLiteral("dry_run"), options.dryRun}},
               lines.join(u'\n')};
    // A file with bad rows is bad input even when the good ones went in, so scripts notice.
    if (bad > 0)
        out.error = Error::badInput(QStringLiteral("file"), summary, QStringLiteral("invalid_rows"));
    return out;
}

Result<Output> importInstruments(Context& ctx)
{
    return importFile(ctx, ImportKind::Instruments);
}

Result<Output> importOrganisations(Context& ctx)
{
    return importFile(ctx, ImportKind::Organisations);
}

Result<Output> exportTable(Context& ctx)
{
    const QStringList& positional = ctx.args().positional;
    if (positional.size() != 2)
        return fail(Error::badInput(
            QStringLiteral("table"),
            Tr::tr("give the table and the CSV file: export %1 FILE.csv").arg(ExportService::tableNames().join(u'|'))));
    ETALON_GET(table, ExportService::tableFromName(positional[0]));
    qint64 rows = 0;
    ETALON_TRY(writeFileWith(positional[1], QStringLiteral("file"), [&](QIODevice* out) -> Status {
        CsvWriter csv(out);
        ETALON_TRY(csv.writeRow(ExportService::header(*table)));
        Status written;
        auto walked = ExportService(ctx.lab()).forEachRow(ctx.session(), *table, [&](const QStringList& row) {
            written = csv.writeRow(row);
            ++rows;
            return bool(written);
        });
        // A row that could not be written stopped the walk: that failure (a full disk) is the one to tell.
        return written ? walked : written;
    }));
    return Output{QJsonObject{{QStringLiteral("table"), positional[0]},
                              {QStringLiteral("rows"), rows},
                              {QStringLiteral("file"), positional[1]}},
                  Tr::tr("%1 rows of %2 written to %3").arg(rows).arg(positional[0], positional[1])};
}

} // namespace

const QList<CommandSpec>& dataCommands()
{
    static const QList<CommandSpec> list{
        {"import instruments", Access::SignedIn, importInstruments,
         "import instruments FILE.csv [--only-valid] [--dry-run]"},
        {"import organisations", Access::SignedIn, importOrganisations,
         "import organisations FILE.csv [--only-valid] [--dry-run]"},
        {"export", Access::SignedIn, exportTable,
         "export organisations|instruments|standards|records|certificates|users FILE.csv"},
    };
    return list;
}

} // namespace Etalon::Cli
