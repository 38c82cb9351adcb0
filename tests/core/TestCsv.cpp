// SPDX-License-Identifier: Apache-2.0
#include "core/Csv.h"

#include <catch2/catch.hpp>

using namespace Etalon;

TEST_CASE("CSV fields may be quoted with commas, quotes and newlines", "[core][csv]")
{
    auto rows = parseCsv(QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3"));
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(1) ==
          QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")});
    CHECK(rows->at(2) == QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")});
    auto bad = parseCsv(QStringLiteral("a,\"open\n"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == QStringLiteral("bad_csv"));
}
