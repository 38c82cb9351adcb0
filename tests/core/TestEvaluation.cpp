// SPDX-License-Identifier: Apache-2.0
#include "core/Evaluation.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

#include <catch2/catch.hpp>

using namespace Etalon;

namespace {
Quantity q(const char* text)
{
    auto r = Quantity::parse(QString::fromUtf8(text));
    INFO(text);
    REQUIRE(r);
    return *r;
}

EvaluationContext scaleContext(RecordKind kind = RecordKind::Periodic)
{
    EvaluationContext ctx;
    ctx.kind = kind;
    ctx.instrument.typeCode = QStringLiteral("NAWI");
    ctx.instrument.accuracyClass = QStringLiteral("III");
    ctx.instrument.resolution = q("10 g");
    ctx.instrument.verificationInterval = q("10 g");
    ctx.instrument.rangeMax = q("60 kg");
    ctx.mpeRule = MpeRule::oimlR76();
    return ctx;
}

Point point(const char* reference, std::initializer_list<const char*> indications)
{
    Point p;
    p.seq = 1;
    p.standardId = 1;
    p.reference = q(reference);
    for (const char* i : indications)
        p.indications.append(q(i));
    return p;
}

InstrumentType nawiType()
{
    InstrumentType t;
    t.code = QStringLiteral("NAWI");
    t.cycleMonths = 12;
    t.legalBasis = QStringLiteral("TT 23/2013/TT-BKHCN");
    return t;
}
} // namespace

TEST_CASE("a scale's error at the MPE boundary passes exactly", "[core][evaluation]")
{
    // 30 kg on a class III scale with e = 10 g: 3000 e, MPE = 1.5 e = 15 g.
    auto at = evaluatePoint(point("30 kg", {"30.015 kg"}), scaleContext());
    REQUIRE(at);
    CHECK(at->verdict == Verdict::Pass);
    CHECK(at->error == q("0.015 kg"));
    CHECK(*at->mpe->compare(q("15 g")) == std::strong_ordering::equal);
    auto beyond = evaluatePoint(point("30 kg", {"30.016 kg"}), scaleContext());
    REQUIRE(beyond);
    CHECK(beyond->verdict == Verdict::Fail);
    CHECK_FALSE(beyond->reason.isEmpty());
}

TEST_CASE("every indication is judged, not their mean", "[core][evaluation]")
{
    // Mean error is 0, but one indication is 20 g off with an MPE of 15 g.
    auto r = evaluatePoint(point("30 kg", {"30.020 kg", "29.980 kg"}), scaleContext());
    REQUIRE(r);
    CHECK(r->verdict == Verdict::Fail);
    CHECK(r->error.value().abs() == Decimal(20, 3));
}

TEST_CASE("the spread of repeats may not exceed the MPE", "[core][evaluation]")
{
    // Both errors within ±15 g, but the spread is 30 g.
    auto r = evaluatePoint(point("30 kg", {"30.015 kg", "29.985 kg"}), scaleContext());
    REQUIRE(r);
    CHECK(r->verdict == Verdict::Fail);
    CHECK(*r->spread == q("0.030 kg"));
    CHECK(r->reason.contains(QStringLiteral("repeatability")));
}

TEST_CASE("the change-point method corrects the indication by half an interval", "[core][evaluation]")
{
    // I = 30.010 kg, ΔL = 3 g, e = 10 g: P = I + ½e − ΔL = 30.012 kg, E = 12 g.
    Point p = point("30 kg", {"30.010 kg"});
    p.addedLoad = q("3 g");
    auto r = evaluatePoint(p, scaleContext());
    REQUIRE(r);
    CHECK(*r->error.compare(q("12 g")) == std::strong_ordering::equal);
    CHECK(r->verdict == Verdict::Pass);
    // The additional loads go up in 0.1 e steps until the indication changes: 0 ≤ ΔL ≤ e.
    for (const char* impossible : {"-3 g", "15 g"}) {
        p.addedLoad = q(impossible);
        auto refused = evaluatePoint(p, scaleContext());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().field == QStringLiteral("added-load"));
    }
}

TEST_CASE("a reading in g is judged against a reference in kg; kPa is refused", "[core][evaluation]")
{
    auto r = evaluatePoint(point("10 kg", {"10005 g"}), scaleContext());
    REQUIRE(r);
    CHECK(r->error == q("5 g"));
    auto bad = evaluatePoint(point("10 kg", {"100 kPa"}), scaleContext());
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == QStringLiteral("unit_mismatch"));
}

