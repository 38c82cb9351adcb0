// SPDX-License-Identifier: Apache-2.0
#include "core/WeightSet.h"

#include "core/MpeRule.h"

#include <algorithm>

namespace Etalon {

namespace {

const Unit& milligram()
{
    static const Unit mg = UnitCatalog::instance().find(QStringLiteral("mg")).value();
    return mg;
}

std::optional<Decimal> inMilligrams(const Quantity& q)
{
    auto mg = q.asDifference().convertedTo(milligram());
    return mg ? std::optional<Decimal>(mg->value()) : std::nullopt;
}

bool equal(const Quantity& a, const Quantity& b)
{
    auto cmp = a.compare(b);
    return cmp && *cmp == std::strong_ordering::equal;
}

// Depth first over the weights, largest first: a set holds a few dozen weights, and the 1-2-2-5 series finds its
// combination on the first path.
bool pick(const QList<Decimal>& masses, const QList<Decimal>& restSums, int from, const Decimal& remaining,
          QList<int>& chosen)
{
    if (remaining.isZero())
        return true;
    if (from >= masses.size() || restSums[from] < remaining)
        return false;
    for (int i = from; i < masses.size(); ++i) {
        if (masses[i] > remaining)
            continue;
        chosen.append(i);
        if (pick(masses, restSums, i + 1, remaining - masses[i], chosen))
            return true;
        chosen.removeLast();
    }
    return false;
}

} // namespace

std::optional<QList<WeightItem>> itemsRealising(const QList<WeightItem>& items, const Quantity& load)
{
    const auto target = inMilligrams(load);
    if (!target || target->isNegative())
        return std::nullopt;
    QList<WeightItem> sorted = items;
    QList<Decimal> masses;
    std::stable_sort(sorted.begin(), sorted.end(), [](const WeightItem& a, const WeightItem& b) {
        return inMilligrams(a.nominal).value_or(Decimal()) > inMilligrams(b.nominal).value_or(Decimal());
    });
    for (const WeightItem& w : sorted)
        masses.append(inMilligrams(w.nominal).value_or(Decimal()));
    QList<Decimal> restSums(masses.size() + 1);
    for (qsizetype i = masses.size() - 1; i >= 0; --i)
        restSums[i] = restSums[i + 1] + masses[i];
    QList<int> chosen;
    if (!pick(masses, restSums, 0, *target, chosen))
        return std::nullopt;
    QList<WeightItem> out;
    for (int i : chosen)
        out.append(sorted[i]);
    return out;
}

std::optional<CalibrationPoint> itemCalibration(const QList<CalibrationPoint>& points, const WeightItem& item)
{
    std::optional<CalibrationPoint> unmarked;
    int unmarkedCount = 0;
    for (const CalibrationPoint& p : points) {
        if (p.item == item.mark)
            return p;
        if (p.item.isEmpty() && equal(p.value, item.nominal)) {
            unmarked = p;
            ++unmarkedCount;
        }
    }
    return unmarkedCount == 1 ? unmarked : std::nullopt;
}

std::optional<CalibrationPoint> combinedCalibration(const QList<CalibrationPoint>& points,
                                                    const QList<WeightItem>& used)
{
    if (used.isEmpty())
        return std::nullopt;
    Decimal nominal, correction, standardUncertainty;
    QStringList marks;
    for (const WeightItem& w : used) {
        const auto p = itemCalibration(points, w);
        if (!p || !p->uncertainty)
            return std::nullopt;
        const auto u = inMilligrams(*p->uncertainty);
        const auto c = p->correction ? inMilligrams(*p->correction) : std::optional<Decimal>(Decimal());
        const auto m = inMilligrams(w.nominal);
        if (!u || !c || !m)
            return std::nullopt;
        auto perK = u->dividedBy(p->k);
        if (!perK)
            return std::nullopt;
        nominal = nominal + *m;
        correction = correction + *c;
        standardUncertainty = standardUncertainty + perK->rounded(9);
        marks.append(w.mark);
    }
    CalibrationPoint out;
    out.value = Quantity(nominal, milligram());
    out.correction = Quantity::difference(correction, milligram());
    out.uncertainty = Quantity::difference((standardUncertainty * Decimal(2, 0)).normalized(), milligram());
    out.k = Decimal(2, 0);
    out.item = marks.join(QLatin1Char('+'));
    return out;
}

std::optional<Quantity> itemsClassBound(const QList<WeightItem>& used, const QString& setClass)
{
    if (used.isEmpty())
        return std::nullopt;
    Decimal sum;
    for (const WeightItem& w : used) {
        auto mpe = oimlR111MpeMg(w.accuracyClass.isEmpty() ? setClass : w.accuracyClass, w.nominal);
        if (!mpe)
            return std::nullopt;
        sum = sum + *mpe;
    }
    return Quantity::difference(sum, milligram());
}

} // namespace Etalon
