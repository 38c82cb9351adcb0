// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Decimal.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Etalon {

/** How a Type B half-width is spread (GUM 4.3.7–4.3.9). */
enum class Distribution { Normal, Rectangular, Triangular, UShaped };

/**
 * One input to an uncertainty budget, given in one of four ways: a standard uncertainty; an expanded
 * uncertainty with its k, or with the coverage probability and degrees of freedom it was stated at; a
 * half-width with a distribution; or repeated observations (Type A).
 */
struct Contribution
{
    enum class Kind { Standard, Expanded, HalfWidth, Observations };

    QString name;
    Kind kind = Kind::Standard;
    double value = 0; ///< u, U or the half-width a
    double k = 2; ///< divisor of U (Expanded without a probability) or of a (HalfWidth, Normal)
    std::optional<double> coverageProbability; ///< U stated at this probability with `dof`
    Distribution distribution = Distribution::Rectangular;
    QList<double> observations;
    std::optional<double> pooledSd; ///< a pooled standard deviation replaces the observations' own
    std::optional<double> pooledDof;
    double sensitivity = 1;
    std::optional<double> dof; ///< absent: infinite (observations: n − 1)
    std::optional<double> relativeReliability; ///< Δu/u, giving ν = ½ (Δu/u)⁻² (GUM G.4.2)
};

struct Correlation
{
    int a = 0; ///< index of the first contribution
    int b = 0;
    double r = 0;
};

/** A measurand, its estimate and what contributes to its uncertainty. */
struct Budget
{
    QString measurand;
    QString unit;
    std::optional<double> estimate;
    QList<Contribution> contributions;
    QList<Correlation> correlations;
    double coverageProbability = 0.9545;
    std::optional<double> fixedK; ///< overrides the t-distribution
    /**
     * EA-4/02 M:2022 §5.2–5.3 instead of GUM G.4: k = 2 unless a Type A input rests on fewer than ten observations,
     * then Student's t at 95.45 % with ν_eff (EA-4/02 Annex E). How a calibration point's U is expanded.
     */
    bool ea402Coverage = false;
};

struct ContributionResult
{
    QString name;
    double standardUncertainty = 0; ///< u(xᵢ), in the input's unit
    double sensitivity = 1;
    double contribution = 0; ///< |cᵢ·u(xᵢ)|, in the measurand's unit
    std::optional<double> dof; ///< absent: infinite
    double share = 0; ///< (cᵢuᵢ)² / Σ(cⱼuⱼ)²
    std::optional<double> mean; ///< Type A: mean of the observations
    std::optional<double> experimentalSd; ///< Type A: s
};

struct BudgetResult
{
    QList<ContributionResult> contributions;
    double combined = 0; ///< u_c
    std::optional<double> effectiveDof; ///< Welch–Satterthwaite from the unrounded u_c; absent: infinite
    std::optional<int> effectiveDofUsed; ///< truncated to an integer, as looked up
    double coverageFactor = 2;
    double coverageProbability = 0.9545;
    bool fixedK = false;
    bool kFromDof = true; ///< k is Student's t at ν_eff (false: fixed, or EA-4/02's k = 2 for a reliable u_c)
    double expanded = 0; ///< U = k·u_c, unrounded
    Decimal expandedRounded; ///< two significant digits (EA-4/02)
    std::optional<Decimal> estimateRounded; ///< to the decimal place of U (GUM 7.2.6)
    QString resultText; ///< "y ± U unit"
};

/** Standard uncertainty, degrees of freedom and Type A statistics of one contribution. */
Result<ContributionResult> evaluateContribution(const Contribution& c);

/** Combines a budget: u_c, ν_eff, k, U and the rounded result. */
Result<BudgetResult> evaluateBudget(const Budget& budget);

/**
 * Coverage factor for a two-sided coverage probability \a p: Student's t with \a dof degrees of freedom
 * (Boost.Math), or the normal distribution when \a dof is absent (infinite).
 */
Result<double> coverageFactor(double p, std::optional<double> dof);

/**
 * U to two significant digits, rounded up unless rounding to nearest lowers it by less than 5 %
 * (EA-4/02 M:2022 §7.2).
 */
Decimal roundExpandedUncertainty(double expanded);

/** The estimate rounded to the decimal place of a rounded U (GUM 7.2.6). */
Decimal roundToUncertainty(double estimate, const Decimal& roundedExpanded);

} // namespace Etalon
