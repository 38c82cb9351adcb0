// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Commands.h"

#include "db/catalog/ProvinceCommunes.h"

#include "core/Json.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "reports/StandardHistoryReport.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Etalon::Cli {

namespace {

QString organisationText(const Organisation& o)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(o.id).arg(toName(o.kind), o.name, o.taxCode, o.commune);
}

QString instrumentText(const Instrument& i)
{
    return QStringLiteral("%1\t%2\t%3\t%4\towner %5\tdue %6")
        .arg(i.id)
        .arg(i.typeCode, i.serial, i.model)
        .arg(i.ownerId)
        .arg(i.nextDue ? i.nextDue->toString(Qt::ISODate) : QStringLiteral("–"));
}

Result<Output> orgAdd(Context& ctx)
{
    Organisation o;
    ETALON_GET(name, ctx.required(QStringLiteral("name")));
    ETALON_GET(kind,
               enumFromName<OrganisationKind>(ctx.args().value(QStringLiteral("kind"), QStringLiteral("customer")),
                                              QStringLiteral("kind")));
    o.name = *name;
    o.kind = *kind;
    o.taxCode = ctx.args().value(QStringLiteral("tax-code"));
    o.address = ctx.args().value(QStringLiteral("address"));
    o.commune = ctx.args().value(QStringLiteral("commune"));
    o.province = ctx.args().value(QStringLiteral("province"));
    o.sector = ctx.args().value(QStringLiteral("sector"));
    o.phone = ctx.args().value(QStringLiteral("phone"));
    ETALON_GET(added, RegistryService(ctx.lab()).addOrganisation(ctx.session(), o));
    return Output{Json::organisation(*added), Tr::tr("Organisation %1 added: %2").arg(added->id).arg(added->name)};
}

/** Sets \a text to the option's value when it was given (an empty value clears it). */
void overrideText(const Context& ctx, const char* option, QString& text)
{
    if (ctx.args().has(QString::fromLatin1(option)))
        text = ctx.args().value(QString::fromLatin1(option));
}

Result<Output> orgEdit(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("organisation")));
    RegistryService registry(ctx.lab());
    ETALON_GET(o, registry.fetchOrganisation(*id));
    if (ctx.args().has(QStringLiteral("kind"))) {
        ETALON_GET(kind,
                   enumFromName<OrganisationKind>(ctx.args().value(QStringLiteral("kind")), QStringLiteral("kind")));
        o->kind = *kind;
    }
    overrideText(ctx, "name", o->name);
    overrideText(ctx, "tax-code", o->taxCode);
    overrideText(ctx, "address", o->address);
    overrideText(ctx, "commune", o->commune);
    overrideText(ctx, "province", o->province);
    overrideText(ctx, "sector", o->sector);
    overrideText(ctx, "phone", o->phone);
    ETALON_GET(changed, registry.updateOrganisation(ctx.session(), *o));
    return Output{Json::organisation(*changed),
                  Tr::tr("Organisation %1 changed: %2").arg(changed->id).arg(changed->name)};
}

Result<Output> orgList(Context& ctx)
{
    ETALON_GET(list, RegistryService(ctx.lab()).organisations(ctx.args().value(QStringLiteral("search"))));
    QJsonArray items;
    QStringList lines;
    for (const Organisation& o : *list) {
        items.append(Json::organisation(o));
        lines.append(organisationText(o));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

Result<Output> orgShow(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("organisation")));
    ETALON_GET(o, RegistryService(ctx.lab()).fetchOrganisation(*id));
    return Output{Json::organisation(*o),
                  organisationText(*o) + u'\n' + o->address + u' ' + o->province + u'\n' + o->phone};
}

