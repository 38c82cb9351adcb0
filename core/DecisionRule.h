// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Decimal.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Etalon {

/**
 * How a conformity decision is made (ILAC-G8:09/2019): simple acceptance, guard-banded acceptance with a
 * guard band w = factor × U, or the OIML R 111 rule for weights (U ≤ δm/3, then |error| ≤ δm − U).
 */
struct DecisionRule
{
    enum class Kind { Simple, GuardBanded, OimlR111 };
    Kind kind = Kind::Simple;
    Decimal guardFactor{1, 0}; ///< w = guardFactor × U
    bool reportConditional = false; ///< say "pass, but within U of the limit"

    static Result<DecisionRule> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    /** The statement of the rule in the installed language, for the screen. */
    QString statement() const;
    /** The statement in Vietnamese and in English, for a certificate in its own language whatever the screen's. */
    std::pair<QString, QString> statements() const;
    QString name() const;
};

/** A conformity decision and what decided it. */
struct Decision
{
    enum class Outcome { Pass, Fail, ConditionalPass, ConditionalFail, Inadequate };
    Outcome outcome = Outcome::Pass;
    QString rule; ///< the rule's name
    QString explanation;

    bool passes() const { return outcome == Outcome::Pass || outcome == Outcome::ConditionalPass; }
    QString outcomeName() const;
};

/**
 * Decides |error| against a symmetric tolerance ±\a mpe with the expanded uncertainty \a u (all in one
 * unit, exact decimals so the boundary is exact).
 */
Decision decide(const DecisionRule& rule, const Decimal& error, const Decimal& mpe, const std::optional<Decimal>& u);

/** Test accuracy ratio: the MPE over the reference standard's expanded uncertainty (or accuracy). */
std::optional<double> testAccuracyRatio(double mpe, double standardExpandedUncertainty);
/** Test uncertainty ratio (ANSI/NCSL Z540.3): tolerance span 2·MPE over 2·U of the whole measurement. */
std::optional<double> testUncertaintyRatio(double mpe, double measurementExpandedUncertainty);

} // namespace Etalon
