// SPDX-License-Identifier: Apache-2.0
#include "core/Decimal.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <system_error>

namespace Etalon {

namespace {

__extension__ typedef __int128 Int128;
constexpr std::int64_t MaxMantissa = 999'999'999'999'999'999LL; // 18 digits

Int128 pow10(int n)
{
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

bool fits(Int128 v)
{
    return v <= MaxMantissa && v >= -MaxMantissa;
}

Error overflow()
{
    return Error::badInput(QString(), QCoreApplication::translate("Etalon", "number too large (more than 18 digits)"),
                           QStringLiteral("number_too_large"));
}

// Divides rounding half away from zero.
Int128 divRound(Int128 num, Int128 den)
{
    Int128 q = num / den;
    Int128 r = num % den;
    if (r != 0) {
        Int128 twice = (r < 0 ? -r : r) * 2;
        Int128 aden = den < 0 ? -den : den;
        if (twice >= aden)
            q += ((num < 0) != (den < 0)) ? -1 : 1;
    }
    return q;
}

// Brings a wide mantissa into 18 digits by dropping decimal places (rounding), or fails.
Result<Decimal> narrow(Int128 m, int scale)
{
    while (scale > Decimal::MaxScale || (!fits(m) && scale > 0)) {
        // Drop exact trailing zeros first, then round.
        m = divRound(m, 10);
        --scale;
    }
    if (!fits(m))
        return fail(overflow());
    return Decimal(static_cast<std::int64_t>(m), scale);
}

} // namespace

Result<Decimal> Decimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        return fail(Error::badInput(QString(), QCoreApplication::translate("Etalon", "not a finite number")));
    // Shortest round-trip digits, e.g. "1.33322387415e+02": exact for factors such as 0.001.
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof(buf), value, std::chars_format::scientific);
    if (res.ec != std::errc())
        return fail(overflow());
    const std::string text(buf, res.ptr);
    const auto ePos = text.find('e');
    const int exponent = std::stoi(text.substr(ePos + 1));
    Int128 m = 0;
    int fraction = 0;
    bool afterPoint = false;
    for (std::size_t i = 0; i < ePos; ++i) {
        const char c = text[i];
        if (c == '.') {
            afterPoint = true;
        } else if (c >= '0' && c <= '9') {
            m = m * 10 + (c - '0');
            fraction += afterPoint ? 1 : 0;
        }
    }
    if (text[0] == '-')
        m = -m;
    int scale = fraction - exponent;
    if (scale < 0) {
        if (-scale > 18)
            return fail(overflow());
        m *= pow10(-scale);
        scale = 0;
    }
    return narrow(m, scale);
}

Result<Decimal> Decimal::parse(const QString& input, const QString& field)
{
    auto bad = [&](const QString& why) { return fail(Error::badInput(field, why, QStringLiteral("bad_number"))); };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return bad(QCoreApplication::translate("Etalon", "a number is required"));
    int i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    Int128 m = 0;
    int scale = 0;
    int digits = 0;
    bool seenSeparator = false;
    bool seenDigit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            if (digits > 0 || c != u'0')
                ++digits;
            if (digits > 18)
                return bad(QCoreApplication::translate("Etalon", "“%1” has more than 18 significant digits").arg(text));
            m = m * 10 + (c.unicode() - u'0');
            if (seenSeparator)
                ++scale;
            seenDigit = true;
        } else if ((c == u'.' || c == u',') && !seenSeparator) {
            seenSeparator = true;
        } else if (c == u'.' || c == u',') {
            return bad(QCoreApplication::translate("Etalon",
                                                   "“%1” has more than one decimal separator (digit grouping is "
                                                   "not accepted)")
                           .arg(text));
        } else {
            return bad(QCoreApplication::translate("Etalon", "“%1” is not a number").arg(text));
        }
    }
    if (!seenDigit)
        return bad(QCoreApplication::translate("Etalon", "“%1” is not a number").arg(text));
    if (scale > MaxScale)
        return bad(
            QCoreApplication::translate("Etalon", "“%1” has more than %2 decimal places").arg(text).arg(MaxScale));
    return Decimal(static_cast<std::int64_t>(negative ? -m : m), scale);
}

double Decimal::toDouble() const
{
    return double(m_mantissa) / double(pow10(m_scale));
}

