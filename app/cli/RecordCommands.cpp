// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Commands.h"
#include "core/Environment.h"

#include "core/Json.h"
#include "db/records/DueService.h"
#include "db/records/RecordEditing.h"
#include "db/records/RecordService.h"
#include "reports/DueListReport.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Etalon::Cli {

namespace {

QString pointLine(const PointEvaluation& e)
{
    return Tr::tr("  %1. ref %2  ind %3  error %4  MPE ±%5  %6%7")
        .arg(e.seq)
        .arg(e.reference.toString(), e.mean ? e.mean->toString() : e.indications.value(0).toString(),
             e.error.toString(), quantityText(e.mpe),
             e.verdict == Verdict::None ? QStringLiteral("–") : toName(e.verdict).toUpper(),
             e.reason.isEmpty() ? QString() : QStringLiteral("  (") + e.reason + u')');
}

Output detailsOutput(const RecordDetails& d)
{
    QJsonObject json = Json::record(d.record);
    QJsonArray points;
    QString text = Tr::tr("Record %1: %2 of instrument %3 (%4 %5) on %6, %7\n")
                       .arg(d.record.id)
                       .arg(toName(d.record.kind))
                       .arg(d.instrument.id)
                       .arg(d.instrument.typeCode, d.instrument.serial, d.record.date.toString(Qt::ISODate),
                            toName(d.record.status));
    if (d.evaluation) {
        for (const PointEvaluation& e : d.evaluation->points) {
            QJsonObject p = Json::pointEvaluation(e);
            for (const Point& raw : d.record.points) {
                if (raw.seq == e.seq)
                    p.insert(QStringLiteral("standard_id"), qint64(raw.standardId));
            }
            points.append(p);
            text += pointLine(e) + u'\n';
        }
        for (const CheckItem& c : d.evaluation->failedChecks)
            text += Tr::tr("  check failed: %1 %2\n").arg(c.item, c.note);
    }
    json.insert(QStringLiteral("points"), points);
    QJsonArray voided;
    for (const VoidedReading& v : d.voided) {
        QJsonObject p = Json::point(v.point);
        p.insert(QStringLiteral("void_reason"), v.reason);
        voided.append(p);
        text += Tr::tr("  reading %1 voided: %2\n").arg(v.point.seq).arg(v.reason);
    }
    json.insert(QStringLiteral("voided"), voided);
    if (d.evaluation && d.record.kind == RecordKind::Calibration) {
        if (const auto curve = calibrationCurve(*d.evaluation)) {
            json.insert(QStringLiteral("calibration_curve"),
                        QJsonObject{{QStringLiteral("intercept"), curve->intercept},
                                    {QStringLiteral("slope"), curve->slope},
                                    {QStringLiteral("intercept_uncertainty"), curve->interceptUncertainty},
                                    {QStringLiteral("slope_uncertainty"), curve->slopeUncertainty},
                                    {QStringLiteral("correlation"), curve->correlation},
                                    {QStringLiteral("residual_sd"), curve->residualSd},
                                    {QStringLiteral("dof"), curve->dof}});
            text += Tr::tr("Calibration curve: error = %1 + %2 × reference (u = %3, %4; r = %5)\n")
                        .arg(curve->intercept, 0, 'g', 6)
                        .arg(curve->slope, 0, 'g', 6)
                        .arg(curve->interceptUncertainty, 0, 'g', 2)
                        .arg(curve->slopeUncertainty, 0, 'g', 2)
                        .arg(curve->correlation, 0, 'f', 2);
        }
    }
    json.insert(QStringLiteral("allowances"), QJsonArray::fromStringList(d.allowances));
    json.insert(QStringLiteral("issues"), QJsonArray::fromStringList(d.issues));
    json.insert(QStringLiteral("conformity_requested"), d.conformityRequested);
    for (const QString& issue : d.issues)
        text += Tr::tr("  warning: %1\n").arg(issue);
    if (!d.rejectionReason.isEmpty())
        json.insert(QStringLiteral("rejection_reason"), d.rejectionReason);
    const Verdict verdict =
        d.record.status == RecordStatus::Draft && d.evaluation ? d.evaluation->verdict : d.record.verdict;
    json.insert(QStringLiteral("verdict"), verdict == Verdict::None ? QJsonValue() : QJsonValue(toName(verdict)));
    text += Tr::tr("Verdict: %1; next due: %2")
                .arg(verdict == Verdict::None ? QStringLiteral("–") : toName(verdict).toUpper(),
                     d.record.nextDue ? d.record.nextDue->toString(Qt::ISODate) : Tr::tr("none"));
    return Output{json, text};
}

Result<Output> recordStart(Context& ctx)
{
    StartRecordInput in;
    ETALON_GET(instrument, ctx.integer(QStringLiteral("instrument"), 1, std::numeric_limits<qint64>::max()));
    ETALON_GET(kindText, ctx.required(QStringLiteral("kind")));
    ETALON_GET(kind, enumFromName<RecordKind>(*kindText, QStringLiteral("kind")));
    ETALON_GET(date, ctx.date(QStringLiteral("date")));
    ETALON_GET(received, ctx.optionalDate(QStringLiteral("received")));
    ETALON_GET(temperature,
               typedCondition(ctx.args().value(QStringLiteral("temperature")), QStringLiteral("temperature")));
    ETALON_GET(humidity, typedCondition(ctx.args().value(QStringLiteral("humidity")), QStringLiteral("humidity")));
    ETALON_GET(interval, ctx.optionalInteger(QStringLiteral("interval-months"), 1, 120));
    in.instrumentId = *instrument;
    in.kind = *kind;
    in.date = *date;
    in.received = *received;
    in.procedureCode = ctx.args().value(QStringLiteral("procedure"));
    in.temperature = *temperature;
    in.humidity = *humidity;
    if (*interval)
        in.intervalMonths = int(**interval);
    in.conformityRequested = ctx.args().flag(QStringLiteral("conformity"));
    ETALON_GET(site,
               enumFromName<WorkSite>(ctx.args().value(QStringLiteral("site"), QStringLiteral("lab")),
                                      QStringLiteral("site")));
    in.site = *site;
    in.siteAddress = ctx.args().value(QStringLiteral("site-address"));
    in.itemCondition = ctx.args().value(QStringLiteral("condition"));
    ETALON_GET(record, RecordService(ctx.lab()).start(ctx.session(), in));
    return Output{Json::record(*record),
                  Tr::tr("Record %1 started (%2, procedure %3)")
                      .arg(record->id)
                      .arg(toName(record->kind), record->procedureCode)};
}

Result<Output> recordReading(Context& ctx)
{
    ReadingInput in;
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("record")));
    ETALON_GET(standard, ctx.integer(QStringLiteral("standard"), 1, std::numeric_limits<qint64>::max()));
    ETALON_GET(reference, ctx.required(QStringLiteral("reference")));
    const QStringList indications = ctx.args().values(QStringLiteral("indication"));
    if (indications.isEmpty())
        return fail(Error::badInput(QStringLiteral("indication"), Tr::tr("--indication is required"),
                                    QStringLiteral("missing_field")));
    ETALON_GET(u, ctx.optionalQuantity(QStringLiteral("expanded-uncertainty")));
    ETALON_GET(stage,
               enumFromName<Stage>(ctx.args().value(QStringLiteral("stage"), QStringLiteral("as-found")),
                                   QStringLiteral("stage")));
    if (ctx.args().has(QStringLiteral("k"))) {
        ETALON_GET(k, Decimal::parse(ctx.args().value(QStringLiteral("k")), QStringLiteral("k")));
        in.k = *k;
    }
    in.standardId = *standard;
    in.expandedUncertainty = *u;
    in.position = ctx.args().value(QStringLiteral("position"));
    in.test = ctx.args().value(QStringLiteral("test"));
    in.stage = *stage;
    RecordService records(ctx.lab());
    ETALON_GET(typed,
               records.readingFrom(
                   *id, TypedReading{*reference, indications, ctx.args().value(QStringLiteral("added-load"))}, in));
    ETALON_GET(e, records.addReading(ctx.session(), *id, *typed));
    QJsonObject json = Json::pointEvaluation(*e);
    json.insert(QStringLiteral("record_id"), qint64(*id));
    QString text = pointLine(*e);
    if (e->budgetResult)
        text += Tr::tr("\n  U = %1 %2 (k = %3)")
                    .arg(e->budgetResult->expandedRounded.toString(), e->error.unit().symbol())
                    .arg(e->budgetResult->coverageFactor, 0, 'f', 2);
    for (const QString& w : e->warnings)
        text += Tr::tr("\n  warning: %1").arg(w);
    return Output{json, text};
}

