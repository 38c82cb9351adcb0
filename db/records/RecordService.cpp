// SPDX-License-Identifier: Apache-2.0
#include "db/records/RecordService.h"

#include "db/records/RecordEditing.h"

#include "core/BudgetJson.h"
#include "core/Environment.h"
#include "core/Json.h"
#include "core/Plausibility.h"
#include "core/StandardFitness.h"
#include "db/catalog/CatalogRepository.h"
#include "db/lab/UserService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "db/store/Rows.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Etalon {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status checkDimension(const std::optional<Quantity>& q, const char* reference, const QString& field)
{
    if (!q)
        return {};
    const Unit expected = UnitCatalog::instance().find(QString::fromUtf8(reference)).value();
    if (!q->unit().isCompatibleWith(expected))
        return fail(unitMismatch(q->unit(), expected, field));
    return {};
}

Status checkKindAllowed(RecordKind kind, const InstrumentType& type)
{
    const bool allowed = (kind == RecordKind::Initial && type.initialVerification) ||
        (kind == RecordKind::Periodic && type.periodicVerification) ||
        (kind == RecordKind::AfterRepair && type.afterRepairVerification) || kind == RecordKind::Calibration ||
        kind == RecordKind::Inspection;
    if (!allowed)
        return fail(Error::refused(QStringLiteral("kind_not_applicable"),
                                   Tr::tr("the law sets no %1 verification for %2").arg(toName(kind), type.code),
                                   QStringLiteral("kind")));
    return {};
}

} // namespace

Result<QString> RecordService::workSite(const StartRecordInput& in, const Instrument& instrument)
{
    ETALON_TRY(checkText(in.itemCondition, QStringLiteral("condition"), 1000, true));
    ETALON_TRY(checkText(in.siteAddress, QStringLiteral("site-address"), 300));
    if (in.site == WorkSite::Lab) {
        if (!in.siteAddress.trimmed().isEmpty())
            return fail(Error::badInput(QStringLiteral("site-address"),
                                        Tr::tr("a site address is for work at the customer's site (--site on-site)")));
        return QString();
    }
    // On site: where the instrument is used, unless told; its owner's address when no place is registered.
    if (!in.siteAddress.trimmed().isEmpty())
        return in.siteAddress.simplified();
    if (!instrument.place.trimmed().isEmpty())
        return instrument.place.simplified();
    auto owner = RegistryService(m_lab).fetchOrganisation(instrument.ownerId);
    if (!owner)
        return fail(owner.error());
    QStringList address{owner->address, owner->commune, owner->province};
    address.removeAll(QString());
    if (address.isEmpty())
        return fail(Error::badInput(QStringLiteral("site-address"),
                                    Tr::tr("say where on-site work was done: the instrument has no place of use and "
                                           "its owner no address")));
    return address.join(QStringLiteral(", "));
}

Status RecordService::checkStart(const StartRecordInput& in, const Instrument& instrument, const InstrumentType& type,
                                 const Session& session)
{
    if (!in.date.isValid())
        return fail(Error::badInput(QStringLiteral("date"), Tr::tr("the date of the work is required (YYYY-MM-DD)")));
    ETALON_TRY(checkPlausibleDate(in.date, QStringLiteral("date")));
    if (in.received)
        ETALON_TRY(checkPlausibleDate(*in.received, QStringLiteral("received")));
    const QDate today = m_lab.today();
    if (in.date > today)
        return fail(Error::badInput(QStringLiteral("date"),
                                    Tr::tr("the date of the work %1 is after today %2").arg(iso(in.date), iso(today)),
                                    QStringLiteral("date_in_future")));
    if (in.received && *in.received > in.date)
        return fail(Error::badInput(QStringLiteral("received"),
                                    Tr::tr("the instrument was received (%1) after the date of the work (%2)")
                                        .arg(iso(*in.received), iso(in.date))));
    ETALON_TRY(checkDimension(in.temperature, "K", QStringLiteral("temperature")));
    ETALON_TRY(checkDimension(in.humidity, "%RH", QStringLiteral("humidity")));
    ETALON_TRY(checkPlausibleConditions(in.temperature, in.humidity));
    if (in.intervalMonths && in.kind != RecordKind::Calibration)
        return fail(
            Error::badInput(QStringLiteral("interval-months"),
                            Tr::tr("an agreed interval applies to calibrations; a verification follows the legal "
                                   "cycle")));
    if (in.intervalMonths && (*in.intervalMonths < 1 || *in.intervalMonths > 120))
        return fail(Error::badInput(QStringLiteral("interval-months"), Tr::tr("the interval must be 1 to 120 months")));
    ETALON_TRY(checkKindAllowed(in.kind, type));
    if (!isVerification(in.kind))
        return {};
    ETALON_TRY(UserService(m_lab).requireAuthorisation(session.userId, type.field, in.date));
    auto scope = m_lab.db().exec(QStringLiteral("SELECT range_max FROM scope WHERE type_code = ?"), {type.code});
    if (!scope)
        return fail(scope.error());
    if (!scope->next())
        return fail(Error::refused(QStringLiteral("out_of_scope"),
                                   Tr::tr("%1 is outside the lab's designation scope").arg(type.code),
                                   QStringLiteral("type")));
    const auto scopeMax = Rows::quantity(scope->value(0));
    if (scopeMax && instrument.rangeMax &&
        instrument.rangeMax->compare(*scopeMax).value_or(std::strong_ordering::greater) ==
            std::strong_ordering::greater)
        return fail(Error::refused(QStringLiteral("out_of_scope"),
                                   Tr::tr("the lab is designated for %1 up to %2; this instrument measures up to %3")
                                       .arg(type.code, scopeMax->toString(), instrument.rangeMax->toString()),
                                   QStringLiteral("range-max")));
    if (in.kind == RecordKind::Initial && type.patternApproval && instrument.patternApproval.trimmed().isEmpty())
        return fail(Error::refused(
            QStringLiteral("pattern_approval_missing"),
            Tr::tr("an initial verification of %1 needs the instrument's pattern-approval mark").arg(type.code),
            QStringLiteral("pattern-approval")));
    return {};
}

