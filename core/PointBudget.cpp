// SPDX-License-Identifier: Apache-2.0
#include "core/PointBudget.h"

#include "core/StandardFitness.h"
#include "core/Tr.h"
#include "core/WeightSet.h"

#include <algorithm>
#include <cmath>

namespace Etalon {

namespace {

// Every term of a budget is a difference (an uncertainty, a correction, a resolution): it converts without the
// units' offsets, so a thermometer's U of 0.02 K is 0.02 °C. Only indications are absolute values.
std::optional<double> inUnit(const std::optional<Quantity>& q, const Unit& unit, bool absolute = false)
{
    if (!q)
        return std::nullopt;
    auto c = (absolute ? *q : q->asDifference()).convertedTo(unit);
    return c ? std::optional<double>(c->value().toDouble()) : std::nullopt;
}

Contribution make(const QString& name, Contribution::Kind kind, double value)
{
    Contribution c;
    c.name = name;
    c.kind = kind;
    c.value = value;
    return c;
}

const QStringList& termKeys()
{
    static const QStringList keys{QStringLiteral("name"),     QStringLiteral("kind"),         QStringLiteral("value"),
                                  QStringLiteral("relative"), QStringLiteral("distribution"), QStringLiteral("k"),
                                  QStringLiteral("dof"),      QStringLiteral("note")};
    return keys;
}

Error termError(const QString& message)
{
    return Error::badInput(QStringLiteral("budget_terms"), message);
}

Result<BudgetTerm> termFromJson(const QJsonObject& o)
{
    BudgetTerm t;
    t.name = o.value(QStringLiteral("name")).toString();
    if (t.name.isEmpty())
        return fail(termError(Tr::tr("a budget term needs a name")));
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!termKeys().contains(it.key()))
            return fail(termError(Tr::tr("budget term “%1”: unknown key “%2” (known keys: %3)")
                                      .arg(t.name, it.key(), termKeys().join(QStringLiteral(", ")))));
    }
    const QString kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("half_width"));
    static const QStringList kinds{QStringLiteral("half_width"),         QStringLiteral("standard_uncertainty"),
                                   QStringLiteral("expanded"),           QStringLiteral("pooled_sd"),
                                   QStringLiteral("display_resolution"), QStringLiteral("buoyancy")};
    if (!kinds.contains(kind))
        return fail(termError(
            Tr::tr("budget term “%1”: unknown kind “%2” (%3)").arg(t.name, kind, kinds.join(QStringLiteral(", ")))));
    t.kind = kind == QStringLiteral("standard_uncertainty") || kind == QStringLiteral("pooled_sd")
        ? Contribution::Kind::Standard
        : kind == QStringLiteral("expanded") ? Contribution::Kind::Expanded
                                             : Contribution::Kind::HalfWidth;
    t.role = kind == QStringLiteral("pooled_sd")       ? BudgetTerm::Role::PooledSd
        : kind == QStringLiteral("display_resolution") ? BudgetTerm::Role::DisplayResolution
        : kind == QStringLiteral("buoyancy")           ? BudgetTerm::Role::Buoyancy
                                                       : BudgetTerm::Role::Plain;
    if (o.contains(QStringLiteral("relative"))) {
        const QJsonValue rv = o.value(QStringLiteral("relative"));
        auto r = Decimal::parse(rv.isDouble() ? QString::number(rv.toDouble(), 'g', 12) : rv.toString(),
                                QStringLiteral("budget_terms"));
        if (!r || r->isNegative())
            return fail(
                termError(Tr::tr("budget term “%1”: relative is a fraction of the reference, at least 0").arg(t.name)));
        t.relative = *r;
    } else {
        // A value may be written as a quantity object or as text: "0.2 mg".
        const QJsonValue value = o.value(QStringLiteral("value"));
        auto q = value.isString() ? Quantity::parseDifference(value.toString(), QStringLiteral("budget_terms"))
                                  : Quantity::differenceFromJson(value.toObject(), QStringLiteral("budget_terms"));
        if (!q)
            return fail(q.error());
        if (q->value().isNegative())
            return fail(termError(Tr::tr("an uncertainty cannot be negative")));
        t.value = *q;
    }
    const QString d = o.value(QStringLiteral("distribution")).toString(QStringLiteral("rectangular"));
    static const QStringList distributions{QStringLiteral("rectangular"), QStringLiteral("normal"),
                                           QStringLiteral("triangular"), QStringLiteral("arcsine")};
    if (!distributions.contains(d))
        return fail(termError(Tr::tr("budget term “%1”: unknown distribution “%2” (%3)")
                                  .arg(t.name, d, distributions.join(QStringLiteral(", ")))));
    t.distribution = d == QStringLiteral("normal") ? Distribution::Normal
        : d == QStringLiteral("triangular")        ? Distribution::Triangular
        : d == QStringLiteral("arcsine")           ? Distribution::UShaped
                                                   : Distribution::Rectangular;
    // k may be written as a number or as a string.
    const QJsonValue k = o.value(QStringLiteral("k"));
    if (!k.isUndefined()) {
        auto parsed = Decimal::parse(k.isDouble() ? QString::number(k.toDouble(), 'g', 12) : k.toString(),
                                     QStringLiteral("budget_terms"));
        if (!parsed || *parsed < Decimal(1, 0))
            return fail(termError(Tr::tr("budget term “%1”: k is a number of at least 1").arg(t.name)));
        t.k = *parsed;
    }
    if (o.contains(QStringLiteral("dof"))) {
        const int dof = o.value(QStringLiteral("dof")).toInt(0);
        if (dof < 1)
            return fail(termError(Tr::tr("budget term “%1”: dof is a whole number of at least 1").arg(t.name)));
        t.dof = dof;
    }
    t.note = o.value(QStringLiteral("note")).toString();
    return t;
}

} // namespace

