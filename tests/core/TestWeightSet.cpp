// SPDX-License-Identifier: Apache-2.0
// A set of weights registered weight by weight: the weights that make up a load, and what they realise together.
#include "core/Evaluation.h"
#include "core/StandardFitness.h"
#include "core/WeightSet.h"

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

WeightItem weight(const char* nominal, const char* mark, const char* cls = "")
{
    WeightItem w;
    w.nominal = q(nominal);
    w.mark = QString::fromUtf8(mark);
    w.accuracyClass = QString::fromUtf8(cls);
    return w;
}

QList<WeightItem> set()
{
    return {weight("1 kg", "1"), weight("2 kg", "2"),   weight("2 kg", "2*"),
            weight("5 kg", "5"), weight("10 kg", "10"), weight("20 kg", "20", "F2")};
}

QStringList marks(const QList<WeightItem>& items)
{
    QStringList out;
    for (const WeightItem& w : items)
        out.append(w.mark);
    return out;
}

} // namespace

TEST_CASE("the weights of a set that make up a load", "[core][weights]")
{
    CHECK(marks(*itemsRealising(set(), q("8 kg"))) ==
          QStringList{QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("1")});
    CHECK(marks(*itemsRealising(set(), q("4 kg"))) == QStringList{QStringLiteral("2"), QStringLiteral("2*")});
    CHECK(marks(*itemsRealising(set(), q("40000 g"))).size() == 6);
    CHECK(itemsRealising(set(), q("0 kg"))->isEmpty());
    CHECK_FALSE(itemsRealising(set(), q("41 kg"))); // more than the set holds
    CHECK_FALSE(itemsRealising(set(), q("0.5 kg"))); // no 500 g weight
}

TEST_CASE("weights realise together the sum of their corrections, their uncertainties added linearly",
          "[core][weights]")
{
    const QList<CalibrationPoint> certificate{{q("5 kg"), q("20 mg"), q("30 mg"), Decimal(2, 0), {}},
                                              {q("2 kg"), q("-10 mg"), q("10 mg"), Decimal(2, 0), QStringLiteral("2")},
                                              {q("2 kg"), q("4 mg"), q("15 mg"), Decimal(3, 0), QStringLiteral("2*")},
                                              {q("1 kg"), std::nullopt, q("8 mg"), Decimal(2, 0), {}}};
    SECTION("a marked weight has its own point; an unmarked point serves the one weight of its value")
    {
        CHECK(itemCalibration(certificate, weight("2 kg", "2*"))->correction->value() == Decimal(4, 0));
        CHECK(itemCalibration(certificate, weight("5 kg", "5"))->correction->value() == Decimal(20, 0));
        CHECK_FALSE(itemCalibration(certificate, weight("10 kg", "10")));
    }
    SECTION("8 kg = 5 + 2 + 1: corrections add, standard uncertainties add, U at k = 2")
    {
        const auto used = itemsRealising(set(), q("8 kg"));
        const auto p = combinedCalibration(certificate, *used);
        REQUIRE(p);
        CHECK(p->value.value() == Decimal(8000000, 0));
        CHECK(p->correction->value() == Decimal(10, 0)); // 20 − 10 + 0 mg
        CHECK(p->uncertainty->value() == Decimal(48, 0)); // 2 × (15 + 5 + 4) mg
        CHECK(p->k == Decimal(2, 0));
        CHECK(p->item == QStringLiteral("5+2+1"));
    }
    SECTION("a k = 3 weight counts by its standard uncertainty")
    {
        const auto p = combinedCalibration(certificate, *itemsRealising(set(), q("4 kg")));
        REQUIRE(p);
        CHECK(p->uncertainty->value() == Decimal(20, 0)); // 2 × (5 + 5) mg
    }
    SECTION("a weight with no value on the certificate leaves the load uncalibrated")
    {
        CHECK_FALSE(combinedCalibration(certificate, *itemsRealising(set(), q("10 kg"))));
    }
    SECTION("each weight's own class bounds it")
    {
        // 20 kg F2 (300 mg) + 10 kg M1 (500 mg)
        CHECK(itemsClassBound(*itemsRealising(set(), q("30 kg")), QStringLiteral("M1"))->value() == Decimal(800, 0));
    }
}

TEST_CASE("a point's reference uncertainty comes from the weights that realise it, not the nearest calibrated load",
          "[core][weights][budget]")
{
    StandardCalibrationInfo info;
    info.certificate = QStringLiteral("KĐ-26/15");
    info.accuracyClass = QStringLiteral("M1");
    info.items = set();
    info.current = {{q("5 kg"), q("20 mg"), q("30 mg"), Decimal(2, 0), {}},
                    {q("2 kg"), q("-10 mg"), q("10 mg"), Decimal(2, 0), QStringLiteral("2")},
                    {q("2 kg"), q("4 mg"), q("16 mg"), Decimal(2, 0), QStringLiteral("2*")},
                    {q("1 kg"), std::nullopt, q("8 mg"), Decimal(2, 0), {}},
                    {q("10 kg"), q("100 mg"), q("80 mg"), Decimal(2, 0), {}},
                    {q("20 kg"), q("50 mg"), q("100 mg"), Decimal(2, 0), {}}};
    EvaluationContext ctx;
    ctx.kind = RecordKind::Calibration;
    ctx.instrument.resolution = q("1 g");
    ctx.standards.insert(1, info);
    Point p;
    p.seq = 1;
    p.standardId = 1;
    p.reference = q("9 kg"); // 5 + 2 + 2*: nowhere on the certificate as one value
    p.indications = {q("9.001 kg")};
    auto r = evaluatePoint(p, ctx);
    REQUIRE(r);
    const Contribution& reference = r->budget->contributions.first();
    CHECK(reference.name.contains(QStringLiteral("5+2+2*")));
    CHECK(reference.kind == Contribution::Kind::Expanded);
    CHECK(reference.value == Approx(0.000056)); // 30 + 10 + 16 mg, in kg
    // A calibration uses the conventional value: 9 kg + 14 mg.
    REQUIRE(r->referenceCorrection);
    CHECK(r->referenceCorrection->value() == Decimal(14, 0));
    // Weights calibrated twice move between calibrations: their instability adds up, the others' is unknown.
    info.previous = {{q("5 kg"), q("10 mg"), q("30 mg"), Decimal(2, 0), QStringLiteral("5")},
                     {q("2 kg"), q("-4 mg"), q("10 mg"), Decimal(2, 0), QStringLiteral("2")}};
    ctx.standards.insert(1, info);
    auto drifting = evaluatePoint(p, ctx);
    REQUIRE(drifting);
    bool found = false;
    for (const Contribution& c : drifting->budget->contributions)
        if (c.name.contains(QStringLiteral("drift"))) {
            found = true;
            CHECK(c.value == Approx(0.000016)); // 10 + 6 mg, in kg
        }
    CHECK(found);
    // The class bound of the weights used: 250 + 100 + 100 mg.
    CHECK(realisedClassBound(info, q("9 kg"))->value() == Decimal(450, 0));
    CHECK_FALSE(realisedPoint(info, q("9.5 kg")));
}
