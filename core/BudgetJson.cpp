// SPDX-License-Identifier: Apache-2.0
#include "core/BudgetJson.h"

#include "core/Quantity.h"
#include "core/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Etalon::BudgetJson {

namespace {

Error fieldError(const QString& contribution, const QString& field, const QString& message)
{
    const QString where = contribution.isEmpty() ? field : QStringLiteral("%1.%2").arg(contribution, field);
    const QString text = contribution.isEmpty() ? Tr::tr("%1: %2").arg(field, message)
                                                : Tr::tr("contribution “%1”, %2: %3").arg(contribution, field, message);
    return Error::badInput(where, text, QStringLiteral("bad_budget"));
}

// A number field: absent or null gives nullopt; anything else must be a finite number.
Result<std::optional<double>> number(const QJsonObject& o, const char* key, const QString& owner)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::optional<double>();
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return fail(fieldError(owner, QString::fromLatin1(key), Tr::tr("must be a number")));
    return std::optional<double>(v.toDouble());
}

// A misspelt key ("sensitivty") would silently leave its default: every key must be one the calculator knows.
Status knownKeys(const QJsonObject& o, std::initializer_list<const char*> keys, const QString& owner)
{
    for (const QString& key : o.keys()) {
        bool known = false;
        for (const char* k : keys)
            known = known || key == QLatin1String(k);
        if (!known) {
            QStringList names;
            for (const char* k : keys)
                names.append(QString::fromLatin1(k));
            return fail(fieldError(owner, key, Tr::tr("unknown key (known keys: %1)").arg(names.join(u", "))));
        }
    }
    return {};
}

// A contribution given in another unit of the measurand's quantity (0.02 K for a result in °C) is converted as
// a difference: only the factor applies, never the offset of the temperature scales.
Status convertToMeasurandUnit(Contribution& c, const QString& unitSymbol, const QString& measurandUnit)
{
    if (unitSymbol.isEmpty() || unitSymbol == measurandUnit)
        return {};
    auto from = UnitCatalog::instance().find(unitSymbol, QStringLiteral("unit"));
    if (!from)
        return fail(fieldError(c.name, QStringLiteral("unit"), from.error().message));
    auto to = UnitCatalog::instance().find(measurandUnit, QStringLiteral("unit"));
    if (!to)
        return fail(fieldError(QString(), QStringLiteral("unit"), to.error().message));
    if (!from->isCompatibleWith(*to))
        return fail(fieldError(c.name, QStringLiteral("unit"),
                               Tr::tr("%1 is not a unit of the measurand's quantity (%2): give the contribution in the "
                                      "measurand's unit with its sensitivity coefficient")
                                   .arg(unitSymbol, measurandUnit)));
    auto one = Quantity::difference(Decimal(1, 0), *from).convertedTo(*to);
    if (!one)
        return fail(fieldError(c.name, QStringLiteral("unit"), one.error().message));
    const double factor = one->value().toDouble();
    c.value *= factor;
    for (double& x : c.observations)
        x *= factor;
    if (c.pooledSd)
        *c.pooledSd *= factor;
    return {};
}

Result<Distribution> distribution(const QString& name, const QString& owner)
{
    if (name == QStringLiteral("rectangular") || name == QStringLiteral("uniform"))
        return Distribution::Rectangular;
    if (name == QStringLiteral("triangular"))
        return Distribution::Triangular;
    if (name == QStringLiteral("arcsine") || name == QStringLiteral("u-shaped"))
        return Distribution::UShaped;
    if (name == QStringLiteral("normal"))
        return Distribution::Normal;
    return fail(fieldError(owner, QStringLiteral("distribution"),
                           Tr::tr("unknown distribution “%1” (rectangular, triangular, arcsine, normal)").arg(name)));
}

#define ETALON_NUMBER(var, object, key, owner) \
    auto var = number(object, key, owner);     \
    if (!var)                                  \
        return fail(var.error());

