// SPDX-License-Identifier: Apache-2.0
#include "core/Uncertainty.h"

#include "core/Tr.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Etalon {

namespace {

Error contributionError(const Contribution& c, const QString& field, const QString& message)
{
    return Error::badInput(field, Tr::tr("contribution “%1”, %2: %3").arg(c.name, field, message),
                           QStringLiteral("bad_budget"));
}

double divisorOf(Distribution d, double k)
{
    switch (d) {
    case Distribution::Normal:
        return k;
    case Distribution::Rectangular:
        return std::sqrt(3.0);
    case Distribution::Triangular:
        return std::sqrt(6.0);
    case Distribution::UShaped:
        return std::sqrt(2.0);
    }
    return 1;
}

Result<ContributionResult> typeA(const Contribution& c, ContributionResult out)
{
    const int n = int(c.observations.size());
    if (n < 2 && !c.pooledSd)
        return fail(
            contributionError(c, QStringLiteral("observations"), Tr::tr("at least two observations are needed")));
    if (n < 1)
        return fail(contributionError(c, QStringLiteral("observations"), Tr::tr("no observation given")));
    const double mean = std::accumulate(c.observations.cbegin(), c.observations.cend(), 0.0) / n;
    out.mean = mean;
    if (n >= 2) {
        double ss = 0;
        for (double x : c.observations)
            ss += (x - mean) * (x - mean);
        out.experimentalSd = std::sqrt(ss / (n - 1));
    }
    // A pooled standard deviation from earlier work replaces this small sample's own (GUM 4.2.4).
    const double s = c.pooledSd ? *c.pooledSd : *out.experimentalSd;
    if (c.pooledSd && *c.pooledSd < 0)
        return fail(
            contributionError(c, QStringLiteral("pooled_sd"), Tr::tr("a standard deviation cannot be negative")));
    out.standardUncertainty = s / std::sqrt(double(n));
    out.dof = c.pooledSd ? c.pooledDof : std::optional<double>(n - 1);
    return out;
}

} // namespace

Result<double> coverageFactor(double p, std::optional<double> dof)
{
    if (!(p > 0 && p < 1))
        return fail(Error::badInput(QStringLiteral("coverage_probability"),
                                    Tr::tr("a coverage probability lies strictly between 0 and 1, not %1").arg(p)));
    const double q = 0.5 + p / 2;
    try {
        if (!dof)
            return boost::math::quantile(boost::math::normal_distribution<double>(), q);
        if (!(*dof > 0))
            return fail(Error::badInput(QStringLiteral("dof"), Tr::tr("degrees of freedom must be positive")));
        return boost::math::quantile(boost::math::students_t_distribution<double>(*dof), q);
    } catch (const std::exception& e) {
        return fail(Error::badInput(QStringLiteral("dof"), QString::fromLocal8Bit(e.what())));
    }
}

Result<ContributionResult> evaluateContribution(const Contribution& c)
{
    ContributionResult out;
    out.name = c.name;
    out.sensitivity = c.sensitivity;
    out.dof = c.dof;
    if (!std::isfinite(c.sensitivity))
        return fail(contributionError(c, QStringLiteral("sensitivity"), Tr::tr("not a finite number")));
    if (c.kind != Contribution::Kind::Observations && !(c.value >= 0 && std::isfinite(c.value)))
        return fail(contributionError(c, QStringLiteral("value"), Tr::tr("an uncertainty cannot be negative")));
    if (c.dof && !(*c.dof > 0))
        return fail(contributionError(c, QStringLiteral("dof"), Tr::tr("degrees of freedom must be positive")));
    switch (c.kind) {
    case Contribution::Kind::Standard:
        out.standardUncertainty = c.value;
        break;
    case Contribution::Kind::Expanded: {
        double k = c.k;
        if (c.coverageProbability) {
            auto kp = coverageFactor(*c.coverageProbability, c.dof);
            if (!kp)
                return fail(contributionError(c, QStringLiteral("coverage_probability"), kp.error().message));
            k = *kp;
        } else if (!(k >= 1)) {
            return fail(contributionError(c, QStringLiteral("k"), Tr::tr("k must be at least 1")));
        }
        out.standardUncertainty = c.value / k;
        break;
    }
    case Contribution::Kind::HalfWidth:
        if (c.distribution == Distribution::Normal && !(c.k >= 1))
            return fail(contributionError(c, QStringLiteral("k"), Tr::tr("k must be at least 1")));
        out.standardUncertainty = c.value / divisorOf(c.distribution, c.k);
        break;
    case Contribution::Kind::Observations: {
        auto a = typeA(c, out);
        if (!a)
            return a;
        out = *a;
        break;
    }
    }
    if (c.relativeReliability) {
        if (!(*c.relativeReliability > 0))
            return fail(contributionError(c, QStringLiteral("reliability"),
                                          Tr::tr("the relative reliability must be positive")));
        out.dof = 0.5 / (*c.relativeReliability * *c.relativeReliability);
    }
    out.contribution = std::abs(c.sensitivity * out.standardUncertainty);
    return out;
}

