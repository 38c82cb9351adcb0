// SPDX-License-Identifier: Apache-2.0
// A lab on a PostgreSQL server is named by libpq's connection URI: read as libpq reads it, refused naming --db.
#include "db/postgres/ConnectionUri.h"
#include "db/store/Database.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Postgres;
using Etalon::Test::PasswordServerDatabase;

TEST_CASE("a server lab's URI is read as libpq reads it", "[db][postgres]")
{
    CHECK(isServerUri(QStringLiteral("postgresql://db/lab")));
    CHECK(isServerUri(QStringLiteral(" postgres://db/lab")));
    CHECK_FALSE(isServerUri(QStringLiteral("lab.etalon")));
    CHECK_FALSE(isServerUri(QStringLiteral("C:/labs/postgresql.etalon")));

    auto full = parseServerUri(QStringLiteral("postgresql://etalon@db.tdc.vn:5433/tuyen_quang?sslmode=require"));
    REQUIRE(full);
    CHECK(full->user == QStringLiteral("etalon"));
    CHECK(full->host == QStringLiteral("db.tdc.vn"));
    CHECK(full->port == 5433);
    CHECK(full->database == QStringLiteral("tuyen_quang"));
    CHECK(full->parameters.value(QStringLiteral("sslmode")) == QStringLiteral("require"));
    CHECK_FALSE(full->isSocket());

    auto socket = parseServerUri(QStringLiteral("postgresql:///lab?host=/run/postgresql&port=5432"));
    REQUIRE(socket);
    CHECK(socket->isSocket());
    CHECK(socket->host == QStringLiteral("/run/postgresql"));
    CHECK(socket->port == 5432);
    auto encodedSocket = parseServerUri(QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/lab"));
    REQUIRE(encodedSocket);
    CHECK(encodedSocket->host == QStringLiteral("/var/run/postgresql"));

    auto ipv6 = parseServerUri(QStringLiteral("postgres://[::1]:5432/lab"));
    REQUIRE(ipv6);
    CHECK(ipv6->host == QStringLiteral("::1"));
    CHECK(ipv6->port == 5432);

    auto bare = parseServerUri(QStringLiteral("postgresql://"));
    REQUIRE(bare);
    CHECK(bare->host.isEmpty());
    CHECK(bare->database.isEmpty());
}

TEST_CASE("a password in a URI is read but never shown or kept", "[db][postgres]")
{
    auto address = parseServerUri(QStringLiteral("postgresql://ktv:s3cr%40t@db/lab?application_name=etalon"));
    REQUIRE(address);
    CHECK(address->password == QStringLiteral("s3cr@t"));
    const QString shown = address->redacted();
    CHECK_FALSE(shown.contains(QStringLiteral("s3cr")));
    CHECK(shown == QStringLiteral("postgresql://ktv@db/lab?application_name=etalon"));
    // What is shown reads back as the same address, password apart.
    auto again = parseServerUri(shown);
    REQUIRE(again);
    CHECK(again->user == address->user);
    CHECK(again->host == address->host);
    CHECK(again->database == address->database);
    CHECK(again->password.isEmpty());
    auto socket = parseServerUri(QStringLiteral("postgresql://etalon@/lab?host=/tmp/pg%20sock"));
    REQUIRE(socket);
    CHECK(parseServerUri(socket->redacted())->host == QStringLiteral("/tmp/pg sock"));
    // A socket directory is shown as it is written, not as %2Ftmp%2Fpg.
    CHECK(socket->redacted() == QStringLiteral("postgresql://etalon@/lab?host=/tmp/pg%20sock"));
}

TEST_CASE("a URI that is not one is refused naming --db", "[db][postgres]")
{
    for (const char* text :
         {"mysql://db/lab", "postgresql://db:99999/lab", "postgresql://db:port/lab", "postgresql://a,b/lab",
          "postgresql://db/lab?sslmode=maybe", "postgresql://db/lab?colour=green", "postgresql://db/l%zzab",
          "postgresql://[::1/lab", "postgresql://db/lab?noequals"}) {
        INFO(text);
        auto refused = parseServerUri(QString::fromUtf8(text));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().field == QStringLiteral("db"));
        CHECK_FALSE(refused.error().message.isEmpty());
    }
}