TEST_CASE("in-service inspection doubles the R 76 MPE", "[core][evaluation]")
{
    auto r = evaluatePoint(point("30 kg", {"30.025 kg"}), scaleContext(RecordKind::Inspection));
    REQUIRE(r);
    CHECK(r->verdict == Verdict::Pass);
    CHECK(*r->mpe->compare(q("30 g")) == std::strong_ordering::equal);
}

TEST_CASE("weights follow OIML R 111: U at most δm/3, then |error| ≤ δm − U", "[core][evaluation][r111]")
{
    EvaluationContext ctx;
    ctx.kind = RecordKind::Periodic;
    ctx.instrument.accuracyClass = QStringLiteral("F2");
    ctx.instrument.nominal = q("1 kg");
    ctx.mpeRule = MpeRule::oimlR111();
    // F2 1 kg: δm = 16 mg.
    Point p = point("1 kg", {"1000.010 g"});
    auto missing = evaluatePoint(p, ctx);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == QStringLiteral("missing_uncertainty"));
    p.expandedUncertainty = q("6 mg");
    auto inadequate = evaluatePoint(p, ctx);
    REQUIRE_FALSE(inadequate);
    CHECK(inadequate.error().code == QStringLiteral("inadequate_uncertainty"));
    p.expandedUncertainty = q("5 mg");
    auto edge = evaluatePoint(p, ctx); // 10 mg ≤ 16 − 5 = 11 mg
    REQUIRE(edge);
    CHECK(edge->verdict == Verdict::Pass);
    p.indications = {q("1000.012 g")};
    auto over = evaluatePoint(p, ctx); // 12 mg > 11 mg
    REQUIRE(over);
    CHECK(over->verdict == Verdict::Fail);
    p.indications = {q("1000.011 g")};
    CHECK(evaluatePoint(p, ctx)->verdict == Verdict::Pass); // exactly δm − U
}

TEST_CASE("a calibration reports the mean of its repeats", "[core][evaluation]")
{
    EvaluationContext ctx = scaleContext(RecordKind::Calibration);
    ctx.mpeRule.reset();
    auto r = evaluatePoint(point("10 kg", {"10.01 kg", "10.02 kg", "10.02 kg"}), ctx);
    REQUIRE(r);
    CHECK(r->verdict == Verdict::None);
    CHECK(r->mean->value().rounded(4) == Decimal(100167, 4));
    CHECK(r->error.value().rounded(4) == Decimal(167, 4));
}

TEST_CASE("a record passes only when every point and check passes, and then falls due", "[core][evaluation]")
{
    Record record;
    record.kind = RecordKind::Periodic;
    record.date = QDate(2026, 4, 16);
    record.points = {point("10 kg", {"10.005 kg"}), point("30 kg", {"30.010 kg"})};
    auto pass = evaluateRecord(record, nawiType(), scaleContext());
    REQUIRE(pass);
    CHECK(pass->verdict == Verdict::Pass);
    CHECK(pass->nextDue == QDate(2027, 4, 30));
    CHECK(pass->cycleMonths == 12);
    record.checks = {CheckItem{QStringLiteral("seals intact"), false, QStringLiteral("broken")}};
    auto failed = evaluateRecord(record, nawiType(), scaleContext());
    REQUIRE(failed);
    CHECK(failed->verdict == Verdict::Fail);
    CHECK_FALSE(failed->nextDue);
    CHECK(failed->failedChecks.size() == 1);
}

TEST_CASE("a calibration falls due by the customer's interval, or never", "[core][evaluation]")
{
    Record record;
    record.kind = RecordKind::Calibration;
    record.date = QDate(2026, 1, 31);
    record.points = {point("10 kg", {"10.005 kg"})};
    EvaluationContext ctx = scaleContext(RecordKind::Calibration);
    CHECK_FALSE(evaluateRecord(record, nawiType(), ctx)->nextDue);
    record.intervalMonths = 1;
    CHECK(evaluateRecord(record, nawiType(), ctx)->nextDue == QDate(2026, 2, 28));
}

