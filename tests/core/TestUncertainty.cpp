// SPDX-License-Identifier: Apache-2.0
// The uncertainty engine against published worked examples, to their printed digits.
#include "core/BudgetJson.h"
#include "core/Csv.h"
#include "core/LinearFit.h"
#include "core/Uncertainty.h"

#include <QFile>

#include "support/ReferenceData.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace Etalon;
using Etalon::Test::referenceCsv;

namespace {

double roundTo(double v, int places)
{
    const double s = std::pow(10.0, places);
    return std::round(v * s) / s;
}

Contribution standard(const char* name, double u, std::optional<double> dof = std::nullopt, double c = 1)
{
    Contribution x;
    x.name = QString::fromLatin1(name);
    x.kind = Contribution::Kind::Standard;
    x.value = u;
    x.dof = dof;
    x.sensitivity = c;
    return x;
}

Contribution halfWidth(const char* name, double a, Distribution d, std::optional<double> dof = std::nullopt,
                       double c = 1)
{
    Contribution x = standard(name, 0, dof, c);
    x.kind = Contribution::Kind::HalfWidth;
    x.value = a;
    x.distribution = d;
    return x;
}

} // namespace

TEST_CASE("coverage factors reproduce every cell of GUM Table G.2", "[core][uncertainty][gum]")
{
    // The printed table rounds two cells one digit differently from t itself: ν = 1 at 99.73 %
    // (t = 235.784, printed 235.80) and ν = 35 at 90 % (t = 1.6896, printed 1.70).
    const auto rows = referenceCsv("gum_table_g2_t_factors.csv");
    const QStringList header = rows.first();
    const double probabilities[] = {0.6827, 0.90, 0.95, 0.9545, 0.99, 0.9973};
    int mismatches = 0;
    for (const QStringList& row : rows.mid(1)) {
        const std::optional<double> nu =
            row[0] == QStringLiteral("inf") ? std::nullopt : std::optional<double>(row[0].toDouble());
        for (int c = 1; c <= 6; ++c) {
            const QString printed = row[c];
            const int places = int(printed.size() - printed.indexOf(u'.') - 1);
            auto k = coverageFactor(probabilities[c - 1], nu);
            REQUIRE(k);
            INFO("nu " << row[0].toStdString() << " " << header[c].toStdString());
            if (roundTo(*k, places) != printed.toDouble()) {
                ++mismatches;
                const bool known = (row[0] == QStringLiteral("1") && header[c] == QStringLiteral("p99_73")) ||
                    (row[0] == QStringLiteral("35") && header[c] == QStringLiteral("p90"));
                CHECK(known);
                CHECK(std::abs(*k - printed.toDouble()) <= 2 * std::pow(10.0, -places) + 0.02);
            }
        }
    }
    CHECK(mismatches == 2);
}

TEST_CASE("Welch–Satterthwaite uses the unrounded u_c and truncates ν_eff (GUM G.4.1)", "[core][uncertainty][gum]")
{
    Budget b;
    b.unit = QStringLiteral("%");
    b.coverageProbability = 0.95;
    b.contributions = {standard("a", 0.25, 9), standard("b", 0.57, 4), standard("c", 0.82, 14)};
    auto r = evaluateBudget(b);
    REQUIRE(r);
    CHECK(r->combined == Approx(1.0295).margin(0.00005));
    REQUIRE(r->effectiveDof);
    CHECK(*r->effectiveDof == Approx(18.9987).margin(0.0001));
    CHECK(r->effectiveDofUsed == 18); // not 19, which the rounded u_c = 1.03 % would give
    CHECK(roundTo(r->coverageFactor, 2) == 2.10);
    CHECK(r->expandedRounded.toString() == QStringLiteral("2.2"));
}

