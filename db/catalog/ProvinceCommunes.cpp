// SPDX-License-Identifier: Apache-2.0
#include "db/catalog/ProvinceCommunes.h"

#include "core/Csv.h"

#include <QFile>

namespace Etalon {

namespace {

QStringList readNames()
{
    QFile f(QStringLiteral(":/etalon/reference/tuyen_quang_communes_2025.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    const auto rows = parseCsv(QString::fromUtf8(f.readAll())).value_or(QList<QStringList>{});
    for (const QStringList& row : rows.mid(1))
        if (!row.value(0).trimmed().isEmpty())
            names.append(row.value(0).trimmed());
    return names;
}

} // namespace

const CommuneRegister& provinceCommunes()
{
    static const CommuneRegister communes(QStringLiteral("Tuyên Quang"), readNames());
    return communes;
}

} // namespace Etalon