TEST_CASE("a thermometer is judged by differences: °C and K mix without the 273.15 offset",
          "[core][evaluation][temperature]")
{
    EvaluationContext ctx;
    ctx.kind = RecordKind::Calibration;
    ctx.instrument.typeCode = QStringLiteral("THERMOMETER");
    ctx.instrument.resolution = q("0.01 K");
    ctx.mpeRule = MpeRule::fixed(q("0.1 °C"));

    SECTION("an indication in K 10 K above a reference in °C fails")
    {
        auto r = evaluatePoint(point("20 °C", {"303.15 K"}), ctx);
        REQUIRE(r);
        CHECK(r->error.value() == Decimal(10, 0));
        CHECK(r->mpe->value() == Decimal(1, 1));
        CHECK(r->verdict == Verdict::Fail);
    }
    SECTION("0.05 K off passes against ±0.1 °C, 0.15 K off fails")
    {
        CHECK(evaluatePoint(point("20 °C", {"293.2 K"}), ctx)->verdict == Verdict::Pass);
        CHECK(evaluatePoint(point("20 °C", {"293.3 K"}), ctx)->verdict == Verdict::Fail);
        CHECK(evaluatePoint(point("293.15 K", {"20.05 °C"}), ctx)->verdict == Verdict::Pass);
    }
    SECTION("a reference whose certificate gives U in K serves °C work")
    {
        StandardCalibrationInfo info;
        info.certificate = QStringLiteral("VMI-T-1");
        CalibrationPoint cp;
        cp.value = q("20 °C");
        cp.correction = q("0.01 K");
        cp.uncertainty = q("0.02 K");
        info.current.append(cp);
        ctx.standards.insert(1, info);
        auto r = evaluatePoint(point("20 °C", {"20.03 °C", "20.04 °C", "20.03 °C"}), ctx);
        REQUIRE(r);
        REQUIRE(r->expandedUncertainty);
        CHECK(r->expandedUncertainty->value() > Decimal());
        CHECK(r->expandedUncertainty->value() < Decimal(1, 1));
        CHECK(r->verdict == Verdict::Pass);
    }
    SECTION("an entered U in K is the same U in °C")
    {
        Point p = point("20 °C", {"20.05 °C"});
        p.expandedUncertainty = q("0.03 K");
        auto r = evaluatePoint(p, ctx);
        REQUIRE(r);
        CHECK(r->expandedUncertainty->value() == Decimal(3, 2));
        CHECK(r->expandedUncertainty->unit().symbol() == QStringLiteral("°C"));
    }
}

TEST_CASE("a calibration uses the standard's conventional value; a verification its nominal value",
          "[core][evaluation][corrections]")
{
    StandardCalibrationInfo info;
    info.certificate = QStringLiteral("V26-0123/VMI");
    info.accuracyClass = QStringLiteral("M1");
    info.current.append(CalibrationPoint{q("20 kg"), q("0.5 g"), q("1 g"), Decimal(2, 0), {}});

    SECTION("calibration: the reference is nominal + correction")
    {
        EvaluationContext ctx = scaleContext(RecordKind::Calibration);
        ctx.mpeRule.reset();
        ctx.standards.insert(1, info);
        auto r = evaluatePoint(point("20 kg", {"20.01 kg"}), ctx);
        REQUIRE(r);
        REQUIRE(r->referenceCorrection);
        CHECK(r->error.value() == Decimal(95, 4)); // 20.01 kg − 20.0005 kg
    }
    SECTION("verification: the nominal value, the correction a term of the budget")
    {
        EvaluationContext ctx = scaleContext();
        ctx.standards.insert(1, info);
        auto r = evaluatePoint(point("20 kg", {"20.01 kg"}), ctx);
        REQUIRE(r);
        CHECK_FALSE(r->referenceCorrection);
        CHECK(r->error.value() == Decimal(1, 2));
        REQUIRE(r->budgetResult);
        bool correctionTerm = false;
        for (const Contribution& c : r->budget->contributions)
            correctionTerm = correctionTerm || (c.name.contains(QStringLiteral("not applied")) && c.value == 0.0005);
        CHECK(correctionTerm);
    }
    SECTION("a load the certificate does not cover is bounded by the set's class, not by another load's U")
    {
        EvaluationContext ctx = scaleContext(RecordKind::Calibration);
        ctx.mpeRule.reset();
        ctx.standards.insert(1, info);
        auto r = evaluatePoint(point("10 kg", {"10.01 kg"}), ctx);
        REQUIRE(r);
        REQUIRE(r->budget);
        CHECK(r->budget->contributions.first().kind == Contribution::Kind::HalfWidth);
        CHECK(r->budget->contributions.first().value == Approx(0.0005)); // δm of a 10 kg M1 weight: 500 mg
        CHECK_FALSE(r->referenceCorrection);
    }
}