TEST_CASE("Type A evaluation of twenty observations (GUM 4.4.3)", "[core][uncertainty][gum]")
{
    Contribution c;
    c.name = QStringLiteral("temperature");
    c.kind = Contribution::Kind::Observations;
    c.observations = {96.90,  98.18,  98.25,  98.61,  99.03,  99.49,  99.56,  99.74,  99.89,  100.07,
                      100.33, 100.42, 100.68, 100.95, 101.11, 101.20, 101.57, 101.84, 102.36, 102.72};
    auto r = evaluateContribution(c);
    REQUIRE(r);
    CHECK(roundTo(*r->mean, 3) == 100.145);
    CHECK(roundTo(*r->experimentalSd, 3) == 1.489);
    CHECK(roundTo(r->standardUncertainty, 3) == 0.333);
    CHECK(r->dof == 19);
}

TEST_CASE("straight-line calibration of a thermometer (GUM H.3)", "[core][uncertainty][gum]")
{
    QList<double> t, b;
    for (const QStringList& row : referenceCsv("gum_h3_thermometer_data.csv").mid(1)) {
        t.append(row[1].toDouble());
        b.append(row[2].toDouble());
    }
    REQUIRE(t.size() == 11);
    auto fit = fitStraightLine(t, b, 20.0);
    REQUIRE(fit);
    CHECK(roundTo(fit->intercept, 4) == -0.1712);
    CHECK(roundTo(fit->interceptUncertainty, 4) == 0.0029);
    CHECK(roundTo(fit->slope, 5) == 0.00218);
    CHECK(roundTo(fit->slopeUncertainty, 5) == 0.00067);
    CHECK(roundTo(fit->correlation, 2) == -0.93);
    CHECK(fit->sumSquaredResiduals == Approx(0.000110096583109).epsilon(1e-9));
    CHECK(fit->dof == 9);
    CHECK(roundTo(fit->predict(30.0), 4) == -0.1494);
    CHECK(roundTo(fit->predictionUncertainty(30.0), 4) == 0.0041);
    CHECK_FALSE(fitStraightLine({1, 1, 1}, {1, 2, 3}));
    CHECK_FALSE(fitStraightLine({1, 2}, {1, 2}));
}

TEST_CASE("calibration of an end gauge (GUM H.1, first-order budget)", "[core][uncertainty][gum]")
{
    // GUM H.1 (JCGM 100:2008), Table H.1, in nm; the same inputs as the METAS UncLib and GTC scripts of
    // this example: u_c = 32 nm, ν_eff = 16, and U₉₉ = t₉₉(16)·u_c = 2.92 × 32 nm = 93 nm.
    Budget b;
    b.unit = QStringLiteral("nm");
    b.estimate = 50000838;
    b.coverageProbability = 0.99;
    b.contributions = {standard("l_s", 25, 18),
                       standard("d1 repeated observations", 5.8, 24),
                       standard("d2 random effects of comparator", 3.9, 5),
                       standard("d3 systematic effects of comparator", 6.7, 8),
                       halfWidth("delta alpha", 1e-6, Distribution::Rectangular, 50, 0.05e9 * 0.1),
                       halfWidth("delta theta", 0.05, Distribution::Rectangular, 2, 0.05e9 * 11.5e-6),
                       halfWidth("alpha_s", 2e-6, Distribution::Rectangular, std::nullopt, 0.0)};
    auto r = evaluateBudget(b);
    REQUIRE(r);
    CHECK(roundTo(r->combined, 0) == 32);
    CHECK(r->effectiveDofUsed == 16);
    CHECK(roundTo(r->coverageFactor, 2) == 2.92);
    // 2.92 × 31.7 nm: the GUM multiplies the rounded 32 nm and prints 93 nm.
    CHECK(r->expanded == Approx(92.5).margin(0.1));
    CHECK(r->contributions[5].contribution == Approx(16.6).margin(0.05));
    CHECK(r->contributions[4].contribution == Approx(2.9).margin(0.05));
    CHECK(r->contributions[6].share == 0.0);
}