Result<Record> RecordService::start(const Session& session, const StartRecordInput& in)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Technician, Role::Manager}));
    // A verification always concludes on conformity: asking for a statement would be ignored, so it is refused.
    if (in.conformityRequested && isVerification(in.kind))
        return fail(Error::badInput(QStringLiteral("conformity"),
                                    Tr::tr("a verification always concludes whether the instrument conforms; "
                                           "--conformity is for calibrations")));
    auto instrument = RegistryService(m_lab).fetchInstrument(in.instrumentId);
    if (!instrument)
        return fail(instrument.error());
    CatalogRepository catalog(m_lab.db());
    auto type = catalog.fetchType(instrument->typeCode);
    if (!type)
        return fail(type.error());
    ETALON_TRY(checkStart(in, *instrument, *type, session));
    QString code = in.procedureCode.isEmpty() ? type->defaultProcedure : in.procedureCode;
    // A calibration follows the lab's calibration method for the type where it has one, not the legal
    // verification procedure.
    if (in.procedureCode.isEmpty() && in.kind == RecordKind::Calibration) {
        auto method = m_lab.db().scalar(QStringLiteral("SELECT code FROM procedures WHERE type_code = ? AND purpose = "
                                                       "'calibration' ORDER BY code LIMIT 1"),
                                        {instrument->typeCode});
        if (!method)
            return fail(method.error());
        if (!method->isNull())
            code = method->toString();
    }
    auto procedure = catalog.fetchProcedure(code);
    if (!procedure)
        return fail(procedure.error());
    // A legal verification follows the document written for the instrument's type (ĐLVN 14:2009 for a platform
    // scale, not the spring-scale procedure): its programme is the one the law asks for.
    if (isVerification(in.kind) && procedure->typeCode != instrument->typeCode && code != type->defaultProcedure)
        return fail(Error::refused(QStringLiteral("procedure_mismatch"),
                                   Tr::tr("procedure %1 is written for %2, not for %3: a verification of a %3 follows "
                                          "%4")
                                       .arg(code, procedure->typeCode, instrument->typeCode, type->defaultProcedure),
                                   QStringLiteral("procedure")));
    auto procedureType = catalog.fetchType(procedure->typeCode);
    if (procedureType && procedureType->quantity != type->quantity)
        return fail(Error::refused(
            QStringLiteral("procedure_mismatch"),
            Tr::tr("procedure %1 is for %2, not for %3").arg(code, procedureType->quantity, type->quantity),
            QStringLiteral("procedure")));
    auto rule = catalog.procedureRule(code);
    if (!rule)
        return fail(rule.error());
    if (isVerification(in.kind) && !rule->has_value())
        return fail(Error::refused(QStringLiteral("no_mpe_rule"),
                                   Tr::tr("procedure %1 has no MPE rule, so it cannot verify").arg(code),
                                   QStringLiteral("procedure")));
    // A statement of conformity the customer asked for is made or refused, never dropped (ISO/IEC 17025 7.1.3).
    if (in.conformityRequested && !rule->has_value())
        return fail(Error::badInput(QStringLiteral("conformity"),
                                    Tr::tr("a statement of conformity needs a specified requirement, and procedure %1 "
                                           "gives no MPE for this instrument")
                                        .arg(code)));
    auto site = workSite(in, *instrument);
    if (!site)
        return fail(site.error());
    auto warnings = checkEnvironment(procedure->envLimits, in.temperature, in.humidity);
    if (!warnings)
        return fail(warnings.error());
    return m_lab.write([&]() -> Result<Record> {
        Record r;
        r.instrumentId = in.instrumentId;
        r.kind = in.kind;
        r.procedureCode = code;
        r.technicianId = session.userId;
        r.date = in.date;
        r.received = in.received;
        r.temperature = in.temperature;
        r.humidity = in.humidity;
        r.intervalMonths = in.intervalMonths;
        r.site = in.site;
        r.siteAddress = *site;
        r.itemCondition = in.itemCondition.trimmed();
        auto q = m_lab.db().insert(
            QStringLiteral(
                "INSERT INTO records (instrument_id, kind, procedure_code, technician_id, date, received, "
                "temperature, humidity, interval_months, mpe_rule, conformity_requested, env_limits, "
                "decision_rule, min_tur, budget_terms, programme, checklist, min_repeats, created_at, site, "
                "site_address, item_condition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?)"),
            {r.instrumentId,
             toName(r.kind),
             r.procedureCode,
             r.technicianId,
             iso(r.date),
             Rows::toDb(r.received),
             Rows::toDb(r.temperature),
             Rows::toDb(r.humidity),
             Rows::toDb(r.intervalMonths),
             rule->has_value() ? QVariant(compact((*rule)->toJson())) : QVariant(),
             in.conformityRequested,
             procedure->envLimits.isEmpty() ? QVariant() : QVariant(compact(procedure->envLimits)),
             procedure->decisionRule.isEmpty() ? QVariant() : QVariant(compact(procedure->decisionRule)),
             procedure->minTur ? QVariant(procedure->minTur->toString()) : QVariant(),
             QString::fromUtf8(QJsonDocument(procedure->budgetTerms).toJson(QJsonDocument::Compact)),
             procedure->programme.isEmpty() ? QVariant() : QVariant(compact(procedure->programme)),
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(procedure->checklist)).toJson(QJsonDocument::Compact)),
             procedure->minRepeats ? QVariant(*procedure->minRepeats) : QVariant(),
             m_lab.nowText(),
             toName(r.site),
             Rows::toDb(r.siteAddress),
             Rows::toDb(r.itemCondition)});
        if (!q)
            return fail(q.error());
        r.id = *q;
        for (const QString& w : *warnings)
            ETALON_TRY(addIssue(r.id, std::nullopt, QStringLiteral("environment"), w));
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("record.start"), QStringLiteral("record"), r.id, {},
                                   Json::record(r)));
        return r;
    });
}

QVariantList RecordService::outcomeValues(const PointEvaluation& e)
{
    const QVariant budget =
        e.budget && e.budgetResult ? QVariant(compact(BudgetJson::write(*e.budget, *e.budgetResult))) : QVariant();
    const QVariant decision = e.decisionRule.isEmpty() ? QVariant() : QVariant(compact(Json::decision(e)));
    return {e.error.toString(),
            Rows::toDb(e.mpe),
            e.verdict == Verdict::None ? QVariant() : QVariant(toName(e.verdict)),
            budget,
            e.budgetResult ? QVariant(QStringLiteral("%1 %2").arg(e.budgetResult->expandedRounded.toString(),
                                                                  e.error.unit().symbol()))
                           : QVariant(),
            e.budgetResult ? QVariant(QString::number(e.budgetResult->coverageFactor, 'f', 3)) : QVariant(),
            e.tur ? QVariant(QString::number(*e.tur, 'f', 2)) : QVariant(),
            decision};
}

