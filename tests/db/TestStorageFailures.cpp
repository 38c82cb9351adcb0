// SPDX-License-Identifier: Apache-2.0
#include "db/registry/RegistryService.h"
#include "db/trust/AuditService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

Organisation customer(int i)
{
    Organisation org;
    org.name = QStringLiteral("Hợp tác xã số %1 — %2").arg(i).arg(QString(200, u'x'));
    org.address = QString(250, u'y');
    return org;
}

/** After a failed write the lab is whole: the chain and the domain tables agree. */
void requireIntact(LabFixture& f)
{
    CHECK(f.db().scalar(QStringLiteral("PRAGMA integrity_check"))->toString() == QStringLiteral("ok"));
    auto v = AuditService(f.lab()).verify();
    REQUIRE(v);
    CHECK_FALSE(v->firstBreak);
    CHECK_FALSE(v->domainMismatch);
}

} // namespace

TEST_CASE("a full disk is a clear error and leaves nothing half-written", "[sqlite][db][storage]")
{
    LabFixture f;
    const qint64 pages = f.db().scalar(QStringLiteral("PRAGMA page_count"))->toLongLong();
    // The database may not grow: what SQLite reports when the disk has no room left.
    REQUIRE(f.db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    RegistryService registry(f.lab());
    const QString before = f.snapshot();
    std::optional<Error> error;
    int added = 0;
    for (int i = 0; i < 500 && !error; ++i) {
        auto r = registry.addOrganisation(f.manager, customer(i));
        if (r)
            ++added;
        else
            error = r.error();
    }
    REQUIRE(error);
    CHECK(error->code == QStringLiteral("disk_full"));
    CHECK(error->message.contains(QStringLiteral("disk is full")));
    const qint64 rows =
        f.db()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM organisations WHERE name LIKE 'Hợp tác xã số %'"))
            ->toLongLong();
    CHECK(rows == added); // the refused one left no row
    CHECK((added > 0 || f.snapshot() == before));
    requireIntact(f);
}

TEST_CASE("a read-only database is a clear error and changes nothing", "[sqlite][db][storage]")
{
    LabFixture f;
    const QString before = f.snapshot();
    REQUIRE(f.db().exec(QStringLiteral("PRAGMA query_only = ON")));
    auto r = RegistryService(f.lab()).addOrganisation(f.manager, customer(1));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == QStringLiteral("database_read_only"));
    REQUIRE(f.db().exec(QStringLiteral("PRAGMA query_only = OFF")));
    CHECK(f.snapshot() == before);
    requireIntact(f);
}