TEST_CASE("a result is stated to the decimal place of its expanded uncertainty", "[core][evaluation][rounding]")
{
    CHECK(roundedToUncertainty(q("20.01333 kg"), q("0.011 kg")).toString() == QStringLiteral("20.013 kg"));
    CHECK(roundedToUncertainty(q("10 kg"), q("0.0058 kg")).toString() == QStringLiteral("10.0000 kg"));
    CHECK(roundedToUncertainty(q("37.03333 °C"), q("0.022 K")).toString() == QStringLiteral("37.033 °C"));
    CHECK(roundedToUncertainty(q("20.01 kg"), q("11 g")).toString() == QStringLiteral("20.010 kg"));
    CHECK(roundedToUncertainty(q("20.0133 kg"), std::nullopt).toString() == QStringLiteral("20.0133 kg"));
}

TEST_CASE("a calibration point's U is expanded as EA-4/02 says, and few readings are flagged",
          "[core][evaluation][coverage]")
{
    StandardCalibrationInfo info;
    info.certificate = QStringLiteral("V26-0123/VMI");
    info.current.append(CalibrationPoint{q("20 kg"), std::nullopt, q("1 g"), Decimal(2, 0), {}});
    EvaluationContext ctx = scaleContext(RecordKind::Calibration);
    ctx.mpeRule.reset();
    ctx.standards.insert(1, info);

    SECTION("no Type A input: k = 2 exactly, about 95 %")
    {
        auto r = evaluatePoint(point("20 kg", {"20.01 kg"}), ctx);
        REQUIRE(r);
        REQUIRE(r->coverageFactor);
        CHECK(*r->coverageFactor == 2.0);
        CHECK(*r->coverageProbability == Approx(0.9545));
        CHECK(r->warnings.isEmpty());
    }
    SECTION("ten readings are reliable enough for k = 2 (EA-4/02 5.3), where GUM's t would give more")
    {
        auto r = evaluatePoint(point("20 kg",
                                     {"20.00 kg", "20.02 kg", "20.04 kg", "20.00 kg", "20.02 kg", "20.04 kg",
                                      "20.00 kg", "20.02 kg", "20.04 kg", "20.02 kg"}),
                               ctx);
        REQUIRE(r);
        CHECK(*r->coverageFactor == 2.0);
        CHECK(r->budgetResult->effectiveDofUsed.value_or(0) < 50);
    }
    SECTION("three scattered readings dominate: k from t at ν_eff, a warning, and the procedure's minimum")
    {
        auto r = evaluatePoint(point("20 kg", {"20.00 kg", "20.02 kg", "20.04 kg"}), ctx);
        REQUIRE(r);
        REQUIRE(r->budgetResult->effectiveDofUsed);
        CHECK(*r->budgetResult->effectiveDofUsed == 2);
        CHECK(*r->coverageFactor == Approx(4.53).margin(0.01)); // GUM Table G.2, ν = 2, 95.45 %
        REQUIRE(r->warnings.size() == 1);
        CHECK(r->warnings.first().contains(QStringLiteral("k = 4.53")));
        RecordEvaluation evaluation;
        evaluation.points.append(*r);
        CHECK(checkRepeats(evaluation, std::nullopt));
        CHECK(checkRepeats(evaluation, 3));
        auto refused = checkRepeats(evaluation, 5);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == QStringLiteral("too_few_repeats"));
        CHECK(refused.error().field == QStringLiteral("indication"));
        CHECK(refused.error().kind == ErrorKind::Refused);
    }
    SECTION("an entered U keeps its own k, and states the normal coverage for it")
    {
        Point p = point("20 kg", {"20.00 kg"});
        p.expandedUncertainty = q("30 g");
        p.k = Decimal(3, 0);
        auto r = evaluatePoint(p, ctx);
        REQUIRE(r);
        CHECK(*r->coverageFactor == 3.0);
        CHECK(*r->coverageProbability == Approx(0.9973).margin(0.0001));
    }
    SECTION("an entered U below what the point's own budget gives is refused, and few readings still count")
    {
        Point p = point("20 kg", {"20.00 kg", "20.04 kg"}); // ν = 1: k = 13.97, U ≈ 0.4 kg
        p.expandedUncertainty = q("30 g");
        auto r = evaluatePoint(p, ctx);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == QStringLiteral("uncertainty_below_budget"));
        CHECK(r.error().field == QStringLiteral("expanded-uncertainty"));
        p.expandedUncertainty = q("1 kg");
        auto large = evaluatePoint(p, ctx);
        REQUIRE(large);
        RecordEvaluation evaluation;
        evaluation.points.append(*large);
        CHECK(checkRepeats(evaluation, 5).error().code == QStringLiteral("too_few_repeats"));
    }
}