TEST_CASE("calibration of a 10 kg weight (EA-4/02 S2)", "[core][uncertainty][ea402]")
{
    // EA-4/02 M:2022 example S2, with its published inputs: the reference's U = 45 mg (k = 2), its drift ±15 mg
    // (rectangular), the observed difference from a pooled s = 25 mg over n = 3 comparisons (25 mg/√3), the
    // comparator ±10 mg and air buoyancy ±10 mg. Published: u(m_X) = 29.3 mg, U = 59 mg, m_X = 10 000.025 g.
    Budget b;
    b.unit = QStringLiteral("g");
    b.estimate = 10000.025;
    b.fixedK = 2;
    Contribution reference;
    reference.name = QStringLiteral("m_S");
    reference.kind = Contribution::Kind::Expanded;
    reference.value = 0.045;
    reference.k = 2;
    Contribution comparison;
    comparison.name = QStringLiteral("comparison");
    comparison.kind = Contribution::Kind::Observations;
    comparison.observations = {0.010, 0.030, 0.020};
    comparison.pooledSd = 0.025;
    b.contributions = {reference, halfWidth("drift", 0.015, Distribution::Rectangular), comparison,
                       halfWidth("comparator", 0.010, Distribution::Rectangular),
                       halfWidth("buoyancy", 0.010, Distribution::Rectangular)};
    auto r = evaluateBudget(b);
    REQUIRE(r);
    CHECK(roundTo(r->contributions[2].standardUncertainty, 5) == roundTo(0.025 / std::sqrt(3.0), 5));
    CHECK(roundTo(r->combined, 4) == 0.0293);
    CHECK(r->expandedRounded.toString() == QStringLiteral("0.059"));
    CHECK(r->resultText == QStringLiteral("10000.025 ± 0.059 g"));
    CHECK(roundTo(r->contributions[0].share * 100, 1) == 59.1);
    CHECK(roundTo(r->contributions[2].share * 100, 1) == 24.3);
}

TEST_CASE("U is given to two significant digits and the result to the same place", "[core][uncertainty]")
{
    CHECK(roundExpandedUncertainty(0.058293).toString() == QStringLiteral("0.058"));
    CHECK(roundExpandedUncertainty(10.49).toString() == QStringLiteral("10"));
    CHECK(roundExpandedUncertainty(10.5).toString() == QStringLiteral("11"));
    CHECK(roundExpandedUncertainty(3.61).toString() == QStringLiteral("3.6"));
    CHECK(roundExpandedUncertainty(123.4).toString() == QStringLiteral("120"));
    CHECK(roundExpandedUncertainty(0.000672).toString() == QStringLiteral("0.00067"));
    // Across a decade U keeps two significant digits: 0.00995 is 0.010, 0.0999 is 0.10, never 0.0100 or 0.100.
    CHECK(roundExpandedUncertainty(0.00995).toString() == QStringLiteral("0.010"));
    CHECK(roundExpandedUncertainty(0.0999).toString() == QStringLiteral("0.10"));
    CHECK(roundExpandedUncertainty(99.6).toString() == QStringLiteral("100"));
    CHECK(roundToUncertainty(1.23456, Decimal(10, 3)).toString() == QStringLiteral("1.235"));
    CHECK(roundToUncertainty(99.9604, Decimal(10, 2)).toString() == QStringLiteral("99.96"));
    // Trailing zeros of the result are kept to U's place: 10.000 kg ± 0.0058 kg is 10.0000 kg.
    CHECK(roundToUncertainty(10.0, Decimal(58, 4)).toString() == QStringLiteral("10.0000"));
    CHECK(roundToUncertainty(2000000.8137, Decimal(36, 1)).toString() == QStringLiteral("2000000.8"));
    CHECK(roundToUncertainty(50000838.4, Decimal(93, 0)).toString() == QStringLiteral("50000838"));
    CHECK(roundToUncertainty(12345.6, Decimal(120, 0)).toString() == QStringLiteral("12350"));
}

