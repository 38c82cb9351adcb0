// SPDX-License-Identifier: Apache-2.0
// A verification is its procedure's whole test programme and every checklist item set; a draft's reading can be
// voided with a reason and read again.
#include "db/records/RecordService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

Result<PointEvaluation> read(LabFixture& f, Id record, const char* reference, const char* test = "weighing",
                             const char* position = "", const char* indication = nullptr)
{
    ReadingInput in;
    in.standardId = f.massStandard;
    in.reference = q(reference);
    in.indications = {q(indication ? indication : reference)};
    in.test = QString::fromLatin1(test);
    in.position = QString::fromLatin1(position);
    return RecordService(f.lab()).addReading(f.technician, record, in);
}

// Everything the programme asks but the items of \a skipped.
void completeAllBut(LabFixture& f, Id record, const QString& skipped, bool checksPass = true)
{
    RecordService records(f.lab());
    auto missing = records.missing(record);
    REQUIRE(missing);
    for (const MissingItem& m : *missing) {
        if (m.test == skipped)
            continue;
        if (m.test == QStringLiteral("checklist")) {
            REQUIRE(records.addCheck(f.technician, record, m.item, checksPass,
                                     checksPass ? QString() : QStringLiteral("seal broken")));
            continue;
        }
        ReadingInput in;
        in.standardId = f.massStandard;
        in.reference = *m.load;
        in.indications = QList<Quantity>(m.count, *m.load);
        in.test = m.test;
        in.position = m.position;
        REQUIRE(records.addReading(f.technician, record, in));
    }
}

} // namespace

TEST_CASE("one weighing point is not a verification: completing lists what is missing", "[db][programme]")
{
    LabFixture f;
    RecordService records(f.lab());
    const Id record = startVerification(f);
    REQUIRE(read(f, record, "20 kg"));
    const QString before = f.snapshot();
    auto refused = records.complete(f.technician, record);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == QStringLiteral("programme_incomplete"));
    CHECK(refused.error().field == QStringLiteral("programme"));
    CHECK(refused.error().kind == ErrorKind::Refused);
    CHECK(f.snapshot() == before);
    auto missing = records.missing(record);
    REQUIRE(missing);
    // Min, 500 e and Max; five eccentricity positions; three repeatability loadings; four checklist items.
    CHECK(missing->size() == 3 + 5 + 1 + 4);
    completeProgramme(f, record);
    CHECK(records.missing(record)->isEmpty());
    CHECK(records.complete(f.technician, record));
}

TEST_CASE("a verification is refused for each test of the programme left out", "[db][programme]")
{
    for (const char* test : {"weighing", "eccentricity", "repeatability", "checklist"}) {
        INFO(test);
        LabFixture f;
        RecordService records(f.lab());
        const Id record = startVerification(f);
        completeAllBut(f, record, QString::fromLatin1(test));
        auto refused = records.complete(f.technician, record);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == QStringLiteral("programme_incomplete"));
        auto missing = records.missing(record);
        REQUIRE(missing);
        for (const MissingItem& m : *missing)
            CHECK(m.test == QString::fromLatin1(test));
    }
}

TEST_CASE("a failed checklist item is set: the record completes, and fails", "[db][programme]")
{
    LabFixture f;
    RecordService records(f.lab());
    const Id record = startVerification(f);
    completeAllBut(f, record, QString(), false);
    auto done = records.complete(f.technician, record);
    REQUIRE(done);
    CHECK(done->record.verdict == Verdict::Fail);
}

TEST_CASE("a verification stops at its first failure: it completes, failed, with the programme unfinished",
          "[db][programme]")
{
    LabFixture f;
    RecordService records(f.lab());
    const Id record = startVerification(f);
    ReadingInput in;
    in.standardId = f.massStandard;
    in.reference = q("20 kg");
    in.indications = {q("20.05 kg")}; // 50 g off, the MPE is 10 g
    REQUIRE(records.addReading(f.technician, record, in));
    auto done = records.complete(f.technician, record);
    REQUIRE(done);
    CHECK(done->record.verdict == Verdict::Fail);
    // A checklist item the record does not have is a typing error.
    const Id other = startVerification(f);
    auto typo = records.addCheck(f.technician, other, QStringLiteral("Nonexistent"), true, QString());
    REQUIRE_FALSE(typo);
    CHECK(typo.error().field == QStringLiteral("item"));
}