Result<Output> instrumentAdd(Context& ctx)
{
    Instrument i;
    ETALON_GET(type, ctx.required(QStringLiteral("type")));
    ETALON_GET(owner, ctx.integer(QStringLiteral("owner"), 1, std::numeric_limits<qint64>::max()));
    ETALON_GET(year, ctx.optionalInteger(QStringLiteral("year"), 1900, 2200));
    i.typeCode = *type;
    i.ownerId = *owner;
    i.year = year->has_value() ? std::optional<int>(int(**year)) : std::nullopt;
    i.serial = ctx.args().value(QStringLiteral("serial"));
    i.manufacturer = ctx.args().value(QStringLiteral("manufacturer"));
    i.country = ctx.args().value(QStringLiteral("country"));
    i.model = ctx.args().value(QStringLiteral("model"));
    i.patternApproval = ctx.args().value(QStringLiteral("pattern-approval"));
    i.place = ctx.args().value(QStringLiteral("place"));
    i.accuracyClass = ctx.args().value(QStringLiteral("class"));
    for (const auto& [option, member] :
         {std::pair{"range-min", &Instrument::rangeMin}, std::pair{"range-max", &Instrument::rangeMax},
          std::pair{"resolution", &Instrument::resolution},
          std::pair{"verification-interval", &Instrument::verificationInterval},
          std::pair{"nominal", &Instrument::nominal}}) {
        ETALON_GET(q, ctx.optionalQuantity(QString::fromLatin1(option)));
        i.*member = *q;
    }
    ETALON_GET(added, RegistryService(ctx.lab()).addInstrument(ctx.session(), i));
    return Output{Json::instrument(*added),
                  Tr::tr("Instrument %1 registered: %2 serial %3%4")
                      .arg(added->id)
                      .arg(added->typeCode, added->serial,
                           added->serialAssignedByLab ? Tr::tr(" (number assigned by the lab)") : QString())};
}

Result<Output> instrumentEdit(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("instrument")));
    RegistryService registry(ctx.lab());
    ETALON_GET(i, registry.fetchInstrument(*id));
    overrideText(ctx, "type", i->typeCode);
    overrideText(ctx, "serial", i->serial);
    overrideText(ctx, "manufacturer", i->manufacturer);
    overrideText(ctx, "country", i->country);
    overrideText(ctx, "model", i->model);
    overrideText(ctx, "pattern-approval", i->patternApproval);
    overrideText(ctx, "place", i->place);
    overrideText(ctx, "class", i->accuracyClass);
    // The owner is the transfer's to change: given here, the use case says so.
    if (ctx.args().has(QStringLiteral("owner"))) {
        ETALON_GET(owner, ctx.integer(QStringLiteral("owner"), 1, std::numeric_limits<qint64>::max()));
        i->ownerId = *owner;
    }
    if (ctx.args().has(QStringLiteral("year"))) {
        if (ctx.args().value(QStringLiteral("year")).trimmed().isEmpty()) {
            i->year.reset();
        } else {
            ETALON_GET(year, ctx.integer(QStringLiteral("year"), 1900, 2200));
            i->year = int(*year);
        }
    }
    for (const auto& [option, member] :
         {std::pair{"range-min", &Instrument::rangeMin}, std::pair{"range-max", &Instrument::rangeMax},
          std::pair{"resolution", &Instrument::resolution},
          std::pair{"verification-interval", &Instrument::verificationInterval},
          std::pair{"nominal", &Instrument::nominal}}) {
        const QString name = QString::fromLatin1(option);
        if (!ctx.args().has(name))
            continue;
        if (ctx.args().value(name).trimmed().isEmpty()) {
            (*i).*member = std::nullopt; // an empty value clears it
            continue;
        }
        ETALON_GET(q, ctx.optionalQuantity(name));
        (*i).*member = *q;
    }
    ETALON_GET(changed, registry.updateInstrument(ctx.session(), *i));
    return Output{
        Json::instrument(*changed),
        Tr::tr("Instrument %1 changed: %2 serial %3").arg(changed->id).arg(changed->typeCode, changed->serial)};
}