TEST_CASE("correlated inputs add their covariance", "[core][uncertainty]")
{
    Budget b;
    b.fixedK = 2;
    b.contributions = {standard("a", 3), standard("b", 4)};
    b.correlations = {Correlation{0, 1, 1.0}};
    auto r = evaluateBudget(b);
    REQUIRE(r);
    CHECK(r->combined == Approx(7.0));
    b.correlations = {Correlation{0, 1, -1.0}};
    CHECK(evaluateBudget(b)->combined == Approx(1.0));
    b.correlations = {Correlation{0, 1, 1.5}};
    CHECK_FALSE(evaluateBudget(b));
}

TEST_CASE("a Type B with a relative reliability gets its degrees of freedom (GUM G.4.2)", "[core][uncertainty]")
{
    Contribution c = standard("reference", 1.0);
    c.relativeReliability = 0.25;
    auto r = evaluateContribution(c);
    REQUIRE(r);
    CHECK(*r->dof == Approx(8.0));
    Contribution e;
    e.name = QStringLiteral("comparator");
    e.kind = Contribution::Kind::Expanded;
    e.value = 10;
    e.coverageProbability = 0.95;
    e.dof = 5;
    auto stated = evaluateContribution(e); // "10 nm at 95 % with ν = 5": k = t₉₅(5) = 2.57
    REQUIRE(stated);
    CHECK(stated->standardUncertainty == Approx(10 / 2.5706).epsilon(1e-4));
}

TEST_CASE("the budget file of the calculator is read and bad files name the contribution and field",
          "[core][uncertainty]")
{
    const QByteArray good = R"({ "measurand": "conventional mass of a 2 kg weight", "unit": "mg", "estimate": 2000000.8,
      "coverage_probability": 0.9545,
      "contributions": [
        { "name": "reference weight", "expanded": 3.0, "k": 2 },
        { "name": "comparator calibration", "expanded": 1.2, "coverage_probability": 0.95, "dof": 8 },
        { "name": "air buoyancy", "half_width": 0.6, "distribution": "rectangular" },
        { "name": "temperature", "half_width": 0.02, "distribution": "arcsine", "sensitivity": 15, "dof": 12 },
        { "name": "repeatability", "observations": [0.9, 0.7, 0.8, 0.6] },
        { "name": "resolution", "standard_uncertainty": 0.29 } ] })";
    auto budget = BudgetJson::parse(good);
    REQUIRE(budget);
    auto r = evaluateBudget(*budget);
    REQUIRE(r);
    CHECK(r->contributions[0].standardUncertainty == Approx(1.5));
    CHECK(r->contributions[1].standardUncertainty == Approx(1.2 / 2.306).epsilon(1e-3));
    CHECK(r->contributions[3].contribution == Approx(15 * 0.02 / std::sqrt(2.0)));
    CHECK(r->contributions[4].dof == 3);
    CHECK(r->contributions[4].standardUncertainty == Approx(0.1290994 / 2).epsilon(1e-6));
    const QJsonObject json = BudgetJson::write(*budget, *r);
    for (const char* key : {"combined_standard_uncertainty", "effective_dof", "coverage_factor", "expanded_uncertainty",
                            "result", "contributions"})
        CHECK(json.contains(QString::fromLatin1(key)));

    struct Bad
    {
        const char* json;
        const char* field;
    };
    for (const Bad& bad :
         {Bad{R"({"contributions": []})", "contributions"},
          Bad{R"({"contributions": [{"name": "x", "expanded": -1, "k": 2}]})", "x.expanded"},
          Bad{R"({"contributions": [{"name": "x", "expanded": 1, "k": 0.5}]})", "x.k"},
          Bad{R"({"contributions": [{"name": "x", "expanded": 1}]})", "x.k"},
          Bad{R"({"contributions": [{"name": "x", "expanded": 1, "coverage_probability": 1.2, "dof": 3}]})",
              "x.coverage_probability"},
          Bad{R"({"contributions": [{"name": "x", "half_width": 1, "distribution": "gamma"}]})", "x.distribution"},
          Bad{R"({"contributions": [{"name": "x", "observations": [1]}]})", "x.observations"},
          Bad{R"({"contributions": [{"name": "x", "standard_uncertainty": "one"}]})", "x.standard_uncertainty"},
          Bad{R"({"contributions": [{"name": "x"}]})", "x.standard_uncertainty"},
          Bad{R"({"k": 0.2, "contributions": [{"name": "x", "standard_uncertainty": 1}]})", "k"},
          Bad{R"({"coverage_probability": 0, "contributions": [{"name": "x", "standard_uncertainty": 1}]})",
              "coverage_probability"},
          Bad{R"({"contributions": [{"name": "x", "standard_uncertainty": 1, "sensitivty": 2}]})", "x.sensitivty"},
          Bad{R"({"unit": "g", "contributions": [{"name": "x", "standard_uncertainty": 1}], "coverage": 0.95})",
              "coverage"},
          Bad{R"({"unit": "g", "contributions": [{"name": "x", "standard_uncertainty": 1, "unit": "kPa"}]})", "x.unit"},
          Bad{R"({"unit": "g", "contributions": [{"name": "x", "standard_uncertainty": 1, "unit": "furlong"}]})",
              "x.unit"},
          Bad{R"({"contributions": [)", "file"}}) {
        INFO(bad.json);
        auto b = BudgetJson::parse(QByteArray(bad.json));
        REQUIRE_FALSE(b);
        CHECK(b.error().field == QString::fromLatin1(bad.field));
        CHECK(b.error().kind == ErrorKind::BadInput);
    }
}

