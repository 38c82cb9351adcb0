// SPDX-License-Identifier: Apache-2.0
// Legal verification and calibration are two due tracks; an instrument found not fit for use stays listed.
#include "db/records/DueService.h"
#include "db/records/RecordService.h"
#include "db/registry/RegistryService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

ApprovedRecordInput dated(const QDate& date, const char* indication = "20 kg", RecordKind kind = RecordKind::Periodic)
{
    ApprovedRecordInput in;
    in.date = date;
    in.indication = indication;
    in.kind = kind;
    return in;
}

QList<DueItem> instrumentItems(LabFixture& f, int within)
{
    auto items = DueService(f.lab()).dueList(f.lab().today(), within, DueScope::Instruments);
    REQUIRE(items);
    return *items;
}

Instrument scale(LabFixture& f)
{
    auto i = RegistryService(f.lab()).fetchInstrument(f.scale);
    REQUIRE(i);
    return *i;
}

Id approvedCalibration(LabFixture& f, const QDate& date, int intervalMonths)
{
    RecordService records(f.lab());
    StartRecordInput in;
    in.instrumentId = f.scale;
    in.kind = RecordKind::Calibration;
    in.procedureCode = QStringLiteral("QTHC-KL");
    in.date = date;
    in.temperature = q("20 °C");
    in.intervalMonths = intervalMonths;
    auto r = records.start(f.technician, in);
    REQUIRE(r);
    ReadingInput reading;
    reading.standardId = f.massStandard;
    reading.reference = q("20 kg");
    reading.indications = {q("20.01 kg")};
    REQUIRE(records.addReading(f.technician, r->id, reading));
    completeProgramme(f, r->id);
    REQUIRE(records.complete(f.technician, r->id));
    REQUIRE(records.approve(f.manager, r->id));
    return r->id;
}

} // namespace

TEST_CASE("a failed verification keeps the instrument listed as not fit for use until it passes again", "[db][due]")
{
    LabFixture f;
    approvedRecord(f, dated(QDate(2026, 1, 15)));
    const auto legalDue = scale(f).nextDue;
    REQUIRE(legalDue);
    CHECK(instrumentItems(f, 0).isEmpty());

    const Id failed = approvedRecord(f, dated(QDate(2026, 11, 10), "20.05 kg"));
    const Instrument afterFailure = scale(f);
    CHECK(afterFailure.failedRecordId == failed);
    CHECK(afterFailure.nextDue == legalDue); // the failure neither clears nor moves the legal date
    const auto items = instrumentItems(f, 0); // listed whatever the window
    REQUIRE(items.size() == 1);
    CHECK(items[0].status == QStringLiteral("failed"));
    CHECK(items[0].track == QStringLiteral("legal"));
    CHECK(items[0].dueDate == QDate(2026, 11, 10));

    approvedRecord(f, dated(QDate(2026, 11, 20), "20.00 kg", RecordKind::AfterRepair));
    const Instrument repaired = scale(f);
    CHECK_FALSE(repaired.failedRecordId);
    CHECK(repaired.nextDue > legalDue);
    CHECK(instrumentItems(f, 0).isEmpty());
}

TEST_CASE("an in-service inspection leaves the legal due date; a failed one finds the instrument not fit", "[db][due]")
{
    LabFixture f;
    approvedRecord(f, dated(QDate(2026, 1, 15)));
    const auto legalDue = scale(f).nextDue;
    approvedRecord(f, dated(QDate(2026, 6, 1), "20.01 kg", RecordKind::Inspection));
    CHECK(scale(f).nextDue == legalDue);
    CHECK_FALSE(scale(f).failedRecordId);

    const Id failed = approvedRecord(f, dated(QDate(2026, 7, 1), "20.05 kg", RecordKind::Inspection));
    CHECK(scale(f).nextDue == legalDue);
    CHECK(scale(f).failedRecordId == failed);
    const auto items = instrumentItems(f, 0);
    REQUIRE(items.size() == 1);
    CHECK(items[0].status == QStringLiteral("failed"));
}

TEST_CASE("a calibration has its own due date beside the legal one", "[db][due]")
{
    LabFixture f;
    approvedRecord(f, dated(QDate(2026, 1, 15)));
    const auto legalDue = scale(f).nextDue;
    approvedCalibration(f, QDate(2026, 2, 1), 10);
    const Instrument calibrated = scale(f);
    CHECK(calibrated.nextDue == legalDue);
    CHECK(calibrated.calibrationDue == QDate(2026, 12, 1));
    const auto items = instrumentItems(f, 30);
    REQUIRE(items.size() == 1);
    CHECK(items[0].track == QStringLiteral("calibration"));
    CHECK(items[0].status == QStringLiteral("due"));
    CHECK(instrumentItems(f, 400).size() == 2); // and the legal date, within the year
}
