// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Commands.h"

#include "app/common/AppPaths.h"
#include "core/Clock.h"
#include "core/Tr.h"
#include "db/backup/BackupService.h"
#include "db/backup/LabTransfer.h"
#include "db/postgres/ConnectionUri.h"
#include "db/standards/TraceService.h"
#include "reports/CsvWriter.h"
#include "reports/TraceReport.h"

#include <QFileInfo>
#include <QJsonArray>

namespace Etalon::Cli {

namespace {

QJsonObject nodeJson(const TraceNode& n)
{
    QJsonArray above;
    for (const TraceNode& a : n.above)
        above.append(nodeJson(a));
    return {{QStringLiteral("standard_id"), qint64(n.standardId)},
            {QStringLiteral("name"), n.name},
            {QStringLiteral("serial"), n.serial},
            {QStringLiteral("used_on"), n.usedOn.toString(Qt::ISODate)},
            {QStringLiteral("certificate"), n.certificate.isEmpty() ? QJsonValue() : QJsonValue(n.certificate)},
            {QStringLiteral("calibrated_on"),
             n.calibratedOn.isValid() ? QJsonValue(n.calibratedOn.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("valid_until"),
             n.validUntil.isValid() ? QJsonValue(n.validUntil.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("calibrated_by"), n.calibratedBy},
            {QStringLiteral("uncertainties"), QJsonArray::fromStringList(n.uncertainties)},
            {QStringLiteral("top"), n.top.isEmpty() ? QJsonValue() : QJsonValue(n.top)},
            {QStringLiteral("problem"), n.problem.isEmpty() ? QJsonValue() : QJsonValue(n.problem)},
            {QStringLiteral("above"), above}};
}

void nodeText(const TraceNode& n, int depth, QString& out)
{
    const QString indent(depth * 4, u' ');
    out += indent + QStringLiteral("└─ %1 (%2)").arg(n.name, n.serial);
    if (!n.certificate.isEmpty())
        out += Tr::tr(": certificate %1, valid %2 to %3, by %4")
                   .arg(n.certificate, n.calibratedOn.toString(Qt::ISODate), n.validUntil.toString(Qt::ISODate),
                        n.calibratedBy);
    if (!n.uncertainties.isEmpty())
        out += QStringLiteral(", U ") + n.uncertainties.join(QStringLiteral("; "));
    if (!n.problem.isEmpty())
        out += QStringLiteral("  ✗ ") + n.problem;
    out += u'\n';
    for (const TraceNode& a : n.above)
        nodeText(a, depth + 1, out);
    if (n.above.isEmpty() && n.problem.isEmpty())
        out += indent + QStringLiteral("    └─ ") +
            (n.top == QStringLiteral("national-institute") ? Tr::tr("national standard (%1)").arg(n.calibratedBy)
                                                           : Tr::tr("external certificate of %1").arg(n.calibratedBy)) +
            u'\n';
}

Status writeTracePdf(Context& ctx, const Trace& trace, const QString& path)
{
    TraceReport::Options options;
    options.labName = ctx.lab().setting(QStringLiteral("lab_name"));
    options.generatedAt = ctx.lab().localNow();
    auto bytes = TraceReport::render(trace, options);
    if (!bytes)
        return fail(bytes.error());
    return writeWholeFile(path, *bytes, QStringLiteral("pdf"));
}

Result<Output> trace(Context& ctx)
{
    const QString number = ctx.args().positional.value(0);
    if (number.isEmpty())
        return fail(Error::badInput(QStringLiteral("number"), Tr::tr("the certificate number is required"),
                                    QStringLiteral("missing_field")));
    ETALON_GET(t, TraceService(ctx.lab()).traceCertificate(number));
    QJsonArray standards;
    QString text =
        Tr::tr("Traceability of certificate %1 (work of %2)\n").arg(number, t->dateOfWork.toString(Qt::ISODate));
    for (const TraceNode& n : t->standards) {
        standards.append(nodeJson(n));
        nodeText(n, 0, text);
    }
    text += t->complete() ? Tr::tr("The chain is complete.")
                          : Tr::tr("The chain is broken: %1").arg(t->problems.join(QStringLiteral("; ")));
    const QJsonObject json{{QStringLiteral("number"), number},
                           {QStringLiteral("record_id"), qint64(t->recordId)},
                           {QStringLiteral("date_of_work"), t->dateOfWork.toString(Qt::ISODate)},
                           {QStringLiteral("complete"), t->complete()},
                           {QStringLiteral("problems"), QJsonArray::fromStringList(t->problems)},
                           {QStringLiteral("standards"), standards}};
    // A broken chain is printed too: the report shows the assessor which link failed.
    if (ctx.args().has(QStringLiteral("pdf")))
        ETALON_TRY(writeTracePdf(ctx, *t, ctx.args().value(QStringLiteral("pdf"))));
    if (!t->complete())
        return fail(Error::refused(QStringLiteral("chain_broken"), text, QStringLiteral("number")));
    return Output{json, text};
}

Result<Output> impact(Context& ctx)
{
    ETALON_GET(standard, ctx.positionalId(0, QStringLiteral("standard")));
    ETALON_GET(from, ctx.optionalDate(QStringLiteral("from")));
    ETALON_GET(to, ctx.optionalDate(QStringLiteral("to")));
    TraceService service(ctx.lab());
    ETALON_GET(items, service.impact(*standard, *from, *to));
    int marked = 0;
    if (ctx.args().flag(QStringLiteral("mark-suspect"))) {
        ETALON_GET(reason, ctx.required(QStringLiteral("reason")));
        ETALON_GET(count, service.markSuspect(ctx.session(), *items, *reason));
        marked = *count;
    }
    QJsonArray array;
    QStringList lines;
    for (const ImpactItem& i : *items) {
        array.append(QJsonObject{
            {QStringLiteral("record_id"), qint64(i.recordId)},
            {QStringLiteral("date"), i.date.toString(Qt::ISODate)},
            {QStringLiteral("kind"), i.kind},
            {QStringLiteral("serial"), i.instrumentSerial},
            {QStringLiteral("type"), i.instrumentType},
            {QStringLiteral("owner"), i.owner},
            {QStringLiteral("address"), i.ownerAddress},
            {QStringLiteral("phone"), i.ownerPhone},
            {QStringLiteral("certificate"), i.certificate.isEmpty() ? QJsonValue() : QJsonValue(i.certificate)},
            {QStringLiteral("certificate_status"),
             i.certificateStatus.isEmpty() ? QJsonValue() : QJsonValue(i.certificateStatus)},
            {QStringLiteral("via"), i.via.isEmpty() ? QJsonValue() : QJsonValue(i.via)}});
        lines.append(QStringLiteral("%1\trecord %2\t%3 %4\t%5\t%6\t%7%8")
                         .arg(i.date.toString(Qt::ISODate))
                         .arg(i.recordId)
                         .arg(i.instrumentType, i.instrumentSerial, i.owner, i.ownerPhone, i.certificate,
                              i.via.isEmpty() ? QString() : Tr::tr(" (through %1)").arg(i.via)));
    }
    if (ctx.args().has(QStringLiteral("csv"))) {
        ETALON_TRY(writeFileWith(
            ctx.args().value(QStringLiteral("csv")), QStringLiteral("csv"), [&](QIODevice* out) -> Status {
                CsvWriter csv(out);
                ETALON_TRY(csv.writeRow({QStringLiteral("date"), QStringLiteral("record"), QStringLiteral("type"),
                                         QStringLiteral("serial"), QStringLiteral("owner"), QStringLiteral("address"),
                                         QStringLiteral("phone"), QStringLiteral("certificate"),
                                         QStringLiteral("status"), QStringLiteral("via")}));
                for (const ImpactItem& i : *items)
                    ETALON_TRY(csv.writeRow({i.date.toString(Qt::ISODate), QString::number(i.recordId),
                                             i.instrumentType, i.instrumentSerial, i.owner, i.ownerAddress,
                                             i.ownerPhone, i.certificate, i.certificateStatus, i.via}));
                return Status();
            }));
    }
    QString text = lines.isEmpty() ? Tr::tr("The standard touched no record in this window.") : lines.join(u'\n');
    if (marked > 0)
        text += Tr::tr("\n%1 certificates marked suspect").arg(marked);
    return Output{QJsonObject{{QStringLiteral("standard_id"), qint64(*standard)},
                              {QStringLiteral("items"), array},
                              {QStringLiteral("marked_suspect"), marked}},
                  text};
}

QJsonObject backupJson(const BackupCheck& b)
{
    return {{QStringLiteral("file"), b.path},
            {QStringLiteral("bytes"), b.bytes},
            {QStringLiteral("audit_entries"), b.auditEntries},
            {QStringLiteral("schema_version"), b.schemaVersion},
            {QStringLiteral("checked"), true}};
}

Result<Output> dailyBackup(Context& ctx)
{
    qint64 keepDays = 30;
    if (ctx.args().has(QStringLiteral("keep-days"))) {
        ETALON_GET(days, ctx.integer(QStringLiteral("keep-days"), 1, 3650));
        keepDays = *days;
    }
    ETALON_GET(
        run,
        BackupService(ctx.lab()).dailyBackup(ctx.session(), ctx.args().value(QStringLiteral("daily")), int(keepDays)));
    QJsonObject json{{QStringLiteral("file"), run->todays},
                     {QStringLiteral("made"), run->made.has_value()},
                     {QStringLiteral("removed"), QJsonArray::fromStringList(run->removed)}};
    const QString text = run->made ? Tr::tr("Today's backup written to %1 and checked").arg(run->todays)
                                   : Tr::tr("Today's backup %1 exists and checks").arg(run->todays);
    return Output{json, text + u'\n' + Tr::tr("older backups removed: %1").arg(run->removed.size())};
}

Result<Output> backup(Context& ctx)
{
    if (ctx.args().has(QStringLiteral("daily")))
        return dailyBackup(ctx);
    const QString path = ctx.args().positional.value(0);
    ETALON_GET(b, BackupService(ctx.lab()).backup(ctx.session(), path));
    return Output{
        backupJson(*b),
        Tr::tr("Backup written to %1 and checked (%2 audit entries intact)").arg(b->path).arg(b->auditEntries)};
}

Result<Output> migrate(Context& ctx)
{
    ETALON_GET(from, ctx.required(QStringLiteral("from")));
    ETALON_GET(to, ctx.required(QStringLiteral("to")));
    ETALON_TRY(ctx.openDatabaseAt(*from, false));
    ETALON_TRY(ctx.signIn());
    ETALON_GET(moved, LabTransfer::migrate(ctx.lab(), ctx.session(), *to));
    return Output{QJsonObject{{QStringLiteral("from"), ctx.lab().db().path()},
                              {QStringLiteral("to"), moved->to},
                              {QStringLiteral("audit_entries"), moved->auditEntries},
                              {QStringLiteral("certificates"), moved->certificates},
                              {QStringLiteral("checked"), true}},
                  Tr::tr("The lab at %1 moved to %2 and checked: %3 audit entries intact, %4 certificates verify. "
                         "Work on it there: the lab at %1 is kept to be read, not changed.")
                      .arg(ctx.lab().db().path(), moved->to, QString::number(moved->auditEntries),
                           QString::number(moved->certificates))};
}

Result<Output> restore(Context& ctx)
{
    const QString path = ctx.args().positional.value(0);
    if (path.isEmpty())
        return fail(Error::badInput(QStringLiteral("file"), Tr::tr("the backup file is required"),
                                    QStringLiteral("missing_field")));
    const QString target = ctx.args().value(QStringLiteral("db"), AppPaths::defaultDatabase());
    RestoreOptions options;
    options.force = ctx.args().flag(QStringLiteral("force"));
    options.otherLab = ctx.args().flag(QStringLiteral("other-lab"));
    // Replacing a lab is an admin's decision; a missing lab (after a disk failure), one too damaged to sign in to, or
    // an empty server database, has nobody to ask (whoever can damage the file can replace it anyway).
    const bool server = Postgres::isServerUri(target);
    QString shown = target;
    if (server || QFileInfo::exists(target)) {
        Status signedIn = ctx.openDatabase(false);
        if (signedIn)
            shown = ctx.lab().db().path();
        if (signedIn)
            signedIn = ctx.signIn();
        if (signedIn) {
            ETALON_TRY(Lab::requireRole(ctx.session(), {Role::Admin}));
            options.user = ctx.session().name;
        } else if (const QString code = signedIn.error().code; code != QStringLiteral("lab_corrupt") &&
                   !(server && (code == QStringLiteral("not_a_lab") || code == QStringLiteral("not_initialised")))) {
            return fail(signedIn.error());
        }
        ctx.closeDatabase();
    }
    ETALON_GET(r, BackupService::restore(path, target, options));
    QJsonObject json = backupJson(r->restored);
    json.insert(QStringLiteral("entries_lost"), r->entriesLost);
    json.insert(QStringLiteral("kept_as"), r->keptAs.isEmpty() ? QJsonValue() : QJsonValue(r->keptAs));
    QString text = Tr::tr("%1 restored into %2 and checked").arg(path, shown);
    if (!r->keptAs.isEmpty())
        text += u'\n' + Tr::tr("The lab it replaced is kept as %1").arg(r->keptAs);
    if (r->entriesLost > 0)
        text += u'\n' +
            Tr::tr("%n audit entry(s) of the replaced lab are not in the restored one", nullptr, int(r->entriesLost));
    return Output{json, text};
}

} // namespace

const QList<CommandSpec>& trustCommands()
{
    static const QList<CommandSpec> list{
        {"trace", Access::SignedIn, trace, "trace NUMBER [--pdf FILE]   (the traceability chain of a certificate)"},
        {"impact", Access::SignedIn, impact,
         "impact STD_ID [--from DATE] [--to DATE] [--csv FILE] [--mark-suspect --reason TEXT]"},
        {"backup", Access::SignedIn, backup,
         "backup FILE | backup --daily DIR [--keep-days N]   (the daily copy: made once a day, old ones removed)"},
        {"migrate", Access::None, migrate,
         "migrate --from FILE|URI --to FILE|URI   (an admin moves the lab into a new lab file or an empty PostgreSQL "
         "database, row for row: certificates still verify, numbering goes on)"},
        {"restore", Access::None, restore,
         "restore FILE [--force] [--other-lab]   (an admin replaces the lab database with a checked backup of it; "
         "--force: even if older than the lab, --other-lab: even if of another lab)"},
    };
    return list;
}

} // namespace Etalon::Cli