TEST_CASE("budgets beyond what a certificate can state are refused, not overflowed", "[core][uncertainty]")
{
    // Found by the budget fuzzer: u·c of 1e308 squared is infinite.
    auto huge = BudgetJson::parse(R"({"unit": "g", "contributions": [
        {"name": "x", "standard_uncertainty": 1e308, "sensitivity": 1e308}]})");
    REQUIRE(huge);
    auto evaluated = evaluateBudget(*huge);
    REQUIRE_FALSE(evaluated);
    CHECK(evaluated.error().field == QStringLiteral("contributions"));

    auto large = BudgetJson::parse(R"({"unit": "g", "contributions": [{"name": "x", "standard_uncertainty": 1e16}]})");
    REQUIRE(large);
    CHECK_FALSE(evaluateBudget(*large));

    auto estimate = BudgetJson::parse(
        R"({"unit": "g", "estimate": 1e20, "contributions": [{"name": "x", "standard_uncertainty": 1}]})");
    REQUIRE(estimate);
    auto refused = evaluateBudget(*estimate);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("estimate"));

    // ν_eff of 1e300 is as good as infinite: k is the one of the normal distribution and no integer overflows.
    auto manyDof = BudgetJson::parse(
        R"({"unit": "g", "k": null, "contributions": [{"name": "x", "standard_uncertainty": 1, "dof": 1e300}]})");
    REQUIRE(manyDof);
    auto result = evaluateBudget(*manyDof);
    REQUIRE(result);
    CHECK(result->coverageFactor == Approx(2.0).margin(0.0001)); // p = 95.45 %
}

TEST_CASE("the calculator converts a contribution in K for a result in °C as a difference",
          "[core][uncertainty][temperature]")
{
    auto budget = BudgetJson::parse(R"({ "measurand": "temperature of a bath", "unit": "°C", "estimate": 20.013,
      "contributions": [
        { "name": "reference thermometer", "expanded": 0.02, "k": 2, "unit": "K" },
        { "name": "stability of the bath", "half_width": 0.01, "distribution": "rectangular", "unit": "K" },
        { "name": "readings", "observations": [293.16, 293.17, 293.16], "unit": "K" } ] })");
    REQUIRE(budget);
    auto r = evaluateBudget(*budget);
    REQUIRE(r);
    CHECK(r->contributions[0].standardUncertainty == Approx(0.01));
    CHECK(r->contributions[1].standardUncertainty == Approx(0.01 / std::sqrt(3.0)));
    CHECK(r->contributions[2].standardUncertainty == Approx(std::sqrt(0.0001 / 3.0) / std::sqrt(3.0)).epsilon(1e-6));
    CHECK(r->combined < 0.02);
}
