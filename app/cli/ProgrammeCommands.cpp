// SPDX-License-Identifier: Apache-2.0
// The provincial programme: its targets, the check-scale points, enterprises in measurement assurance.
#include "app/cli/Commands.h"
#include "app/common/I18n.h"

#include "core/Tr.h"
#include "db/programme/ProgrammeService.h"
#include "reports/AssuranceReportPdf.h"
#include "reports/CsvWriter.h"

#include <QBuffer>
#include <QJsonArray>

namespace Etalon::Cli {

namespace {

QJsonObject viewJson(const CheckPointView& v)
{
    const CheckPoint& p = v.point;
    return {
        {QStringLiteral("id"), qint64(p.id)},
        {QStringLiteral("commune"), p.commune},
        {QStringLiteral("market"), p.market},
        {QStringLiteral("location"), p.location},
        {QStringLiteral("responsible"), p.responsible},
        {QStringLiteral("status"), toName(p.status)},
        {QStringLiteral("scale"), p.scaleId ? QJsonValue(qint64(*p.scaleId)) : QJsonValue()},
        {QStringLiteral("scale_due"), v.scaleDue ? QJsonValue(v.scaleDue->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("scale_status"), toName(v.scaleStatus)},
        {QStringLiteral("mass_set"), p.massSetId ? QJsonValue(qint64(*p.massSetId)) : QJsonValue()},
        {QStringLiteral("mass_set_due"), v.massSetDue ? QJsonValue(v.massSetDue->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("mass_set_status"), toName(v.massSetStatus)},
        {QStringLiteral("equipment_status"), toName(v.equipmentStatus())}};
}

QString viewText(const CheckPointView& v)
{
    return QStringLiteral("%1\t%2\t%3\t%4\tscale %5 (%6)\tmasses %7 (%8)")
        .arg(v.point.id)
        .arg(v.point.commune, v.point.market, toName(v.point.status),
             v.scaleLabel.isEmpty() ? QStringLiteral("–") : v.scaleLabel, toName(v.scaleStatus),
             v.massSetLabel.isEmpty() ? QStringLiteral("–") : v.massSetLabel, toName(v.massSetStatus));
}

Result<std::optional<Id>> optionalId(Context& ctx, const QString& option)
{
    ETALON_GET(id, ctx.optionalInteger(option, 1, std::numeric_limits<qint64>::max()));
    return id->has_value() ? std::optional<Id>(**id) : std::nullopt;
}

Result<Output> targets(Context& ctx)
{
    ETALON_GET(list, ProgrammeService(ctx.lab()).targets());
    QJsonArray items;
    QStringList lines;
    for (const ProgrammeTarget& t : *list) {
        items.append(QJsonObject{
            {QStringLiteral("key"), t.key}, {QStringLiteral("value"), t.value}, {QStringLiteral("by_year"), t.byYear}});
        lines.append(QStringLiteral("%1\t%2\tby %3").arg(t.key).arg(t.value).arg(t.byYear));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

Result<Output> setTarget(Context& ctx)
{
    const QString key = ctx.args().positional.value(0);
    ETALON_GET(value, ctx.integer(QStringLiteral("value"), 0, 1'000'000));
    ETALON_GET(year, ctx.optionalInteger(QStringLiteral("by-year"), 2026, 2100));
    ETALON_GET(t, ProgrammeService(ctx.lab()).setTarget(ctx.session(), key, int(*value), int(year->value_or(2030))));
    return Output{QJsonObject{{QStringLiteral("key"), t->key},
                              {QStringLiteral("value"), t->value},
                              {QStringLiteral("by_year"), t->byYear}},
                  Tr::tr("Target %1 is now %2 by %3").arg(t->key).arg(t->value).arg(t->byYear)};
}

Result<Output> checkpointAdd(Context& ctx)
{
    CheckPoint p;
    ETALON_GET(commune, ctx.required(QStringLiteral("commune")));
    ETALON_GET(market, ctx.required(QStringLiteral("market")));
    ETALON_GET(scale, optionalId(ctx, QStringLiteral("scale")));
    ETALON_GET(masses, optionalId(ctx, QStringLiteral("mass-set")));
    ETALON_GET(status,
               enumFromName<CheckPointStatus>(ctx.args().value(QStringLiteral("status"), QStringLiteral("planned")),
                                              QStringLiteral("status")));
    p.commune = *commune;
    p.market = *market;
    p.location = ctx.args().value(QStringLiteral("location"));
    p.responsible = ctx.args().value(QStringLiteral("responsible"));
    p.scaleId = *scale;
    p.massSetId = *masses;
    p.status = *status;
    ETALON_GET(added, ProgrammeService(ctx.lab()).addCheckPoint(ctx.session(), p));
    return Output{
        QJsonObject{{QStringLiteral("id"), qint64(added->id)}, {QStringLiteral("status"), toName(added->status)}},
        Tr::tr("Check-scale point %1 registered at %2, %3 (%4)")
            .arg(added->id)
            .arg(added->market, added->commune, toName(added->status))};
}

Result<Output> checkpointEquip(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("check-point")));
    ETALON_GET(scale, optionalId(ctx, QStringLiteral("scale")));
    ETALON_GET(masses, optionalId(ctx, QStringLiteral("mass-set")));
    ETALON_GET(p, ProgrammeService(ctx.lab()).equipCheckPoint(ctx.session(), *id, *scale, *masses));
    return Output{QJsonObject{{QStringLiteral("id"), qint64(p->id)}, {QStringLiteral("status"), toName(p->status)}},
                  Tr::tr("Check-scale point %1 is %2").arg(p->id).arg(toName(p->status))};
}

Result<Output> checkpointStatus(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("check-point")));
    ETALON_GET(statusText, ctx.required(QStringLiteral("set")));
    ETALON_GET(status, enumFromName<CheckPointStatus>(*statusText, QStringLiteral("set")));
    ETALON_GET(date, ctx.optionalDate(QStringLiteral("date")));
    ETALON_GET(p,
               ProgrammeService(ctx.lab()).setCheckPointStatus(ctx.session(), *id, *status,
                                                               date->value_or(ctx.lab().today()),
                                                               ctx.args().value(QStringLiteral("reason"))));
    return Output{QJsonObject{{QStringLiteral("id"), qint64(p->id)}, {QStringLiteral("status"), toName(p->status)}},
                  Tr::tr("Check-scale point %1 is %2").arg(p->id).arg(toName(p->status))};
}

Result<Output> checkpointList(Context& ctx)
{
    ETALON_GET(within, ctx.optionalInteger(QStringLiteral("due-within"), 0, 3650));
    ProgrammeService programme(ctx.lab());
    ETALON_GET(list,
               within->has_value() ? programme.pointsFallingDue(int(**within))
                                   : programme.checkPoints(ctx.args().value(QStringLiteral("commune"))));
    QJsonArray items;
    QStringList lines;
    for (const CheckPointView& v : *list) {
        items.append(viewJson(v));
        lines.append(viewText(v));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

Result<Output> enterpriseEnrol(Context& ctx)
{
    Enrolment e;
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("organisation")));
    ETALON_GET(date, ctx.date(QStringLiteral("date")));
    ETALON_GET(sectorText, ctx.required(QStringLiteral("sector")));
    ETALON_GET(sector, enumFromName<ProgrammeSector>(*sectorText, QStringLiteral("sector")));
    for (const QString& s : ctx.args().value(QStringLiteral("support")).split(u',', Qt::SkipEmptyParts)) {
        ETALON_GET(kind, enumFromName<SupportKind>(s.trimmed(), QStringLiteral("support")));
        e.support.append(*kind);
    }
    e.organisationId = *id;
    e.enrolledOn = *date;
    e.sector = *sector;
    ETALON_GET(added, ProgrammeService(ctx.lab()).enrol(ctx.session(), e));
    return Output{QJsonObject{{QStringLiteral("id"), qint64(added->id)},
                              {QStringLiteral("organisation"), qint64(added->organisationId)}},
                  Tr::tr("Organisation %1 enrolled in measurement assurance").arg(added->organisationId)};
}

Result<Output> enterpriseList(Context& ctx)
{
    ETALON_GET(list, ProgrammeService(ctx.lab()).enrolments());
    QJsonArray items;
    QStringList lines;
    for (const auto& [e, org] : *list) {
        QJsonArray support;
        for (SupportKind k : e.support)
            support.append(toName(k));
        items.append(QJsonObject{{QStringLiteral("organisation"), qint64(org.id)},
                                 {QStringLiteral("name"), org.name},
                                 {QStringLiteral("enrolled_on"), e.enrolledOn.toString(Qt::ISODate)},
                                 {QStringLiteral("sector"), toName(e.sector)},
                                 {QStringLiteral("support"), support}});
        lines.append(QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(org.id)
                         .arg(org.name, e.enrolledOn.toString(Qt::ISODate), toName(e.sector)));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

Status writeAssuranceCsv(const AssuranceReport& r, const QString& path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    ETALON_TRY(csv.writeRow({QStringLiteral("instrument"), QStringLiteral("type"), QStringLiteral("type-name"),
                             QStringLiteral("serial"), QStringLiteral("group2"), QStringLiteral("last-work"),
                             QStringLiteral("last-kind"), QStringLiteral("last-verdict"), QStringLiteral("next-due"),
                             QStringLiteral("status")}));
    for (const AssuranceLine& l : r.lines)
        ETALON_TRY(csv.writeRow({QString::number(l.instrumentId), l.typeCode, l.typeName, l.serial,
                                 l.group2 ? QStringLiteral("yes") : QStringLiteral("no"),
                                 l.lastWork ? l.lastWork->toString(Qt::ISODate) : QString(), l.lastKind,
                                 l.lastVerdict == Verdict::None ? QString() : toName(l.lastVerdict),
                                 l.nextDue ? l.nextDue->toString(Qt::ISODate) : QString(), toName(l.status)}));
    return writeWholeFile(path, bytes, QStringLiteral("csv"));
}

Result<Output> enterpriseReport(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("organisation")));
    ETALON_GET(asOf, ctx.optionalDate(QStringLiteral("as-of")));
    const QString language = ctx.args().value(QStringLiteral("language"), QStringLiteral("vi"));
    if (language != QStringLiteral("vi") && language != QStringLiteral("en"))
        return fail(Error::badInput(QStringLiteral("language"), Tr::tr("the report is in vi or en")));
    ETALON_GET(r, ProgrammeService(ctx.lab()).assuranceReport(*id, asOf->value_or(ctx.lab().today())));
    // The report is for the enterprise and the authorities: in Vietnamese unless asked, whatever the screen's.
    const QString previous = I18n::current();
    I18n::install(language, language);
    const Status written = [&]() -> Status {
        if (ctx.args().has(QStringLiteral("csv")))
            ETALON_TRY(writeAssuranceCsv(*r, ctx.args().value(QStringLiteral("csv"))));
        if (ctx.args().has(QStringLiteral("pdf"))) {
            AssuranceReportPdf::Options options;
            options.labName = ctx.lab().setting(QStringLiteral("lab_name"));
            options.generatedAt = ctx.lab().localNow();
            ETALON_GET(pdf, AssuranceReportPdf::render(*r, options));
            ETALON_TRY(writeWholeFile(ctx.args().value(QStringLiteral("pdf")), *pdf, QStringLiteral("pdf")));
        }
        return {};
    }();
    I18n::install(previous, previous);
    ETALON_TRY(written);
    QJsonArray lines, share;
    QStringList text{
        Tr::tr("%1 — measurement assurance as of %2").arg(r->enterprise.name, r->asOf.toString(Qt::ISODate))};
    for (const AssuranceLine& l : r->lines) {
        lines.append(
            QJsonObject{{QStringLiteral("instrument"), qint64(l.instrumentId)},
                        {QStringLiteral("type"), l.typeCode},
                        {QStringLiteral("serial"), l.serial},
                        {QStringLiteral("group2"), l.group2},
                        {QStringLiteral("last_work"), l.lastWork ? l.lastWork->toString(Qt::ISODate) : QString()},
                        {QStringLiteral("next_due"), l.nextDue ? l.nextDue->toString(Qt::ISODate) : QString()},
                        {QStringLiteral("status"), toName(l.status)}});
        text.append(
            QStringLiteral("%1\t%2\t%3\t%4")
                .arg(l.typeCode, l.serial, toName(l.status), l.nextDue ? l.nextDue->toString(Qt::ISODate) : QString()));
    }
    for (const auto& [date, value] : r->inDateShare)
        share.append(
            QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("share"), value}});
    return Output{QJsonObject{{QStringLiteral("organisation"), qint64(r->enterprise.id)},
                              {QStringLiteral("as_of"), r->asOf.toString(Qt::ISODate)},
                              {QStringLiteral("instruments"), lines},
                              {QStringLiteral("in_date_share"), share}},
                  text.join(u'\n')};
}

} // namespace

