// SPDX-License-Identifier: Apache-2.0
#include "db/backup/BackupService.h"
#include "db/store/Database.h"
#include "db/store/Migrations.h"
#include "db/trust/AuditLog.h"
#include "db/trust/LabVerifier.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Etalon;

TEST_CASE("an empty file is migrated to the latest schema in one step per version", "[db][migrations]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("new.etalon"))));
    CHECK(db.schemaVersion() == int(Migrations::all(db.engine()).size()));
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
    CHECK(db.schemaVersion() == int(Migrations::all(db.engine()).size()));
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

TEST_CASE("a lab of schema version 1 migrates to the latest version with nothing lost", "[db][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.etalon"));
    REQUIRE(QFile::copy(QStringLiteral(ETALON_TEST_DATA_DIR "/lab-v1.etalon"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Database db;
    const Status opened = db.open(path, false);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened);
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM records"))->toInt() == 2);
    CHECK(db.scalar(QStringLiteral("SELECT status FROM records WHERE id = 1"))->toString() ==
          QStringLiteral("approved"));
    CHECK(db.scalar(QStringLiteral("SELECT indications FROM readings WHERE record_id = 2"))
              ->toString()
              .contains(QStringLiteral("20.02 kg")));
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM record_issues"))->toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT min_tur FROM procedures WHERE code = 'ĐLVN 14:2009'"))->toString() ==
          QStringLiteral("3"));
    // Its seeded procedures gain the programmes of their documents; its records keep what they had.
    CHECK(db.scalar(QStringLiteral("SELECT programme FROM procedures WHERE code = 'ĐLVN 14:2009'"))
              ->toString()
              .contains(QStringLiteral("eccentricity")));
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE programme IS NOT NULL"))->toInt() == 0);
    // Its calibration procedures gain their minimum number of repeats; its records keep none.
    CHECK(db.scalar(QStringLiteral("SELECT min_repeats FROM procedures WHERE code = 'QTHC-KL'"))->toInt() == 3);
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE min_repeats IS NOT NULL"))->toInt() == 0);
    // The row log starts from the lab as it stood, sealed by an entry that says so; the security log is chained.
    // (and each later step that changes a table's columns logs that table again under its own entry).
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'lab.upgrade'"))->toInt() >= 1);
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM row_log WHERE op = 's' AND tbl = 'readings'"))->toInt() >= 2);
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM security_log WHERE hash IS NULL"))->toInt() == 0);
    auto audit = verifyLab(db);
    REQUIRE(audit);
    INFO((audit->firstBreak           ? audit->firstBreak->reason
              : audit->domainMismatch ? audit->domainMismatch->reason
                                      : audit->corruption)
             .toStdString());
    CHECK(audit->intact());
    CHECK(audit->entries > 10);
    // From then on an edit behind Etalon's back shows like in any lab.
    REQUIRE(db.exec(
        QStringLiteral("UPDATE organisations SET name = 'Someone' WHERE id = (SELECT max(id) FROM organisations)")));
    auto tampered = verifyLab(db);
    REQUIRE(tampered);
    REQUIRE(tampered->domainMismatch);
    CHECK(tampered->domainMismatch->reason.contains(QStringLiteral("name")));
}

TEST_CASE("a lab whose version number was edited is refused as altered, not taken for an old one", "[db][migrations]")
{
    for (const int version : {1, 6, Database::latestSchemaVersion() - 1}) {
        INFO(version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.etalon"));
        {
            Database db;
            REQUIRE(db.open(path));
            REQUIRE(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        }
        Database db;
        const Status opened = db.open(path, false);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == QStringLiteral("schema_altered"));
    }
}

TEST_CASE("a lab made by an older Etalon is never converted in place when it is only read",
          "[db][migrations][readonly]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.etalon"));
    REQUIRE(QFile::copy(QStringLiteral(ETALON_TEST_DATA_DIR "/lab-v1.etalon"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const auto bytes = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray before = bytes();
    // Checked as a backup: a copy is upgraded and checked, the file stays as it was.
    (void)BackupService::check(path);
    CHECK(bytes() == before);
    // Read-only, it cannot be upgraded, and says so.
    QFile::setPermissions(path, QFile::ReadOwner);
    Database db;
    const Status opened = db.open(path, false);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == QStringLiteral("lab_read_only"));
    CHECK(opened.error().message.contains(QStringLiteral("older Etalon")));
    CHECK(bytes() == before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}
