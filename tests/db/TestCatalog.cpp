// SPDX-License-Identifier: Apache-2.0
#include "db/catalog/CatalogRepository.h"
#include "db/catalog/CatalogService.h"
#include "db/lab/UserService.h"
#include "db/records/RecordService.h"
#include "db/registry/RegistryService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

TEST_CASE("init seeds the catalogue with the stable codes and their legal cycles", "[db][catalog]")
{
    TemporaryDatabase t;
    REQUIRE(UserService(t.lab()).initialise(QStringLiteral("Lab"), QStringLiteral("admin"),
                                            QStringLiteral("Mien-Bac-2026")));
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
    REQUIRE(users.initialise(QStringLiteral("Lab"), QStringLiteral("admin"), QStringLiteral("Mien-Bac-2026")));
    const QString before = t.snapshot();
    auto again = users.initialise(QStringLiteral("Other"), QStringLiteral("root"), QStringLiteral("Mien-Nam-2027"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == QStringLiteral("already_initialised"));
    CHECK(t.snapshot() == before);
}

TEST_CASE("sign-in accepts the right password only and says nothing more", "[db][users]")
{
    TemporaryDatabase t;
    UserService users(t.lab());
    REQUIRE(users.initialise(QStringLiteral("Lab"), QStringLiteral("admin"), QStringLiteral("Mien-Bac-2026")));
    CHECK(users.signIn(QStringLiteral("admin"), QStringLiteral("Mien-Bac-2026")));
    auto wrong = users.signIn(QStringLiteral("admin"), QStringLiteral("password-2"));
    auto unknown = users.signIn(QStringLiteral("ghost"), QStringLiteral("Mien-Bac-2026"));
    REQUIRE_FALSE(wrong);
    REQUIRE_FALSE(unknown);
    CHECK(wrong.error().message == unknown.error().message);
    CHECK(wrong.error().kind == ErrorKind::Permission);
    const QString stored = t.db().scalar(QStringLiteral("SELECT password_hash FROM users"))->toString();
    CHECK(stored.startsWith(QStringLiteral("$argon2id$")));
}

TEST_CASE("an admin edits a legal cycle; records keep the cycle they were evaluated under", "[db][catalog]")
{
    LabFixture f;
    RecordService records(f.lab());
    StartRecordInput in;
    in.instrumentId = f.scale;
    in.kind = RecordKind::Periodic;
    in.date = QDate(2026, 11, 20);
    auto record = records.start(f.technician, in);
    REQUIRE(record);
    ReadingInput r;
    r.standardId = f.massStandard;
    r.reference = q("20 kg");
    r.indications = {q("20 kg")};
    REQUIRE(records.addReading(f.technician, record->id, r));
    completeProgramme(f, record->id);
    REQUIRE(records.complete(f.technician, record->id));

    CatalogService catalog(f.lab());
    TypeChanges changes;
    changes.cycleMonths = std::optional<int>(24);
    changes.legalBasis = QStringLiteral("TT 04/2026/TT-BKHCN");
    changes.effectiveDate = QDate(2026, 4, 15);
    CHECK(catalog.updateType(f.manager, QStringLiteral("NAWI"), changes).error().kind == ErrorKind::Permission);
    auto updated = catalog.updateType(f.admin, QStringLiteral("NAWI"), changes);
    REQUIRE(updated);
    CHECK(updated->cycleMonths == 24);
    auto details = records.details(record->id);
    REQUIRE(details);
    CHECK(details->record.cycleMonths == 12);
    CHECK(details->record.nextDue == QDate(2027, 11, 30));
    CHECK(details->record.legalBasis.contains(QStringLiteral("23/2013")));
    CHECK(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'catalog.type'"))->toInt() == 1);
    TypeChanges bad;
    bad.cycleMonths = std::optional<int>(0);
    CHECK(catalog.updateType(f.admin, QStringLiteral("NAWI"), bad).error().field == QStringLiteral("cycle-months"));
}

TEST_CASE("the designation scope is narrowed and widened by an admin only", "[db][catalog]")
{
    LabFixture f;
    CatalogService catalog(f.lab());
    CHECK(catalog.setScope(f.manager, QStringLiteral("NAWI"), q("30 kg")).error().kind == ErrorKind::Permission);
    CHECK(catalog.setScope(f.admin, QStringLiteral("NAWI"), q("30 kPa")).error().code ==
          QStringLiteral("unit_mismatch"));
    REQUIRE(catalog.setScope(f.admin, QStringLiteral("NAWI"), q("300 kg")));
    REQUIRE(catalog.removeFromScope(f.admin, QStringLiteral("TAXIMETER")));
    CHECK(catalog.removeFromScope(f.admin, QStringLiteral("TAXIMETER")).error().kind == ErrorKind::NotFound);
    auto scope = catalog.scope();
    REQUIRE(scope);
    bool nawi = false, taxi = false;
    for (const ScopeEntry& e : *scope) {
        nawi = nawi || (e.typeCode == QStringLiteral("NAWI") && e.rangeMax == q("300 kg"));
        taxi = taxi || e.typeCode == QStringLiteral("TAXIMETER");
    }
    CHECK(nawi);
    CHECK_FALSE(taxi);
}

TEST_CASE("an admin replaces a procedure's MPE rule; a started record keeps its own copy", "[db][catalog]")
{
    LabFixture f;
    RecordService records(f.lab());
    StartRecordInput in;
    in.instrumentId = f.scale;
    in.kind = RecordKind::Periodic;
    in.date = QDate(2026, 11, 20);
    auto record = records.start(f.technician, in);
    REQUIRE(record);
    REQUIRE(
        CatalogService(f.lab()).setProcedureRule(f.admin, QStringLiteral("ĐLVN 14:2009"), MpeRule::fixed(q("1 g"))));
    ReadingInput r;
    r.standardId = f.massStandard;
    r.reference = q("20 kg");
    r.indications = {q("20.005 kg")};
    auto point = records.addReading(f.technician, record->id, r);
    REQUIRE(point);
    CHECK(point->verdict == Verdict::Pass); // R 76: 10 g, not the new 1 g
    auto stored = CatalogRepository(f.db()).procedureRule(QStringLiteral("ĐLVN 14:2009"));
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->kind() == MpeRule::Kind::FixedAbsolute);
}

TEST_CASE("repeated failed sign-ins lock an account for a while, logged apart from the audit trail",
          "[db][users][security]")
{
    TemporaryDatabase t;
    UserService users(t.lab());
    REQUIRE(users.initialise(QStringLiteral("Lab"), QStringLiteral("admin"), QStringLiteral("Mien-Bac-2026")));
    const int auditBefore = t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt();
    for (int i = 0; i < 5; ++i)
        CHECK(users.signIn(QStringLiteral("admin"), QStringLiteral("guess-%1").arg(i)).error().code ==
              QStringLiteral("auth_failed"));
    // Locked now: even the right password is refused, and the message says the account is locked and until when.
    auto locked = users.signIn(QStringLiteral("admin"), QStringLiteral("Mien-Bac-2026"));
    REQUIRE_FALSE(locked);
    CHECK(locked.error().code == QStringLiteral("account_locked"));
    CHECK(locked.error().message.contains(
        fixtureNow().addSecs(15 * 60).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    t.clock().setNow(fixtureNow().addSecs(16 * 60));
    CHECK(users.signIn(QStringLiteral("admin"), QStringLiteral("Mien-Bac-2026")));
    CHECK(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM security_log WHERE event = 'locked'"))->toInt() == 1);
    CHECK(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM security_log WHERE event = 'sign-in'"))->toInt() == 1);
    CHECK(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt() == auditBefore);
    CHECK_FALSE(t.db().exec(QStringLiteral("DELETE FROM security_log")));
}

TEST_CASE("an admin's reset makes the user choose a new password before anything else", "[db][users][security]")
{
    LabFixture f;
    UserService users(f.lab());
    CHECK(users.changePassword(f.technician, QStringLiteral("manager"), QStringLiteral("other-pass-2")).error().kind ==
          ErrorKind::Permission);
    CHECK(users.changePassword(f.admin, QStringLiteral("tech"), QStringLiteral("12345678")).error().code ==
          QStringLiteral("weak_password"));
    REQUIRE(users.changePassword(f.admin, QStringLiteral("tech"), QStringLiteral("reset-pass-1")));
    auto session = users.signIn(QStringLiteral("tech"), QStringLiteral("reset-pass-1"));
    REQUIRE(session);
    CHECK(session->mustChangePassword);
    Organisation o;
    o.name = QStringLiteral("X");
    CHECK(RegistryService(f.lab()).addOrganisation(*session, o).error().code ==
          QStringLiteral("password_change_required"));
    REQUIRE(users.changePassword(*session, QStringLiteral("tech"), QStringLiteral("my-own-pass-1")));
    auto fresh = users.signIn(QStringLiteral("tech"), QStringLiteral("my-own-pass-1"));
    REQUIRE(fresh);
    CHECK_FALSE(fresh->mustChangePassword);
}

TEST_CASE("a password is the same however its accents were typed", "[db][users][security]")
{
    LabFixture f;
    UserService users(f.lab());
    // “Mật khẩu” with precomposed letters, and with a base letter and combining marks.
    const QString composed = QStringLiteral("M\u1EADt-kh\u1EA9u-2026");
    const QString decomposed = QStringLiteral("Ma\u0323\u0302t-kha\u0302\u0309u-2026");
    REQUIRE(composed != decomposed);
    REQUIRE(composed == decomposed.normalized(QString::NormalizationForm_C));
    REQUIRE(users.changePassword(f.admin, QStringLiteral("manager"), decomposed));
    CHECK(users.signIn(QStringLiteral("manager"), composed));
    CHECK(users.signIn(QStringLiteral("manager"), decomposed));
    CHECK_FALSE(users.signIn(QStringLiteral("manager"), QStringLiteral("Mat-khau-2026")));
}
