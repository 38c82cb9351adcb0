// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Decimal.h"
#include "core/Result.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Etalon {

/**
 * A unit users type ("kg", "kPa", "°C"). Its dimension and its factor to the coherent SI unit are
 * taken from Boost.Units when the catalogue is built; nothing here is a hand-typed factor.
 */
class Unit final
{
public:
    Unit() = default;
    Unit(QString symbol, QString dimension, Decimal factor, Decimal factorDivisor, Decimal offset)
        : m_symbol(std::move(symbol))
        , m_dimension(std::move(dimension))
        , m_factor(factor)
        , m_factorDivisor(factorDivisor)
        , m_offset(offset)
    {
    }

    bool isValid() const { return !m_symbol.isEmpty(); }
    const QString& symbol() const { return m_symbol; }
    /** The coherent SI unit of the same dimension, as Boost.Units writes it ("kg", "m^3 s^-1"). */
    const QString& dimension() const { return m_dimension; }
    /** The kind of quantity in words, for messages ("mass", "pressure"). */
    QString quantityName() const;
    /** The same in stable English words, as the catalogue's instrument types name their quantity. */
    QString quantityKey() const;
    /**
     * Value in SI = value × factor ÷ factorDivisor + offset. The divisor keeps factors such as L/min
     * (1/60000 m³/s) exact; it is 1 for every unit with a decimal factor.
     */
    const Decimal& factor() const { return m_factor; }
    const Decimal& factorDivisor() const { return m_factorDivisor; }
    const Decimal& offset() const { return m_offset; }
    bool isCompatibleWith(const Unit& other) const { return m_dimension == other.m_dimension; }

    bool operator==(const Unit& other) const { return m_symbol == other.m_symbol; }

private:
    QString m_symbol;
    QString m_dimension;
    Decimal m_factor{1, 0};
    Decimal m_factorDivisor{1, 0};
    Decimal m_offset;
};

/** The runtime catalogue of units users may type. */
class UnitCatalog final
{
public:
    static const UnitCatalog& instance();

    /** Finds a unit by its symbol or an accepted alias ("m3" for "m³", "ohm" for "Ω"). */
    Result<Unit> find(const QString& symbol, const QString& field = QString()) const;
    const QList<Unit>& units() const { return m_units; }

private:
    UnitCatalog();
    QList<Unit> m_units;
};

} // namespace Etalon

Q_DECLARE_METATYPE(Etalon::Unit)