Status RecordService::storeOutcome(Id recordId, const PointEvaluation& e, Outcome outcome)
{
    if (outcome == Outcome::Again) {
        auto u = m_lab.db().exec(
            QStringLiteral("UPDATE readings SET error = ?, mpe = ?, verdict = ?, budget = ?, expanded_computed = ?, "
                           "coverage_factor = ?, tur = ?, decision = ? WHERE record_id = ? AND seq = ?"),
            outcomeValues(e) + QVariantList{recordId, e.seq});
        if (!u)
            return fail(u.error());
    }
    // The point's warnings are kept with it; a new evaluation replaces them.
    if (outcome == Outcome::Again) {
        auto d = m_lab.db().exec(QStringLiteral("DELETE FROM record_issues WHERE record_id = ? AND reading_seq = ?"),
                                 {recordId, e.seq});
        if (!d)
            return fail(d.error());
    }
    for (const QString& w : e.warnings)
        ETALON_TRY(addIssue(recordId, e.seq, QStringLiteral("adequacy"), w));
    return {};
}

Status RecordService::addIssue(Id recordId, std::optional<int> seq, const QString& code, const QString& message)
{
    auto r =
        m_lab.db().exec(QStringLiteral("INSERT INTO record_issues (record_id, reading_seq, code, message, created_at) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {recordId, seq ? QVariant(*seq) : QVariant(), code, message, m_lab.nowText()});
    if (!r)
        return fail(r.error());
    return {};
}

Result<Record> RecordService::loadRecord(Id id, Load load)
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT %1 FROM records WHERE id = ?").arg(Rows::recordColumns()), {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("record"), Tr::tr("no record with id %1").arg(id)));
    Record r = Rows::record(*q);
    if (load == Load::Header)
        return r;
    auto points =
        m_lab.db().exec(QStringLiteral("SELECT %1 FROM readings WHERE record_id = ? AND voided_at IS NULL ORDER BY seq")
                            .arg(Rows::pointColumns()),
                        {id});
    if (!points)
        return fail(points.error());
    while (points->next())
        r.points.append(Rows::point(*points));
    auto checks = m_lab.db().exec(
        QStringLiteral("SELECT item, passed, note FROM record_checks WHERE record_id = ? ORDER BY id"), {id});
    if (!checks)
        return fail(checks.error());
    while (checks->next())
        r.checks.append({checks->value(0).toString(), checks->value(1).toBool(), checks->value(2).toString()});
    return r;
}

Result<EvaluationContext> RecordService::contextFor(const Record& record, const Standard* pointStandard)
{
    auto instrument = RegistryService(m_lab).fetchInstrument(record.instrumentId);
    if (!instrument)
        return fail(instrument.error());
    EvaluationContext ctx;
    ctx.kind = record.kind;
    ctx.instrument = *instrument;
    // The rules were copied into the record when it started, so a later edit of the procedure changes no history.
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT mpe_rule, decision_rule, min_tur, budget_terms, min_repeats FROM records WHERE id = ?"),
        {record.id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("record"), Tr::tr("no record with id %1").arg(record.id)));
    if (!q->value(0).isNull()) {
        auto parsed = MpeRule::fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
        if (!parsed)
            return fail(parsed.error());
        ctx.mpeRule = *parsed;
    }
    if (!q->value(1).isNull()) {
        auto rule = DecisionRule::fromJson(QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object());
        if (!rule)
            return fail(rule.error());
        ctx.decisionRule = *rule;
    }
    if (!q->value(2).isNull())
        ctx.minTur = Decimal::parse(q->value(2).toString()).value_or(Decimal(4, 0));
    auto terms = BudgetTerm::listFromJson(QJsonDocument::fromJson(q->value(3).toString().toUtf8()).array());
    if (!terms)
        return fail(terms.error());
    ctx.budgetTerms = *terms;
    if (!q->value(4).isNull())
        ctx.minRepeats = q->value(4).toInt();
    // Each standard's calibration valid on the date of the work feeds the points' budgets.
    StandardService service(m_lab);
    const auto add = [&](Id id, const Standard* fetched) -> Status {
        if (ctx.standards.contains(id))
            return {};
        auto info = fetched ? service.calibrationInfo(*fetched, record.date) : service.calibrationInfo(id, record.date);
        if (!info)
            return fail(info.error());
        if (*info)
            ctx.standards.insert(id, **info);
        return {};
    };
    // A new point is evaluated alone: only its standard's calibration is needed.
    if (pointStandard)
        ETALON_TRY(add(pointStandard->id, pointStandard));
    else
        for (const Point& p : record.points)
            ETALON_TRY(add(p.standardId, nullptr));
    return ctx;
}

Result<Record> RecordService::loadDraft(const Session& session, Id recordId, Load load)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Technician, Role::Manager}));
    auto record = loadRecord(recordId, load);
    if (!record)
        return record;
    if (record->status != RecordStatus::Draft)
        return fail(Error::refused(QStringLiteral("record_read_only"),
                                   Tr::tr("record %1 is %2%3 and can no longer be changed")
                                       .arg(recordId)
                                       .arg(toName(record->status), whoSettled(*record)),
                                   QStringLiteral("record")));
    if (record->technicianId != session.userId && session.role != Role::Manager)
        return fail(Error::permission(QStringLiteral("not_record_technician"),
                                      Tr::tr("record %1 belongs to another technician").arg(recordId)));
    ETALON_TRY(RecordEditing(m_lab).refuseIfElsewhere(recordId));
    return record;
}

Status RecordService::mayEdit(const Session& session, Id recordId)
{
    auto record = loadDraft(session, recordId, Load::Header);
    if (!record)
        return fail(record.error());
    return {};
}

PointForStandard RecordService::fitFor(const Record& record, const Standard& standard, const EvaluationContext& ctx,
                                       const InstrumentType& type, const Quantity& reference)
{
    return PointForStandard{standard,
                            ctx.standards.contains(standard.id)
                                ? std::optional<StandardCalibrationInfo>(ctx.standards.value(standard.id))
                                : std::nullopt,
                            ctx.instrument,
                            type.quantity,
                            reference,
                            ctx.mpeRule && ctx.mpeRule->kind() == MpeRule::Kind::OimlR76,
                            isVerification(record.kind),
                            std::nullopt,
                            record.date};
}