Result<QList<BudgetTerm>> BudgetTerm::listFromJson(const QJsonArray& json)
{
    QList<BudgetTerm> out;
    for (const QJsonValue& v : json) {
        auto t = termFromJson(v.toObject());
        if (!t)
            return fail(t.error());
        out.append(*t);
    }
    return out;
}

QJsonObject BudgetTerm::toJson() const
{
    const QString kindName = role == Role::PooledSd ? QStringLiteral("pooled_sd")
        : role == Role::DisplayResolution           ? QStringLiteral("display_resolution")
        : role == Role::Buoyancy                    ? QStringLiteral("buoyancy")
        : kind == Contribution::Kind::Standard      ? QStringLiteral("standard_uncertainty")
        : kind == Contribution::Kind::Expanded      ? QStringLiteral("expanded")
                                                    : QStringLiteral("half_width");
    const QString distributionName = distribution == Distribution::Normal ? QStringLiteral("normal")
        : distribution == Distribution::Triangular                        ? QStringLiteral("triangular")
        : distribution == Distribution::UShaped                           ? QStringLiteral("arcsine")
                                                                          : QStringLiteral("rectangular");
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("kind"), kindName},
                  {QStringLiteral("distribution"), distributionName},
                  {QStringLiteral("k"), k.toString()}};
    if (relative)
        o.insert(QStringLiteral("relative"), relative->toString());
    else
        o.insert(QStringLiteral("value"), value.toJson());
    if (dof)
        o.insert(QStringLiteral("dof"), *dof);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

std::optional<CalibrationPoint> nearestCalibrationPoint(const QList<CalibrationPoint>& points,
                                                        const Quantity& reference)
{
    std::optional<CalibrationPoint> best;
    double bestDistance = 0;
    for (const CalibrationPoint& p : points) {
        if (!p.value.unit().isCompatibleWith(reference.unit()))
            continue;
        const double distance = std::abs(p.value.siValue() - reference.siValue());
        if (!best || distance < bestDistance) {
            best = p;
            bestDistance = distance;
        }
    }
    return best;
}