Decimal roundExpandedUncertainty(double expanded)
{
    if (!(expanded > 0))
        return Decimal();
    // The decimal place of the second significant digit.
    const int exponent = int(std::floor(std::log10(expanded)));
    const double scale = std::pow(10.0, 1 - exponent);
    // Exact decimal of U first, so 0.0580000000001 is not rounded up by a floating-point accident.
    const double scaled = Decimal::fromDouble(expanded * scale).value_or(Decimal()).rounded(9).toDouble();
    const double nearest = std::round(scaled);
    const double up = std::ceil(scaled);
    double chosen = (scaled - nearest) / scaled < 0.05 ? nearest : up;
    int places = 1 - exponent;
    if (chosen >= 100) {
        // Rounding carried into the next decade (0.00995 → 0.0100): two significant digits are 0.010, not 0.0100.
        chosen /= 10;
        --places;
    }
    if (places >= 0)
        return Decimal(static_cast<std::int64_t>(chosen), places);
    return Decimal(static_cast<std::int64_t>(chosen * std::pow(10.0, -places)), 0);
}

Decimal roundToUncertainty(double estimate, const Decimal& roundedExpanded)
{
    const Decimal value = Decimal::fromDouble(estimate).value_or(Decimal());
    const int places = roundedExpanded.scale();
    if (places > 0 || roundedExpanded.isZero())
        return value.rounded(places);
    // U of tens or more: round to its magnitude.
    const Decimal step = Decimal::fromInt(
        static_cast<std::int64_t>(std::pow(10.0, std::floor(std::log10(roundedExpanded.toDouble())) - 1)));
    return value.roundedToStep(step).value_or(value.rounded(0));
}

namespace {

/** U and the estimate become exact decimals on the certificate, which hold 18 digits. */
Status checkReportable(double expanded, std::optional<double> estimate)
{
    constexpr double largest = 1e15;
    constexpr double smallest = 1e-15;
    if (!(expanded < largest) || (expanded > 0 && expanded < smallest))
        return fail(
            Error::badInput(QStringLiteral("contributions"),
                            Tr::tr("an expanded uncertainty of %1 is outside what can be reported").arg(expanded)));
    if (estimate && !(std::abs(*estimate) < largest))
        return fail(Error::badInput(QStringLiteral("estimate"), Tr::tr("the estimate is too large to report")));
    return {};
}

// EA-4/02 §5.3: u_c is reliable enough for k = 2 when no Type A input rests on fewer than ten observations.
bool reliableForKTwo(const Budget& budget)
{
    for (const Contribution& c : budget.contributions) {
        if (c.kind != Contribution::Kind::Observations)
            continue;
        const double dof = c.pooledSd && c.pooledDof ? *c.pooledDof : double(c.observations.size() - 1);
        if (dof < 9)
            return false;
    }
    return true;
}

} // namespace