Status RecordService::standardFits(Id recordId, Id standardId, const Quantity& reference)
{
    auto record = loadRecord(recordId, Load::Header);
    if (!record)
        return fail(record.error());
    auto standard = StandardService(m_lab).fetchStandard(standardId);
    if (!standard)
        return fail(standard.error());
    ETALON_TRY(checkStandardFor(*record, *standard));
    auto ctx = contextFor(*record, &*standard);
    if (!ctx)
        return fail(ctx.error());
    auto type = CatalogRepository(m_lab.db()).fetchType(ctx->instrument.typeCode);
    if (!type)
        return fail(type.error());
    const Unit typeUnit = UnitCatalog::instance().find(type->unit).value();
    if (!reference.unit().isCompatibleWith(typeUnit))
        return fail(unitMismatch(reference.unit(), typeUnit, QStringLiteral("reference")));
    return checkStandardFitsPoint(fitFor(*record, *standard, *ctx, *type, reference));
}

Status RecordService::checkStandardFor(const Record& record, Id standardId)
{
    auto standard = StandardService(m_lab).fetchStandard(standardId);
    if (!standard)
        return fail(standard.error());
    return checkStandardFor(record, *standard);
}

Status RecordService::checkStandardFor(const Record& record, const Standard& standard)
{
    const Id standardId = standard.id;
    auto usable = StandardService(m_lab).checkUsable(standard, record.date);
    if (usable || record.kind != RecordKind::Calibration)
        return usable;
    // For a calibration a manager may have allowed this standard, with a reason, for this record only.
    auto allowed = m_lab.db().scalar(QStringLiteral("SELECT id FROM record_standard_allowances WHERE record_id = ? AND "
                                                    "standard_id = ?"),
                                     {record.id, standardId});
    if (!allowed)
        return fail(allowed.error());
    return allowed->isNull() ? usable : Status();
}

namespace {

// The legal verifications follow their procedure's whole programme; an in-service inspection and a calibration
// record what the work called for.
bool followsProgramme(RecordKind kind)
{
    return kind == RecordKind::Initial || kind == RecordKind::Periodic || kind == RecordKind::AfterRepair;
}

} // namespace

Result<TestProgramme> RecordService::programmeOf(Id recordId)
{
    auto json = m_lab.db().scalar(QStringLiteral("SELECT programme FROM records WHERE id = ?"), {recordId});
    if (!json)
        return fail(json.error());
    if (json->isNull())
        return TestProgramme();
    return TestProgramme::fromJson(QJsonDocument::fromJson(json->toString().toUtf8()).object());
}

Result<QList<MissingItem>> RecordService::missingOf(const Record& record, const Instrument& instrument)
{
    TestProgramme programme;
    if (followsProgramme(record.kind)) {
        auto p = programmeOf(record.id);
        if (!p)
            return fail(p.error());
        programme = *p;
    }
    auto checklist = m_lab.db().scalar(QStringLiteral("SELECT checklist FROM records WHERE id = ?"), {record.id});
    if (!checklist)
        return fail(checklist.error());
    QStringList items;
    for (const QJsonValue& v : QJsonDocument::fromJson(checklist->toString().toUtf8()).array())
        items.append(v.toString());
    return missingFromProgramme(programme, instrument, record.points, items, record.checks);
}

Result<QList<MissingItem>> RecordService::missing(Id recordId)
{
    auto record = loadRecord(recordId);
    if (!record)
        return fail(record.error());
    auto instrument = RegistryService(m_lab).fetchInstrument(record->instrumentId);
    if (!instrument)
        return fail(instrument.error());
    return missingOf(*record, *instrument);
}

Status RecordService::voidReading(const Session& session, Id recordId, int seq, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("reason"), Tr::tr("a reason is required to void a reading")));
    ETALON_TRY(checkText(reason, QStringLiteral("reason"), 1000, true));
    return m_lab.write([&]() -> Status {
        auto record = loadDraft(session, recordId);
        if (!record)
            return fail(record.error());
        auto found = m_lab.db().exec(
            QStringLiteral("SELECT id, voided_at FROM readings WHERE record_id = ? AND seq = ?"), {recordId, seq});
        if (!found)
            return fail(found.error());
        if (!found->next())
            return fail(Error::notFound(QStringLiteral("reading"),
                                        Tr::tr("record %1 has no reading %2 to void").arg(recordId).arg(seq)));
        if (!found->value(1).isNull())
            return fail(Error::refused(QStringLiteral("already_voided"),
                                       Tr::tr("reading %1 of record %2 is already void").arg(seq).arg(recordId),
                                       QStringLiteral("reading")));
        const QVariant id = found->value(0);
        auto u = m_lab.db().exec(
            QStringLiteral("UPDATE readings SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ?"),
            {m_lab.nowText(), session.userId, reason.trimmed(), id});
        if (!u)
            return fail(u.error());
        return m_lab.logChange(session, QStringLiteral("record.void-reading"), QStringLiteral("reading"),
                               id.toLongLong(), {},
                               QJsonObject{{QStringLiteral("record_id"), qint64(recordId)},
                                           {QStringLiteral("seq"), seq},
                                           {QStringLiteral("reason"), reason.trimmed()}});
    });
}