Result<Output> recordCheck(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("record")));
    ETALON_GET(item, ctx.required(QStringLiteral("item")));
    const bool pass = ctx.args().flag(QStringLiteral("pass"));
    if (pass == ctx.args().flag(QStringLiteral("fail")))
        return fail(Error::badInput(QStringLiteral("pass"), Tr::tr("give exactly one of --pass or --fail")));
    const QString note = ctx.args().value(QStringLiteral("note"));
    auto r = RecordService(ctx.lab()).addCheck(ctx.session(), *id, *item, pass, note);
    if (!r)
        return fail(r.error());
    return Output{QJsonObject{{QStringLiteral("record_id"), qint64(*id)},
                              {QStringLiteral("item"), *item},
                              {QStringLiteral("passed"), pass}},
                  Tr::tr("Check “%1”: %2").arg(*item, pass ? Tr::tr("pass") : Tr::tr("fail"))};
}

Result<Output> recordAllowStandard(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("record")));
    ETALON_GET(standard, ctx.integer(QStringLiteral("standard"), 1, std::numeric_limits<qint64>::max()));
    ETALON_GET(reason, ctx.required(QStringLiteral("reason")));
    auto r = RecordService(ctx.lab()).allowStandard(ctx.session(), *id, *standard, *reason);
    if (!r)
        return fail(r.error());
    return Output{QJsonObject{{QStringLiteral("record_id"), qint64(*id)},
                              {QStringLiteral("standard_id"), qint64(*standard)},
                              {QStringLiteral("reason"), *reason}},
                  Tr::tr("Standard %1 allowed for record %2").arg(*standard).arg(*id)};
}