QString Decimal::toString() const
{
    std::int64_t m = m_mantissa;
    const bool negative = m < 0;
    QString digits = QString::number(negative ? -m : m);
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits = QString(m_scale - digits.size() + 1, u'0') + digits;
        digits.insert(digits.size() - m_scale, u'.');
    }
    return negative ? QStringLiteral("-") + digits : digits;
}

std::optional<Decimal> Decimal::withScale(int scale) const
{
    if (scale <= m_scale)
        return *this;
    if (scale > MaxScale)
        return std::nullopt;
    const Int128 m = Int128(m_mantissa) * pow10(scale - m_scale);
    if (!fits(m))
        return std::nullopt;
    return Decimal(static_cast<std::int64_t>(m), scale);
}

Result<Decimal> Decimal::plus(const Decimal& other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const Int128 a = Int128(m_mantissa) * pow10(scale - m_scale);
    const Int128 b = Int128(other.m_mantissa) * pow10(scale - other.m_scale);
    return narrow(a + b, scale);
}

Result<Decimal> Decimal::minus(const Decimal& other) const
{
    return plus(-other);
}

Result<Decimal> Decimal::times(const Decimal& other) const
{
    return narrow(Int128(m_mantissa) * Int128(other.m_mantissa), m_scale + other.m_scale);
}

Result<Decimal> Decimal::dividedBy(const Decimal& other, bool* exact) const
{
    if (other.m_mantissa == 0)
        return fail(Error::badInput(QString(), QCoreApplication::translate("Etalon", "division by zero")));
    // Try increasing scales until the division is exact, up to MaxScale.
    for (int scale = 0; scale <= MaxScale; ++scale) {
        // value = a/10^sa / (b/10^sb) = a*10^(sb - sa + scale) / b / 10^scale
        const int shift = other.m_scale - m_scale + scale;
        Int128 num = Int128(m_mantissa);
        Int128 den = Int128(other.m_mantissa);
        if (shift >= 0) {
            if (shift > 36)
                continue;
            num *= pow10(shift);
        } else {
            den *= pow10(-shift);
        }
        if (num % den == 0 || scale == MaxScale) {
            if (exact)
                *exact = num % den == 0;
            return narrow(divRound(num, den), scale);
        }
    }
    return fail(overflow());
}

Decimal Decimal::rounded(int scale) const
{
    if (scale >= m_scale)
        return withScale(scale).value_or(*this);
    const Int128 m = divRound(Int128(m_mantissa), pow10(m_scale - scale));
    return Decimal(static_cast<std::int64_t>(m), scale);
}

Result<Decimal> Decimal::roundedToStep(const Decimal& step) const
{
    if (step.m_mantissa <= 0)
        return fail(
            Error::badInput(QString(), QCoreApplication::translate("Etalon", "rounding step must be positive")));
    auto ratio = dividedBy(step);
    if (!ratio)
        return ratio;
    const Decimal whole = ratio->rounded(0);
    auto r = whole.times(step);
    if (!r)
        return r;
    return r->rounded(step.m_scale);
}

Decimal Decimal::normalized() const
{
    std::int64_t m = m_mantissa;
    int s = m_scale;
    while (s > 0 && m % 10 == 0) {
        m /= 10;
        --s;
    }
    return Decimal(m, s);
}

std::strong_ordering Decimal::operator<=>(const Decimal& other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const Int128 a = Int128(m_mantissa) * pow10(scale - m_scale);
    const Int128 b = Int128(other.m_mantissa) * pow10(scale - other.m_scale);
    return a < b ? std::strong_ordering::less : (a > b ? std::strong_ordering::greater : std::strong_ordering::equal);
}

// The operators are for values known to be in range (table constants, test vectors).
Decimal operator+(const Decimal& a, const Decimal& b)
{
    auto r = a.plus(b);
    Q_ASSERT(r);
    return r.value_or(Decimal());
}

Decimal operator-(const Decimal& a, const Decimal& b)
{
    auto r = a.minus(b);
    Q_ASSERT(r);
    return r.value_or(Decimal());
}

Decimal operator*(const Decimal& a, const Decimal& b)
{
    auto r = a.times(b);
    Q_ASSERT(r);
    return r.value_or(Decimal());
}

} // namespace Etalon
