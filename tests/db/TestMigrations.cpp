// SPDX-License-Identifier: Apache-2.0
#include "db/Database.h"
#include "db/Migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Etalon;

TEST_CASE("an empty file is migrated to the latest schema in one step per version", "[db][migrations]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("new.etalon"))));
    CHECK(db.schemaVersion() == int(Migrations::all().size()));
    for (const char* table :
         {"settings", "users", "authorisations", "organisations", "instrument_types", "procedures", "scope",
          "instruments", "instrument_owners", "standards", "standard_status_events", "standard_calibrations", "records",
          "readings", "record_checks", "record_standard_allowances", "record_events", "certificates", "audit_log"}) {
        INFO(table);
        CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                        {QString::fromLatin1(table)})
                  ->toInt() == 1);
    }
    // Re-opening runs no migration twice.
    db.close();
    REQUIRE(db.open(dir.filePath(QStringLiteral("new.etalon"))));
    CHECK(db.schemaVersion() == int(Migrations::all().size()));
}

TEST_CASE("the indexes the due lists and searches need exist", "[db][migrations]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("idx.etalon"))));
    for (const char* index :
         {"instruments_due", "instruments_serial", "standards_due", "records_instrument", "records_status"}) {
        INFO(index);
        CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?"),
                        {QString::fromLatin1(index)})
                  ->toInt() == 1);
    }
}
