// SPDX-License-Identifier: Apache-2.0
#include "db/registry/RegistryService.h"
#include "db/trust/AuditLog.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

TEST_CASE("every write leaves a hash-chained audit entry that verifies", "[db][audit]")
{
    LabFixture f;
    const int entries = f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt();
    CHECK(entries >= 9);
    auto v = AuditLog(f.db()).verify();
    REQUIRE(v);
    CHECK(v->entries == entries);
    CHECK_FALSE(v->firstBreak);
    auto row =
        f.db().exec(QStringLiteral("SELECT user_name, action, after FROM audit_log WHERE entity = 'instrument'"));
    REQUIRE(row);
    REQUIRE(row->next());
    CHECK(row->value(0).toString() == QStringLiteral("tech"));
    CHECK(row->value(1).toString() == QStringLiteral("instrument.add"));
    CHECK(row->value(2).toString().contains(QStringLiteral("S-123")));
}

TEST_CASE("audit entries cannot be changed through Etalon's own connection", "[db][audit]")
{
    LabFixture f;
    CHECK_FALSE(f.db().exec(QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE id = 2")));
    CHECK_FALSE(f.db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
}

TEST_CASE("an edit behind Etalon's back is found at the exact entry", "[sqlite][db][audit]")
{
    LabFixture f;
    REQUIRE(f.db().execScript(QStringLiteral("DROP TRIGGER audit_log_no_update;\nDROP TRIGGER audit_log_no_delete")));
    REQUIRE(f.db().exec(QStringLiteral("UPDATE audit_log SET after = replace(after, 'S-123', 'S-999') WHERE "
                                       "action = 'instrument.add'")));
    const qint64 edited =
        f.db().scalar(QStringLiteral("SELECT id FROM audit_log WHERE action = 'instrument.add'"))->toLongLong();
    auto v = AuditLog(f.db()).verify();
    REQUIRE(v);
    REQUIRE(v->firstBreak);
    CHECK(v->firstBreak->entryId == edited);

    LabFixture g;
    REQUIRE(g.db().execScript(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    REQUIRE(g.db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
    auto w = AuditLog(g.db()).verify();
    REQUIRE(w->firstBreak);
    CHECK(w->firstBreak->entryId == 4);
}

TEST_CASE("a refused use case writes no audit entry", "[db][audit]")
{
    LabFixture f;
    const int before = f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt();
    Instrument i;
    i.typeCode = QStringLiteral("NAWI");
    i.serial = QStringLiteral("S-123");
    i.manufacturer = QStringLiteral("Nhơn Hòa");
    i.ownerId = f.customer;
    REQUIRE_FALSE(RegistryService(f.lab()).addInstrument(f.technician, i));
    CHECK(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt() == before);
}
