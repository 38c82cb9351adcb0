// SPDX-License-Identifier: Apache-2.0
// Two desks on one lab: a draft open at one is shown as such at the other and cannot be changed there meanwhile;
// the second of two completions or approvals is refused and told by whom the first was made.
#include "db/records/RecordEditing.h"
#include "db/records/RecordService.h"
#include "db/trust/AuditService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

ReadingInput weighing(Id standard, const char* load)
{
    ReadingInput r;
    r.standardId = standard;
    r.reference = q(load);
    r.indications = {q(load)};
    return r;
}

template <typename T>
Error refusal(const Result<T>& r)
{
    REQUIRE_FALSE(r);
    return r.error();
}

/** Another desk on the same lab: its own connection and program, the fixture's clock. */
struct OtherDesk
{
    explicit OtherDesk(LabFixture& f)
    {
        REQUIRE(db.open(f.path(), false));
        lab = std::make_unique<Lab>(db, f.clock());
    }
    Database db;
    std::unique_ptr<Lab> lab;
};

} // namespace

TEST_CASE("a draft open at one desk is shown as being edited at another, which cannot change it meanwhile",
          "[db][editing]")
{
    LabFixture f;
    const Id record = startVerification(f);
    OtherDesk other(f);
    RecordEditing here(f.lab()), there(*other.lab);
    const auto entriesBefore = f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong();

    auto claimed = here.claim(f.technician, record);
    REQUIRE(claimed);
    CHECK(claimed->desk == f.lab().desk());
    CHECK(claimed->userName == QStringLiteral("Người tech"));
    // This desk goes on working; it is not "someone else" to itself.
    CHECK_FALSE(here.elsewhere(record).value());
    REQUIRE(RecordService(f.lab()).addReading(f.technician, record, weighing(f.massStandard, "20 kg")));

    // The other desk sees who has it, and every change it tries is refused with that.
    auto seen = there.elsewhere(record);
    REQUIRE(seen);
    REQUIRE(*seen);
    CHECK((*seen)->userName == QStringLiteral("Người tech"));
    CHECK(there.othersEditing().value().contains(record));
    RecordService otherRecords(*other.lab);
    const Error e = refusal(otherRecords.addReading(f.technician, record, weighing(f.massStandard, "40 kg")));
    CHECK(e.code == QStringLiteral("record_being_edited"));
    CHECK(e.message.contains(QStringLiteral("Người tech")));
    CHECK(e.message.contains(f.lab().desk()));
    CHECK(refusal(otherRecords.addCheck(f.technician, record, QStringLiteral("x"), true, {})).code ==
          QStringLiteral("record_being_edited"));
    CHECK(refusal(otherRecords.complete(f.technician, record)).code == QStringLiteral("record_being_edited"));
    CHECK(refusal(there.claim(f.manager, record)).code == QStringLiteral("record_being_edited"));

    // Closed at the first desk, it is free at the second.
    REQUIRE(here.release(record));
    CHECK_FALSE(there.elsewhere(record).value());
    REQUIRE(otherRecords.addReading(f.technician, record, weighing(f.massStandard, "40 kg")));

    // Presence is not a fact of the lab: no audit entry, and the chain stays intact.
    CHECK(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong() == entriesBefore + 2);
    auto verified = AuditService(f.lab()).verify();
    REQUIRE(verified);
    CHECK(verified->intact());
}

TEST_CASE("a claim its desk stops renewing lapses, and the desk that lost it is told on renewal", "[db][editing]")
{
    LabFixture f;
    const Id record = startVerification(f);
    OtherDesk other(f);
    RecordEditing here(f.lab()), there(*other.lab);
    REQUIRE(here.claim(f.technician, record));
    f.clock().setNow(f.clock().nowUtc().addSecs(RecordEditing::LeaseSeconds - 5));
    CHECK(refusal(there.claim(f.technician, record)).code == QStringLiteral("record_being_edited"));
    REQUIRE(here.renew(f.technician, record)); // renewed in time: held for another lease
    f.clock().setNow(f.clock().nowUtc().addSecs(RecordEditing::LeaseSeconds - 5));
    CHECK(refusal(there.claim(f.technician, record)).code == QStringLiteral("record_being_edited"));

    // The first desk crashed: after a lease without renewal, the other takes the record over.
    f.clock().setNow(f.clock().nowUtc().addSecs(10));
    CHECK_FALSE(there.elsewhere(record).value());
    REQUIRE(there.claim(f.technician, record));
    const Error e = refusal(here.renew(f.technician, record));
    CHECK(e.code == QStringLiteral("record_being_edited"));
    CHECK(refusal(RecordService(f.lab()).addReading(f.technician, record, weighing(f.massStandard, "20 kg"))).code ==
          QStringLiteral("record_being_edited"));
    // Letting go of a record another desk has does not take it from them.
    REQUIRE(here.release(record));
    CHECK(here.elsewhere(record).value());
}

TEST_CASE("of two desks completing or approving the same record, the second is refused and told by whom",
          "[db][editing]")
{
    LabFixture f;
    const Id record = startVerification(f);
    completeProgramme(f, record);
    OtherDesk other(f);
    RecordService here(f.lab()), there(*other.lab);
    REQUIRE(here.complete(f.technician, record));
    Error e = refusal(there.complete(f.technician, record));
    CHECK(e.code == QStringLiteral("record_read_only"));
    CHECK(e.message.contains(QStringLiteral("Người tech")));
    REQUIRE(here.approve(f.manager, record));
    e = refusal(there.approve(f.manager, record));
    CHECK(e.code == QStringLiteral("not_completed"));
    CHECK(e.message.contains(QStringLiteral("Người manager")));
    // A completed record cannot be claimed for editing either.
    CHECK(refusal(RecordEditing(*other.lab).claim(f.technician, record)).code == QStringLiteral("record_read_only"));
}