QJsonArray missingJson(const QList<MissingItem>& items, QString* text)
{
    QJsonArray out;
    for (const MissingItem& m : items) {
        out.append(m.toJson());
        *text += QStringLiteral("  ") + m.why + u'\n';
    }
    return out;
}

Result<Output> recordComplete(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("record")));
    RecordService records(ctx.lab());
    auto d = records.complete(ctx.session(), *id);
    if (!d && d.error().code == QStringLiteral("programme_incomplete")) {
        // The refusal lists each thing still to do, so a script (or the desktop grid) can act on it.
        ETALON_GET(missing, records.missing(*id));
        QString text = Tr::tr("Record %1 is not complete; still to do:\n").arg(*id);
        const QJsonArray items = missingJson(*missing, &text);
        return Output{QJsonObject{{QStringLiteral("record_id"), qint64(*id)}, {QStringLiteral("missing"), items}}, text,
                      d.error()};
    }
    if (!d)
        return fail(d.error());
    return detailsOutput(*d);
}

Result<Output> recordMissing(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("record")));
    ETALON_GET(missing, RecordService(ctx.lab()).missing(*id));
    QString text = missing->isEmpty() ? Tr::tr("Record %1 has its whole programme.").arg(*id)
                                      : Tr::tr("Record %1: still to do:\n").arg(*id);
    const QJsonArray items = missingJson(*missing, &text);
    return Output{QJsonObject{{QStringLiteral("record_id"), qint64(*id)}, {QStringLiteral("missing"), items}}, text};
}

Result<Output> recordVoid(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("record")));
    ETALON_GET(seq, ctx.integer(QStringLiteral("reading"), 1, 100000));
    ETALON_GET(reason, ctx.required(QStringLiteral("reason")));
    auto r = RecordService(ctx.lab()).voidReading(ctx.session(), *id, int(*seq), *reason);
    if (!r)
        return fail(r.error());
    return Output{QJsonObject{{QStringLiteral("record_id"), qint64(*id)},
                              {QStringLiteral("reading"), qint64(*seq)},
                              {QStringLiteral("voided"), true},
                              {QStringLiteral("reason"), *reason}},
                  Tr::tr("Reading %1 of record %2 voided: %3").arg(*seq).arg(*id).arg(*reason)};
}

