// SPDX-License-Identifier: Apache-2.0
#include "db/registry/ImportService.h"
#include "db/registry/RegistryService.h"
#include "db/store/Migrations.h"
#include "db/trust/RowLog.h"
#include "support/TemporaryDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

TEST_CASE("the database opens with the pragmas the lab's data needs", "[sqlite][db][database]")
{
    TemporaryDatabase t;
    CHECK(t.db().scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt() == 1);
    CHECK(t.db().scalar(QStringLiteral("PRAGMA journal_mode"))->toString() == QStringLiteral("wal"));
    CHECK(t.db().scalar(QStringLiteral("PRAGMA synchronous"))->toInt() == 2);
    CHECK(t.db().scalar(QStringLiteral("PRAGMA busy_timeout"))->toInt() >= 5000);
    CHECK(t.db().schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("a transaction not committed is rolled back whole", "[db][database]")
{
    TemporaryDatabase t;
    {
        Transaction tx(t.db());
        REQUIRE(tx.isActive());
        REQUIRE(t.db().exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")));
    }
    CHECK(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt() == 0);
    {
        Transaction tx(t.db());
        REQUIRE(t.db().exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")));
        REQUIRE(tx.commit());
    }
    CHECK(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM settings"))->toInt() == 1);
}

TEST_CASE("a file that is not a database is refused with a clear error", "[db][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.etalon"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("this is a text file, not SQLite, and it is long enough to have a header............"));
    f.close();
    Database db;
    auto opened = db.open(path, false);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == QStringLiteral("not_a_database"));
    Database missing;
    auto none = missing.open(dir.filePath(QStringLiteral("absent.etalon")), false);
    REQUIRE_FALSE(none);
    CHECK(none.error().kind == ErrorKind::NotFound);
}

TEST_CASE("a database of a newer schema version is refused, not damaged", "[db][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.etalon"));
    {
        Database db;
        REQUIRE(db.open(path));
        REQUIRE(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
    }
    Database db;
    auto opened = db.open(path, false);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == QStringLiteral("newer_schema"));
    CHECK(db.schemaVersion() == Database::latestSchemaVersion() + 1);
}

TEST_CASE("a statement is prepared once and lent to one reader at a time", "[db][database]")
{
    TemporaryDatabase t;
    for (const char* key : {"a", "b", "c"})
        REQUIRE(t.db().exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1')"),
                            {QString::fromLatin1(key)}));
    const QString sql = QStringLiteral("SELECT key FROM settings ORDER BY key");
    const QSqlResult* first = nullptr;
    {
        auto q = t.db().exec(sql);
        REQUIRE(q);
        first = q->sqlQuery().result();
    }
    auto outer = t.db().exec(sql);
    REQUIRE(outer);
    CHECK(outer->sqlQuery().result() == first); // given back and taken again, not parsed anew

    // The same SQL run while its first reader is still reading gets a statement of its own.
    QStringList pairs;
    while (outer->next()) {
        auto inner = t.db().exec(sql);
        REQUIRE(inner);
        CHECK(inner->sqlQuery().result() != first);
        QStringList keys;
        while (inner->next())
            keys << inner->value(0).toString();
        CHECK(keys == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        pairs << outer->value(0).toString();
    }
    CHECK(pairs == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
}

TEST_CASE("a statement given back holds no read snapshot", "[sqlite][db][database]")
{
    TemporaryDatabase t;
    REQUIRE(t.db().exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")));
    {
        auto q = t.db().exec(QStringLiteral("SELECT value FROM settings WHERE key = 'a'"));
        REQUIRE(q);
        REQUIRE(q->next()); // read one row and walked away: the statement is not at its end
    }
    Database other;
    REQUIRE(other.open(t.db().path(), false));
    REQUIRE(other.exec(QStringLiteral("UPDATE settings SET value = '2' WHERE key = 'a'")));
    // A checkpoint can only complete when no reader holds an older snapshot.
    auto checkpoint = other.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    REQUIRE(checkpoint);
    REQUIRE(checkpoint->next());
    CHECK(checkpoint->value(0).toInt() == 0); // not SQLITE_BUSY
    CHECK(t.db().scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'a'"))->toString() ==
          QStringLiteral("2"));
}

TEST_CASE("a lab whose triggers were dropped gets them back when opened, and the security log says so",
          "[db][database][trust]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.etalon"));
    int expected = int(Migrations::triggers(Engine::SQLite).size());
    REQUIRE(expected >= 20);
    {
        Database db;
        REQUIRE(db.open(path));
        expected += int(RowLog::triggers(db)->size()); // three or four per table: insert, update, delete, key change
        CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"))->toInt() ==
              expected);
        // As a backup edited with the sqlite3 shell would come back.
        for (const char* name :
             {"audit_log_no_update", "audit_log_no_delete", "certificates_no_update", "rowlog_users_update"})
            REQUIRE(db.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(name))));
    }
    Database db;
    REQUIRE(db.open(path, false));
    CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"))->toInt() == expected);
    REQUIRE(db.exec(QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, prev_hash, hash) VALUES "
                                   "(1, 'now', 'x', 'a', 'e', 'p', 'h')")));
    CHECK_FALSE(db.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(db.scalar(QStringLiteral("SELECT detail FROM security_log WHERE event = 'triggers_restored'"))->toString() ==
          QStringLiteral("audit_log_no_update,audit_log_no_delete,certificates_no_update,rowlog_users_update"));
}

TEST_CASE("a full disk, a read-only lab and a file that is no lab are told apart, and nothing is half-written",
          "[sqlite][db][database][trust]")
{
    LabFixture f;
    const qint64 before = f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM organisations"))->toLongLong();
    // The lab cannot grow by a page, as on a full disk.
    const int pages = f.db().scalar(QStringLiteral("PRAGMA page_count"))->toInt();
    REQUIRE(f.db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    QString csv = QStringLiteral("name,address\n");
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("Công ty %1,Tổ %1 phường Minh Xuân\n").arg(i);
    auto full = ImportService(f.lab()).importCsv(f.technician, ImportKind::Organisations, csv, ImportOptions{});
    REQUIRE_FALSE(full);
    INFO(full.error().message.toStdString());
    CHECK(full.error().code == QStringLiteral("disk_full"));
    CHECK(full.error().message.contains(QStringLiteral("disk is full")));
    CHECK(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM organisations"))->toLongLong() == before);

    Database readOnly;
    REQUIRE(readOnly.openReadOnly(f.db().path()));
    Lab lab(readOnly);
    Organisation one;
    one.name = QStringLiteral("Công ty một");
    auto refused = RegistryService(lab).addOrganisation(f.technician, one);
    REQUIRE_FALSE(refused);
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().code == QStringLiteral("lab_read_only"));

    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("other.sqlite"));
    {
        Database other;
        REQUIRE(other.openReadOnly(f.db().path()));
        REQUIRE(other.exec(QStringLiteral("VACUUM INTO ?"), {foreign}));
    }
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(foreign);
    REQUIRE(raw.open());
    QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 0"));
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    Database notALab;
    auto opened = notALab.open(foreign, false);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == QStringLiteral("not_a_lab"));
}