Result<Output> instrumentList(Context& ctx)
{
    InstrumentFilter filter;
    ETALON_GET(owner, ctx.optionalInteger(QStringLiteral("owner"), 1, std::numeric_limits<qint64>::max()));
    ETALON_GET(limit, ctx.optionalInteger(QStringLiteral("limit"), 1, 1'000'000));
    if (*owner)
        filter.ownerId = **owner;
    filter.typeCode = ctx.args().value(QStringLiteral("type"));
    filter.search = ctx.args().value(QStringLiteral("search"));
    filter.limit = int(limit->value_or(1000));
    ETALON_GET(list, RegistryService(ctx.lab()).instruments(filter));
    QJsonArray items;
    QStringList lines;
    for (const Instrument& i : *list) {
        items.append(Json::instrument(i));
        lines.append(instrumentText(i));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

Result<Output> instrumentShow(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("instrument")));
    ETALON_GET(i, RegistryService(ctx.lab()).fetchInstrument(*id));
    QString text = instrumentText(*i);
    text += Tr::tr("\nmanufacturer %1 (%2), model %3, year %4\nrange %5 – %6, d = %7, e = %8, class %9")
                .arg(i->manufacturer, i->country, i->model, i->year ? QString::number(*i->year) : QStringLiteral("–"),
                     quantityText(i->rangeMin), quantityText(i->rangeMax), quantityText(i->resolution),
                     quantityText(i->verificationInterval), i->accuracyClass);
    return Output{Json::instrument(*i), text};
}

Result<Output> instrumentTransfer(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("instrument")));
    ETALON_GET(owner, ctx.integer(QStringLiteral("owner"), 1, std::numeric_limits<qint64>::max()));
    ETALON_GET(date, ctx.date(QStringLiteral("date")));
    ETALON_GET(i, RegistryService(ctx.lab()).transferInstrument(ctx.session(), *id, *owner, *date));
    return Output{Json::instrument(*i),
                  Tr::tr("Instrument %1 now belongs to organisation %2").arg(i->id).arg(i->ownerId)};
}

Result<Output> standardAdd(Context& ctx)
{
    Standard s;
    ETALON_GET(name, ctx.required(QStringLiteral("name")));
    ETALON_GET(serial, ctx.required(QStringLiteral("serial")));
    ETALON_GET(kindText, ctx.required(QStringLiteral("kind")));
    ETALON_GET(kind, enumFromName<StandardKind>(*kindText, QStringLiteral("kind")));
    ETALON_GET(rangeMax, ctx.optionalQuantity(QStringLiteral("range-max")));
    ETALON_GET(limit, ctx.optionalQuantity(QStringLiteral("limit")));
    s.toleranceLimit = *limit;
    s.name = *name;
    s.serial = *serial;
    s.kind = *kind;
    s.accuracyClass = ctx.args().value(QStringLiteral("class"));
    s.quantity = ctx.args().value(QStringLiteral("quantity")).trimmed();
    s.rangeMax = *rangeMax;
    ETALON_GET(added, StandardService(ctx.lab()).addStandard(ctx.session(), s));
    return Output{Json::standard(*added), Tr::tr("Standard %1 added: %2").arg(added->id).arg(added->name)};
}