Result<Output> recordApprove(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("record")));
    ETALON_GET(r, RecordService(ctx.lab()).approve(ctx.session(), *id));
    return Output{Json::record(*r), Tr::tr("Record %1 approved").arg(r->id)};
}

Result<Output> recordReject(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("record")));
    ETALON_GET(reason, ctx.required(QStringLiteral("reason")));
    ETALON_GET(r, RecordService(ctx.lab()).reject(ctx.session(), *id, *reason));
    return Output{Json::record(*r), Tr::tr("Record %1 sent back to the technician: %2").arg(r->id).arg(*reason)};
}

/** A desk's hold on a draft, as JSON: who, which computer, since when (UTC); null when none holds it. */
QJsonValue heldJson(const std::optional<EditClaim>& held)
{
    if (!held)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("user_id"), qint64(held->userId)},
                       {QStringLiteral("name"), held->userName},
                       {QStringLiteral("desk"), held->desk},
                       {QStringLiteral("since"), held->since.toString(Qt::ISODateWithMs)}};
}

Result<Output> recordShow(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("record")));
    ETALON_GET(d, RecordService(ctx.lab()).details(*id));
    RecordEditing editing(ctx.lab());
    ETALON_GET(held, editing.elsewhere(*id));
    Output out = detailsOutput(*d);
    // A script sees a draft another desk has open before it tries to change it.
    QJsonObject json = out.json.toObject();
    json.insert(QStringLiteral("being_edited"), heldJson(*held));
    out.json = json;
    if (*held)
        out.text += u'\n' + Tr::tr("Record %1 is %2.").arg(*id).arg(editing.describe(**held));
    return out;
}