Result<PointEvaluation> RecordService::addReading(const Session& session, Id recordId, const ReadingInput& in)
{
    if (in.indications.isEmpty())
        return fail(Error::badInput(QStringLiteral("indication"), Tr::tr("at least one indication is required")));
    if (in.k < Decimal(1, 0))
        return fail(Error::badInput(QStringLiteral("k"), Tr::tr("coverage factor k must be at least 1")));
    if (in.expandedUncertainty && in.expandedUncertainty->value().isNegative())
        return fail(
            Error::badInput(QStringLiteral("expanded-uncertainty"), Tr::tr("an uncertainty cannot be negative")));
    // Touches the record's own rows only: on a server, readings on other records are taken meanwhile.
    return m_lab.writeRecord(recordId, [&]() -> Result<PointEvaluation> {
        // A new point is judged on its own: the record's other readings are not needed.
        auto record = loadDraft(session, recordId, Load::Header);
        if (!record)
            return fail(record.error());
        auto standard = StandardService(m_lab).fetchStandard(in.standardId);
        if (!standard)
            return fail(standard.error());
        ETALON_TRY(checkStandardFor(*record, *standard));
        auto ctx = contextFor(*record, &*standard);
        if (!ctx)
            return fail(ctx.error());
        auto type = CatalogRepository(m_lab.db()).fetchType(ctx->instrument.typeCode);
        if (!type)
            return fail(type.error());
        const Unit typeUnit = UnitCatalog::instance().find(type->unit).value();
        if (!in.reference.unit().isCompatibleWith(typeUnit))
            return fail(unitMismatch(in.reference.unit(), typeUnit, QStringLiteral("reference")));
        auto programme = programmeOf(recordId);
        if (!programme)
            return fail(programme.error());
        Point p;
        // Voided readings keep their numbers: a new one follows the last ever taken, or ever given a warning, so
        // that its outcome is stored for the first time.
        auto last = m_lab.db().scalar(QStringLiteral("SELECT MAX(n) FROM (SELECT MAX(seq) AS n FROM readings WHERE "
                                                     "record_id = ? UNION ALL SELECT MAX(reading_seq) FROM "
                                                     "record_issues WHERE record_id = ?) AS seqs"),
                                      {recordId, recordId});
        if (!last)
            return fail(last.error());
        p.seq = last->toInt() + 1;
        p.test = in.test.trimmed().isEmpty()
            ? (programme->isEmpty() ? QStringLiteral("weighing") : programme->tests.first().test)
            : in.test.trimmed();
        ETALON_TRY(checkReadingInProgramme(*programme, p.test, in.position));
        p.standardId = in.standardId;
        p.reference = in.reference;
        p.indications = in.indications;
        p.addedLoad = in.addedLoad;
        p.position = in.position.trimmed();
        p.stage = in.stage;
        p.expandedUncertainty = in.expandedUncertainty;
        p.k = in.k;
        PointForStandard fit = fitFor(*record, *standard, *ctx, *type, in.reference);
        ETALON_TRY(checkStandardFitsPoint(fit));
        // Evaluating now refuses at once what could never be judged (wrong units, U too large for R 111).
        auto evaluation = evaluatePoint(p, *ctx);
        if (!evaluation)
            return fail(evaluation.error());
        if (fit.weighingInstrument && isVerification(record->kind)) {
            fit.mpe = evaluation->mpe;
            ETALON_TRY(checkStandardFitsPoint(fit));
        }
        QJsonArray indications;
        for (const Quantity& q : p.indications)
            indications.append(q.toString());
        // Stored with its outcome in one statement: on a server each is a round trip while the record is held.
        auto q = m_lab.db().insert(
            QStringLiteral(
                "INSERT INTO readings (record_id, seq, standard_id, reference, indications, added_load, position, "
                "stage, expanded_uncertainty, k, test, created_at, error, mpe, verdict, budget, expanded_computed, "
                "coverage_factor, tur, decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList{recordId, p.seq, p.standardId, p.reference.toString(),
                         QString::fromUtf8(QJsonDocument(indications).toJson(QJsonDocument::Compact)),
                         Rows::toDb(p.addedLoad), Rows::toDb(p.position), toName(p.stage),
                         Rows::toDb(p.expandedUncertainty), p.k.toString(), p.test, m_lab.nowText()} +
                outcomeValues(*evaluation));
        if (!q)
            return fail(q.error());
        p.id = *q;
        ETALON_TRY(storeOutcome(recordId, *evaluation, Outcome::Inserted));
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("record.reading"), QStringLiteral("reading"), p.id, {},
                                   Json::point(p)));
        return *evaluation;
    });
}

Status RecordService::addCheck(const Session& session, Id recordId, const QString& item, bool passed,
                               const QString& note)
{
    if (item.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("item"), Tr::tr("the checklist item is required")));
    ETALON_TRY(checkText(item, QStringLiteral("item"), 300));
    ETALON_TRY(checkText(note, QStringLiteral("note"), 1000, true));
    // Touches the record's own checklist only, as a reading its own rows.
    return m_lab.writeRecord(recordId, [&]() -> Status {
        auto record = loadDraft(session, recordId, Load::Header);
        if (!record)
            return fail(record.error());
        // A record's checklist is its procedure's, copied at start: an item it does not have is a typing error.
        auto checklist = m_lab.db().scalar(QStringLiteral("SELECT checklist FROM records WHERE id = ?"), {recordId});
        if (!checklist)
            return fail(checklist.error());
        QStringList items;
        for (const QJsonValue& v : QJsonDocument::fromJson(checklist->toString().toUtf8()).array())
            items.append(v.toString());
        if (!items.isEmpty() && !items.contains(item.trimmed()))
            return fail(Error::badInput(QStringLiteral("item"),
                                        Tr::tr("“%1” is not an item of this record's checklist (%2)")
                                            .arg(item.trimmed(), items.join(QStringLiteral("; ")))));
        auto r = m_lab.db().exec(QStringLiteral("INSERT INTO record_checks (record_id, item, passed, note, created_at) "
                                                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_id, item) DO UPDATE SET "
                                                "passed = excluded.passed, note = excluded.note"),
                                 {recordId, item.trimmed(), passed, Rows::toDb(note.trimmed()), m_lab.nowText()});
        if (!r)
            return fail(r.error());
        return m_lab.logChange(session, QStringLiteral("record.check"), QStringLiteral("record"), recordId, {},
                               QJsonObject{{QStringLiteral("item"), item.trimmed()},
                                           {QStringLiteral("passed"), passed},
                                           {QStringLiteral("note"), note.trimmed()}});
    });
}

