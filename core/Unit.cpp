// SPDX-License-Identifier: Apache-2.0
#include "core/Unit.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <utility>

#include <boost/units/absolute.hpp>
#include <boost/units/base_units/metric/bar.hpp>
#include <boost/units/base_units/metric/hour.hpp>
#include <boost/units/base_units/metric/liter.hpp>
#include <boost/units/base_units/metric/minute.hpp>
#include <boost/units/base_units/metric/ton.hpp>
#include <boost/units/base_units/temperature/celsius.hpp>
#include <boost/units/base_units/temperature/conversions.hpp>
#include <boost/units/conversion.hpp>
#include <boost/units/io.hpp>
#include <boost/units/make_scaled_unit.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/systems/si.hpp>
#include <boost/units/systems/si/io.hpp>
#include <boost/units/systems/temperature/celsius.hpp>

// The conventional millimetre of mercury, 13.5951 × 9.80665 Pa = 133.322 387 415 Pa exactly (ISO 80000-4):
// Boost.Units' own metric::mmHg is 133.322 Pa, 0.0003 % short, so it is defined here with its exact factor.
BOOST_UNITS_DEFINE_BASE_UNIT_WITH_CONVERSIONS(etalon, mmHg, "millimetre of mercury", "mmHg", 133.322387415,
                                              boost::units::si::pressure, 1404);

namespace Etalon {

namespace bu = boost::units;
namespace si = boost::units::si;

namespace {

template <typename U, int Exponent>
using Scaled = typename bu::make_scaled_unit<U, bu::scale<10, bu::static_rational<Exponent>>>::type;

using Gram = Scaled<si::mass, -3>;
using Milligram = Scaled<si::mass, -6>;
using Tonne = bu::metric::ton_base_unit::unit_type;
using Litre = bu::metric::liter_base_unit::unit_type;
using Millilitre = Scaled<Litre, -3>;
using Minute = bu::metric::minute_base_unit::unit_type;
using Hour = bu::metric::hour_base_unit::unit_type;
using LitrePerMinute = decltype(Litre() / Minute());
using CubicMetrePerHour = decltype(si::cubic_meter / Hour());
using KiloWatt = Scaled<si::power, 3>;
using KiloWattHour = decltype(KiloWatt() * Hour());
using Percent = Scaled<si::dimensionless, -2>;
using Celsius = bu::celsius::temperature;

// The exact ratio behind a Boost.Units factor: a short decimal as it stands, else the continued fraction
// with the smallest denominator that reproduces the double (1/60000 for L/min in m³/s).
std::pair<Decimal, Decimal> exactRatio(double factor)
{
    const Decimal shortest = Decimal::fromDouble(factor).value_or(Decimal(1, 0));
    if (QString::number(shortest.normalized().mantissa()).size() <= 12)
        return {shortest, Decimal(1, 0)};
    double x = factor;
    long long h0 = 0, h1 = 1, k0 = 1, k1 = 0;
    for (int i = 0; i < 40; ++i) {
        const long long a = static_cast<long long>(std::floor(x));
        const long long h2 = a * h1 + h0, k2 = a * k1 + k0;
        h0 = h1, h1 = h2, k0 = k1, k1 = k2;
        if (std::abs(double(h1) / double(k1) - factor) <= 1e-15 * std::abs(factor) || k1 > 1'000'000'000LL)
            break;
        x = 1.0 / (x - double(a));
    }
    return {Decimal::fromInt(h1), Decimal::fromInt(k1)};
}

template <typename U>
Unit makeUnit(const char* symbol)
{
    using Dimension = typename U::dimension_type;
    using SiUnit = bu::unit<Dimension, si::system>;
    const auto [factor, divisor] = exactRatio(bu::conversion_factor(U(), SiUnit()));
    const QString dimension = QString::fromStdString(bu::symbol_string(SiUnit()));
    return Unit(QString::fromUtf8(symbol), dimension, factor, divisor, Decimal());
}

Unit makeCelsius()
{
    // The offset comes from Boost.Units' own absolute-temperature conversion (0 °C in K).
    const bu::quantity<bu::absolute<Celsius>> zero(0.0 * bu::absolute<Celsius>());
    const bu::quantity<bu::absolute<si::temperature>> kelvin(zero);
    const Unit base = makeUnit<Celsius>("°C");
    return Unit(base.symbol(), base.dimension(), base.factor(), base.factorDivisor(),
                Decimal::fromDouble(kelvin.value()).value_or(Decimal()));
}

QList<Unit> buildUnits()
{
    return {
        makeUnit<Milligram>("mg"),
        makeUnit<Gram>("g"),
        makeUnit<si::mass>("kg"),
        makeUnit<Tonne>("t"),
        makeUnit<Millilitre>("mL"),
        makeUnit<Litre>("L"),
        makeUnit<si::volume>("m³"),
        makeUnit<LitrePerMinute>("L/min"),
        makeUnit<CubicMetrePerHour>("m³/h"),
        makeUnit<si::pressure>("Pa"),
        makeUnit<Scaled<si::pressure, 3>>("kPa"),
        makeUnit<Scaled<si::pressure, 6>>("MPa"),
        makeUnit<bu::metric::bar_base_unit::unit_type>("bar"),
        makeUnit<Scaled<bu::metric::bar_base_unit::unit_type, -3>>("mbar"),
        makeUnit<bu::etalon::mmHg_base_unit::unit_type>("mmHg"),
        makeCelsius(),
        makeUnit<si::temperature>("K"),
        makeUnit<Scaled<si::electric_potential, -3>>("mV"),
        makeUnit<si::electric_potential>("V"),
        makeUnit<Scaled<si::electric_potential, 3>>("kV"),
        makeUnit<Scaled<si::current, -3>>("mA"),
        makeUnit<si::current>("A"),
        makeUnit<si::resistance>("Ω"),
        makeUnit<Scaled<si::resistance, 3>>("kΩ"),
        makeUnit<Scaled<si::resistance, 6>>("MΩ"),
        makeUnit<si::power>("W"),
        makeUnit<KiloWatt>("kW"),
        makeUnit<decltype(si::watt * Hour())>("Wh"),
        makeUnit<KiloWattHour>("kWh"),
        makeUnit<Scaled<si::length, -3>>("mm"),
        makeUnit<Scaled<si::length, -2>>("cm"),
        makeUnit<si::length>("m"),
        makeUnit<Scaled<si::length, 3>>("km"),
        makeUnit<si::time>("s"),
        makeUnit<Minute>("min"),
        makeUnit<Hour>("h"),
        makeUnit<si::frequency>("Hz"),
        makeUnit<Percent>("%RH"),
        makeUnit<Percent>("%"),
    };
}

const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("m3"), QStringLiteral("m³")},       {QStringLiteral("m3/h"), QStringLiteral("m³/h")},
        {QStringLiteral("l"), QStringLiteral("L")},         {QStringLiteral("ml"), QStringLiteral("mL")},
        {QStringLiteral("l/min"), QStringLiteral("L/min")}, {QStringLiteral("ohm"), QStringLiteral("Ω")},
        {QStringLiteral("Ohm"), QStringLiteral("Ω")},       {QStringLiteral("kohm"), QStringLiteral("kΩ")},
        {QStringLiteral("Mohm"), QStringLiteral("MΩ")},     {QStringLiteral("degC"), QStringLiteral("°C")},
        {QStringLiteral("℃"), QStringLiteral("°C")},        {QString(QChar(0x2126)), QStringLiteral("Ω")},
        {QStringLiteral("kW.h"), QStringLiteral("kWh")},    {QStringLiteral("kW·h"), QStringLiteral("kWh")},
    };
    return map;
}

} // namespace

