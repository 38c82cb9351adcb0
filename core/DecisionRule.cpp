// SPDX-License-Identifier: Apache-2.0
#include "core/DecisionRule.h"

#include "core/Tr.h"

#include <cmath>

namespace Etalon {

Result<DecisionRule> DecisionRule::fromJson(const QJsonObject& json)
{
    DecisionRule rule;
    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("simple"));
    if (kind == QStringLiteral("simple"))
        rule.kind = Kind::Simple;
    else if (kind == QStringLiteral("guard-banded"))
        rule.kind = Kind::GuardBanded;
    else if (kind == QStringLiteral("oiml-r111"))
        rule.kind = Kind::OimlR111;
    else
        return fail(Error::badInput(QStringLiteral("decision_rule"), Tr::tr("unknown decision rule “%1”").arg(kind)));
    if (json.contains(QStringLiteral("guard_factor"))) {
        auto f = Decimal::parse(json.value(QStringLiteral("guard_factor")).toString(), QStringLiteral("guard_factor"));
        if (!f)
            return fail(f.error());
        if (f->isNegative())
            return fail(Error::badInput(QStringLiteral("guard_factor"), Tr::tr("the guard band cannot be negative")));
        rule.guardFactor = *f;
    }
    rule.reportConditional = json.value(QStringLiteral("conditional")).toBool(false);
    return rule;
}

QJsonObject DecisionRule::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), name()}, {QStringLiteral("conditional"), reportConditional}};
    if (kind == Kind::GuardBanded)
        json.insert(QStringLiteral("guard_factor"), guardFactor.toString());
    return json;
}

QString DecisionRule::name() const
{
    switch (kind) {
    case Kind::Simple:
        return QStringLiteral("simple");
    case Kind::GuardBanded:
        return QStringLiteral("guard-banded");
    case Kind::OimlR111:
        return QStringLiteral("oiml-r111");
    }
    return {};
}

QString DecisionRule::statement() const
{
    switch (kind) {
    case Kind::Simple:
        return Tr::tr("Simple acceptance (ILAC-G8:09/2019 4.2.1): a result conforms when its error lies within the "
                      "maximum permissible error; the measurement uncertainty is not deducted.");
    case Kind::GuardBanded:
        return Tr::tr("Guarded acceptance (ILAC-G8:09/2019 4.2.2): a result conforms when its error lies within the "
                      "maximum permissible error reduced by a guard band w = %1 × U.")
            .arg(guardFactor.toString());
    case Kind::OimlR111:
        return Tr::tr("OIML R 111-1: the expanded uncertainty U (k = 2) may not exceed one third of the maximum "
                      "permissible error δm, and the conventional mass conforms when |m − m₀| ≤ δm − U.");
    }
    return {};
}

std::pair<QString, QString> DecisionRule::statements() const
{
    switch (kind) {
    case Kind::Simple:
        return {QStringLiteral("Chấp nhận đơn giản (ILAC-G8:09/2019 4.2.1): kết quả phù hợp khi sai số nằm trong "
                               "giới hạn sai số lớn nhất cho phép; không trừ độ không đảm bảo đo."),
                QStringLiteral("Simple acceptance (ILAC-G8:09/2019 4.2.1): a result conforms when its error lies "
                               "within the maximum permissible error; the measurement uncertainty is not deducted.")};
    case Kind::GuardBanded:
        return {QStringLiteral("Chấp nhận có dải bảo vệ (ILAC-G8:09/2019 4.2.2): kết quả phù hợp khi sai số nằm trong "
                               "giới hạn sai số lớn nhất cho phép trừ đi dải bảo vệ w = %1 × U.")
                    .arg(QString(guardFactor.toString()).replace(u'.', u',')),
                QStringLiteral("Guarded acceptance (ILAC-G8:09/2019 4.2.2): a result conforms when its error lies "
                               "within the maximum permissible error reduced by a guard band w = %1 × U.")
                    .arg(guardFactor.toString())};
    case Kind::OimlR111:
        return {QStringLiteral("OIML R 111-1: độ không đảm bảo đo mở rộng U (k = 2) không vượt quá một phần ba sai số "
                               "lớn nhất cho phép δm, và khối lượng quy ước phù hợp khi |m − m₀| ≤ δm − U."),
                QStringLiteral("OIML R 111-1: the expanded uncertainty U (k = 2) may not exceed one third of the "
                               "maximum permissible error δm, and the conventional mass conforms when |m − m₀| ≤ "
                               "δm − U.")};
    }
    return {};
}

