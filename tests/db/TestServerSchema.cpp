// SPDX-License-Identifier: Apache-2.0
// A server lab's schema is checked by audit verify as a file's is: against the schema Etalon makes, kept in the
// program. These run on the test server only ([postgres]).
#include "db/store/Database.h"
#include "db/store/SchemaCatalog.h"
#include "db/trust/LabVerifier.h"
#include "support/TemporaryDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Etalon;
using Etalon::Test::TemporaryLabLocation;

namespace {

/** Writes what a fresh lab has, in the program's format, where a developer can take it from. */
QString keepForComparison(int major, int version, const QMap<QString, QString>& objects)
{
    QJsonObject all;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it)
        all.insert(it.key(), it.value());
    const QJsonObject json{{QStringLiteral("server_major"), major},
                           {QStringLiteral("schema_version"), version},
                           {QStringLiteral("objects"), all}};
    const QString path = QDir::temp().filePath(QStringLiteral("etalon-postgres-schema.json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return path;
}

QString verifiedSchema(Database& db)
{
    auto verified = verifyLab(db);
    REQUIRE(verified);
    return verified->schemaDifference;
}

} // namespace

TEST_CASE("the server schema kept in the program is the one a fresh server lab has", "[db][postgres]")
{
    REQUIRE(Test::testOnServer());
    TemporaryLabLocation where;
    Database db;
    REQUIRE(db.open(where.location(), true));
    auto objects = SchemaCatalog::serverObjects(db);
    auto major = SchemaCatalog::serverMajorVersion(db);
    REQUIRE(objects);
    REQUIRE(major);
    auto kept = expectedServerSchema();
    REQUIRE(kept);
    CHECK(kept->schemaVersion == Database::latestSchemaVersion());
    // Every kind of object the check reads is there to be compared.
    for (const char* kind : {"table ", "constraint ", "index ", "trigger ", "function ", "sequence "})
        CHECK(std::any_of(objects->keyBegin(), objects->keyEnd(),
                          [&](const QString& key) { return key.startsWith(QLatin1String(kind)); }));
    if (*major == kept->serverMajor && *objects == kept->objects)
        return;
    const QString path = keepForComparison(*major, Database::latestSchemaVersion(), *objects);
    FAIL_CHECK("the schema of a fresh server lab differs from resources/schema/postgres.json; when the change is "
               "meant, copy "
               << path.toStdString() << " there");
}

TEST_CASE("a server lab's schema edited behind Etalon's back is found by audit verify", "[db][postgres][tamper]")
{
    REQUIRE(Test::testOnServer());
    TemporaryLabLocation where;
    Database db;
    REQUIRE(db.open(where.location(), true));
    REQUIRE(verifiedSchema(db).isEmpty());

    struct Edit
    {
        const char* sql;
        const char* found;
    };
    const Edit edit = GENERATE(
        Edit{"ALTER TABLE readings ALTER COLUMN k SET DEFAULT '3'", "table readings is not defined as Etalon"},
        Edit{"ALTER TABLE readings DROP CONSTRAINT readings_stage_check",
             "constraint readings.readings_stage_check "
             "is missing"},
        Edit{"CREATE RULE quiet AS ON INSERT TO audit_log DO INSTEAD NOTHING", "rule audit_log.quiet was added"},
        Edit{"ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update",
             "trigger audit_log_no_update is not "
             "defined"},
        Edit{"CREATE OR REPLACE FUNCTION etalon_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; "
             "END $$",
             "function etalon_refuse() is not defined"},
        Edit{"ALTER TABLE certificates ENABLE ROW LEVEL SECURITY", "table certificates is not defined"},
        Edit{"CREATE INDEX quiet ON readings (verdict)", "index quiet was added"},
        Edit{"DROP TRIGGER audit_log_no_update ON audit_log", "trigger audit_log_no_update is missing"});
    INFO(edit.sql);
    REQUIRE(db.exec(QString::fromLatin1(edit.sql)));
    CHECK(verifiedSchema(db).contains(QString::fromLatin1(edit.found)));
}

TEST_CASE("a server lab is read in its own schema whatever comes first in the search path", "[db][postgres]")
{
    REQUIRE(Test::testOnServer());
    TemporaryLabLocation where;
    {
        Database made;
        REQUIRE(made.open(where.location(), true));
        // An empty schema first in the path, as a schema named after the user is by default.
        REQUIRE(made.exec(QStringLiteral("CREATE SCHEMA shadow")));
        REQUIRE(made.exec(QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET search_path = shadow, "
                                         "public', current_database()); END $$")));
    }
    Database db;
    REQUIRE(db.open(where.location(), false));
    CHECK(db.scalar(QStringLiteral("SELECT current_schema()")).value_or(QVariant()).toString() ==
          QStringLiteral("public"));
    CHECK(verifiedSchema(db).isEmpty());
}

TEST_CASE("what an owner's open put right in a server lab's triggers is told by audit verify beside its result",
          "[db][postgres][tamper]")
{
    REQUIRE(Test::testOnServer());
    Test::LabFixture f; // a lab at work: a fresh one has rows no entry seals yet
    {
        Database& made = f.db();
        REQUIRE(made.exec(QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log")));
        REQUIRE(made.exec(QStringLiteral("CREATE FUNCTION quiet() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                         "RETURN NEW; END $$")));
        REQUIRE(made.exec(QStringLiteral("CREATE TRIGGER quiet BEFORE INSERT ON readings FOR EACH ROW EXECUTE "
                                         "FUNCTION quiet()")));
        auto before = verifyLab(made);
        REQUIRE(before);
        CHECK(before->repairs.isEmpty());
    }
    Database db;
    REQUIRE(db.open(f.path(), false)); // as the owner: the triggers are put right
    auto verified = verifyLab(db);
    REQUIRE(verified);
    // The foreign trigger's function is left behind: found as such, with the repairs told beside it.
    CHECK(verified->schemaDifference.contains(QStringLiteral("function quiet() was added")));
    CHECK(verified->repairs.size() == 2);
    REQUIRE(db.exec(QStringLiteral("DROP FUNCTION quiet()")));
    verified = verifyLab(db);
    REQUIRE(verified);
    CHECK(verified->intact());
    REQUIRE(verified->repairs.size() == 2);
    QMap<QString, QStringList> told;
    for (const SchemaRepair& r : verified->repairs) {
        CHECK(r.at.isValid());
        told.insert(r.event, r.triggers);
    }
    CHECK(told.value(QStringLiteral("triggers_restored")) == QStringList{QStringLiteral("audit_log_no_update")});
    CHECK(told.value(QStringLiteral("triggers_removed")) == QStringList{QStringLiteral("quiet")});
}
