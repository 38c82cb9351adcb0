// SPDX-License-Identifier: Apache-2.0
#include "core/StandardFitness.h"

#include "core/MpeRule.h"
#include "core/Tr.h"
#include "core/WeightSet.h"

#include <algorithm>
#include <cmath>

namespace Etalon {

namespace {

const Unit& milligram()
{
    static const Unit mg = UnitCatalog::instance().find(QStringLiteral("mg")).value();
    return mg;
}

QString label(const Standard& s)
{
    return Tr::tr("standard %1 “%2” (%3)").arg(s.id).arg(s.name, s.serial);
}

// The weights of one decade for a digit: the fewest of 1, 2, 2, 5.
QList<int> weightsForDigit(int digit)
{
    static const QList<QList<int>> table{{}, {1}, {2}, {2, 1}, {2, 2}, {5}, {5, 1}, {5, 2}, {5, 2, 1}, {5, 2, 2}};
    return table.value(digit);
}

// The class's bound over the weights realising the load: how far a set of that class may be off there.
std::optional<Quantity> classBoundOf(const QString& accuracyClass, const Quantity& value)
{
    if (accuracyClass.isEmpty() || !value.unit().isCompatibleWith(milligram()))
        return std::nullopt;
    Decimal sum;
    const QList<Quantity> weights = weightsRealising(value);
    if (weights.isEmpty())
        return std::nullopt;
    for (const Quantity& w : weights) {
        auto mpe = oimlR111MpeMg(accuracyClass, w);
        if (!mpe)
            return std::nullopt; // not an R 111 class, or a weight the class does not have
        sum = sum + *mpe;
    }
    return Quantity::difference(sum, milligram());
}

std::optional<CalibrationPoint> exactPoint(const QList<CalibrationPoint>& points, const Quantity& value)
{
    for (const CalibrationPoint& p : points) {
        auto cmp = p.value.compare(value);
        if (cmp && *cmp == std::strong_ordering::equal)
            return p;
    }
    return std::nullopt;
}

bool greater(const Quantity& a, const Quantity& b)
{
    auto cmp = a.compare(b);
    return cmp && *cmp == std::strong_ordering::greater;
}

Status checkQuantity(const PointForStandard& p)
{
    const QString realised = standardQuantity(p.standard);
    if (realised.isEmpty() && p.legal)
        return fail(Error::refused(QStringLiteral("standard_quantity_unknown"),
                                   Tr::tr("%1 has no range or quantity registered, so nothing says it realises %2: a "
                                          "legal verification cannot rest on it")
                                       .arg(label(p.standard), p.instrumentQuantity),
                                   QStringLiteral("standard")));
    if (realised.isEmpty() || p.instrumentQuantity.isEmpty() || realised == p.instrumentQuantity)
        return {};
    return fail(Error::refused(
        QStringLiteral("standard_wrong_quantity"),
        Tr::tr("%1 realises %2, but the instrument measures %3").arg(label(p.standard), realised, p.instrumentQuantity),
        QStringLiteral("standard")));
}

Status checkInstrumentRange(const PointForStandard& p)
{
    const Instrument& in = p.instrument;
    if (p.instrumentQuantity == QStringLiteral("mass") && p.reference.value().isNegative())
        return fail(Error::badInput(QStringLiteral("reference"),
                                    Tr::tr("a load cannot be negative (%1)").arg(p.reference.toString()),
                                    QStringLiteral("negative_load")));
    std::optional<Quantity> top = in.rangeMax;
    const auto e = in.verificationInterval ? in.verificationInterval : in.resolution;
    if (p.weighingInstrument && in.rangeMax && e) {
        // OIML R 76 4.4.1: nothing above Max + 9 e is indicated, so no load there can be judged.
        top = in.rangeMax->plus(e->asDifference().scaled(Decimal(9, 0))).value_or(*in.rangeMax);
    }
    if (top && greater(p.reference, *top))
        return fail(Error::refused(
            QStringLiteral("beyond_instrument_range"),
            Tr::tr("%1 lies above the instrument's range (up to %2)").arg(p.reference.toString(), top->toString()),
            QStringLiteral("reference")));
    // A scale is loaded from zero (R 76 weighs below Min too); other instruments read within their range.
    if (!p.weighingInstrument && in.rangeMin && greater(*in.rangeMin, p.reference))
        return fail(Error::refused(QStringLiteral("beyond_instrument_range"),
                                   Tr::tr("%1 lies below the instrument's range (from %2)")
                                       .arg(p.reference.toString(), in.rangeMin->toString()),
                                   QStringLiteral("reference")));
    return {};
}

// A set registered weight by weight is as good as each weight that makes up the load: each must have a
// calibration valid on the date of the work.
Status checkWeightsCalibrated(const PointForStandard& p)
{
    if (!p.calibration || p.calibration->items.isEmpty())
        return {};
    const auto used = itemsRealising(p.calibration->items, p.reference);
    if (!used)
        return {};
    for (const WeightItem& w : *used) {
        if (!w.validUntil)
            return fail(
                Error::refused(QStringLiteral("weight_uncalibrated"),
                               Tr::tr("the weight “%1” (%2) of %3 has no calibration on %4")
                                   .arg(w.mark, w.nominal.toString(), label(p.standard), p.date.toString(Qt::ISODate)),
                               QStringLiteral("standard")));
        if (p.date.isValid() && *w.validUntil < p.date)
            return fail(Error::refused(QStringLiteral("standard_expired"),
                                       Tr::tr("the weight “%1” (%2) of %3: its calibration (certificate %4) was valid "
                                              "until %5")
                                           .arg(w.mark, w.nominal.toString(), label(p.standard), w.certificate,
                                                w.validUntil->toString(Qt::ISODate)),
                                       QStringLiteral("standard")));
    }
    return {};
}

Status checkStandardRange(const PointForStandard& p)
{
    if (p.calibration && !p.calibration->items.isEmpty() && !itemsRealising(p.calibration->items, p.reference))
        return fail(Error::refused(
            QStringLiteral("standard_cannot_realise"),
            Tr::tr("no combination of the weights of %1 makes up %2").arg(label(p.standard), p.reference.toString()),
            QStringLiteral("reference")));
    const auto& max = p.standard.rangeMax;
    if (!max || !max->unit().isCompatibleWith(p.reference.unit()) || !greater(p.reference.abs(), *max))
        return {};
    return fail(Error::refused(QStringLiteral("standard_out_of_range"),
                               Tr::tr("%1 realises at most %2: it cannot realise %3")
                                   .arg(label(p.standard), max->toString(), p.reference.toString()),
                               QStringLiteral("reference")));
}

// OIML R 76 3.7.1: the standard's error at the load may be at most a third of the instrument's MPE there.
Status checkThirdOfMpe(const PointForStandard& p)
{
    if (!p.mpe)
        return {};
    const auto bound = standardErrorBound(p.standard, p.calibration, p.reference);
    // Nothing bounds its error: neither a class nor a calibration at this load. Legal work cannot rest on it.
    if (!bound)
        return fail(Error::refused(QStringLiteral("standard_unbounded"),
                                   Tr::tr("%1 has no accuracy class and no calibration value at %2, so its error there "
                                          "is unknown (OIML R 76 3.7.1): register its class or calibrate it at this "
                                          "load")
                                       .arg(label(p.standard), p.reference.toString()),
                                   QStringLiteral("standard")));
    auto boundInMpeUnit = bound->convertedTo(p.mpe->unit());
    if (!boundInMpeUnit || p.mpe->value().isZero())
        return {};
    const Decimal three(3, 0);
    if (!(boundInMpeUnit->value() * three > p.mpe->value()))
        return {};
    const double ratio = boundInMpeUnit->value().toDouble() / p.mpe->value().toDouble();
    const QString offBy = Quantity(boundInMpeUnit->value().rounded(6).normalized(), p.mpe->unit()).toString();
    const QString who = p.standard.accuracyClass.isEmpty()
        ? label(p.standard)
        : Tr::tr("%1 (class %2)").arg(label(p.standard), p.standard.accuracyClass);
    return fail(Error::refused(QStringLiteral("standard_inadequate"),
                               Tr::tr("%1 may be off by %2 at %3, which is %4 of the instrument's MPE %5; OIML R 76 "
                                      "3.7.1 allows at most 1/3")
                                   .arg(who, offBy, p.reference.toString())
                                   .arg(ratio, 0, 'f', 2)
                                   .arg(p.mpe->toString()),
                               QStringLiteral("standard")));
}

} // namespace

std::optional<CalibrationPoint> realisedPoint(const StandardCalibrationInfo& calibration, const Quantity& value)
{
    if (calibration.items.isEmpty())
        return exactPoint(calibration.current, value);
    const auto used = itemsRealising(calibration.items, value);
    return used ? combinedCalibration(calibration.current, *used) : std::nullopt;
}

std::optional<Quantity> realisedClassBound(const StandardCalibrationInfo& calibration, const Quantity& value)
{
    if (calibration.items.isEmpty())
        return classBoundOf(calibration.accuracyClass, value);
    const auto used = itemsRealising(calibration.items, value);
    return used ? itemsClassBound(*used, calibration.accuracyClass) : std::nullopt;
}

QString standardQuantity(const Standard& standard)
{
    if (!standard.quantity.isEmpty())
        return standard.quantity;
    if (standard.rangeMax)
        return standard.rangeMax->unit().quantityKey();
    // An OIML R 111 class (M1, F2 …) is a class of weights.
    return oimlR111Classes().contains(standard.accuracyClass.trimmed().toUpper()) ? QStringLiteral("mass") : QString();
}

QList<Quantity> weightsRealising(const Quantity& load)
{
    QList<Quantity> out;
    auto mg = load.abs().asDifference().convertedTo(milligram());
    if (!mg)
        return out;
    qint64 rest = qint64(std::floor(mg->value().toDouble() + 1e-9));
    const qint64 largest = qint64(5000) * 1000 * 1000 * 1000; // 5000 kg in mg
    for (; rest >= 2 * largest; rest -= largest)
        out.append(Quantity(Decimal(5000, 0), UnitCatalog::instance().find(QStringLiteral("kg")).value()));
    qint64 decade = 1;
    QList<Quantity> ascending;
    while (rest > 0) {
        for (int w : weightsForDigit(int(rest % 10)))
            ascending.append(Quantity(Decimal::fromInt(w * decade), milligram()));
        rest /= 10;
        decade *= 10;
    }
    std::reverse(ascending.begin(), ascending.end());
    out.append(ascending);
    return out;
}

namespace {

// |correction| + U of a calibration point at exactly this value: what the certificate says the standard may be off.
std::optional<Quantity> calibratedBound(const std::optional<StandardCalibrationInfo>& calibration,
                                        const Quantity& value)
{
    if (!calibration)
        return std::nullopt;
    const auto point = realisedPoint(*calibration, value);
    if (!point || (!point->correction && !point->uncertainty))
        return std::nullopt;
    Quantity sum = Quantity::difference(Decimal(), value.unit());
    for (const auto& term : {point->correction, point->uncertainty}) {
        if (term)
            sum = sum.plus(term->abs().asDifference()).value_or(sum);
    }
    return sum;
}

} // namespace

std::optional<Quantity> standardErrorBound(const Standard& standard,
                                           const std::optional<StandardCalibrationInfo>& calibration,
                                           const Quantity& value)
{
    const auto byClass = calibration && !calibration->items.isEmpty() ? realisedClassBound(*calibration, value)
                                                                      : classBoundOf(standard.accuracyClass, value);
    const auto byCalibration = calibratedBound(calibration, value);
    if (!byClass || !byCalibration)
        return byClass ? byClass : byCalibration;
    // A weight found beyond its class is as far off as its certificate says, whatever the class promises.
    return greater(*byCalibration, *byClass) ? byCalibration : byClass;
}

std::optional<Quantity> standardUncertaintyAt(const StandardCalibrationInfo& calibration, const Quantity& value)
{
    if (const auto point = realisedPoint(calibration, value); point && point->uncertainty)
        return point->uncertainty->asDifference();
    if (auto bound = realisedClassBound(calibration, value))
        return bound;
    const auto nearest = nearestCalibrationPoint(calibration.current, value);
    if (nearest && nearest->uncertainty)
        return nearest->uncertainty->asDifference();
    return std::nullopt;
}

Status checkStandardFitsPoint(const PointForStandard& point)
{
    ETALON_TRY(checkQuantity(point));
    ETALON_TRY(checkInstrumentRange(point));
    ETALON_TRY(checkStandardRange(point));
    ETALON_TRY(checkWeightsCalibrated(point));
    return checkThirdOfMpe(point);
}

} // namespace Etalon