Status RecordService::allowStandard(const Session& session, Id recordId, Id standardId, const QString& reason)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager}));
    if (reason.trimmed().isEmpty())
        return fail(
            Error::badInput(QStringLiteral("reason"), Tr::tr("a written reason is required to allow a standard")));
    ETALON_TRY(checkText(reason, QStringLiteral("reason"), 1000, true));
    return m_lab.write([&]() -> Status {
        auto record = loadRecord(recordId);
        if (!record)
            return fail(record.error());
        if (record->kind != RecordKind::Calibration)
            return fail(
                Error::refused(QStringLiteral("no_override_for_verification"),
                               Tr::tr("a legal verification allows no expired standard: its result would be void"),
                               QStringLiteral("record")));
        if (record->status != RecordStatus::Draft)
            return fail(Error::refused(
                QStringLiteral("record_read_only"),
                Tr::tr("record %1 is %2 and can no longer be changed").arg(recordId).arg(toName(record->status))));
        auto standard = StandardService(m_lab).fetchStandard(standardId);
        if (!standard)
            return fail(standard.error());
        auto r = m_lab.db().exec(
            QStringLiteral("INSERT INTO record_standard_allowances (record_id, standard_id, manager_id, "
                           "reason, created_at) VALUES (?, ?, ?, ?, ?)"),
            {recordId, standardId, session.userId, reason.trimmed(), m_lab.nowText()});
        if (!r)
            return fail(r.error());
        return m_lab.logChange(session, QStringLiteral("record.allow-standard"), QStringLiteral("record"), recordId, {},
                               QJsonObject{{QStringLiteral("standard_id"), qint64(standardId)},
                                           {QStringLiteral("reason"), reason.trimmed()}});
    });
}

Result<RecordDetails> RecordService::complete(const Session& session, Id recordId)
{
    auto completed = m_lab.write([&]() -> Status {
        auto record = loadDraft(session, recordId);
        if (!record)
            return fail(record.error());
        auto ctx = contextFor(*record);
        if (!ctx)
            return fail(ctx.error());
        auto type = CatalogRepository(m_lab.db()).fetchType(ctx->instrument.typeCode);
        if (!type)
            return fail(type.error());
        if (isVerification(record->kind))
            ETALON_TRY(UserService(m_lab).requireAuthorisation(session.userId, type->field, record->date));
        auto missingItems = missingOf(*record, ctx->instrument);
        if (!missingItems)
            return fail(missingItems.error());
        // A verification stops at its first failure: what is left of the programme cannot make it pass.
        if (!missingItems->isEmpty() && !failedAlready(*record, *type, *ctx)) {
            QStringList whys;
            for (const MissingItem& m : *missingItems)
                whys.append(m.why);
            return fail(Error::refused(QStringLiteral("programme_incomplete"),
                                       Tr::tr("record %1 is not complete: %2").arg(recordId).arg(whys.join(u"; ")),
                                       QStringLiteral("programme")));
        }
        // The standards are checked again: one may have been quarantined since the reading was taken.
        QSet<Id> standards;
        for (const Point& p : record->points)
            standards.insert(p.standardId);
        for (Id standard : standards)
            ETALON_TRY(checkStandardFor(*record, standard));
        auto evaluation = evaluateRecord(*record, *type, *ctx);
        if (!evaluation)
            return fail(evaluation.error());
        ETALON_TRY(checkRepeats(*evaluation, ctx->minRepeats));
        for (const PointEvaluation& e : evaluation->points)
            ETALON_TRY(storeOutcome(recordId, e));
        auto u = m_lab.db().exec(
            QStringLiteral("UPDATE records SET status = 'completed', verdict = ?, next_due = ?, cycle_months = ?, "
                           "legal_basis = ?, completed_at = ?, completed_by = ? WHERE id = ?"),
            {evaluation->verdict == Verdict::None ? QVariant() : QVariant(toName(evaluation->verdict)),
             Rows::toDb(evaluation->nextDue), Rows::toDb(evaluation->cycleMonths), Rows::toDb(evaluation->legalBasis),
             m_lab.nowText(), session.userId, recordId});
        if (!u)
            return fail(u.error());
        QJsonObject after{{QStringLiteral("status"), QStringLiteral("completed")},
                          {QStringLiteral("verdict"), toName(evaluation->verdict)},
                          {QStringLiteral("next_due"), Json::date(evaluation->nextDue)}};
        return m_lab.logChange(session, QStringLiteral("record.complete"), QStringLiteral("record"), recordId,
                               QJsonObject{{QStringLiteral("status"), QStringLiteral("draft")}}, after);
    });
    if (!completed)
        return fail(completed.error());
    return details(recordId);
}

bool RecordService::failedAlready(const Record& record, const InstrumentType& type, const EvaluationContext& ctx)
{
    if (!isVerification(record.kind))
        return false;
    for (const CheckItem& c : record.checks)
        if (!c.passed)
            return true;
    if (record.points.isEmpty())
        return false;
    auto evaluation = evaluateRecord(record, type, ctx);
    return evaluation && evaluation->verdict == Verdict::Fail;
}

QString RecordService::whoSettled(const Record& record)
{
    if (record.status == RecordStatus::Draft)
        return {};
    // Who moved the record on last, so the second of two desks doing the same is told by whom and when.
    auto q = m_lab.db().exec(
        QStringLiteral(
            "SELECT COALESCE(a.full_name, c.full_name), COALESCE(r.approved_at, r.completed_at) FROM records r "
            "LEFT JOIN users c ON c.id = r.completed_by LEFT JOIN users a ON a.id = r.approved_by "
            "WHERE r.id = ?"),
        {record.id});
    if (!q || !q->next() || !q->value(0).isValid())
        return {};
    QDateTime at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
    at = at.toTimeZone(labTimeZone(m_lab.setting(QStringLiteral("time_zone"))));
    return Tr::tr(" (by %1 at %2)").arg(q->value(0).toString(), at.toString(QStringLiteral("HH:mm dd/MM/yyyy")));
}

Result<Record> RecordService::loadCompleted(Id recordId)
{
    auto record = loadRecord(recordId);
    if (record && record->status != RecordStatus::Completed)
        return fail(Error::refused(QStringLiteral("not_completed"),
                                   Tr::tr("record %1 is %2%3; only a completed record can be approved or sent back")
                                       .arg(recordId)
                                       .arg(toName(record->status), whoSettled(*record)),
                                   QStringLiteral("record")));
    return record;
}

namespace {

// "column names no record, or one done on or before the date bound last": the newest work decides.
QString notNewerThan(const char* column)
{
    return QStringLiteral("(%1 IS NULL OR (SELECT date FROM records WHERE id = %1) <= ?)").arg(QLatin1String(column));
}

} // namespace

