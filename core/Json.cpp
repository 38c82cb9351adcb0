// SPDX-License-Identifier: Apache-2.0
#include "core/Json.h"

#include "core/StandardFitness.h"

#include "core/BudgetJson.h"

#include <QJsonArray>

namespace Etalon::Json {

namespace {

QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

template <typename T>
QJsonValue optionalNumber(const std::optional<T>& v)
{
    return v ? QJsonValue(qint64(*v)) : QJsonValue();
}

} // namespace

QJsonValue quantity(const std::optional<Quantity>& q)
{
    return q && q->isValid() ? QJsonValue(q->toJson()) : QJsonValue();
}

QJsonValue date(const std::optional<QDate>& d)
{
    return d && d->isValid() ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject organisation(const Organisation& o)
{
    return {{QStringLiteral("id"), qint64(o.id)},
            {QStringLiteral("kind"), toName(o.kind)},
            {QStringLiteral("name"), o.name},
            {QStringLiteral("tax_code"), text(o.taxCode)},
            {QStringLiteral("address"), text(o.address)},
            {QStringLiteral("commune"), text(o.commune)},
            {QStringLiteral("province"), text(o.province)},
            {QStringLiteral("sector"), text(o.sector)},
            {QStringLiteral("phone"), text(o.phone)}};
}

QJsonObject instrumentType(const InstrumentType& t)
{
    return {{QStringLiteral("code"), t.code},
            {QStringLiteral("name_vi"), t.nameVi},
            {QStringLiteral("name_en"), t.nameEn},
            {QStringLiteral("quantity"), t.quantity},
            {QStringLiteral("unit"), t.unit},
            {QStringLiteral("field"), t.field},
            {QStringLiteral("group2"), t.group2},
            {QStringLiteral("pattern_approval"), t.patternApproval},
            {QStringLiteral("initial_verification"), t.initialVerification},
            {QStringLiteral("periodic_verification"), t.periodicVerification},
            {QStringLiteral("after_repair_verification"), t.afterRepairVerification},
            {QStringLiteral("cycle_months"), optionalNumber(t.cycleMonths)},
            {QStringLiteral("legal_basis"), text(t.legalBasis)},
            {QStringLiteral("effective_date"), date(t.effectiveDate)},
            {QStringLiteral("confidence"), text(t.confidence)},
            {QStringLiteral("confirmed"), t.confirmed},
            {QStringLiteral("default_procedure"), text(t.defaultProcedure)}};
}

QJsonObject procedure(const Procedure& p)
{
    QJsonArray points;
    for (const ProcedurePoint& pt : p.points)
        points.append(QJsonObject{{QStringLiteral("nominal"), pt.nominal.toJson()},
                                  {QStringLiteral("repeats"), pt.repeats},
                                  {QStringLiteral("label"), text(pt.label)}});
    return {{QStringLiteral("code"), p.code},
            {QStringLiteral("title_vi"), p.titleVi},
            {QStringLiteral("title_en"), p.titleEn},
            {QStringLiteral("type"), text(p.typeCode)},
            {QStringLiteral("mpe_rule"), p.hasMpeRule ? QJsonValue(p.mpeRule.toJson()) : QJsonValue()},
            {QStringLiteral("mpe"), p.hasMpeRule ? QJsonValue(p.mpeRule.describe()) : QJsonValue()},
            {QStringLiteral("env_limits"), p.envLimits},
            {QStringLiteral("decision_rule"), p.decisionRule},
            {QStringLiteral("min_tur"), p.minTur ? QJsonValue(p.minTur->toString()) : QJsonValue()},
            {QStringLiteral("min_repeats"), p.minRepeats ? QJsonValue(*p.minRepeats) : QJsonValue()},
            {QStringLiteral("budget_terms"), p.budgetTerms},
            {QStringLiteral("points"), points},
            {QStringLiteral("programme"), p.programme.isEmpty() ? QJsonValue() : QJsonValue(p.programme)},
            {QStringLiteral("checklist"), QJsonArray::fromStringList(p.checklist)}};
}

QJsonObject instrument(const Instrument& i)
{
    return {{QStringLiteral("id"), qint64(i.id)},
            {QStringLiteral("type"), i.typeCode},
            {QStringLiteral("serial"), i.serial},
            {QStringLiteral("serial_assigned_by_lab"), i.serialAssignedByLab},
            {QStringLiteral("manufacturer"), text(i.manufacturer)},
            {QStringLiteral("country"), text(i.country)},
            {QStringLiteral("model"), text(i.model)},
            {QStringLiteral("year"), optionalNumber(i.year)},
            {QStringLiteral("pattern_approval"), text(i.patternApproval)},
            {QStringLiteral("owner_id"), qint64(i.ownerId)},
            {QStringLiteral("place"), text(i.place)},
            {QStringLiteral("range_min"), quantity(i.rangeMin)},
            {QStringLiteral("range_max"), quantity(i.rangeMax)},
            {QStringLiteral("resolution"), quantity(i.resolution)},
            {QStringLiteral("verification_interval"), quantity(i.verificationInterval)},
            {QStringLiteral("nominal"), quantity(i.nominal)},
            {QStringLiteral("class"), text(i.accuracyClass)},
            {QStringLiteral("next_due"), date(i.nextDue)},
            {QStringLiteral("calibration_due"), date(i.calibrationDue)},
            {QStringLiteral("fit_for_use"), !i.failedRecordId.has_value()},
            {QStringLiteral("failed_record"), optionalNumber(i.failedRecordId)}};
}

QJsonArray toleranceFindings(const QList<ToleranceFinding>& findings)
{
    QJsonArray out;
    for (const ToleranceFinding& f : findings)
        out.append(QJsonObject{{QStringLiteral("value"), f.value.toString()},
                               {QStringLiteral("correction"), f.correction.toString()},
                               {QStringLiteral("limit"), f.limit.toString()}});
    return out;
}

QList<ToleranceFinding> toleranceFindings(const QJsonArray& array)
{
    QList<ToleranceFinding> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        auto value = Quantity::parse(o.value(QStringLiteral("value")).toString());
        auto correction = Quantity::parseDifference(o.value(QStringLiteral("correction")).toString());
        auto limit = Quantity::parseDifference(o.value(QStringLiteral("limit")).toString());
        if (value && correction && limit)
            out.append({*value, *correction, *limit});
    }
    return out;
}

QJsonObject standard(const Standard& s)
{
    return {{QStringLiteral("id"), qint64(s.id)},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("serial"), s.serial},
            {QStringLiteral("kind"), toName(s.kind)},
            {QStringLiteral("class"), text(s.accuracyClass)},
            {QStringLiteral("quantity"), text(standardQuantity(s))},
            {QStringLiteral("range_max"), quantity(s.rangeMax)},
            {QStringLiteral("status"), toName(s.status)},
            {QStringLiteral("valid_until"), date(s.validUntil)},
            {QStringLiteral("tolerance_limit"), quantity(s.toleranceLimit)}};
}

