// SPDX-License-Identifier: Apache-2.0
#include "core/Decimal.h"

#include <catch2/catch.hpp>

using namespace Etalon;

namespace {
Decimal d(const char* text)
{
    auto r = Decimal::parse(QString::fromUtf8(text));
    REQUIRE(r);
    return *r;
}
} // namespace

TEST_CASE("decimals keep the digits typed and subtract exactly", "[core][decimal]")
{
    CHECK((d("10.010") - d("10.000")) == d("0.010"));
    CHECK((d("10.010") - d("10.000")).toString() == QStringLiteral("0.010"));
    CHECK(d("0.1") + d("0.2") == d("0.3"));
    CHECK(d("10,5").toString() == QStringLiteral("10.5"));
    CHECK(d("-0.05").toString() == QStringLiteral("-0.05"));
    CHECK(d("007").toString() == QStringLiteral("7"));
}

TEST_CASE("decimal parsing rejects what is not a plain number", "[core][decimal]")
{
    for (const char* bad : {"", "ten", "1e400", "NaN", "1,000.5", "1.2.3", "inf", "--1", "1 000", "."}) {
        INFO(bad);
        auto r = Decimal::parse(QString::fromUtf8(bad), QStringLiteral("value"));
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("value"));
        CHECK(r.error().kind == ErrorKind::BadInput);
    }
    CHECK_FALSE(Decimal::parse(QStringLiteral("1234567890123456789")));
}

TEST_CASE("decimal division is exact when it ends and rounded when it recurs", "[core][decimal]")
{
    CHECK(*d("10.010").dividedBy(d("0.001")) == d("10010"));
    CHECK(*d("1").dividedBy(d("8")) == d("0.125"));
    auto third = d("1").dividedBy(d("3"));
    REQUIRE(third);
    CHECK(third->scale() == Decimal::MaxScale);
    CHECK(third->rounded(4) == d("0.3333"));
    CHECK_FALSE(d("1").dividedBy(d("0")));
}

TEST_CASE("decimal rounding is half away from zero, also to a step", "[core][decimal]")
{
    CHECK(d("2.345").rounded(2) == d("2.35"));
    CHECK(d("-2.345").rounded(2) == d("-2.35"));
    CHECK(d("2.344").rounded(2) == d("2.34"));
    CHECK(*d("10.26").roundedToStep(d("0.5")) == d("10.5"));
    CHECK(*d("10.24").roundedToStep(d("0.5")) == d("10.0"));
    CHECK(d("1.2300").normalized().toString() == QStringLiteral("1.23"));
}

TEST_CASE("a double becomes its shortest exact decimal", "[core][decimal]")
{
    CHECK(*Decimal::fromDouble(0.001) == d("0.001"));
    CHECK(*Decimal::fromDouble(133.322) == d("133.322"));
    CHECK(*Decimal::fromDouble(3600.0) == d("3600"));
    CHECK(*Decimal::fromDouble(273.15) == d("273.15"));
    CHECK_FALSE(Decimal::fromDouble(std::numeric_limits<double>::quiet_NaN()));
}

TEST_CASE("decimal comparison is exact across scales", "[core][decimal]")
{
    CHECK(d("2.50") == d("2.5"));
    CHECK(d("2.5000000001") > d("2.5"));
    CHECK(d("-1") < d("0.000001"));
}
