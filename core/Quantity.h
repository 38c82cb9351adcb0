// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Decimal.h"
#include "core/Result.h"
#include "core/Unit.h"

#include <QJsonObject>
#include <QMetaType>

#include <optional>

namespace Etalon {

/** An exact decimal value with its unit: the reading as the user typed it. */
class Quantity final
{
public:
    Quantity() = default;
    explicit Quantity(Decimal value, Unit unit)
        : m_value(value)
        , m_unit(std::move(unit))
    {
    }

    /**
     * Parses "10 kg", "10kg", "10.5 g" or "10,5 g". Rejects words, unknown units, exponents, NaN and
     * empty input with an error naming \a field.
     */
    static Result<Quantity> parse(const QString& text, const QString& field = QString());
    /** Reads {"value": "10.010", "unit": "kg"}. */
    static Result<Quantity> fromJson(const QJsonObject& json, const QString& field = QString());

    bool isValid() const { return m_unit.isValid(); }
    const Decimal& value() const { return m_value; }
    const Unit& unit() const { return m_unit; }
    QString toString() const;
    QJsonObject toJson() const;

    /**
     * The same quantity in \a target. Decimal factors convert exactly; when the result does not end
     * (Pa to mmHg) it is rounded to \a resolution, or to six places more than the input has.
     */
    Result<Quantity> convertedTo(const Unit& target, std::optional<Decimal> resolution = std::nullopt) const;
    /** this − other, in this quantity's unit; an error names both units when their dimensions differ. */
    Result<Quantity> minus(const Quantity& other) const;
    Result<Quantity> plus(const Quantity& other) const;
    /** Compares in this quantity's unit. */
    Result<std::strong_ordering> compare(const Quantity& other) const;
    Quantity abs() const { return Quantity(m_value.abs(), m_unit); }
    Quantity scaled(const Decimal& factor) const;
    /** Value in the coherent SI unit, as a double for statistics and typed Boost.Units work. */
    double siValue() const;

    bool operator==(const Quantity& other) const { return m_unit == other.m_unit && m_value == other.m_value; }

private:
    Decimal m_value;
    Unit m_unit;
};

/** The error for two units of different dimensions, naming both. */
Error unitMismatch(const Unit& a, const Unit& b, const QString& field = QString());

} // namespace Etalon

Q_DECLARE_METATYPE(Etalon::Quantity)
