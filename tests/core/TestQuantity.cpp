// SPDX-License-Identifier: Apache-2.0
#include "core/Quantity.h"

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
Unit unit(const char* symbol)
{
    return UnitCatalog::instance().find(QString::fromUtf8(symbol)).value();
}
} // namespace

TEST_CASE("quantities parse with or without a space and with either separator", "[core][units]")
{
    CHECK(q("10 kg") == q("10kg"));
    CHECK(q("10.5 g").value().toString() == QStringLiteral("10.5"));
    CHECK(q("10,5 g") == q("10.5 g"));
    CHECK(q("101.3 kPa").unit().symbol() == QStringLiteral("kPa"));
    CHECK(q("20 °C").unit().symbol() == QStringLiteral("°C"));
    CHECK(q("1.5 m3").unit().symbol() == QStringLiteral("m³"));
    CHECK(q("55 %RH").unit().symbol() == QStringLiteral("%RH"));
}

TEST_CASE("bad quantities are refused with a reason naming the field", "[core][units]")
{
    struct Case
    {
        const char* text;
        const char* code;
    };
    for (const Case& c : {Case{"ten kg", "bad_number"}, Case{"10 kgs", "unknown_unit"},
                          Case{"1e400 kg", "unknown_unit"}, Case{"NaN g", "bad_number"}, Case{"", "bad_input"},
                          Case{"10", "missing_unit"}, Case{"1,000.5 g", "bad_number"}}) {
        INFO(c.text);
        auto r = Quantity::parse(QString::fromUtf8(c.text), QStringLiteral("indication"));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == QString::fromLatin1(c.code));
        CHECK(r.error().field == QStringLiteral("indication"));
        CHECK_FALSE(r.error().message.isEmpty());
    }
}

TEST_CASE("every unit of the catalogue takes its dimension and factor from Boost.Units", "[core][units]")
{
    CHECK(unit("kg").dimension() == QStringLiteral("kg"));
    CHECK(unit("g").factor() == Decimal(1, 3));
    CHECK(unit("mg").factor() == Decimal(1, 6));
    CHECK(unit("t").factor() == Decimal(1000, 0));
    CHECK(unit("L").factor() == Decimal(1, 3));
    CHECK(unit("mL").factor() == Decimal(1, 6));
    CHECK(unit("m³").dimension() == unit("L").dimension());
    CHECK(unit("L/min").dimension() == unit("m³/h").dimension());
    CHECK(unit("kPa").factor() == Decimal(1000, 0));
    CHECK(unit("bar").factor() == Decimal(100000, 0));
    CHECK(unit("mmHg").dimension() == unit("Pa").dimension());
    CHECK(unit("kWh").factor() == Decimal(3600000, 0));
    CHECK(unit("h").factor() == Decimal(3600, 0));
    CHECK(unit("min").factor() == Decimal(60, 0));
    CHECK(unit("°C").offset() == Decimal(27315, 2));
    CHECK(unit("%RH").dimension() == unit("%").dimension());
    for (const char* symbol :
         {"mg", "g", "kg", "t", "mL", "L",  "m³",  "L/min", "m³/h", "Pa", "kPa", "MPa", "bar", "mmHg", "°C",
          "K",  "V", "A",  "Ω", "W",  "kW", "kWh", "mm",    "m",    "km", "s",   "min", "h",   "%RH",  "%"}) {
        INFO(symbol);
        CHECK(UnitCatalog::instance().find(QString::fromUtf8(symbol)));
    }
}

TEST_CASE("a g reading converts exactly against a kg reference", "[core][units]")
{
    auto diff = q("10010 g").minus(q("10 kg"));
    REQUIRE(diff);
    CHECK(*diff == q("10 g"));
    CHECK(*q("10.010 kg").minus(q("10.000 kg")) == q("0.010 kg"));
    CHECK(*q("10.010 kg").convertedTo(unit("g")) == q("10010 g"));
    CHECK(*q("1.5 m³").convertedTo(unit("L")) == q("1500 L"));
    CHECK(*q("60 L/min").convertedTo(unit("m³/h")) == q("3.6 m³/h"));
    CHECK(*q("2 kWh").convertedTo(unit("Wh")) == q("2000 Wh"));
    CHECK_FALSE(q("2 kWh").convertedTo(unit("W")));
}

