// SPDX-License-Identifier: Apache-2.0
#include "core/StandardTolerance.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using Etalon::Test::q;

TEST_CASE("a weight found outside its OIML R 111 class is out of tolerance", "[core][standards]")
{
    Standard weight;
    weight.accuracyClass = QStringLiteral("F1"); // 20 kg: MPE 100 mg
    StandardCalibration c;
    // R 111: |c| + U ≤ δm, so the limit of a correction is δm − U.
    c.points = {CalibrationPoint{q("20 kg"), q("0.150 g"), q("0.03 g"), Decimal(2, 0), {}},
                CalibrationPoint{q("20 kg"), q("-70 mg"), q("0.03 g"), Decimal(2, 0), {}}, // exactly δm: within
                CalibrationPoint{q("20 kg"), q("-71 mg"), q("0.03 g"), Decimal(2, 0), {}},
                CalibrationPoint{q("10 kg"), q("-0.041 g"), q("0.01 g"), Decimal(2, 0), {}}}; // 10 kg: MPE 50 mg
    const auto findings = outOfTolerance(weight, c);
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].correction.toString() == QStringLiteral("0.150 g"));
    CHECK(findings[0].limit.toString() == QStringLiteral("70 mg"));
    CHECK(findings[1].correction.toString() == QStringLiteral("-71 mg"));
    CHECK(findings[2].value.toString() == QStringLiteral("10 kg"));
    CHECK(findings[2].limit.toString() == QStringLiteral("40 mg"));

    // No class with an R 111 limit, or no correction given: nothing to judge.
    weight.accuracyClass = QStringLiteral("0.1");
    CHECK(outOfTolerance(weight, c).isEmpty());
    weight.accuracyClass = QStringLiteral("F1");
    c.points = {CalibrationPoint{q("20 kg"), std::nullopt, q("0.03 g"), Decimal(2, 0), {}}};
    CHECK(outOfTolerance(weight, c).isEmpty());
}

TEST_CASE("a limit set on a standard replaces its class and applies in any unit of its quantity", "[core][standards]")
{
    Standard gauge;
    gauge.name = QStringLiteral("Áp kế chuẩn");
    gauge.serial = QStringLiteral("P-1");
    gauge.accuracyClass = QStringLiteral("F1"); // ignored once a limit is set
    gauge.toleranceLimit = q("0.05 kPa");
    StandardCalibration c;
    c.points = {CalibrationPoint{q("100 kPa"), q("0.04 kPa"), q("0.01 kPa"), Decimal(2, 0), {}},
                CalibrationPoint{q("200 kPa"), q("-60 Pa"), q("0.01 kPa"), Decimal(2, 0), {}},
                CalibrationPoint{q("300 kPa"), q("50 Pa"), q("0.01 kPa"), Decimal(2, 0), {}}}; // at the limit: inside
    const auto findings = outOfTolerance(gauge, c);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].value.toString() == QStringLiteral("200 kPa"));
    CHECK(findings[0].limit.toString() == QStringLiteral("0.05 kPa"));

    gauge.rangeMax = q("1 MPa");
    CHECK(gauge.validate());
    gauge.toleranceLimit = q("1 g");
    CHECK(gauge.validate().error().field == QStringLiteral("limit"));
    gauge.toleranceLimit = q("0 kPa");
    CHECK(gauge.validate().error().field == QStringLiteral("limit"));
}

TEST_CASE("a thermometer's corrections in K are judged against its limit in °C as differences",
          "[core][standards][temperature]")
{
    Standard thermometer;
    thermometer.name = QStringLiteral("Nhiệt kế chuẩn");
    thermometer.serial = QStringLiteral("T-1");
    thermometer.toleranceLimit = q("0.05 °C");
    StandardCalibration c;
    c.points = {CalibrationPoint{q("20 °C"), q("0.04 K"), q("0.01 K"), Decimal(2, 0), {}},
                CalibrationPoint{q("293.15 K"), q("-0.06 K"), q("0.01 K"), Decimal(2, 0), {}},
                CalibrationPoint{q("50 °C"), q("0.05 K"), q("0.01 K"), Decimal(2, 0), {}}}; // at the limit: inside
    const auto findings = outOfTolerance(thermometer, c);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].correction.toString() == QStringLiteral("-0.06 K"));
}