Status RecordService::updateStanding(const Record& record)
{
    const QString date = iso(record.date);
    QList<std::pair<QString, QVariantList>> updates;
    if (record.kind == RecordKind::Calibration) {
        // A calibration has its own due date beside the legal one, and leaves the legal one as it was.
        updates.append({QStringLiteral("UPDATE instruments SET calibration_due = ?, calibration_record_id = ? WHERE id "
                                       "= ? AND ") +
                            notNewerThan("calibration_record_id"),
                        {Rows::toDb(record.nextDue), record.id, record.instrumentId, date}});
    } else if (record.kind == RecordKind::Inspection) {
        // A passed in-service inspection leaves the legal due date; a failed one finds the instrument not fit.
        if (record.verdict == Verdict::Fail)
            updates.append({QStringLiteral("UPDATE instruments SET failed_record_id = ? WHERE id = ? AND ") +
                                notNewerThan("last_record_id") + QStringLiteral(" AND ") +
                                notNewerThan("failed_record_id"),
                            {record.id, record.instrumentId, date, date}});
    } else if (record.verdict == Verdict::Pass) {
        // Only a passed legal verification sets the legal due date and makes the instrument fit again.
        updates.append({QStringLiteral("UPDATE instruments SET next_due = ?, last_record_id = ? WHERE id = ? AND ") +
                            notNewerThan("last_record_id"),
                        {Rows::toDb(record.nextDue), record.id, record.instrumentId, date}});
        updates.append({QStringLiteral("UPDATE instruments SET failed_record_id = NULL WHERE id = ? AND ") +
                            notNewerThan("failed_record_id"),
                        {record.instrumentId, date}});
    } else {
        // A failed verification keeps the legal due date it had and lists the instrument as not fit for use.
        updates.append({QStringLiteral("UPDATE instruments SET last_record_id = ?, failed_record_id = ? WHERE id = ? "
                                       "AND ") +
                            notNewerThan("last_record_id"),
                        {record.id, record.id, record.instrumentId, date}});
    }
    for (const auto& [sql, values] : updates) {
        auto q = m_lab.db().exec(sql, values);
        if (!q)
            return fail(q.error());
    }
    return {};
}

Result<Record> RecordService::approve(const Session& session, Id recordId)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager}));
    return m_lab.write([&]() -> Result<Record> {
        auto record = loadCompleted(recordId);
        if (!record)
            return record;
        if (record->technicianId == session.userId && m_lab.setting(QStringLiteral("allow_self_approval")) != u'1')
            return fail(Error::refused(QStringLiteral("self_approval"),
                                       Tr::tr("a manager may not approve a record they performed themselves"),
                                       QStringLiteral("record")));
        auto u =
            m_lab.db().exec(QStringLiteral("UPDATE records SET status = 'approved', approved_at = ?, approved_by = ? "
                                           "WHERE id = ?"),
                            {m_lab.nowText(), session.userId, recordId});
        if (!u)
            return fail(u.error());
        ETALON_TRY(updateStanding(*record));
        record->status = RecordStatus::Approved;
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("record.approve"), QStringLiteral("record"), recordId,
                                   QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")}},
                                   QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")}}));
        return record;
    });
}

Result<Record> RecordService::reject(const Session& session, Id recordId, const QString& reason)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager}));
    if (reason.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("reason"), Tr::tr("a reason is required to send a record back")));
    ETALON_TRY(checkText(reason, QStringLiteral("reason"), 1000, true));
    return m_lab.write([&]() -> Result<Record> {
        auto record = loadCompleted(recordId);
        if (!record)
            return record;
        auto u = m_lab.db().exec(QStringLiteral("UPDATE records SET status = 'draft', verdict = NULL, next_due = NULL, "
                                                "cycle_months = NULL, legal_basis = NULL, completed_at = NULL, "
                                                "completed_by = NULL WHERE id = ?"),
                                 {recordId});
        auto e =
            m_lab.db().exec(QStringLiteral("INSERT INTO record_events (record_id, event, reason, user_id, created_at) "
                                           "VALUES (?, 'rejected', ?, ?, ?)"),
                            {recordId, reason.trimmed(), session.userId, m_lab.nowText()});
        if (!u || !e)
            return fail(!u ? u.error() : e.error());
        record->status = RecordStatus::Draft;
        record->verdict = Verdict::None;
        record->nextDue.reset();
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("record.reject"), QStringLiteral("record"), recordId,
                                   QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")}},
                                   QJsonObject{{QStringLiteral("status"), QStringLiteral("draft")},
                                               {QStringLiteral("reason"), reason.trimmed()}}));
        return record;
    });
}

Result<RecordDetails> RecordService::details(Id recordId)
{
    auto record = loadRecord(recordId);
    if (!record)
        return fail(record.error());
    auto ctx = contextFor(*record);
    if (!ctx)
        return fail(ctx.error());
    RecordDetails out;
    out.record = *record;
    out.instrument = ctx->instrument;
    if (!record->points.isEmpty()) {
        auto type = CatalogRepository(m_lab.db()).fetchType(ctx->instrument.typeCode);
        if (!type)
            return fail(type.error());
        auto evaluation = evaluateRecord(*record, *type, *ctx);
        if (evaluation) {
            // The stored outcome is authoritative once completed; the evaluation adds the per-point detail.
            if (record->status != RecordStatus::Draft) {
                evaluation->verdict = record->verdict;
                evaluation->nextDue = record->nextDue;
            }
            out.evaluation = *evaluation;
        }
    }
    auto allowances = m_lab.db().exec(QStringLiteral("SELECT standard_id, reason FROM record_standard_allowances WHERE "
                                                     "record_id = ? ORDER BY id"),
                                      {recordId});
    if (!allowances)
        return fail(allowances.error());
    while (allowances->next())
        out.allowances.append(
            Tr::tr("standard %1 allowed: %2").arg(allowances->value(0).toString(), allowances->value(1).toString()));
    auto voided = m_lab.db().exec(QStringLiteral("SELECT %1, void_reason FROM readings WHERE record_id = ? AND "
                                                 "voided_at IS NOT NULL ORDER BY seq")
                                      .arg(Rows::pointColumns()),
                                  {recordId});
    if (!voided)
        return fail(voided.error());
    while (voided->next())
        out.voided.append({Rows::point(*voided), voided->value(11).toString()});
    // A voided reading's warnings went with it.
    auto issues = m_lab.db().exec(
        QStringLiteral("SELECT reading_seq, message FROM record_issues WHERE record_id = ? AND (reading_seq IS NULL "
                       "OR reading_seq NOT IN (SELECT seq FROM readings WHERE record_id = ? AND voided_at IS NOT "
                       "NULL)) ORDER BY reading_seq, id"),
        {recordId, recordId});
    if (!issues)
        return fail(issues.error());
    while (issues->next()) {
        const QString message = issues->value(1).toString();
        out.issues.append(
            issues->value(0).isNull() ? message : Tr::tr("point %1: %2").arg(issues->value(0).toInt()).arg(message));
    }
    out.conformityRequested =
        m_lab.db()
            .scalar(QStringLiteral("SELECT conformity_requested FROM records WHERE id = ?"), {recordId})
            .value_or(0)
            .toBool();
    auto rejected = m_lab.db().scalar(QStringLiteral("SELECT reason FROM record_events WHERE record_id = ? AND event = "
                                                     "'rejected' ORDER BY id DESC LIMIT 1"),
                                      {recordId});
    if (rejected && !rejected->isNull())
        out.rejectionReason = rejected->toString();
    return out;
}