QString Decision::outcomeName() const
{
    switch (outcome) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Fail:
        return QStringLiteral("fail");
    case Outcome::ConditionalPass:
        return QStringLiteral("conditional-pass");
    case Outcome::ConditionalFail:
        return QStringLiteral("conditional-fail");
    case Outcome::Inadequate:
        return QStringLiteral("inadequate");
    }
    return {};
}

Decision decide(const DecisionRule& rule, const Decimal& error, const Decimal& mpe, const std::optional<Decimal>& u)
{
    Decision d;
    d.rule = rule.name();
    const Decimal e = error.abs();
    const Decimal limit = mpe.abs();
    const Decimal uncertainty = u.value_or(Decimal());
    switch (rule.kind) {
    case DecisionRule::Kind::OimlR111: {
        if (!u || uncertainty * Decimal(3, 0) > limit) {
            d.outcome = Decision::Outcome::Inadequate;
            d.explanation = Tr::tr("U exceeds δm/3: no verdict");
            return d;
        }
        const bool pass = !(e > limit - uncertainty);
        d.outcome = pass ? Decision::Outcome::Pass : Decision::Outcome::Fail;
        d.explanation = pass ? Tr::tr("|error| ≤ δm − U") : Tr::tr("|error| > δm − U");
        return d;
    }
    case DecisionRule::Kind::GuardBanded: {
        const Decimal w = rule.guardFactor * uncertainty;
        const Decimal acceptance = limit - w;
        if (!(e > acceptance)) {
            d.outcome = Decision::Outcome::Pass;
            d.explanation = Tr::tr("|error| within the acceptance limit MPE − w = %1").arg(acceptance.toString());
        } else if (rule.reportConditional && !(e > limit)) {
            d.outcome = Decision::Outcome::ConditionalFail;
            d.explanation = Tr::tr("|error| within the MPE but inside the guard band w = %1").arg(w.toString());
        } else {
            d.outcome = Decision::Outcome::Fail;
            d.explanation = Tr::tr("|error| beyond the acceptance limit MPE − w = %1").arg(acceptance.toString());
        }
        return d;
    }
    case DecisionRule::Kind::Simple: {
        const bool pass = !(e > limit);
        d.outcome = pass ? Decision::Outcome::Pass : Decision::Outcome::Fail;
        d.explanation = pass ? Tr::tr("|error| ≤ MPE") : Tr::tr("|error| > MPE");
        if (rule.reportConditional && u) {
            // ILAC-G8 7: a result whose uncertainty interval straddles the limit is stated as conditional.
            if (pass && e + uncertainty > limit) {
                d.outcome = Decision::Outcome::ConditionalPass;
                d.explanation = Tr::tr("pass, but within U of the limit");
            } else if (!pass && !(e - uncertainty > limit)) {
                d.outcome = Decision::Outcome::ConditionalFail;
                d.explanation = Tr::tr("fail, but within U of the limit");
            }
        }
        return d;
    }
    }
    return d;
}

std::optional<double> testAccuracyRatio(double mpe, double standardExpandedUncertainty)
{
    if (!(standardExpandedUncertainty > 0))
        return std::nullopt;
    return std::abs(mpe) / standardExpandedUncertainty;
}

std::optional<double> testUncertaintyRatio(double mpe, double measurementExpandedUncertainty)
{
    if (!(measurementExpandedUncertainty > 0))
        return std::nullopt;
    return (2 * std::abs(mpe)) / (2 * measurementExpandedUncertainty);
}

} // namespace Etalon