Result<Output> standardList(Context& ctx)
{
    ETALON_GET(list, StandardService(ctx.lab()).standards());
    QJsonArray items;
    QStringList lines;
    for (const Standard& s : *list) {
        items.append(Json::standard(s));
        lines.append(QStringLiteral("%1\t%2\t%3\t%4\tvalid until %5")
                         .arg(s.id)
                         .arg(s.name, s.serial, toName(s.status),
                              s.validUntil ? s.validUntil->toString(Qt::ISODate) : QStringLiteral("–")));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

QString findingsText(const StandardCalibration& c)
{
    QString text;
    for (const ToleranceFinding& f : c.outOfTolerance)
        text += u'\n' +
            Tr::tr("Out of tolerance at %1: correction %2 exceeds ±%3")
                .arg(f.value.toString(), f.correction.toString(), f.limit.toString());
    return text;
}

Result<Output> standardShow(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("standard")));
    StandardService service(ctx.lab());
    ETALON_GET(s, service.fetchStandard(*id));
    ETALON_GET(calibrations, service.calibrations(*id));
    QJsonObject json = Json::standard(*s);
    QJsonArray history;
    QString text = QStringLiteral("%1 %2 (%3), %4\n").arg(s->name, s->serial, toName(s->kind), toName(s->status));
    if (s->toleranceLimit)
        text += Tr::tr("  limit: corrections up to ±%1\n").arg(s->toleranceLimit->toString());
    for (const StandardCalibration& c : *calibrations) {
        history.append(Json::standardCalibration(c));
        text += Tr::tr("  calibrated %1, valid until %2, certificate %3")
                    .arg(c.date.toString(Qt::ISODate), c.validUntil.toString(Qt::ISODate), c.certificate);
        text += findingsText(c).replace(u'\n', QStringLiteral("\n    ")) + u'\n';
    }
    // The latest calibration decides whether the standard is out of tolerance now.
    json.insert(QStringLiteral("out_of_tolerance"),
                !calibrations->isEmpty() && !calibrations->last().outOfTolerance.isEmpty());
    json.insert(QStringLiteral("calibrations"), history);
    ETALON_GET(items, service.weightItems(*id));
    QJsonArray weights;
    for (const WeightItem& w : *items)
        weights.append(Json::weightItem(w));
    json.insert(QStringLiteral("items"), weights);
    if (!items->isEmpty())
        text += Tr::tr("  %n weight(s) registered one by one", nullptr, int(items->size())) + u'\n';
    return Output{json, text};
}

Result<Output> standardItemAdd(Context& ctx)
{
    WeightItem w;
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("standard")));
    ETALON_GET(nominal, ctx.required(QStringLiteral("nominal")));
    ETALON_GET(q, Context::parseQuantity(*nominal, QStringLiteral("nominal")));
    ETALON_GET(mark, ctx.required(QStringLiteral("mark")));
    w.standardId = *id;
    w.nominal = *q;
    w.mark = *mark;
    w.serial = ctx.args().value(QStringLiteral("serial"));
    w.accuracyClass = ctx.args().value(QStringLiteral("class"));
    ETALON_GET(added, StandardService(ctx.lab()).addWeightItem(ctx.session(), w));
    return Output{Json::weightItem(*added),
                  Tr::tr("Weight %1 (%2) added to standard %3 as item %4")
                      .arg(added->mark, added->nominal.toString())
                      .arg(added->standardId)
                      .arg(added->id)};
}

Result<Output> standardItems(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("standard")));
    ETALON_GET(items, StandardService(ctx.lab()).weightItems(*id));
    QJsonArray list;
    QString text;
    for (const WeightItem& w : *items) {
        list.append(Json::weightItem(w));
        text += QStringLiteral("%1\t%2\t%3\t%4\n").arg(w.mark, w.nominal.toString(), w.serial, w.accuracyClass);
    }
    return Output{QJsonObject{{QStringLiteral("items"), list}}, text};
}

Result<Output> standardLimit(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("standard")));
    ETALON_GET(limit, ctx.optionalQuantity(QStringLiteral("limit")));
    const bool clear = ctx.args().flag(QStringLiteral("clear"));
    if (limit->has_value() == clear)
        return fail(Error::badInput(QStringLiteral("limit"), Tr::tr("give either --limit Q or --clear")));
    ETALON_GET(reason, ctx.required(QStringLiteral("reason")));
    ETALON_GET(s, StandardService(ctx.lab()).setToleranceLimit(ctx.session(), *id, *limit, *reason));
    return Output{Json::standard(*s),
                  s->toleranceLimit ? Tr::tr("Standard %1: corrections beyond ±%2 are out of tolerance")
                                          .arg(s->id)
                                          .arg(s->toleranceLimit->toString())
                                    : Tr::tr("Standard %1 has no limit of its own; its class decides").arg(s->id)};
}