TEST_CASE("a server's database password: asked for when nothing gives it, refused when wrong, never stored",
          "[db][postgres]")
{
    PasswordServerDatabase server;
    qunsetenv("PGPASSWORD");
    Database db;
    auto without = db.open(server.uri(), true);
    REQUIRE_FALSE(without);
    CHECK(without.error().code == QStringLiteral("server_password"));
    CHECK(without.error().kind == ErrorKind::Permission);
    CHECK_FALSE(without.error().message.contains(QStringLiteral("QPSQL")));
    CHECK_FALSE(without.error().message.contains(QStringLiteral("%2F")));
    db.setServerPassword(QStringLiteral("not-it"));
    auto wrong = db.open(server.uri(), true);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == QStringLiteral("server_password"));
    CHECK(wrong.error().message.contains(QStringLiteral("refused the password")));
    CHECK_FALSE(wrong.error().message.contains(QStringLiteral("not-it")));
    db.setServerPassword(QString::fromLatin1(PasswordServerDatabase::password));
    REQUIRE(db.open(server.uri(), true));
    CHECK_FALSE(db.path().contains(QString::fromLatin1(PasswordServerDatabase::password)));
    // The URI's own password serves as well.
    Database other;
    const QString withPassword =
        QString(server.uri())
            .replace(
                QStringLiteral("etalon_password_check@"),
                QStringLiteral("etalon_password_check:%1@").arg(QString::fromLatin1(PasswordServerDatabase::password)));
    REQUIRE(other.open(withPassword, true));
    CHECK_FALSE(other.path().contains(QString::fromLatin1(PasswordServerDatabase::password)));
}

TEST_CASE("a server without the named database or user says so, not that it cannot be reached", "[db][postgres]")
{
    REQUIRE(Test::testOnServer());
    QString uri = qEnvironmentVariable("ETALON_TEST_SERVER");
    REQUIRE(uri.contains(QStringLiteral("/postgres?")));
    Database db;
    const Status missingDatabase =
        db.open(QString(uri).replace(QStringLiteral("/postgres?"), QStringLiteral("/etalon_no_such_database?")), false);
    REQUIRE_FALSE(missingDatabase);
    CHECK(missingDatabase.error().code == QStringLiteral("not_found"));
    CHECK(missingDatabase.error().field == QStringLiteral("db"));
    CHECK(missingDatabase.error().message.contains(
        QStringLiteral("database \"etalon_no_such_database\" does not exist")));
    CHECK_FALSE(missingDatabase.error().message.contains(QStringLiteral("cannot reach")));
    const Status missingUser =
        db.open(QString(uri).replace(QStringLiteral("//postgres@"), QStringLiteral("//etalon_no_such_user@")), false);
    REQUIRE_FALSE(missingUser);
    CHECK(missingUser.error().code == QStringLiteral("not_found"));
    CHECK(missingUser.error().message.contains(QStringLiteral("role \"etalon_no_such_user\" does not exist")));
}

TEST_CASE("a database user without the right to create the lab's tables is told to use the owner, and nothing is left",
          "[db][postgres]")
{
    REQUIRE(Test::testOnServer());
    Test::onServerAsSuperuser(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                             "'etalon_no_rights') THEN CREATE ROLE etalon_no_rights LOGIN; END IF; "
                                             "END $$"));
    Test::TemporaryLabLocation where;
    const QString asDesk =
        QString(where.location()).replace(QStringLiteral("//postgres@"), QStringLiteral("//etalon_no_rights@"));
    REQUIRE(asDesk != where.location());
    Database desk;
    const Status made = desk.open(asDesk, true);
    REQUIRE_FALSE(made);
    CHECK(made.error().code == QStringLiteral("schema_rights"));
    CHECK(made.error().message.contains(QStringLiteral("etalon_no_rights")));
    CHECK_FALSE(made.error().message.contains(QStringLiteral("CREATE TABLE")));
    // The failed start left nothing behind: the database is still an empty one, and the owner can make the lab.
    Database owner;
    const Status empty = owner.open(where.location(), false);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == QStringLiteral("not_a_lab"));
    CHECK(owner.open(where.location(), true));
}