namespace {

const char* quantityOf(const QString& dimension)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("kg"), QT_TRANSLATE_NOOP("Etalon", "mass")},
        {QStringLiteral("m^3"), QT_TRANSLATE_NOOP("Etalon", "volume")},
        {QStringLiteral("m^3 s^-1"), QT_TRANSLATE_NOOP("Etalon", "volume flow")},
        {QStringLiteral("Pa"), QT_TRANSLATE_NOOP("Etalon", "pressure")},
        {QStringLiteral("K"), QT_TRANSLATE_NOOP("Etalon", "temperature")},
        {QStringLiteral("V"), QT_TRANSLATE_NOOP("Etalon", "voltage")},
        {QStringLiteral("A"), QT_TRANSLATE_NOOP("Etalon", "current")},
        {QStringLiteral("Ohm"), QT_TRANSLATE_NOOP("Etalon", "resistance")},
        {QStringLiteral("W"), QT_TRANSLATE_NOOP("Etalon", "power")},
        {QStringLiteral("J"), QT_TRANSLATE_NOOP("Etalon", "energy")},
        {QStringLiteral("m"), QT_TRANSLATE_NOOP("Etalon", "length")},
        {QStringLiteral("s"), QT_TRANSLATE_NOOP("Etalon", "time")},
        {QStringLiteral("Hz"), QT_TRANSLATE_NOOP("Etalon", "frequency")},
        {QStringLiteral("dimensionless"), QT_TRANSLATE_NOOP("Etalon", "ratio")},
    };
    return names.value(dimension, nullptr);
}

} // namespace

QString Unit::quantityName() const
{
    const char* name = quantityOf(m_dimension);
    return name ? QCoreApplication::translate("Etalon", name) : m_dimension;
}

QString Unit::quantityKey() const
{
    const char* name = quantityOf(m_dimension);
    return name ? QString::fromLatin1(name) : m_dimension;
}

const UnitCatalog& UnitCatalog::instance()
{
    static const UnitCatalog catalog;
    return catalog;
}

UnitCatalog::UnitCatalog()
    : m_units(buildUnits())
{
}

Result<Unit> UnitCatalog::find(const QString& symbol, const QString& field) const
{
    const QString wanted = aliases().value(symbol, symbol);
    for (const Unit& unit : m_units) {
        if (unit.symbol() == wanted)
            return unit;
    }
    return fail(Error::badInput(field, QCoreApplication::translate("Etalon", "unknown unit “%1”").arg(symbol),
                                QStringLiteral("unknown_unit")));
}

} // namespace Etalon
