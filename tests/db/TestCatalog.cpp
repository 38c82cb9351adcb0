// SPDX-License-Identifier: Apache-2.0
#include "db/CatalogRepository.h"
#include "db/UserService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

TEST_CASE("init seeds the catalogue with the stable codes and their legal cycles", "[db][catalog]")
{
    TemporaryDatabase t;
    REQUIRE(
        UserService(t.lab()).initialise(QStringLiteral("Lab"), QStringLiteral("admin"), QStringLiteral("password-1")));
    CatalogRepository catalog(t.db());
    struct Expected
    {
        const char* code;
        int cycle;
        bool patternApproval;
    };
    for (const Expected& e :
         {Expected{"NAWI", 12, true}, Expected{"NAWI-SPRING", 24, true}, Expected{"WEIGHT", 12, false},
          Expected{"FUEL-DISPENSER", 12, true}, Expected{"WATER-METER", 60, true},
          Expected{"ELECTRICITY-METER", 72, true}, Expected{"PRESSURE-GAUGE", 12, false},
          Expected{"SPHYGMOMANOMETER", 12, false}, Expected{"TAXIMETER", 18, true}}) {
        INFO(e.code);
        auto type = catalog.fetchType(QString::fromLatin1(e.code));
        REQUIRE(type);
        CHECK(type->cycleMonths == e.cycle);
        CHECK(type->patternApproval == e.patternApproval);
        CHECK(type->group2);
        CHECK_FALSE(type->nameVi.isEmpty());
        CHECK_FALSE(type->nameEn.isEmpty());
        CHECK_FALSE(type->legalBasis.isEmpty());
        auto procedure = catalog.fetchProcedure(type->defaultProcedure);
        REQUIRE(procedure);
        CHECK(catalog.procedureRule(procedure->code)->has_value());
    }
    // Values the reference list marks as only of medium confidence are stored unconfirmed.
    CHECK_FALSE(catalog.fetchType(QStringLiteral("ELECTRICITY-METER"))->confirmed);
    CHECK(catalog.fetchType(QStringLiteral("TAXIMETER"))->confirmed);
    CHECK(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM scope"))->toInt() == catalog.types()->size());
    CHECK_FALSE(catalog.fetchType(QStringLiteral("NO-SUCH")));
}

TEST_CASE("init refuses a second lab in the same file and a weak password", "[db][catalog]")
{
    TemporaryDatabase t;
    UserService users(t.lab());
    auto weak = users.initialise(QStringLiteral("Lab"), QStringLiteral("admin"), QStringLiteral("short"));
    REQUIRE_FALSE(weak);
    CHECK(weak.error().field == QStringLiteral("password"));
    REQUIRE(users.initialise(QStringLiteral("Lab"), QStringLiteral("admin"), QStringLiteral("password-1")));
    const QString before = t.snapshot();
    auto again = users.initialise(QStringLiteral("Other"), QStringLiteral("root"), QStringLiteral("password-2"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == QStringLiteral("already_initialised"));
    CHECK(t.snapshot() == before);
}

TEST_CASE("sign-in accepts the right password only and says nothing more", "[db][users]")
{
    TemporaryDatabase t;
    UserService users(t.lab());
    REQUIRE(users.initialise(QStringLiteral("Lab"), QStringLiteral("admin"), QStringLiteral("password-1")));
    CHECK(users.signIn(QStringLiteral("admin"), QStringLiteral("password-1")));
    auto wrong = users.signIn(QStringLiteral("admin"), QStringLiteral("password-2"));
    auto unknown = users.signIn(QStringLiteral("ghost"), QStringLiteral("password-1"));
    REQUIRE_FALSE(wrong);
    REQUIRE_FALSE(unknown);
    CHECK(wrong.error().message == unknown.error().message);
    CHECK(wrong.error().kind == ErrorKind::Permission);
    const QString stored = t.db().scalar(QStringLiteral("SELECT password_hash FROM users"))->toString();
    CHECK(stored.startsWith(QStringLiteral("$argon2id$")));
}
