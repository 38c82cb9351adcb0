// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QMetaType>
#include <QString>

#include <compare>
#include <cstdint>

namespace Etalon {

/**
 * An exact decimal number: an integer mantissa and a count of decimal places.
 *
 * Readings are kept as the digits the user typed, so 10.010 − 10.000 is exactly 0.010 and a comparison
 * with an MPE at its boundary is exact. The scale is kept (10.010 prints as "10.010").
 */
class Decimal final
{
public:
    static constexpr int MaxScale = 18;

    constexpr Decimal() = default;
    constexpr Decimal(std::int64_t mantissa, int scale)
        : m_mantissa(mantissa)
        , m_scale(scale)
    {
    }
    static Decimal fromInt(std::int64_t value) { return Decimal(value, 0); }
    /** The shortest decimal that reads back as \a value: 0.001 stays 0.001. */
    static Result<Decimal> fromDouble(double value);
    /**
     * Parses "12", "-0.5", "10,5" (comma or point as the decimal separator; no digit grouping, no
     * exponent). \a field names the input in the error.
     */
    static Result<Decimal> parse(const QString& text, const QString& field = QString());

    std::int64_t mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }
    double toDouble() const;
    /** Plain notation keeping the scale, with '.' as separator. */
    QString toString() const;

    Decimal abs() const { return Decimal(m_mantissa < 0 ? -m_mantissa : m_mantissa, m_scale); }
    Decimal operator-() const { return Decimal(-m_mantissa, m_scale); }
    /** Sum; fails only on overflow of 18 digits. */
    Result<Decimal> plus(const Decimal& other) const;
    Result<Decimal> minus(const Decimal& other) const;
    Result<Decimal> times(const Decimal& other) const;
    /** Quotient: exact when representable, else rounded half away from zero to MaxScale places. */
    Result<Decimal> dividedBy(const Decimal& other, bool* exact = nullptr) const;
    /** Rounded half away from zero to \a scale decimal places (a larger scale only pads). */
    Decimal rounded(int scale) const;
    /** Rounded half away from zero to a multiple of \a step (e.g. a resolution of 0.5). */
    Result<Decimal> roundedToStep(const Decimal& step) const;
    /** Without trailing zeros after the decimal point. */
    Decimal normalized() const;
    /** Same value with at least \a scale places, when it fits. */
    std::optional<Decimal> withScale(int scale) const;

    std::strong_ordering operator<=>(const Decimal& other) const;
    bool operator==(const Decimal& other) const { return (*this <=> other) == std::strong_ordering::equal; }

private:
    std::int64_t m_mantissa = 0;
    int m_scale = 0;
};

Decimal operator+(const Decimal& a, const Decimal& b);
Decimal operator-(const Decimal& a, const Decimal& b);
Decimal operator*(const Decimal& a, const Decimal& b);

} // namespace Etalon

Q_DECLARE_METATYPE(Etalon::Decimal)