Result<Output> standardHistory(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("standard")));
    ETALON_GET(path, ctx.required(QStringLiteral("pdf")));
    StandardService service(ctx.lab());
    ETALON_GET(s, service.fetchStandard(*id));
    ETALON_GET(calibrations, service.calibrations(*id));
    StandardHistoryReport::Options options;
    options.labName = ctx.lab().setting(QStringLiteral("lab_name"));
    options.generatedAt = ctx.lab().localNow();
    ETALON_GET(bytes, StandardHistoryReport::render(*s, *calibrations, options));
    ETALON_TRY(writeWholeFile(*path, *bytes, QStringLiteral("pdf")));
    return Output{QJsonObject{{QStringLiteral("standard"), qint64(*id)}, {QStringLiteral("pdf"), *path}},
                  Tr::tr("Calibration history of standard %1 written to %2").arg(*id).arg(*path)};
}

Result<Output> standardStatus(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("standard")));
    ETALON_GET(statusText, ctx.required(QStringLiteral("set")));
    ETALON_GET(status, enumFromName<StandardStatus>(*statusText, QStringLiteral("set")));
    ETALON_GET(reason, ctx.required(QStringLiteral("reason")));
    ETALON_GET(s, StandardService(ctx.lab()).setStatus(ctx.session(), *id, *status, *reason));
    return Output{Json::standard(*s), Tr::tr("Standard %1 is now %2").arg(s->id).arg(toName(s->status))};
}

// The points of a calibration, in the order given: each --value opens a point that the following
// --correction, --uncertainty and --k describe.
Result<QList<CalibrationPoint>> calibrationPoints(const Context& ctx)
{
    QList<CalibrationPoint> points;
    for (const auto& [name, value] : ctx.args().options) {
        if (name == QStringLiteral("value")) {
            ETALON_GET(q, Context::parseQuantity(value, name));
            points.append(CalibrationPoint{*q, std::nullopt, std::nullopt, Decimal(2, 0), {}});
            continue;
        }
        if (name != QStringLiteral("correction") && name != QStringLiteral("uncertainty") &&
            name != QStringLiteral("k") && name != QStringLiteral("item"))
            continue;
        if (points.isEmpty())
            return fail(Error::badInput(name, Tr::tr("--%1 must follow the --value it belongs to").arg(name)));
        if (name == QStringLiteral("item")) {
            points.last().item = value.trimmed();
            continue;
        }
        if (name == QStringLiteral("k")) {
            ETALON_GET(k, Decimal::parse(value, name));
            points.last().k = *k;
            continue;
        }
        ETALON_GET(q, Context::parseQuantity(value, name));
        (name == QStringLiteral("correction") ? points.last().correction : points.last().uncertainty) = *q;
    }
    return points;
}

Result<Output> standardCalibrate(Context& ctx)
{
    StandardCalibration c;
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("standard")));
    ETALON_GET(date, ctx.date(QStringLiteral("date")));
    ETALON_GET(until, ctx.date(QStringLiteral("valid-until")));
    ETALON_GET(certificate, ctx.required(QStringLiteral("certificate")));
    ETALON_GET(byLab, ctx.optionalInteger(QStringLiteral("by-lab"), 1, std::numeric_limits<qint64>::max()));
    ETALON_GET(byStandard, ctx.optionalInteger(QStringLiteral("by-standard"), 1, std::numeric_limits<qint64>::max()));
    ETALON_GET(points, calibrationPoints(ctx));
    c.standardId = *id;
    c.date = *date;
    c.validUntil = *until;
    c.certificate = *certificate;
    if (*byLab)
        c.byLabId = **byLab;
    if (*byStandard)
        c.byStandardId = **byStandard;
    c.points = *points;
    ETALON_GET(added, StandardService(ctx.lab()).calibrate(ctx.session(), c));
    QString text = Tr::tr("Calibration %1 of standard %2 recorded, valid until %3")
                       .arg(added->id)
                       .arg(added->standardId)
                       .arg(added->validUntil.toString(Qt::ISODate));
    text += findingsText(*added);
    if (!added->outOfTolerance.isEmpty())
        text += u'\n' +
            Tr::tr("Work done with this standard may be suspect: etalon-cli impact %1 --mark-suspect "
                   "--reason TEXT")
                .arg(added->standardId);
    return Output{Json::standardCalibration(*added), text};
}