QJsonObject weightItem(const WeightItem& w)
{
    return {{QStringLiteral("id"), qint64(w.id)},
            {QStringLiteral("standard_id"), qint64(w.standardId)},
            {QStringLiteral("nominal"), w.nominal.toJson()},
            {QStringLiteral("mark"), w.mark},
            {QStringLiteral("serial"), text(w.serial)},
            {QStringLiteral("class"), text(w.accuracyClass)}};
}

QJsonObject standardCalibration(const StandardCalibration& c)
{
    QJsonArray points;
    for (const CalibrationPoint& p : c.points) {
        QJsonObject o{{QStringLiteral("value"), p.value.toJson()},
                      {QStringLiteral("correction"), quantity(p.correction)},
                      {QStringLiteral("uncertainty"), quantity(p.uncertainty)},
                      {QStringLiteral("k"), p.k.toString()}};
        // Only a weight of a set has a mark: points stored before sets were itemised read back the same.
        if (!p.item.isEmpty())
            o.insert(QStringLiteral("item"), p.item);
        points.append(o);
    }
    return {{QStringLiteral("id"), qint64(c.id)},
            {QStringLiteral("standard_id"), qint64(c.standardId)},
            {QStringLiteral("date"), date(c.date)},
            {QStringLiteral("valid_until"), date(c.validUntil)},
            {QStringLiteral("certificate"), c.certificate},
            {QStringLiteral("by_lab"), optionalNumber(c.byLabId)},
            {QStringLiteral("by_standard"), optionalNumber(c.byStandardId)},
            {QStringLiteral("points"), points},
            {QStringLiteral("out_of_tolerance"), toleranceFindings(c.outOfTolerance)}};
}

QJsonObject point(const Point& p)
{
    QJsonArray indications;
    for (const Quantity& q : p.indications)
        indications.append(q.toJson());
    return {{QStringLiteral("id"), qint64(p.id)},
            {QStringLiteral("seq"), p.seq},
            {QStringLiteral("standard_id"), qint64(p.standardId)},
            {QStringLiteral("reference"), p.reference.toJson()},
            {QStringLiteral("indications"), indications},
            {QStringLiteral("added_load"), quantity(p.addedLoad)},
            {QStringLiteral("position"), text(p.position)},
            {QStringLiteral("test"), p.test},
            {QStringLiteral("stage"), toName(p.stage)},
            {QStringLiteral("expanded_uncertainty"), quantity(p.expandedUncertainty)},
            {QStringLiteral("k"), p.k.toString()}};
}

QJsonObject decision(const PointEvaluation& e)
{
    return {{QStringLiteral("rule"), e.decisionRule},
            {QStringLiteral("outcome"), e.decisionOutcome},
            {QStringLiteral("explanation"), text(e.decisionExplanation)}};
}

