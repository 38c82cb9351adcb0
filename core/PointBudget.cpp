// SPDX-License-Identifier: Apache-2.0
#include "core/PointBudget.h"

#include "core/StandardFitness.h"
#include "core/Tr.h"

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

} // namespace

Result<QList<BudgetTerm>> BudgetTerm::listFromJson(const QJsonArray& json)
{
    QList<BudgetTerm> out;
    for (const QJsonValue& v : json) {
        const QJsonObject o = v.toObject();
        BudgetTerm t;
        t.name = o.value(QStringLiteral("name")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("half_width"));
        t.kind = kind == QStringLiteral("standard_uncertainty") ? Contribution::Kind::Standard
            : kind == QStringLiteral("expanded")                ? Contribution::Kind::Expanded
                                                                : Contribution::Kind::HalfWidth;
        auto q =
            Quantity::differenceFromJson(o.value(QStringLiteral("value")).toObject(), QStringLiteral("budget_terms"));
        if (!q)
            return fail(q.error());
        if (q->value().isNegative())
            return fail(Error::badInput(QStringLiteral("budget_terms"), Tr::tr("an uncertainty cannot be negative")));
        t.value = *q;
        const QString d = o.value(QStringLiteral("distribution")).toString(QStringLiteral("rectangular"));
        t.distribution = d == QStringLiteral("normal") ? Distribution::Normal
            : d == QStringLiteral("triangular")        ? Distribution::Triangular
            : d == QStringLiteral("arcsine")           ? Distribution::UShaped
                                                       : Distribution::Rectangular;
        t.k = Decimal::parse(o.value(QStringLiteral("k")).toString(QStringLiteral("2"))).value_or(Decimal(2, 0));
        if (t.name.isEmpty())
            return fail(Error::badInput(QStringLiteral("budget_terms"), Tr::tr("a budget term needs a name")));
        out.append(t);
    }
    return out;
}

QJsonObject BudgetTerm::toJson() const
{
    const QString kindName = kind == Contribution::Kind::Standard ? QStringLiteral("standard_uncertainty")
        : kind == Contribution::Kind::Expanded                    ? QStringLiteral("expanded")
                                                                  : QStringLiteral("half_width");
    const QString distributionName = distribution == Distribution::Normal ? QStringLiteral("normal")
        : distribution == Distribution::Triangular                        ? QStringLiteral("triangular")
        : distribution == Distribution::UShaped                           ? QStringLiteral("arcsine")
                                                                          : QStringLiteral("rectangular");
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), kindName},
            {QStringLiteral("value"), value.toJson()},
            {QStringLiteral("distribution"), distributionName},
            {QStringLiteral("k"), k.toString()}};
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

Result<Budget> buildPointBudget(const Point& point, const Unit& unit, const Instrument& instrument,
                                const std::optional<StandardCalibrationInfo>& standard, const QList<BudgetTerm>& terms,
                                bool nominalValues)
{
    Budget b;
    b.unit = unit.symbol();
    b.ea402Coverage = true;
    if (standard) {
        const bool itemised = !standard->items.isEmpty();
        const auto exact = realisedPoint(*standard, point.reference);
        const auto current = itemised ? exact : nearestCalibrationPoint(standard->current, point.reference);
        const auto classBound = realisedClassBound(*standard, point.reference);
        if (exact && exact->uncertainty) {
            if (auto u = inUnit(exact->uncertainty, unit)) {
                Contribution c =
                    make(exact->item.isEmpty()
                             ? Tr::tr("reference standard (certificate %1)").arg(standard->certificate)
                             : Tr::tr("reference weights %1 (certificate %2)").arg(exact->item, standard->certificate),
                         Contribution::Kind::Expanded, *u);
                c.k = exact->k.toDouble();
                b.contributions.append(c);
            }
        } else if (classBound) {
            // No certificate value at this load: the weights that realise it are bounded by their class (R 111).
            if (auto a = inUnit(classBound, unit))
                b.contributions.append(make(Tr::tr("reference standard (class %1, MPE of the weights realising the "
                                                   "load)")
                                                .arg(standard->accuracyClass),
                                            Contribution::Kind::HalfWidth, *a));
        } else if (current && current->uncertainty) {
            if (auto u = inUnit(current->uncertainty, unit)) {
                Contribution c = make(Tr::tr("reference standard (certificate %1)").arg(standard->certificate),
                                      Contribution::Kind::Expanded, *u);
                c.k = current->k.toDouble();
                b.contributions.append(c);
            }
        }
        // Used at its nominal value (a verification), the standard's known correction is an error left in the
        // result: a term of the budget, rectangular over ±|correction|.
        if (nominalValues && exact && exact->correction && !exact->correction->value().isZero()) {
            if (auto c = inUnit(exact->correction, unit))
                b.contributions.append(make(Tr::tr("correction of the reference standard, not applied (nominal "
                                                   "value used)"),
                                            Contribution::Kind::HalfWidth, std::abs(*c)));
        }
        StandardCalibrationInfo before = *standard;
        before.current = standard->previous;
        const auto previous = itemised ? realisedPoint(before, point.reference)
                                       : nearestCalibrationPoint(standard->previous, point.reference);
        if (current && previous && current->correction && previous->correction) {
            auto now = inUnit(current->correction, unit);
            auto before = inUnit(previous->correction, unit);
            if (now && before && *now != *before)
                b.contributions.append(make(Tr::tr("drift of the reference standard"), Contribution::Kind::HalfWidth,
                                            std::abs(*now - *before)));
        }
    }
    if (auto d = inUnit(instrument.resolution, unit); d && *d > 0)
        b.contributions.append(make(Tr::tr("resolution of the instrument"), Contribution::Kind::HalfWidth, *d / 2));
    if (point.indications.size() >= 2) {
        Contribution a = make(Tr::tr("repeatability"), Contribution::Kind::Observations, 0);
        for (const Quantity& q : point.indications) {
            if (auto v = inUnit(q, unit, true))
                a.observations.append(*v);
        }
        b.contributions.append(a);
    }
    for (const BudgetTerm& t : terms) {
        auto v = inUnit(t.value, unit);
        if (!v)
            return fail(unitMismatch(t.value.unit(), unit, QStringLiteral("budget_terms")));
        Contribution c = make(t.name, t.kind, *v);
        c.distribution = t.distribution;
        c.k = t.k.toDouble();
        b.contributions.append(c);
    }
    if (b.contributions.isEmpty())
        return fail(
            Error::refused(QStringLiteral("no_budget"),
                           Tr::tr("nothing is known of this point's uncertainty: the standard's certificate gives no "
                                  "uncertainty and the instrument has no resolution"),
                           QStringLiteral("budget")));
    return b;
}

} // namespace Etalon