TEST_CASE("mixing dimensions is an error naming both units", "[core][units]")
{
    auto r = q("100 kPa").minus(q("10 kg"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == QStringLiteral("unit_mismatch"));
    CHECK(r.error().message.contains(QStringLiteral("kPa")));
    CHECK(r.error().message.contains(QStringLiteral("kg")));
}

TEST_CASE("temperatures convert with their offset and differences have none", "[core][units]")
{
    CHECK(*q("20 °C").convertedTo(unit("K")) == q("293.15 K"));
    CHECK(*q("293.15 K").convertedTo(unit("°C")) == q("20 °C"));
    CHECK(*q("20.5 °C").minus(q("20 °C")) == q("0.5 °C"));
}

TEST_CASE("a non-decimal factor is applied and rounded to the resolution", "[core][units]")
{
    auto pa = q("760 mmHg").convertedTo(unit("Pa"));
    REQUIRE(pa);
    CHECK(*pa == q("101325.0144354 Pa")); // 760 × 133.322 387 415 Pa, exactly
    CHECK(*q("1 mmHg").convertedTo(unit("Pa")) == q("133.322387415 Pa"));
    auto mmhg = q("100 Pa").convertedTo(unit("mmHg"), Decimal(1, 2));
    REQUIRE(mmhg);
    CHECK(*mmhg == q("0.75 mmHg"));
    auto rounded = q("100 Pa").convertedTo(unit("mmHg"));
    REQUIRE(rounded);
    CHECK(rounded->value().scale() <= 6);
}

TEST_CASE("quantities compare exactly across units", "[core][units]")
{
    CHECK(*q("1 kg").compare(q("1000 g")) == std::strong_ordering::equal);
    CHECK(*q("1 kg").compare(q("1000.001 g")) == std::strong_ordering::less);
    CHECK(q("10.010 kg").toJson().value(QStringLiteral("value")).toString() == QStringLiteral("10.010"));
}

TEST_CASE("absolute temperatures take the 273.15 offset, differences never do", "[core][units][temperature]")
{
    CHECK(q("20 °C").convertedTo(unit("K"))->value() == Decimal(29315, 2));
    CHECK(q("0.1 °C").asDifference().convertedTo(unit("K"))->value() == Decimal(1, 1));
    CHECK(Quantity::parseDifference(QStringLiteral("0.02 K"))->convertedTo(unit("°C"))->value() == Decimal(2, 2));
    CHECK(Quantity::parseDifference(QStringLiteral("0.02 K"))->convertedTo(unit("°C"))->isDifference());

    // Two absolute values differ by an interval, whatever their units.
    auto error = q("303.25 K").minus(q("20 °C"));
    REQUIRE(error);
    CHECK(error->isDifference());
    CHECK(error->value() == Decimal(101, 1));
    CHECK(error->unit().symbol() == QStringLiteral("K"));
    CHECK(error->convertedTo(unit("°C"))->value() == Decimal(101, 1));

    // An absolute value plus or minus an interval stays absolute.
    auto warmer = q("20 °C").plus(Quantity::parseDifference(QStringLiteral("1 K")).value());
    REQUIRE(warmer);
    CHECK_FALSE(warmer->isDifference());
    CHECK(warmer->value() == Decimal(21, 0));
    auto cooler = q("20 °C").minus(Quantity::parseDifference(QStringLiteral("1 K")).value());
    REQUIRE(cooler);
    CHECK_FALSE(cooler->isDifference());
    CHECK(cooler->value() == Decimal(19, 0));

    // Intervals compare without offsets; absolute values with them.
    const Quantity tenthC = Quantity::parseDifference(QStringLiteral("0.1 °C")).value();
    CHECK(*error->abs().compare(tenthC) == std::strong_ordering::greater);
    CHECK(*Quantity::parseDifference(QStringLiteral("0.05 K"))->compare(tenthC) == std::strong_ordering::less);
    CHECK(*q("273.15 K").compare(q("0 °C")) == std::strong_ordering::equal);
    CHECK(q("1 kg").asDifference().convertedTo(unit("g"))->value() == Decimal(1000, 0));
}