TEST_CASE("a reading names a known test, and an eccentricity reading its position", "[db][programme]")
{
    LabFixture f;
    const Id record = startVerification(f);
    auto unknown = read(f, record, "20 kg", "weighting");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().field == QStringLiteral("test"));
    auto nowhere = read(f, record, "20 kg", "eccentricity");
    REQUIRE_FALSE(nowhere);
    CHECK(nowhere.error().field == QStringLiteral("position"));
    auto placed = read(f, record, "20 kg", "eccentricity", "centre");
    REQUIRE(placed);
    CHECK(placed->test == QStringLiteral("eccentricity"));
    // Only the programme's tests, at its positions: a scale has no "accuracy" test and no "middle" position.
    CHECK(read(f, record, "20 kg", "accuracy").error().field == QStringLiteral("test"));
    CHECK(read(f, record, "20 kg", "eccentricity", "middle").error().field == QStringLiteral("position"));
    CHECK(read(f, record, "20 kg", "weighing", "centre").error().field == QStringLiteral("position"));
}

TEST_CASE("a draft's reading is voided with a reason, kept out of the result, and read again", "[db][programme]")
{
    LabFixture f;
    RecordService records(f.lab());
    const Id record = startVerification(f);
    REQUIRE(read(f, record, "20 kg", "weighing", "", "20.5 kg")); // a slip of the pen
    CHECK(records.voidReading(f.technician, record, 1, QString()).error().field == QStringLiteral("reason"));
    CHECK(records.voidReading(f.technician, record, 7, QStringLiteral("typo")).error().kind == ErrorKind::NotFound);
    REQUIRE(records.voidReading(f.technician, record, 1, QStringLiteral("typed 20.5 for 20.0")));
    CHECK(records.voidReading(f.technician, record, 1, QStringLiteral("again")).error().code ==
          QStringLiteral("already_voided"));
    auto again = read(f, record, "20 kg");
    REQUIRE(again);
    CHECK(again->seq == 2); // the voided reading keeps its number
    completeProgramme(f, record);
    auto done = records.complete(f.technician, record);
    REQUIRE(done);
    CHECK(done->record.verdict == Verdict::Pass);
    for (const Point& p : done->record.points)
        CHECK(p.seq != 1);
    CHECK(f.db()
              .scalar(QStringLiteral("SELECT void_reason FROM readings WHERE record_id = ? AND seq = 1"), {record})
              ->toString() == QStringLiteral("typed 20.5 for 20.0"));
    CHECK(
        f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'record.void-reading'"))->toInt() ==
        1);
    // A completed record's readings are no longer voided.
    CHECK_FALSE(records.voidReading(f.technician, record, 2, QStringLiteral("late")));
}

TEST_CASE("repeatability typed as separate readings is judged as one series", "[db][programme][r76]")
{
    LabFixture f;
    RecordService records(f.lab());
    const Id record = startVerification(f);
    // At 30 kg (3000 e) the MPE is 1.5 e = 15 g: 29.99, 30.01 and 30.00 kg spread 20 g.
    for (const char* indication : {"29.99 kg", "30.01 kg", "30.00 kg"})
        REQUIRE(read(f, record, "30 kg", "repeatability", "", indication));
    completeProgramme(f, record);
    auto done = records.complete(f.technician, record);
    REQUIRE(done);
    CHECK(done->record.verdict == Verdict::Fail);
    bool judged = false;
    for (const PointEvaluation& p : done->evaluation->points)
        judged = judged || (p.test == QStringLiteral("repeatability") && p.reason.contains(QStringLiteral("0.02 kg")));
    CHECK(judged);
}