const QList<CommandSpec>& programmeCommands()
{
    static const QList<CommandSpec> list{
        {"programme targets", Access::SignedIn, targets, "programme targets"},
        {"programme target", Access::SignedIn, setTarget, "programme target KEY --value N [--by-year YYYY]"},
        {"checkpoint add", Access::SignedIn, checkpointAdd,
         "checkpoint add --commune TEXT --market TEXT [--location TEXT] [--scale INSTR_ID] [--mass-set INSTR_ID] "
         "[--responsible TEXT] [--status planned|equipped|in-use|out-of-use]"},
        {"checkpoint equip", Access::SignedIn, checkpointEquip,
         "checkpoint equip ID [--scale INSTR_ID] [--mass-set INSTR_ID]"},
        {"checkpoint status", Access::SignedIn, checkpointStatus,
         "checkpoint status ID --set planned|equipped|in-use|out-of-use [--date DATE] [--reason TEXT]"},
        {"checkpoint list", Access::SignedIn, checkpointList, "checkpoint list [--commune TEXT] [--due-within DAYS]"},
        {"enterprise enrol", Access::SignedIn, enterpriseEnrol,
         "enterprise enrol ORG_ID --date DATE --sector electricity|water|fuel|minerals|agri-forestry|other "
         "[--support consultation,verification-calibration,method-development,equipment]"},
        {"enterprise list", Access::SignedIn, enterpriseList, "enterprise list"},
        {"enterprise report", Access::SignedIn, enterpriseReport,
         "enterprise report ORG_ID [--as-of DATE] [--csv FILE] [--pdf FILE] [--language vi|en]"},
    };
    return list;
}

} // namespace Etalon::Cli