TEST_CASE("a weight's budget has the terms of OIML R 111 C.6 and its error is the mean of its cycles",
          "[core][evaluation][r111]")
{
    StandardCalibrationInfo reference;
    reference.certificate = QStringLiteral("V26-0777/VMI");
    reference.current.append(CalibrationPoint{q("1 kg"), q("2 mg"), q("1.6 mg"), Decimal(2, 0), {}});
    reference.previous.append(CalibrationPoint{q("1 kg"), q("1 mg"), q("1.6 mg"), Decimal(2, 0), {}});
    EvaluationContext ctx;
    ctx.kind = RecordKind::Periodic;
    ctx.instrument.accuracyClass = QStringLiteral("F2"); // δm = 16 mg
    ctx.instrument.nominal = q("1 kg");
    ctx.mpeRule = MpeRule::oimlR111();
    ctx.standards.insert(1, reference);
    auto terms = BudgetTerm::listFromJson(QJsonDocument::fromJson(R"json([
        {"name": "balance: display resolution", "kind": "display_resolution", "value": {"value": "0.1", "unit": "mg"}},
        {"name": "balance: sensitivity", "kind": "half_width", "relative": "0.0000002"},
        {"name": "balance: eccentricity", "kind": "half_width", "value": {"value": "0.2", "unit": "mg"}}
    ])json")
                                              .array());
    REQUIRE(terms);
    ctx.budgetTerms = *terms;
    // Three ABBA cycles: the test weight read against the reference taken at its nominal value.
    Point p = point("1 kg", {"1000.004 g", "1000.006 g", "1000.005 g"});

    auto r = evaluatePoint(p, ctx);
    REQUIRE(r);
    // The conventional mass is the mean of the cycles plus the reference's correction: error = 5 + 2 mg.
    CHECK(r->error.convertedTo(q("1 mg").unit())->value().normalized() == Decimal(7, 0));
    REQUIRE(r->referenceCorrection);
    QStringList names;
    for (const ContributionResult& c : r->budgetResult->contributions)
        names.append(c.name);
    INFO(names.join(u'|').toStdString());
    REQUIRE(names.size() == 7);
    CHECK(names[0].startsWith(QStringLiteral("reference weight (certificate V26-0777/VMI)")));
    CHECK(names[1] == QStringLiteral("instability of the reference weight"));
    CHECK(names[2].startsWith(QStringLiteral("weighing process (Type A, 3 cycle")));
    CHECK(names[6].startsWith(QStringLiteral("air buoyancy")));
    const auto& contributions = r->budgetResult->contributions;
    CHECK(contributions[0].standardUncertainty == Approx(0.8e-3)); // U/k in g
    CHECK(contributions[2].standardUncertainty == Approx(0.001 / std::sqrt(3.0))); // s/√n
    CHECK(contributions[3].standardUncertainty == Approx(0.0001 / 2 / std::sqrt(3.0) * std::sqrt(2.0)));
    CHECK(contributions[4].standardUncertainty == Approx(0.0002 / std::sqrt(3.0))); // 2e-7 × 1000 g
    CHECK(contributions[6].standardUncertainty == Approx(0.004 / std::sqrt(3.0))); // δm/4, rectangular
    CHECK(r->warnings.isEmpty());
    CHECK(r->verdict == Verdict::Pass);

    SECTION("a pooled s from earlier work replaces the cycles' own, with its degrees of freedom")
    {
        auto pooled = BudgetTerm::listFromJson(QJsonDocument::fromJson(R"json([
            {"name": "weighing process (pooled s)", "kind": "pooled_sd", "value": {"value": "0.6", "unit": "mg"},
             "dof": 20},
            {"name": "balance: display resolution", "kind": "display_resolution",
             "value": {"value": "0.1", "unit": "mg"}}])json")
                                                   .array());
        REQUIRE(pooled);
        ctx.budgetTerms = *pooled;
        auto one = evaluatePoint(point("1 kg", {"1000.005 g"}), ctx);
        REQUIRE(one);
        const ContributionResult& process = one->budgetResult->contributions[2];
        CHECK(process.name == QStringLiteral("weighing process (pooled s)"));
        CHECK(process.standardUncertainty == Approx(0.0006));
        CHECK(*process.dof == 20);
        CHECK(*one->coverageFactor == 2.0);
    }
    SECTION("without the balance's terms the point says so")
    {
        ctx.budgetTerms.clear();
        auto bare = evaluatePoint(p, ctx);
        REQUIRE(bare);
        REQUIRE(bare->warnings.size() == 1);
        CHECK(bare->warnings.first().contains(QStringLiteral("C.6.4")));
    }
    SECTION("without the reference weight's uncertainty there is nothing to judge by")
    {
        ctx.standards[1].current = {CalibrationPoint{q("1 kg"), q("2 mg"), std::nullopt, Decimal(2, 0), {}}};
        auto none = evaluatePoint(p, ctx);
        REQUIRE_FALSE(none);
        CHECK(none.error().code == QStringLiteral("missing_uncertainty"));
    }
    SECTION("a budget term with an unknown key is refused, naming it")
    {
        auto bad = BudgetTerm::listFromJson(
            QJsonDocument::fromJson(R"json([{"name": "x", "valeu": {"value": "1", "unit": "mg"}}])json").array());
        REQUIRE_FALSE(bad);
        CHECK(bad.error().message.contains(QStringLiteral("valeu")));
        const auto refused = [](const char* json) {
            return BudgetTerm::listFromJson(QJsonDocument::fromJson(json).array()).error().message;
        };
        CHECK(refused(R"([{"name": "x", "kind": "foo", "value": {"value": "1", "unit": "mg"}}])").contains(u"foo"));
        CHECK(refused(R"([{"name": "x", "distribution": "uniform", "value": {"value": "1", "unit": "mg"}}])")
                  .contains(u"uniform"));
        CHECK(refused(R"([{"name": "x", "k": 0.5, "value": {"value": "1", "unit": "mg"}}])").contains(u"k"));
        // A value may be written as text.
        auto text = BudgetTerm::listFromJson(QJsonDocument::fromJson(R"([{"name": "x", "value": "0.2 mg"}])").array());
        REQUIRE(text);
        CHECK(text->first().value.toString() == QStringLiteral("0.2 mg"));
        // k written as a number is the k used: a normal 100 mg at k = 4 is 25 mg.
        auto four = BudgetTerm::listFromJson(
            QJsonDocument::fromJson(
                R"([{"name": "x", "distribution": "normal", "k": 4, "value": {"value": "100", "unit": "mg"}}])")
                .array());
        REQUIRE(four);
        CHECK(four->first().k == Decimal(4, 0));
    }
}