Result<QList<Record>> RecordService::records(const RecordFilter& filter)
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (filter.status) {
        where += QStringLiteral(" AND status = ?");
        values.append(toName(*filter.status));
    }
    if (filter.instrumentId) {
        where += QStringLiteral(" AND instrument_id = ?");
        values.append(qint64(*filter.instrumentId));
    }
    values.append(filter.limit);
    auto q = m_lab.db().exec(QStringLiteral("SELECT %1 FROM records %2 ORDER BY date DESC, id DESC LIMIT ?")
                                 .arg(Rows::recordColumns(), where),
                             values);
    if (!q)
        return fail(q.error());
    QList<Record> out;
    while (q->next())
        out.append(Rows::record(*q));
    return out;
}

Result<QList<RecordSummary>> RecordService::summaries(const RecordFilter& filter)
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (filter.status) {
        where += QStringLiteral(" AND r.status = ?");
        values.append(toName(*filter.status));
    }
    if (filter.instrumentId) {
        where += QStringLiteral(" AND r.instrument_id = ?");
        values.append(qint64(*filter.instrumentId));
    }
    if (filter.technicianId) {
        where += QStringLiteral(" AND r.technician_id = ?");
        values.append(qint64(*filter.technicianId));
    }
    values.append(filter.limit);
    auto q = m_lab.db().exec(
        QStringLiteral(
            "SELECT r.id, r.kind, r.date, r.status, r.verdict, r.instrument_id, i.type_code, i.serial, "
            "o.name, u.full_name, (SELECT c.number FROM certificates c WHERE c.record_id = r.id "
            "ORDER BY c.id DESC LIMIT 1), (SELECT c.number FROM certificates c WHERE c.record_id = "
            "r.revision_of ORDER BY c.id DESC LIMIT 1) FROM records r JOIN instruments i ON i.id = r.instrument_id "
            "JOIN organisations o ON o.id = i.owner_id JOIN users u ON u.id = r.technician_id %1 "
            "ORDER BY r.date DESC, r.id DESC LIMIT ?")
            .arg(where),
        values);
    if (!q)
        return fail(q.error());
    QList<RecordSummary> out;
    while (q->next()) {
        RecordSummary s;
        s.id = q->value(0).toLongLong();
        s.kind = enumFromName<RecordKind>(q->value(1).toString(), {}).value_or(RecordKind::Periodic);
        s.date = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        s.status = enumFromName<RecordStatus>(q->value(3).toString(), {}).value_or(RecordStatus::Draft);
        s.verdict = enumFromName<Verdict>(q->value(4).toString(), {}).value_or(Verdict::None);
        s.instrumentId = q->value(5).toLongLong();
        s.typeCode = q->value(6).toString();
        s.serial = q->value(7).toString();
        s.owner = q->value(8).toString();
        s.technician = q->value(9).toString();
        s.certificate = q->value(10).toString();
        s.amends = q->value(11).toString();
        out.append(s);
    }
    return out;
}

Result<Record> RecordService::revise(const Session& session, Id recordId)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Technician, Role::Manager}));
    return m_lab.write([&]() -> Result<Record> {
        auto old = loadRecord(recordId);
        if (!old)
            return old;
        if (old->status != RecordStatus::Issued)
            return fail(
                Error::refused(QStringLiteral("not_issued"),
                               Tr::tr("record %1 is %2; only an issued record is revised (correct a draft directly)")
                                   .arg(recordId)
                                   .arg(toName(old->status)),
                               QStringLiteral("record")));
        auto copy = m_lab.db().insert(
            QStringLiteral(
                "INSERT INTO records (instrument_id, kind, procedure_code, technician_id, date, received, temperature, "
                "humidity, interval_months, mpe_rule, conformity_requested, env_limits, decision_rule, min_tur, "
                "budget_terms, programme, checklist, min_repeats, site, site_address, item_condition, revision_of, "
                "created_at) SELECT instrument_id, kind, procedure_code, ?, date, received, temperature, humidity, "
                "interval_months, mpe_rule, conformity_requested, env_limits, decision_rule, min_tur, budget_terms, "
                "programme, checklist, min_repeats, site, site_address, item_condition, id, ? "
                "FROM records WHERE id = ?"),
            {session.userId, m_lab.nowText(), recordId});
        if (!copy)
            return fail(copy.error());
        const Id fresh = *copy;
        for (const char* sql :
             {"INSERT INTO readings (record_id, seq, standard_id, reference, indications, added_load, position, stage, "
              "expanded_uncertainty, k, test, created_at) SELECT ?, seq, standard_id, reference, indications, "
              "added_load, position, stage, expanded_uncertainty, k, test, ? FROM readings WHERE record_id = ? AND "
              "voided_at IS NULL",
              "INSERT INTO record_checks (record_id, item, passed, note, created_at) SELECT ?, item, passed, note, ? "
              "FROM "
              "record_checks WHERE record_id = ?",
              "INSERT INTO record_standard_allowances (record_id, standard_id, manager_id, reason, created_at) SELECT "
              "?, "
              "standard_id, manager_id, reason, ? FROM record_standard_allowances WHERE record_id = ?"}) {
            auto r = m_lab.db().exec(QString::fromLatin1(sql), {fresh, m_lab.nowText(), recordId});
            if (!r)
                return fail(r.error());
        }
        auto record = loadRecord(fresh);
        if (!record)
            return record;
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("record.revise"), QStringLiteral("record"), fresh, {},
                                   QJsonObject{{QStringLiteral("revision_of"), qint64(recordId)}}));
        return record;
    });
}

} // namespace Etalon