Result<Contribution> readContribution(const QJsonObject& o, int index)
{
    Contribution c;
    c.name = o.value(QStringLiteral("name")).toString();
    if (c.name.trimmed().isEmpty())
        c.name = Tr::tr("#%1").arg(index + 1);
    const QString& n = c.name;
    ETALON_TRY(knownKeys(o,
                         {"name", "standard_uncertainty", "expanded", "half_width", "observations", "k",
                          "coverage_probability", "dof", "sensitivity", "reliability", "pooled_sd", "pooled_dof",
                          "distribution", "unit"},
                         n));
    ETALON_NUMBER(standard, o, "standard_uncertainty", n);
    ETALON_NUMBER(expanded, o, "expanded", n);
    ETALON_NUMBER(halfWidth, o, "half_width", n);
    ETALON_NUMBER(k, o, "k", n);
    ETALON_NUMBER(p, o, "coverage_probability", n);
    ETALON_NUMBER(dof, o, "dof", n);
    ETALON_NUMBER(sensitivity, o, "sensitivity", n);
    ETALON_NUMBER(reliability, o, "reliability", n);
    ETALON_NUMBER(pooledSd, o, "pooled_sd", n);
    ETALON_NUMBER(pooledDof, o, "pooled_dof", n);
    const bool observations = o.contains(QStringLiteral("observations"));
    const int given =
        int(standard->has_value()) + int(expanded->has_value()) + int(halfWidth->has_value()) + int(observations);
    if (given != 1)
        return fail(
            fieldError(n, QStringLiteral("standard_uncertainty"),
                       Tr::tr("give exactly one of standard_uncertainty, expanded, half_width or observations")));
    for (const auto& [value, field] : {std::pair{*standard, "standard_uncertainty"}, std::pair{*expanded, "expanded"},
                                       std::pair{*halfWidth, "half_width"}, std::pair{*pooledSd, "pooled_sd"}}) {
        if (value && *value < 0)
            return fail(fieldError(n, QString::fromLatin1(field), Tr::tr("an uncertainty cannot be negative")));
    }
    if (*k && **k < 1)
        return fail(fieldError(n, QStringLiteral("k"), Tr::tr("k must be at least 1")));
    if (*p && !(**p > 0 && **p < 1))
        return fail(fieldError(n, QStringLiteral("coverage_probability"), Tr::tr("must lie strictly between 0 and 1")));
    if (*dof && !(**dof > 0))
        return fail(fieldError(n, QStringLiteral("dof"), Tr::tr("degrees of freedom must be positive")));
    c.sensitivity = sensitivity->value_or(1.0);
    c.dof = *dof;
    c.relativeReliability = *reliability;
    if (*standard) {
        c.kind = Contribution::Kind::Standard;
        c.value = **standard;
    } else if (*expanded) {
        c.kind = Contribution::Kind::Expanded;
        c.value = **expanded;
        if (!*k && !*p)
            return fail(fieldError(n, QStringLiteral("k"),
                                   Tr::tr("an expanded uncertainty needs its k or its coverage_probability")));
        c.k = k->value_or(2.0);
        c.coverageProbability = *p;
    } else if (*halfWidth) {
        c.kind = Contribution::Kind::HalfWidth;
        c.value = **halfWidth;
        auto d = distribution(o.value(QStringLiteral("distribution")).toString(QStringLiteral("rectangular")), n);
        if (!d)
            return fail(d.error());
        c.distribution = *d;
        if (c.distribution == Distribution::Normal && !*k)
            return fail(fieldError(n, QStringLiteral("k"), Tr::tr("a normal half-width needs its k")));
        c.k = k->value_or(1.0);
    } else {
        c.kind = Contribution::Kind::Observations;
        const QJsonValue list = o.value(QStringLiteral("observations"));
        if (!list.isArray())
            return fail(fieldError(n, QStringLiteral("observations"), Tr::tr("must be a list of numbers")));
        for (const QJsonValue& v : list.toArray()) {
            if (!v.isDouble() || !std::isfinite(v.toDouble()))
                return fail(fieldError(n, QStringLiteral("observations"), Tr::tr("must be a list of numbers")));
            c.observations.append(v.toDouble());
        }
        const int needed = *pooledSd ? 1 : 2;
        if (c.observations.size() < needed)
            return fail(fieldError(n, QStringLiteral("observations"),
                                   Tr::tr("at least %1 observations are needed").arg(needed)));
        c.pooledSd = *pooledSd;
        c.pooledDof = *pooledDof;
    }
    return c;
}

} // namespace

