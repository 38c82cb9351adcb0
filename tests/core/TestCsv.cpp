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

TEST_CASE("a semicolon-separated file, as Excel writes under Vietnamese settings, is read as such", "[core][csv]")
{
    auto rows = parseCsv(QStringLiteral("name;tax_code;address\r\nCông ty A;0101;\"Số 1; đường 2\"\r\n"));
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(1) ==
          QStringList{QStringLiteral("Công ty A"), QStringLiteral("0101"), QStringLiteral("Số 1; đường 2")});
    // A comma anywhere in the header keeps the comma: a semicolon inside a value is just text.
    auto commas = parseCsv(QStringLiteral("name,note\nA,x;y\n"));
    REQUIRE(commas);
    CHECK(commas->at(1) == QStringList{QStringLiteral("A"), QStringLiteral("x;y")});
}

TEST_CASE("text cells that a spreadsheet would run as formulas are neutralised, losslessly", "[core][csv]")
{
    for (const char* formula : {"=HYPERLINK(\"http://x\")", "+84 912 345 678", "-Team", "@SUM(A1)", "\tx", "\rx"}) {
        const QString cell = QString::fromUtf8(formula);
        const QString shown = csvCellForSpreadsheet(cell);
        CHECK(shown == u'\'' + cell);
        CHECK(csvCellFromSpreadsheet(shown) == cell);
    }
    // Numbers stay numbers; ordinary text is untouched.
    for (const char* plain : {"-5", "+3.25", "-1,5", "1e-3", "Công ty A", "", "x=y"}) {
        const QString cell = QString::fromUtf8(plain);
        CHECK(csvCellForSpreadsheet(cell) == cell);
        CHECK(csvCellFromSpreadsheet(cell) == cell);
    }
    // A cell that already starts with apostrophes before a formula character comes back exactly.
    for (const char* quoted : {"'=x", "''-y", "'plain"}) {
        const QString cell = QString::fromUtf8(quoted);
        CHECK(csvCellFromSpreadsheet(csvCellForSpreadsheet(cell)) == cell);
    }
}
