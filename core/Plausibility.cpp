// SPDX-License-Identifier: Apache-2.0
#include "core/Plausibility.h"

#include "core/Csv.h"
#include "core/ReferenceTables.h"

#include "core/Tr.h"

#include <QCoreApplication>

namespace Etalon {

namespace {

/** A row of OIML R 76-1 Table 3: an interval of e a class allows, and n = Max/e allowed with it. */
struct R76ClassBand
{
    QString accuracyClass;
    Decimal eFromGrams;
    std::optional<Decimal> eToGrams; ///< none: no upper limit
    Decimal nMin;
    std::optional<Decimal> nMax; ///< none: no upper limit
};

std::optional<Decimal> optionalDecimal(const QString& cell)
{
    if (cell.trimmed().isEmpty())
        return std::nullopt;
    return Decimal::parse(cell).value_or(Decimal());
}

const QList<R76ClassBand>& r76Classes()
{
    static const QList<R76ClassBand> table = [] {
        QList<R76ClassBand> bands;
        const auto rows = parseCsv(ReferenceTables::oimlR76ClassesCsv());
        Q_ASSERT(rows);
        for (const QStringList& row : rows.value().mid(1)) {
            if (row.size() < 5)
                continue;
            bands.append({row[0], Decimal::parse(row[1]).value_or(Decimal()), optionalDecimal(row[2]),
                          Decimal::parse(row[3]).value_or(Decimal()), optionalDecimal(row[4])});
        }
        return bands;
    }();
    return table;
}

Quantity grams(const Decimal& value)
{
    return Quantity(value, UnitCatalog::instance().find(QStringLiteral("g")).value());
}

std::strong_ordering order(const Quantity& a, const Quantity& b)
{
    // Callers compare quantities of one dimension (Instrument::validate() checked it).
    return a.compare(b).value_or(std::strong_ordering::equal);
}

bool contains(const R76ClassBand& band, const Quantity& e)
{
    return order(e, grams(band.eFromGrams)) >= 0 && (!band.eToGrams || order(e, grams(*band.eToGrams)) <= 0);
}

/** The e a class allows, written as the table does ("0.1 g ≤ e ≤ 2 g; 5 g ≤ e"). */
QString allowedIntervals(const QString& accuracyClass)
{
    QStringList parts;
    for (const R76ClassBand& band : r76Classes()) {
        if (band.accuracyClass != accuracyClass)
            continue;
        QString part = grams(band.eFromGrams).toString() + QStringLiteral(" ≤ e");
        if (band.eToGrams)
            part += QStringLiteral(" ≤ ") + grams(*band.eToGrams).toString();
        parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

Status checkR76Class(const QString& accuracyClass)
{
    for (const R76ClassBand& band : r76Classes()) {
        if (band.accuracyClass == accuracyClass)
            return {};
    }
    return fail(Error::badInput(QStringLiteral("class"),
                                Tr::tr("OIML R 76 has no accuracy class “%1” (I, II, III or IIII)").arg(accuracyClass),
                                QStringLiteral("unknown_class")));
}

/** OIML R 76-1: the scale intervals d and e take the form 1, 2 or 5 × 10^k in a unit of mass. */
Status checkScaleInterval(const std::optional<Quantity>& interval, const QString& field)
{
    if (!interval || isOneTwoFive(*interval))
        return {};
    return fail(Error::badInput(
        field,
        Tr::tr("a scale interval of %1 is not 1, 2 or 5 × 10ⁿ of a unit of mass (OIML R 76)").arg(interval->toString()),
        QStringLiteral("not_1_2_5")));
}

/** OIML R 76-1 3.4: only classes I and II may have an auxiliary indicating device (d < e); in III and IIII e = d. */
Status checkEqualsResolution(const Instrument& instrument)
{
    const QString& cls = instrument.accuracyClass;
    if ((cls != QStringLiteral("III") && cls != QStringLiteral("IIII")) || !instrument.resolution ||
        !instrument.verificationInterval || order(*instrument.verificationInterval, *instrument.resolution) == 0)
        return {};
    return fail(
        Error::badInput(QStringLiteral("verification-interval"),
                        Tr::tr("a class %1 scale has e = d, but e is %2 and d is %3 (OIML R 76: only classes I "
                               "and II may show a finer d)")
                            .arg(cls, instrument.verificationInterval->toString(), instrument.resolution->toString()),
                        QStringLiteral("e_differs_from_d")));
}

/** OIML R 76-1 Table 3: n = Max/e within the limits of the class for that e. */
Status checkCapacityInIntervals(const Quantity& max, const Quantity& e, const R76ClassBand& band)
{
    const bool below = order(max, e.scaled(band.nMin)) < 0;
    const bool above = band.nMax && order(max, e.scaled(*band.nMax)) > 0;
    if (!below && !above)
        return {};
    const Decimal maxInE = max.convertedTo(e.unit()).value_or(max).value();
    const Decimal n = maxInE.dividedBy(e.value()).value_or(Decimal()).rounded(3).normalized();
    const QString limits = band.nMax ? QStringLiteral("%1 ≤ n ≤ %2").arg(band.nMin.toString(), band.nMax->toString())
                                     : QStringLiteral("n ≥ %1").arg(band.nMin.toString());
    return fail(Error::badInput(QStringLiteral("range-max"),
                                Tr::tr("n = Max/e = %1, but class %2 with e = %3 needs %4 (OIML R 76 Table 3)")
                                    .arg(n.toString(), band.accuracyClass, e.toString(), limits),
                                QStringLiteral("n_outside_class")));
}

Status checkClassLimits(const Instrument& instrument)
{
    const std::optional<Quantity>& e =
        instrument.verificationInterval ? instrument.verificationInterval : instrument.resolution;
    if (instrument.accuracyClass.isEmpty() || !e)
        return {};
    for (const R76ClassBand& band : r76Classes()) {
        if (band.accuracyClass == instrument.accuracyClass && contains(band, *e))
            return instrument.rangeMax ? checkCapacityInIntervals(*instrument.rangeMax, *e, band) : Status();
    }
    return fail(Error::badInput(
        instrument.verificationInterval ? QStringLiteral("verification-interval") : QStringLiteral("resolution"),
        Tr::tr("class %1 does not allow e = %2 (OIML R 76 Table 3: %3)")
            .arg(instrument.accuracyClass, e->toString(), allowedIntervals(instrument.accuracyClass)),
        QStringLiteral("e_outside_class")));
}

Status checkScale(const Instrument& instrument)
{
    if (!instrument.accuracyClass.isEmpty())
        ETALON_TRY(checkR76Class(instrument.accuracyClass));
    ETALON_TRY(checkScaleInterval(instrument.resolution, QStringLiteral("resolution")));
    ETALON_TRY(checkScaleInterval(instrument.verificationInterval, QStringLiteral("verification-interval")));
    ETALON_TRY(checkEqualsResolution(instrument));
    return checkClassLimits(instrument);
}

Status checkR111Class(const QString& accuracyClass)
{
    const QStringList classes = oimlR111Classes();
    if (classes.contains(accuracyClass.trimmed().toUpper()))
        return {};
    return fail(Error::badInput(
        QStringLiteral("class"),
        Tr::tr("OIML R 111 has no weight class “%1” (%2)").arg(accuracyClass, classes.join(QStringLiteral(", "))),
        QStringLiteral("unknown_class")));
}

/** OIML R 111-1 Table 1: nominal values are 1, 2 or 5 × 10^k, from 1 mg to 5000 kg. */
Status checkR111Nominal(const Quantity& nominal)
{
    const Unit kg = UnitCatalog::instance().find(QStringLiteral("kg")).value();
    if (isOneTwoFive(nominal) && order(nominal, grams(Decimal(1, 3))) >= 0 &&
        order(nominal, Quantity(Decimal(5000, 0), kg)) <= 0)
        return {};
    return fail(Error::badInput(
        QStringLiteral("nominal"),
        Tr::tr("%1 is not a nominal value of OIML R 111 (1, 2, 5 × 10ⁿ from 1 mg to 5000 kg)").arg(nominal.toString()),
        QStringLiteral("not_r111_nominal")));
}

Status checkWeight(const Instrument& instrument)
{
    if (!instrument.accuracyClass.isEmpty())
        ETALON_TRY(checkR111Class(instrument.accuracyClass));
    if (!instrument.nominal)
        return {};
    ETALON_TRY(checkR111Nominal(*instrument.nominal));
    if (instrument.accuracyClass.isEmpty())
        return {};
    // Each class covers part of the series only (E1 up to 50 kg, M3 from 1 g): R 111 has no MPE outside it.
    auto mpe = oimlR111MpeMg(instrument.accuracyClass, *instrument.nominal);
    if (!mpe)
        return fail(mpe.error());
    return {};
}

} // namespace

InstrumentFamily familyOf(const InstrumentType& type)
{
    if (type.code.startsWith(QStringLiteral("WEIGHT")))
        return InstrumentFamily::Weight;
    if (type.quantity == QStringLiteral("mass"))
        return InstrumentFamily::Scale;
    return InstrumentFamily::Other;
}

Status checkPlausible(const Instrument& instrument, InstrumentFamily family)
{
    switch (family) {
    case InstrumentFamily::Scale:
        return checkScale(instrument);
    case InstrumentFamily::Weight:
        return checkWeight(instrument);
    case InstrumentFamily::Other:
        break;
    }
    return {};
}

bool isOneTwoFive(const Quantity& q)
{
    // In the coherent SI unit, so the form does not depend on the unit typed (2 g is 2 × 10⁻³ kg).
    auto scaled = q.value().times(q.unit().factor());
    bool exact = false;
    auto si = scaled ? scaled->dividedBy(q.unit().factorDivisor(), &exact) : scaled;
    if (!si || !exact || !(*si > Decimal()))
        return false;
    std::int64_t digits = si->mantissa();
    while (digits % 10 == 0)
        digits /= 10;
    return digits == 1 || digits == 2 || digits == 5;
}

Status checkPlausibleDate(const QDate& date, const QString& field)
{
    if (!date.isValid() || date >= QDate(1900, 1, 1))
        return {};
    return fail(Error::badInput(field, Tr::tr("the date %1 is before 1900").arg(date.toString(Qt::ISODate)),
                                QStringLiteral("date_implausible")));
}

Status checkCalibrationValidity(const StandardCalibration& calibration, int maxMonths)
{
    if (!calibration.date.isValid() || calibration.validUntil <= calibration.date.addMonths(maxMonths))
        return {};
    return fail(Error::badInput(QStringLiteral("valid-until"),
                                Tr::tr("valid until %1 is more than %2 months after the calibration on %3, the lab's "
                                       "maximum (setting max_calibration_validity_months)")
                                    .arg(calibration.validUntil.toString(Qt::ISODate))
                                    .arg(maxMonths)
                                    .arg(calibration.date.toString(Qt::ISODate)),
                                QStringLiteral("validity_too_long")));
}

} // namespace Etalon