Result<Budget> read(const QJsonObject& json)
{
    ETALON_TRY(
        knownKeys(json, {"measurand", "unit", "estimate", "coverage_probability", "k", "contributions", "correlations"},
                  QString()));
    Budget b;
    b.measurand = json.value(QStringLiteral("measurand")).toString();
    b.unit = json.value(QStringLiteral("unit")).toString();
    ETALON_NUMBER(estimate, json, "estimate", QString());
    ETALON_NUMBER(p, json, "coverage_probability", QString());
    ETALON_NUMBER(k, json, "k", QString());
    b.estimate = *estimate;
    if (*p && *k)
        return fail(
            fieldError(QString(), QStringLiteral("k"), Tr::tr("give either k or coverage_probability, not both")));
    if (*p && !(**p > 0 && **p < 1))
        return fail(
            fieldError(QString(), QStringLiteral("coverage_probability"), Tr::tr("must lie strictly between 0 and 1")));
    if (*k && **k < 1)
        return fail(fieldError(QString(), QStringLiteral("k"), Tr::tr("k must be at least 1")));
    b.coverageProbability = p->value_or(0.9545);
    b.fixedK = *k;
    const QJsonValue list = json.value(QStringLiteral("contributions"));
    if (!list.isArray() || list.toArray().isEmpty())
        return fail(fieldError(QString(), QStringLiteral("contributions"),
                               Tr::tr("a non-empty list of contributions is required")));
    const QJsonArray array = list.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array[i].isObject())
            return fail(
                fieldError(Tr::tr("#%1").arg(i + 1), QStringLiteral("contributions"), Tr::tr("must be an object")));
        auto c = readContribution(array[i].toObject(), i);
        if (!c)
            return fail(c.error());
        ETALON_TRY(convertToMeasurandUnit(*c, array[i].toObject().value(QStringLiteral("unit")).toString(), b.unit));
        b.contributions.append(*c);
    }
    for (const QJsonValue& v : json.value(QStringLiteral("correlations")).toArray()) {
        const QJsonObject o = v.toObject();
        ETALON_TRY(knownKeys(o, {"a", "b", "r"}, QStringLiteral("correlations")));
        Correlation cor;
        cor.a = -1;
        cor.b = -1;
        for (int i = 0; i < b.contributions.size(); ++i) {
            if (b.contributions[i].name == o.value(QStringLiteral("a")).toString())
                cor.a = i;
            if (b.contributions[i].name == o.value(QStringLiteral("b")).toString())
                cor.b = i;
        }
        cor.r = o.value(QStringLiteral("r")).toDouble(2);
        if (cor.a < 0 || cor.b < 0 || cor.a == cor.b)
            return fail(fieldError(QString(), QStringLiteral("correlations"),
                                   Tr::tr("a correlation names two contributions by name")));
        if (!(cor.r >= -1 && cor.r <= 1))
            return fail(fieldError(QString(), QStringLiteral("correlations"), Tr::tr("r lies between −1 and 1")));
        b.correlations.append(cor);
    }
    return b;
}

Result<Budget> parse(const QByteArray& text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            Error::badInput(QStringLiteral("file"),
                            Tr::tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()),
                            QStringLiteral("bad_json")));
    if (!doc.isObject())
        return fail(Error::badInput(QStringLiteral("file"), Tr::tr("the budget must be a JSON object"),
                                    QStringLiteral("bad_json")));
    return read(doc.object());
}

QJsonObject write(const Budget& budget, const BudgetResult& result)
{
    auto optional = [](const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
    QJsonArray contributions;
    for (const ContributionResult& c : result.contributions)
        contributions.append(QJsonObject{{QStringLiteral("name"), c.name},
                                         {QStringLiteral("standard_uncertainty"), c.standardUncertainty},
                                         {QStringLiteral("sensitivity"), c.sensitivity},
                                         {QStringLiteral("contribution"), c.contribution},
                                         {QStringLiteral("dof"), optional(c.dof)},
                                         {QStringLiteral("share"), c.share},
                                         {QStringLiteral("mean"), optional(c.mean)},
                                         {QStringLiteral("experimental_sd"), optional(c.experimentalSd)}});
    return {
        {QStringLiteral("measurand"), budget.measurand},
        {QStringLiteral("unit"), budget.unit},
        {QStringLiteral("estimate"), optional(budget.estimate)},
        {QStringLiteral("contributions"), contributions},
        {QStringLiteral("combined_standard_uncertainty"), result.combined},
        {QStringLiteral("effective_dof"), optional(result.effectiveDof)},
        {QStringLiteral("effective_dof_used"),
         result.effectiveDofUsed ? QJsonValue(*result.effectiveDofUsed) : QJsonValue()},
        {QStringLiteral("coverage_factor"), result.coverageFactor},
        {QStringLiteral("coverage_probability"), result.fixedK ? QJsonValue() : QJsonValue(result.coverageProbability)},
        {QStringLiteral("k_basis"),
         result.fixedK ? QStringLiteral("fixed")
                       : (result.kFromDof ? QStringLiteral("t(effective_dof)") : QStringLiteral("EA-4/02 5.2"))},
        {QStringLiteral("expanded_uncertainty"), result.expanded},
        {QStringLiteral("expanded_uncertainty_rounded"), result.expandedRounded.toString()},
        {QStringLiteral("estimate_rounded"),
         result.estimateRounded ? QJsonValue(result.estimateRounded->toString()) : QJsonValue()},
        {QStringLiteral("result"), result.resultText}};
}

} // namespace Etalon::BudgetJson
