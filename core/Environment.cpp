// SPDX-License-Identifier: Apache-2.0
#include "core/Environment.h"

#include "core/Tr.h"

namespace Etalon {

namespace {

Result<std::optional<QString>> checkOne(const QJsonObject& limit, const QString& field,
                                        const std::optional<Quantity>& value)
{
    if (limit.isEmpty())
        return std::optional<QString>();
    const QString label = field == QStringLiteral("temperature") ? Tr::tr("temperature") : Tr::tr("humidity");
    const bool refuse =
        limit.value(QStringLiteral("action")).toString(QStringLiteral("refuse")) == QStringLiteral("refuse");
    // A missing condition is a warning: it can be added before the record is completed.
    if (!value)
        return std::optional<QString>(
            Tr::tr("the procedure sets limits for the %1, but it was not recorded").arg(label));
    for (const char* bound : {"min", "max"}) {
        const QString text = limit.value(QLatin1String(bound)).toString();
        if (text.isEmpty())
            continue;
        auto q = Quantity::parse(text, field);
        if (!q)
            return fail(q.error());
        auto cmp = value->compare(*q);
        if (!cmp)
            return fail(unitMismatch(value->unit(), q->unit(), field));
        const bool outside = QLatin1String(bound) == QLatin1String("min") ? *cmp == std::strong_ordering::less
                                                                          : *cmp == std::strong_ordering::greater;
        if (!outside)
            continue;
        const QString message = Tr::tr("the %1 %2 is outside the procedure's limits %3 to %4")
                                    .arg(label, value->toString(), limit.value(QStringLiteral("min")).toString(),
                                         limit.value(QStringLiteral("max")).toString());
        if (refuse)
            return fail(Error::refused(QStringLiteral("environment_out_of_limits"), message, field));
        return std::optional<QString>(message);
    }
    return std::optional<QString>();
}

/** \a value in \a unit; the caller checked the dimension, so this converts exactly. */
Decimal valueIn(const Quantity& value, const char* unit)
{
    const Unit target = UnitCatalog::instance().find(QString::fromUtf8(unit)).value();
    return value.convertedTo(target).value_or(value).value();
}

} // namespace

Status checkPlausibleConditions(const std::optional<Quantity>& temperature, const std::optional<Quantity>& humidity)
{
    if (temperature && valueIn(*temperature, "K").isNegative())
        return fail(Error::badInput(QStringLiteral("temperature"),
                                    Tr::tr("the temperature %1 is below absolute zero").arg(temperature->toString()),
                                    QStringLiteral("implausible_condition")));
    if (humidity) {
        const Decimal percent = valueIn(*humidity, "%RH");
        if (percent.isNegative() || percent > Decimal(100, 0))
            return fail(
                Error::badInput(QStringLiteral("humidity"),
                                Tr::tr("the relative humidity %1 is outside 0 to 100 %RH").arg(humidity->toString()),
                                QStringLiteral("implausible_condition")));
    }
    return {};
}

Result<QStringList> checkEnvironment(const QJsonObject& limits, const std::optional<Quantity>& temperature,
                                     const std::optional<Quantity>& humidity)
{
    QStringList warnings;
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("temperature"), temperature}, std::pair{QStringLiteral("humidity"), humidity}}) {
        auto w = checkOne(limits.value(key).toObject(), key, value);
        if (!w)
            return fail(w.error());
        if (*w)
            warnings.append(**w);
    }
    return warnings;
}

Result<std::optional<Quantity>> typedCondition(const QString& text, const QString& field)
{
    if (text.trimmed().isEmpty())
        return std::optional<Quantity>();
    const char* symbol = field == QStringLiteral("humidity") ? "%RH" : "°C";
    auto unit = UnitCatalog::instance().find(QString::fromUtf8(symbol), field);
    if (!unit)
        return fail(unit.error());
    auto q = Quantity::parse(text, std::optional<Unit>(*unit), field);
    if (!q)
        return fail(q.error());
    return std::optional<Quantity>(*q);
}

} // namespace Etalon