Result<Output> communeList(Context&)
{
    const CommuneRegister& communes = provinceCommunes();
    QJsonArray items;
    for (const QString& name : communes.names())
        items.append(name);
    return Output{QJsonObject{{QStringLiteral("province"), communes.province()}, {QStringLiteral("items"), items}},
                  communes.names().join(u'\n')};
}

} // namespace

const QList<CommandSpec>& registryCommands()
{
    static const QList<CommandSpec> list{
        {"org add", Access::SignedIn, orgAdd,
         "org add --name TEXT [--kind customer|calibration-lab|national-institute] [--tax-code] [--address] "
         "[--commune] "
         "[--province] [--sector] [--phone]"},
        {"commune list", Access::None, communeList, "commune list"},
        {"org list", Access::SignedIn, orgList, "org list [--search TEXT]"},
        {"org show", Access::SignedIn, orgShow, "org show ID"},
        {"org edit", Access::SignedIn, orgEdit,
         "org edit ID [--name TEXT] [--kind customer|calibration-lab|national-institute] [--tax-code] [--address] "
         "[--commune] [--province] [--sector] [--phone]   (only the options given change; an empty value clears)"},
        {"instrument add", Access::SignedIn, instrumentAdd,
         "instrument add --type CODE [--serial TEXT] --owner ORG_ID [--manufacturer] [--country] [--model] [--year N] "
         "[--pattern-approval TEXT] [--place TEXT] [--range-min Q] [--range-max Q] [--resolution Q] "
         "[--verification-interval Q] [--nominal Q] [--class TEXT]"},
        {"instrument list", Access::SignedIn, instrumentList,
         "instrument list [--owner ID] [--type CODE] [--search TEXT] [--limit N]"},
        {"instrument show", Access::SignedIn, instrumentShow, "instrument show ID"},
        {"instrument edit", Access::SignedIn, instrumentEdit,
         "instrument edit ID [--type CODE] [--serial TEXT] [--manufacturer] [--country] [--model] [--year N] "
         "[--pattern-approval TEXT] [--place TEXT] [--range-min Q] [--range-max Q] [--resolution Q] "
         "[--verification-interval Q] [--nominal Q] [--class TEXT] [--owner ORG_ID]   (only the options given change; "
         "an empty value clears; a new owner is refused: it changes by instrument transfer)"},
        {"instrument transfer", Access::SignedIn, instrumentTransfer,
         "instrument transfer ID --owner ORG_ID --date DATE"},
        {"standard add", Access::SignedIn, standardAdd,
         "standard add --name TEXT --serial TEXT --kind reference|working|check [--class TEXT] [--range-max Q] "
         "[--quantity mass|pressure|volume|temperature|…] [--limit Q]"},
        {"standard limit", Access::SignedIn, standardLimit,
         "standard limit STD_ID (--limit Q | --clear) --reason TEXT"},
        {"standard history", Access::SignedIn, standardHistory, "standard history STD_ID --pdf FILE"},
        {"standard list", Access::SignedIn, standardList, "standard list"},
        {"standard show", Access::SignedIn, standardShow, "standard show ID"},
        {"standard status", Access::SignedIn, standardStatus,
         "standard status STD_ID --set in-service|quarantined|retired --reason TEXT"},
        {"standard calibrate", Access::SignedIn, standardCalibrate,
         "standard calibrate STD_ID --date DATE --valid-until DATE --certificate TEXT (--by-lab ORG_ID | --by-standard "
         "STD_ID) [--value Q [--item MARK] --correction Q --uncertainty Q [--k N]]..."},
        {"standard item-add", Access::SignedIn, standardItemAdd,
         "standard item-add STD_ID --nominal Q --mark TEXT [--serial TEXT] [--class TEXT]"},
        {"standard items", Access::SignedIn, standardItems, "standard items STD_ID"},
    };
    return list;
}

} // namespace Etalon::Cli
