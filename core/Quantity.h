// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Decimal.h"
#include "core/Result.h"
#include "core/Unit.h"

#include <QJsonObject>
#include <QMetaType>

#include <optional>

namespace Etalon {

/**
 * An exact decimal value with its unit: the reading as the user typed it.
 *
 * A quantity is either an absolute value (a reference, an indication, a range limit, a room temperature) or a
 * difference of two values (an error, an MPE, a resolution, a correction, an uncertainty, a drift). The two
 * convert alike except where the unit's zero is offset: 20 °C is 293.15 K, but a difference of 1 °C is 1 K.
 */
class Quantity final
{
public:
    Quantity() = default;
    explicit Quantity(Decimal value, Unit unit)
        : m_value(value)
        , m_unit(std::move(unit))
    {
    }
    /** A difference (an interval): it converts without the units' offsets. */
    static Quantity difference(Decimal value, Unit unit)
    {
        Quantity q(value, std::move(unit));
        q.m_difference = true;
        return q;
    }

    /**
     * Parses "10 kg", "10kg", "10.5 g" or "10,5 g". Rejects words, unknown units, exponents, NaN and
     * empty input with an error naming \a field.
     */
    static Result<Quantity> parse(const QString& text, const QString& field = QString());
    /** As parse(), a bare number ("10", "10,5") taken in \a bareUnit: what a technician reads off a display. */
    static Result<Quantity> parse(const QString& text, const std::optional<Unit>& bareUnit, const QString& field);
    /** Reads {"value": "10.010", "unit": "kg"}. */
    static Result<Quantity> fromJson(const QJsonObject& json, const QString& field = QString());
    /** Parses a difference: an error, an MPE, a resolution, a correction or an uncertainty. */
    static Result<Quantity> parseDifference(const QString& text, const QString& field = QString());
    static Result<Quantity> differenceFromJson(const QJsonObject& json, const QString& field = QString());

    bool isValid() const { return m_unit.isValid(); }
    const Decimal& value() const { return m_value; }
    const Unit& unit() const { return m_unit; }
    bool isDifference() const { return m_difference; }
    /** The same value read as a difference, e.g. an uncertainty stored as plain "0.02 K". */
    Quantity asDifference() const { return difference(m_value, m_unit); }
    QString toString() const;
    QJsonObject toJson() const;

    /**
     * The same quantity in \a target. Decimal factors convert exactly; when the result does not end
     * (Pa to mmHg) it is rounded to \a resolution, or to six places more than the input has.
     */
    Result<Quantity> convertedTo(const Unit& target, std::optional<Decimal> resolution = std::nullopt) const;
    /**
     * this − other, in this quantity's unit; an error names both units when their dimensions differ. Two
     * absolute values give a difference; an absolute value less a difference stays absolute.
     */
    Result<Quantity> minus(const Quantity& other) const;
    /** this + other, \a other taken as a difference (an absolute value plus an interval stays absolute). */
    Result<Quantity> plus(const Quantity& other) const;
    /** Compares in this quantity's unit; two absolute values compare with their offsets, anything else without. */
    Result<std::strong_ordering> compare(const Quantity& other) const;
    Quantity abs() const { return withValue(m_value.abs()); }
    Quantity scaled(const Decimal& factor) const;
    /** Value in the coherent SI unit, as a double for statistics and typed Boost.Units work. */
    double siValue() const;

    /** Same value and unit; whether it is a difference follows from where the value is used. */
    bool operator==(const Quantity& other) const { return m_unit == other.m_unit && m_value == other.m_value; }

private:
    Quantity withValue(const Decimal& value) const
    {
        Quantity q(value, m_unit);
        q.m_difference = m_difference;
        return q;
    }
    Result<Quantity> convertedTo(const Unit& target, std::optional<Decimal> resolution, bool withOffsets) const;

    Decimal m_value;
    Unit m_unit;
    bool m_difference = false;
};

/** The error for two units of different dimensions, naming both. */
Error unitMismatch(const Unit& a, const Unit& b, const QString& field = QString());

} // namespace Etalon

Q_DECLARE_METATYPE(Etalon::Quantity)