Result<BudgetResult> evaluateBudget(const Budget& budget)
{
    if (budget.contributions.isEmpty())
        return fail(
            Error::badInput(QStringLiteral("contributions"), Tr::tr("a budget needs at least one contribution")));
    BudgetResult out;
    double sumSquares = 0;
    for (const Contribution& c : budget.contributions) {
        auto r = evaluateContribution(c);
        if (!r)
            return fail(r.error());
        out.contributions.append(*r);
        sumSquares += r->contribution * r->contribution;
    }
    double variance = sumSquares;
    for (const Correlation& cor : budget.correlations) {
        if (cor.a < 0 || cor.b < 0 || cor.a >= out.contributions.size() || cor.b >= out.contributions.size() ||
            cor.a == cor.b)
            return fail(Error::badInput(QStringLiteral("correlations"),
                                        Tr::tr("a correlation names two different contributions")));
        if (!(cor.r >= -1 && cor.r <= 1))
            return fail(Error::badInput(QStringLiteral("correlations"),
                                        Tr::tr("a correlation coefficient lies between −1 and 1")));
        const auto& a = out.contributions[cor.a];
        const auto& b = out.contributions[cor.b];
        variance += 2 * a.sensitivity * a.standardUncertainty * b.sensitivity * b.standardUncertainty * cor.r;
    }
    if (variance < 0)
        return fail(
            Error::badInput(QStringLiteral("correlations"), Tr::tr("the correlations give a negative variance")));
    if (!std::isfinite(variance))
        return fail(
            Error::badInput(QStringLiteral("contributions"), Tr::tr("the contributions are too large to combine")));
    out.combined = std::sqrt(variance);
    for (ContributionResult& r : out.contributions)
        r.share = sumSquares > 0 ? r.contribution * r.contribution / sumSquares : 0;

    // Welch–Satterthwaite (GUM G.2b) from the unrounded u_c; only finite ν contribute.
    double denominator = 0;
    for (const ContributionResult& r : out.contributions) {
        if (r.dof && r.contribution > 0)
            denominator += std::pow(r.contribution, 4) / *r.dof;
    }
    // Past a million degrees of freedom k no longer changes; an overflowing ν counts as infinite.
    const double effectiveDof = denominator > 0 ? std::pow(out.combined, 4) / denominator : 0;
    if (denominator > 0 && std::isfinite(effectiveDof)) {
        out.effectiveDof = effectiveDof;
        out.effectiveDofUsed = int(std::clamp(std::floor(effectiveDof), 1.0, 1e6));
    }
    out.coverageProbability = budget.coverageProbability;
    if (budget.fixedK) {
        if (!(*budget.fixedK >= 1))
            return fail(Error::badInput(QStringLiteral("k"), Tr::tr("k must be at least 1")));
        out.coverageFactor = *budget.fixedK;
        out.fixedK = true;
        out.kFromDof = false;
    } else if (budget.ea402Coverage && (reliableForKTwo(budget) || !out.effectiveDofUsed)) {
        // EA-4/02 Table E.1 ends at ν_eff = ∞ with k = 2.00.
        out.coverageFactor = 2;
        out.coverageProbability = 0.9545;
        out.kFromDof = false;
    } else {
        auto k = coverageFactor(budget.coverageProbability,
                                out.effectiveDofUsed ? std::optional<double>(*out.effectiveDofUsed) : std::nullopt);
        if (!k)
            return fail(k.error());
        out.coverageFactor = *k;
    }
    out.expanded = out.coverageFactor * out.combined;
    ETALON_TRY(checkReportable(out.expanded, budget.estimate));
    out.expandedRounded = roundExpandedUncertainty(out.expanded);
    const QString unit = budget.unit.isEmpty() ? QString() : u' ' + budget.unit;
    if (budget.estimate) {
        out.estimateRounded = roundToUncertainty(*budget.estimate, out.expandedRounded);
        out.resultText =
            QStringLiteral("%1 ± %2%3").arg(out.estimateRounded->toString(), out.expandedRounded.toString(), unit);
    } else {
        out.resultText = QStringLiteral("± %1%2").arg(out.expandedRounded.toString(), unit);
    }
    return out;
}

} // namespace Etalon
