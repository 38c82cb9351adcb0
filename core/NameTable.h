// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/Tr.h"

#include <QStringList>

#include <array>
#include <utility>

namespace Etalon {

/** An enum's stable names, for storage, the command line and JSON. */
template <typename E, std::size_t N>
using NameTable = std::array<std::pair<E, const char*>, N>;

template <typename E, std::size_t N>
inline QString nameIn(const NameTable<E, N>& table, E value)
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
inline Result<E> parseIn(const NameTable<E, N>& table, const QString& name, const QString& field)
{
    QStringList accepted;
    for (const auto& [v, n] : table) {
        if (name == QLatin1String(n))
            return v;
        accepted.append(QString::fromLatin1(n));
    }
    return fail(Error::badInput(field, Tr::tr("“%1” is not one of: %2").arg(name, accepted.join(u", ")),
                                QStringLiteral("bad_choice")));
}

} // namespace Etalon
