// SPDX-License-Identifier: Apache-2.0
#include "ReferenceData.h"

#include "core/Csv.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace Etalon::Test {

QList<QStringList> referenceCsv(const char* name)
{
    QFile f(QStringLiteral(ETALON_REFERENCE_DIR "/") + QString::fromLatin1(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto rows = parseCsv(QString::fromUtf8(f.readAll()));
    REQUIRE(rows);
    return rows.value();
}

} // namespace Etalon::Test