TEST_CASE("discrimination: 1.4 d placed on the load changes the indication by at least d (OIML R 76 3.8)",
          "[core][evaluation][discrimination]")
{
    EvaluationContext ctx = scaleContext(); // d = e = 10 g
    Point p = point("30 kg", {"30.00 kg", "30.01 kg"});
    p.test = QStringLiteral("discrimination");
    p.addedLoad = q("14 g");
    auto pass = evaluatePoint(p, ctx);
    REQUIRE(pass);
    CHECK(pass->verdict == Verdict::Pass);
    CHECK(pass->error.value() == Decimal(1, 2)); // the change, not a change-point correction of each indication
    CHECK_FALSE(pass->budget);

    p.indications = {q("30.00 kg"), q("30.00 kg")};
    auto stuck = evaluatePoint(p, ctx);
    REQUIRE(stuck);
    CHECK(stuck->verdict == Verdict::Fail);
    CHECK(stuck->reason.contains(QStringLiteral("3.8")));

    const auto refusedField = [&](Point bad) {
        auto r = evaluatePoint(bad, ctx);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == ErrorKind::BadInput);
        return r.error().field;
    };
    Point three = p;
    three.indications = {q("30.00 kg"), q("30.01 kg"), q("30.01 kg")};
    CHECK(refusedField(three) == QStringLiteral("indication"));
    Point heavy = p;
    heavy.addedLoad = q("20 g");
    CHECK(refusedField(heavy) == QStringLiteral("added-load"));
    Point bare = p;
    bare.addedLoad.reset();
    CHECK(refusedField(bare) == QStringLiteral("added-load"));
}
