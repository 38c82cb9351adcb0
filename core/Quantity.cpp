// SPDX-License-Identifier: Apache-2.0
#include "core/Quantity.h"

#include "core/Tr.h"

#include <QCoreApplication>

namespace Etalon {

namespace {

bool isNumberChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'.' || c == u',' || c == u'-' || c == u'+';
}

} // namespace

Error unitMismatch(const Unit& a, const Unit& b, const QString& field)
{
    return Error::badInput(field,
                           Tr::tr("unit mismatch: %1 (%2) cannot be compared with %3 (%4)")
                               .arg(a.symbol(), a.quantityName(), b.symbol(), b.quantityName()),
                           QStringLiteral("unit_mismatch"));
}

Result<Quantity> Quantity::parse(const QString& input, const QString& field)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(Error::badInput(field, Tr::tr("a quantity with its unit is required, e.g. “10 kg”")));
    int split = 0;
    while (split < text.size() && isNumberChar(text[split]))
        ++split;
    const QString number = text.left(split).trimmed();
    const QString symbol = text.mid(split).trimmed();
    if (number.isEmpty())
        return fail(Error::badInput(field, Tr::tr("“%1” does not start with a number").arg(text),
                                    QStringLiteral("bad_number")));
    auto value = Decimal::parse(number, field);
    if (!value)
        return fail(value.error());
    if (symbol.isEmpty())
        return fail(Error::badInput(field, Tr::tr("“%1” has no unit").arg(text), QStringLiteral("missing_unit")));
    auto unit = UnitCatalog::instance().find(symbol, field);
    if (!unit)
        return fail(unit.error());
    return Quantity(*value, *unit);
}

Result<Quantity> Quantity::parse(const QString& text, const std::optional<Unit>& bareUnit, const QString& field)
{
    auto q = parse(text, field);
    if (q || !bareUnit || q.error().code != QStringLiteral("missing_unit"))
        return q;
    return parse(text.trimmed() + u' ' + bareUnit->symbol(), field);
}

Result<Quantity> Quantity::fromJson(const QJsonObject& json, const QString& field)
{
    const QString value = json.value(QStringLiteral("value")).toString();
    const QString unit = json.value(QStringLiteral("unit")).toString();
    return parse(value + u' ' + unit, field);
}

QString Quantity::toString() const
{
    return m_value.toString() + u' ' + m_unit.symbol();
}

QJsonObject Quantity::toJson() const
{
    return QJsonObject{{QStringLiteral("value"), m_value.toString()}, {QStringLiteral("unit"), m_unit.symbol()}};
}

Result<Quantity> Quantity::parseDifference(const QString& text, const QString& field)
{
    auto q = parse(text, field);
    if (!q)
        return q;
    return q->asDifference();
}

Result<Quantity> Quantity::differenceFromJson(const QJsonObject& json, const QString& field)
{
    auto q = fromJson(json, field);
    if (!q)
        return q;
    return q->asDifference();
}

Result<Quantity> Quantity::convertedTo(const Unit& target, std::optional<Decimal> resolution) const
{
    return convertedTo(target, resolution, !m_difference);
}

Result<Quantity> Quantity::convertedTo(const Unit& target, std::optional<Decimal> resolution, bool withOffsets) const
{
    if (m_unit == target)
        return resolution ? withValue(m_value.roundedToStep(*resolution).value_or(m_value)) : *this;
    if (!m_unit.isCompatibleWith(target))
        return fail(unitMismatch(m_unit, target));
    // target = (v·F/D + O − Oₜ)·Dₜ/Fₜ, computed as one exact fraction so that only the final division rounds.
    // A difference has no offset: 1 °C of difference is 1 K.
    auto scaled = m_value.times(m_unit.factor());
    auto offsets = withOffsets ? m_unit.offset().minus(target.offset()) : Result<Decimal>(Decimal());
    if (!scaled || !offsets)
        return fail(!scaled ? scaled.error() : offsets.error());
    auto shifted = offsets->times(m_unit.factorDivisor());
    if (!shifted)
        return fail(shifted.error());
    auto numerator = scaled->plus(*shifted);
    if (!numerator)
        return fail(numerator.error());
    numerator = numerator->times(target.factorDivisor());
    auto denominator = m_unit.factorDivisor().times(target.factor());
    if (!numerator || !denominator)
        return fail(!numerator ? numerator.error() : denominator.error());
    bool exact = true;
    auto converted = numerator->dividedBy(*denominator, &exact);
    if (!converted)
        return fail(converted.error());
    Decimal result = *converted;
    if (resolution) {
        auto r = result.roundedToStep(*resolution);
        if (!r)
            return fail(r.error());
        result = *r;
    } else if (!exact) {
        result = result.rounded(std::min(Decimal::MaxScale, m_value.scale() + 6)).normalized();
    }
    Quantity out(result, target);
    out.m_difference = m_difference;
    return out;
}

Result<Quantity> Quantity::minus(const Quantity& other) const
{
    if (!m_unit.isCompatibleWith(other.m_unit))
        return fail(unitMismatch(other.m_unit, m_unit));
    // Two absolute values convert with their offsets and leave a difference; a difference subtracted from
    // anything converts without them.
    const bool bothAbsolute = !m_difference && !other.m_difference;
    auto o = other.convertedTo(m_unit, std::nullopt, bothAbsolute);
    if (!o)
        return o;
    auto v = m_value.minus(o->value());
    if (!v)
        return fail(v.error());
    return bothAbsolute ? difference(*v, m_unit) : withValue(*v);
}

Result<Quantity> Quantity::plus(const Quantity& other) const
{
    auto o = other.convertedTo(m_unit, std::nullopt, false);
    if (!o)
        return fail(m_unit.isCompatibleWith(other.m_unit) ? o.error() : unitMismatch(other.m_unit, m_unit));
    auto v = m_value.plus(o->value());
    if (!v)
        return fail(v.error());
    // An interval added to an absolute value, in either order, gives an absolute value.
    Quantity out(*v, m_unit);
    out.m_difference = m_difference && other.m_difference;
    return out;
}

Result<std::strong_ordering> Quantity::compare(const Quantity& other) const
{
    if (!m_unit.isCompatibleWith(other.m_unit))
        return fail(unitMismatch(other.m_unit, m_unit));
    if (m_unit == other.m_unit)
        return m_value <=> other.m_value;
    const bool withOffsets = !m_difference && !other.m_difference;
    // Compare (v·F + O·D) of each side, cross-multiplied by the other's divisor: nothing is rounded.
    auto side = [withOffsets](const Quantity& a, const Unit& other) {
        const Decimal offset = withOffsets ? a.m_unit.offset() * a.m_unit.factorDivisor() : Decimal();
        return (a.m_value * a.m_unit.factor() + offset) * other.factorDivisor();
    };
    return side(*this, other.m_unit) <=> side(other, m_unit);
}

Quantity Quantity::scaled(const Decimal& factor) const
{
    return withValue(m_value.times(factor).value_or(m_value));
}

double Quantity::siValue() const
{
    const double scaled = m_value.toDouble() * m_unit.factor().toDouble() / m_unit.factorDivisor().toDouble();
    return m_difference ? scaled : scaled + m_unit.offset().toDouble();
}

} // namespace Etalon