namespace {

std::optional<double> correctionChange(const std::optional<CalibrationPoint>& now,
                                       const std::optional<CalibrationPoint>& before, const Unit& unit)
{
    if (!now || !before || !now->correction || !before->correction)
        return std::nullopt;
    auto a = inUnit(now->correction, unit);
    auto b = inUnit(before->correction, unit);
    return a && b ? std::optional<double>(std::abs(*a - *b)) : std::nullopt;
}

std::optional<double> itemsDrift(const StandardCalibrationInfo& standard, const Quantity& load, const Unit& unit)
{
    const auto used = itemsRealising(standard.items, load);
    if (!used)
        return std::nullopt;
    double sum = 0;
    for (const WeightItem& w : *used)
        sum += correctionChange(itemCalibration(standard.current, w), itemCalibration(standard.previous, w), unit)
                   .value_or(0);
    return sum;
}

// The certificates the weights realising the load were calibrated under, as the budget names them.
QString certificatesOf(const StandardCalibrationInfo& standard, const Point& point)
{
    QStringList certificates;
    for (const WeightItem& w : itemsRealising(standard.items, point.reference).value_or(QList<WeightItem>()))
        if (!w.certificate.isEmpty() && !certificates.contains(w.certificate))
            certificates.append(w.certificate);
    return certificates.isEmpty() ? standard.certificate : certificates.join(QStringLiteral(", "));
}

// The reference standard's terms: its certificate's U at the load (or its class's bound where the certificate has no
// value there), its correction when left unapplied, and its drift since the previous calibration. Whether the
// standard's own uncertainty at the load is known.
bool addReferenceTerms(Budget& b, const Point& point, const Unit& unit, const StandardCalibrationInfo& standard,
                       bool nominalValues, bool weight)
{
    const qsizetype before = b.contributions.size();
    const bool itemised = !standard.items.isEmpty();
    const auto exact = realisedPoint(standard, point.reference);
    const auto current = itemised ? exact : nearestCalibrationPoint(standard.current, point.reference);
    const auto classBound = realisedClassBound(standard, point.reference);
    const auto certified = exact && exact->uncertainty ? exact : (classBound ? std::nullopt : current);
    if (certified && certified->uncertainty) {
        if (auto u = inUnit(certified->uncertainty, unit)) {
            const QString name = !certified->item.isEmpty()
                ? Tr::tr("reference weights %1 (certificate %2)").arg(certified->item, certificatesOf(standard, point))
                : weight ? Tr::tr("reference weight (certificate %1)").arg(standard.certificate)
                         : Tr::tr("reference standard (certificate %1)").arg(standard.certificate);
            Contribution c = make(name, Contribution::Kind::Expanded, *u);
            c.k = certified->k.toDouble();
            b.contributions.append(c);
        }
    } else if (classBound) {
        // No certificate value at this load: the weights that realise it are bounded by their class (R 111).
        if (auto a = inUnit(classBound, unit))
            b.contributions.append(make(Tr::tr("reference standard (class %1, MPE of the weights realising the load)")
                                            .arg(standard.accuracyClass),
                                        Contribution::Kind::HalfWidth, *a));
    }
    // A class bound serves a scale's weights; a reference weight needs its certificate's own value at the load.
    const bool known = b.contributions.size() > before && (!weight || (certified && certified->uncertainty));
    // Used at its nominal value (a verification), the standard's known correction is an error left in the
    // result: a term of the budget, rectangular over ±|correction|.
    if (nominalValues && exact && exact->correction && !exact->correction->value().isZero()) {
        if (auto c = inUnit(exact->correction, unit))
            b.contributions.append(
                make(Tr::tr("correction of the reference standard, not applied (nominal value used)"),
                     Contribution::Kind::HalfWidth, std::abs(*c)));
    }
    // OIML R 111 C.6.2: a weight's instability, from how its value moved between calibrations; for a set used weight
    // by weight, the moves of those weights that were calibrated twice, added up.
    const std::optional<double> drift = itemised
        ? itemsDrift(standard, point.reference, unit)
        : correctionChange(current, nearestCalibrationPoint(standard.previous, point.reference), unit);
    if (drift && *drift > 0)
        b.contributions.append(
            make(weight ? Tr::tr("instability of the reference weight") : Tr::tr("drift of the reference standard"),
                 Contribution::Kind::HalfWidth, *drift));
    return known;
}

// The scatter of the readings (Type A); for weights the weighing process of R 111 C.6.1, where the procedure's
// pooled s from earlier work replaces the few cycles' own.
void addProcessTerm(Budget& b, const Point& point, const Unit& unit, const QList<BudgetTerm>& terms, bool weight)
{
    const auto pooled = std::find_if(terms.cbegin(), terms.cend(),
                                     [](const BudgetTerm& t) { return t.role == BudgetTerm::Role::PooledSd; });
    const auto pooledSd = pooled == terms.cend() ? std::nullopt : inUnit(pooled->value, unit);
    if (point.indications.size() < 2 && !pooledSd)
        return;
    const int n = int(point.indications.size());
    Contribution a =
        make(weight ? Tr::tr("weighing process (Type A, %n cycle(s))", nullptr, n) : Tr::tr("repeatability"),
             Contribution::Kind::Observations, 0);
    for (const Quantity& q : point.indications) {
        if (auto v = inUnit(q, unit, true))
            a.observations.append(*v);
    }
    if (pooledSd) {
        a.name = pooled->name;
        a.pooledSd = *pooledSd;
        if (pooled->dof)
            a.pooledDof = *pooled->dof;
    }
    b.contributions.append(a);
}

Status addProcedureTerms(Budget& b, const Point& point, const Unit& unit, const QList<BudgetTerm>& terms)
{
    for (const BudgetTerm& t : terms) {
        if (t.role == BudgetTerm::Role::PooledSd)
            continue;
        const Quantity value = t.relative ? point.reference.abs().asDifference().scaled(*t.relative) : t.value;
        auto v = inUnit(value, unit);
        if (!v)
            return fail(unitMismatch(value.unit(), unit, QStringLiteral("budget_terms")));
        Contribution c = make(t.name, t.kind, *v);
        c.distribution = t.distribution;
        c.k = t.k.toDouble();
        if (t.role == BudgetTerm::Role::DisplayResolution) {
            // OIML R 111 C.6.4.2: a difference is two readings, each rounded to d: u = (d/2)/√3 · √2.
            c.kind = Contribution::Kind::Standard;
            c.value = *v / 2 / std::sqrt(3.0) * std::sqrt(2.0);
        }
        b.contributions.append(c);
    }
    return {};
}

// OIML R 111 10.1: a weight's density limits (Table 5) are such that air 10 % off 1.2 kg/m³ moves it by at most
// δm/4. That is the buoyancy term where the procedure does not state one from measured densities.
void addBuoyancyTerm(Budget& b, const Unit& unit, const Quantity& mpe, const QList<BudgetTerm>& terms)
{
    for (const BudgetTerm& t : terms) {
        if (t.role == BudgetTerm::Role::Buoyancy)
            return;
    }
    if (auto a = inUnit(mpe.asDifference().scaled(Decimal(25, 2)), unit))
        b.contributions.append(
            make(Tr::tr("air buoyancy (OIML R 111 10.1: air density within 10 % of 1.2 kg/m³ moves a weight of its "
                        "class by at most δm/4)"),
                 Contribution::Kind::HalfWidth, *a));
}

} // namespace

