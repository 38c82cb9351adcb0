// SPDX-License-Identifier: Apache-2.0
#include "core/DecisionRule.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Etalon;

namespace {
Decimal d(const char* t)
{
    return Decimal::parse(QString::fromLatin1(t)).value();
}
} // namespace

TEST_CASE("simple acceptance: the MPE boundary passes, conditional results when asked", "[core][decision]")
{
    DecisionRule simple;
    CHECK(decide(simple, d("15"), d("15"), d("4")).outcome == Decision::Outcome::Pass);
    CHECK(decide(simple, d("-15.001"), d("15"), d("4")).outcome == Decision::Outcome::Fail);
    simple.reportConditional = true;
    CHECK(decide(simple, d("12"), d("15"), d("4")).outcome == Decision::Outcome::ConditionalPass);
    CHECK(decide(simple, d("11"), d("15"), d("4")).outcome == Decision::Outcome::Pass);
    CHECK(decide(simple, d("18"), d("15"), d("4")).outcome == Decision::Outcome::ConditionalFail);
    CHECK(decide(simple, d("19.5"), d("15"), d("4")).outcome == Decision::Outcome::Fail);
    CHECK(decide(simple, d("12"), d("15"), d("4")).explanation.contains(QStringLiteral("within U")));
}

TEST_CASE("guard-banded acceptance deducts w = factor × U", "[core][decision]")
{
    auto rule =
        DecisionRule::fromJson(QJsonDocument::fromJson(R"({"kind":"guard-banded","guard_factor":"0.5"})").object());
    REQUIRE(rule);
    CHECK(decide(*rule, d("13"), d("15"), d("4")).outcome == Decision::Outcome::Pass); // AL = 13
    CHECK(decide(*rule, d("13.01"), d("15"), d("4")).outcome == Decision::Outcome::Fail);
    rule->reportConditional = true;
    CHECK(decide(*rule, d("14"), d("15"), d("4")).outcome == Decision::Outcome::ConditionalFail);
    CHECK(rule->statement().contains(QStringLiteral("0.5")));
    CHECK(DecisionRule::fromJson(rule->toJson())->guardFactor == d("0.5"));
    CHECK_FALSE(DecisionRule::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("coin-toss")}}));
}

TEST_CASE("the OIML R 111 rule refuses a verdict when U exceeds δm/3", "[core][decision]")
{
    DecisionRule r111;
    r111.kind = DecisionRule::Kind::OimlR111;
    CHECK(decide(r111, d("10"), d("16"), d("6")).outcome == Decision::Outcome::Inadequate);
    CHECK(decide(r111, d("11"), d("16"), d("5")).outcome == Decision::Outcome::Pass);
    CHECK(decide(r111, d("11.1"), d("16"), d("5")).outcome == Decision::Outcome::Fail);
    CHECK(decide(r111, d("1"), d("16"), std::nullopt).outcome == Decision::Outcome::Inadequate);
}

TEST_CASE("TAR and TUR compare the tolerance with the uncertainty", "[core][decision]")
{
    CHECK(*testAccuracyRatio(15, 3) == Approx(5.0));
    CHECK(*testUncertaintyRatio(15, 5) == Approx(3.0));
    CHECK_FALSE(testUncertaintyRatio(15, 0));
}