QJsonObject pointEvaluation(const PointEvaluation& e)
{
    QJsonArray indications, errors;
    for (const Quantity& q : e.indications)
        indications.append(q.toJson());
    for (const Quantity& q : e.errors)
        errors.append(q.toJson());
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("reference"), e.reference.toJson()},
            {QStringLiteral("indication"), e.mean ? e.mean->toJson() : e.indications.value(0).toJson()},
            {QStringLiteral("indications"), indications},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("error"), e.error.toJson()},
            {QStringLiteral("mean"), quantity(e.mean)},
            {QStringLiteral("spread"), quantity(e.spread)},
            {QStringLiteral("mpe"), quantity(e.mpe)},
            {QStringLiteral("verdict"), e.verdict == Verdict::None ? QJsonValue() : QJsonValue(toName(e.verdict))},
            {QStringLiteral("reason"), text(e.reason)},
            {QStringLiteral("position"), text(e.position)},
            {QStringLiteral("test"), e.test},
            {QStringLiteral("reference_correction"), quantity(e.referenceCorrection)},
            {QStringLiteral("stage"), toName(e.stage)},
            {QStringLiteral("expanded_uncertainty"), quantity(e.expandedUncertainty)},
            {QStringLiteral("uncertainty_entered"), e.uncertaintyEntered},
            {QStringLiteral("coverage_factor"), e.coverageFactor ? QJsonValue(*e.coverageFactor) : QJsonValue()},
            {QStringLiteral("coverage_probability"),
             e.coverageProbability ? QJsonValue(*e.coverageProbability) : QJsonValue()},
            {QStringLiteral("effective_dof"),
             e.budgetResult && !e.uncertaintyEntered && e.budgetResult->effectiveDofUsed
                 ? QJsonValue(*e.budgetResult->effectiveDofUsed)
                 : QJsonValue()},
            {QStringLiteral("budget"),
             e.budget && e.budgetResult ? QJsonValue(BudgetJson::write(*e.budget, *e.budgetResult)) : QJsonValue()},
            {QStringLiteral("tur"), e.tur ? QJsonValue(*e.tur) : QJsonValue()},
            {QStringLiteral("decision"), e.decisionRule.isEmpty() ? QJsonValue() : QJsonValue(decision(e))},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(e.warnings)}};
}

QJsonObject record(const Record& r)
{
    QJsonArray checks;
    for (const CheckItem& c : r.checks)
        checks.append(QJsonObject{{QStringLiteral("item"), c.item},
                                  {QStringLiteral("passed"), c.passed},
                                  {QStringLiteral("note"), text(c.note)}});
    return {{QStringLiteral("id"), qint64(r.id)},
            {QStringLiteral("instrument_id"), qint64(r.instrumentId)},
            {QStringLiteral("kind"), toName(r.kind)},
            {QStringLiteral("procedure"), text(r.procedureCode)},
            {QStringLiteral("technician_id"), qint64(r.technicianId)},
            {QStringLiteral("date"), date(r.date)},
            {QStringLiteral("received"), date(r.received)},
            {QStringLiteral("temperature"), quantity(r.temperature)},
            {QStringLiteral("humidity"), quantity(r.humidity)},
            {QStringLiteral("interval_months"), optionalNumber(r.intervalMonths)},
            {QStringLiteral("status"), toName(r.status)},
            {QStringLiteral("verdict"), r.verdict == Verdict::None ? QJsonValue() : QJsonValue(toName(r.verdict))},
            {QStringLiteral("next_due"), date(r.nextDue)},
            {QStringLiteral("cycle_months"), optionalNumber(r.cycleMonths)},
            {QStringLiteral("legal_basis"), text(r.legalBasis)},
            {QStringLiteral("site"), toName(r.site)},
            {QStringLiteral("site_address"), text(r.siteAddress)},
            {QStringLiteral("item_condition"), text(r.itemCondition)},
            {QStringLiteral("checks"), checks}};
}

QJsonObject person(const Person& p)
{
    return {{QStringLiteral("id"), qint64(p.id)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("full_name"), p.fullName},
            {QStringLiteral("role"), toName(p.role)},
            {QStringLiteral("active"), p.active},
            {QStringLiteral("title"), p.title.isEmpty() ? QJsonValue() : QJsonValue(p.title)},
            {QStringLiteral("signs_for"), p.signsFor.isEmpty() ? QJsonValue() : QJsonValue(p.signsFor)}};
}

QJsonObject authorisation(const Authorisation& a)
{
    return {{QStringLiteral("id"), qint64(a.id)},
            {QStringLiteral("user_id"), qint64(a.userId)},
            {QStringLiteral("field"), a.field},
            {QStringLiteral("certificate"), a.certificate},
            {QStringLiteral("valid_until"), date(a.validUntil)}};
}

} // namespace Etalon::Json