Result<Budget> buildPointBudget(const Point& point, const Unit& unit, const Instrument& instrument,
                                const std::optional<StandardCalibrationInfo>& standard, const QList<BudgetTerm>& terms,
                                bool nominalValues, const std::optional<Quantity>& weightMpe)
{
    const bool weightComparison = weightMpe.has_value();
    Budget b;
    b.unit = unit.symbol();
    b.ea402Coverage = true;
    const bool referenceKnown =
        standard && addReferenceTerms(b, point, unit, *standard, nominalValues, weightComparison);
    // A weight is only as good as the reference it was compared with: without its U there is no budget to judge by.
    if (weightComparison && !referenceKnown)
        return fail(Error::refused(
            QStringLiteral("no_budget"),
            Tr::tr("the reference weight's certificate gives no uncertainty at %1").arg(point.reference.toString()),
            QStringLiteral("budget")));
    if (auto d = inUnit(instrument.resolution, unit); d && *d > 0)
        b.contributions.append(make(Tr::tr("resolution of the instrument"), Contribution::Kind::HalfWidth, *d / 2));
    addProcessTerm(b, point, unit, terms, weightComparison);
    ETALON_TRY(addProcedureTerms(b, point, unit, terms));
    if (weightMpe)
        addBuoyancyTerm(b, unit, *weightMpe, terms);
    if (b.contributions.isEmpty())
        return fail(
            Error::refused(QStringLiteral("no_budget"),
                           Tr::tr("nothing is known of this point's uncertainty: the standard's certificate gives no "
                                  "uncertainty and the instrument has no resolution"),
                           QStringLiteral("budget")));
    return b;
}

} // namespace Etalon