Result<Output> recordList(Context& ctx)
{
    RecordFilter filter;
    if (ctx.args().has(QStringLiteral("status"))) {
        ETALON_GET(s, enumFromName<RecordStatus>(ctx.args().value(QStringLiteral("status")), QStringLiteral("status")));
        filter.status = *s;
    }
    ETALON_GET(instrument, ctx.optionalInteger(QStringLiteral("instrument"), 1, std::numeric_limits<qint64>::max()));
    ETALON_GET(limit, ctx.optionalInteger(QStringLiteral("limit"), 1, 1'000'000));
    if (*instrument)
        filter.instrumentId = **instrument;
    filter.limit = int(limit->value_or(1000));
    ETALON_GET(list, RecordService(ctx.lab()).records(filter));
    RecordEditing editing(ctx.lab());
    ETALON_GET(held, editing.othersEditing());
    QJsonArray items;
    QStringList lines;
    for (const Record& r : *list) {
        QJsonObject item = Json::record(r);
        const auto claim = held->contains(r.id) ? std::optional<EditClaim>(held->value(r.id)) : std::nullopt;
        item.insert(QStringLiteral("being_edited"), heldJson(claim));
        items.append(item);
        lines.append(QStringLiteral("%1\t%2\tinstrument %3\t%4\t%5\t%6%7")
                         .arg(r.id)
                         .arg(r.date.toString(Qt::ISODate))
                         .arg(r.instrumentId)
                         .arg(toName(r.kind), toName(r.status),
                              r.verdict == Verdict::None ? QStringLiteral("–") : toName(r.verdict),
                              claim ? u'\t' + editing.describe(*claim) : QString()));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

Result<Output> due(Context& ctx)
{
    ETALON_GET(within, ctx.optionalInteger(QStringLiteral("within"), 0, 3660));
    ETALON_GET(asOf, ctx.optionalDate(QStringLiteral("as-of")));
    ETALON_GET(limit, ctx.optionalInteger(QStringLiteral("limit"), 1, 10'000'000));
    const bool standards = ctx.args().flag(QStringLiteral("standards"));
    const bool instruments = ctx.args().flag(QStringLiteral("instruments"));
    if (standards && instruments)
        return fail(
            Error::badInput(QStringLiteral("standards"), Tr::tr("give at most one of --standards or --instruments")));
    const DueScope scope = standards ? DueScope::Standards : (instruments ? DueScope::Instruments : DueScope::All);
    const QDate date = asOf->value_or(ctx.lab().today());
    ETALON_GET(items,
               DueService(ctx.lab()).dueList(date, int(within->value_or(30)), scope, int(limit->value_or(10000))));
    if (ctx.args().has(QStringLiteral("csv"))) {
        ETALON_TRY(writeFileWith(ctx.args().value(QStringLiteral("csv")), QStringLiteral("csv"),
                                 [&](QIODevice* out) { return DueListReport::writeCsv(out, *items); }));
    }
    QJsonArray array;
    QStringList lines;
    for (const DueItem& item : *items) {
        array.append(
            QJsonObject{{QStringLiteral("kind"), item.kind},
                        {QStringLiteral("track"), item.track},
                        {QStringLiteral("status"), item.status},
                        {QStringLiteral("id"), qint64(item.id)},
                        {QStringLiteral("serial"), item.serial},
                        {QStringLiteral("name"), item.name},
                        {QStringLiteral("owner"), item.owner},
                        {QStringLiteral("due_date"), item.dueDate.toString(Qt::ISODate)},
                        {QStringLiteral("days_left"), item.daysLeft},
                        {QStringLiteral("not_fit_for_use"), item.notFitForUse()},
                        {QStringLiteral("unfit"), item.unfit.isEmpty() ? QJsonValue() : QJsonValue(item.unfit)},
                        {QStringLiteral("unfit_record_id"),
                         item.unfitRecordId ? QJsonValue(qint64(item.unfitRecordId)) : QJsonValue()}});
        const QString when = item.status == QStringLiteral("failed") || item.status == QStringLiteral("quarantined")
            ? Tr::tr("not fit for use since then")
            : (item.daysLeft < 0 ? Tr::tr("%1 days overdue").arg(-item.daysLeft)
                                 : Tr::tr("in %1 days").arg(item.daysLeft));
        lines.append(
            QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                .arg(item.dueDate.toString(Qt::ISODate))
                .arg(when)
                .arg(item.kind + u'/' + item.track)
                .arg(item.id)
                .arg(item.serial, item.name + (item.owner.isEmpty() ? QString() : QStringLiteral(" — ") + item.owner)));
    }
    return Output{QJsonObject{{QStringLiteral("as_of"), date.toString(Qt::ISODate)}, {QStringLiteral("items"), array}},
                  lines.isEmpty() ? Tr::tr("Nothing falls due.") : lines.join(u'\n')};
}

} // namespace

const QList<CommandSpec>& recordCommands()
{
    static const QList<CommandSpec> list{
        {"record start", Access::SignedIn, recordStart,
         "record start --instrument ID --kind initial|periodic|after-repair|calibration|inspection --date DATE "
         "[--received DATE] [--procedure CODE] [--temperature Q] [--humidity Q] [--interval-months N] [--conformity] "
         "[--site lab|on-site [--site-address TEXT]] [--condition TEXT]"},
        {"record reading", Access::SignedIn, recordReading,
         "record reading REC_ID --standard STD_ID --reference Q --indication Q [--indication Q ...] [--added-load Q] "
         "[--test weighing|eccentricity|repeatability|discrimination|accuracy|…] [--position TEXT] "
         "[--stage as-found|as-left] [--expanded-uncertainty Q [--k N]]"},
        {"record missing", Access::SignedIn, recordMissing, "record missing REC_ID"},
        {"record void-reading", Access::SignedIn, recordVoid, "record void-reading REC_ID --reading SEQ --reason TEXT"},
        {"record check", Access::SignedIn, recordCheck, "record check REC_ID --item TEXT --pass|--fail [--note TEXT]"},
        {"record allow-standard", Access::SignedIn, recordAllowStandard,
         "record allow-standard REC_ID --standard STD_ID --reason TEXT"},
        {"record complete", Access::SignedIn, recordComplete, "record complete REC_ID"},
        {"record approve", Access::SignedIn, recordApprove, "record approve REC_ID"},
        {"record reject", Access::SignedIn, recordReject, "record reject REC_ID --reason TEXT"},
        {"record show", Access::SignedIn, recordShow, "record show REC_ID"},
        {"record list", Access::SignedIn, recordList, "record list [--status S] [--instrument ID] [--limit N]"},
        {"due", Access::SignedIn, due,
         "due [--within DAYS] [--as-of DATE] [--standards | --instruments] [--limit N] [--csv FILE]"},
    };
    return list;
}

} // namespace Etalon::Cli
