// SPDX-License-Identifier: Apache-2.0
#include "db/lab/SettingsService.h"
#include "db/lab/UserService.h"
#include "db/records/DueService.h"
#include "db/records/RecordService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

StartRecordInput verification(Id instrument, const QDate& date = QDate(2026, 11, 20),
                              RecordKind kind = RecordKind::Periodic)
{
    StartRecordInput in;
    in.instrumentId = instrument;
    in.kind = kind;
    in.date = date;
    in.temperature = q("25 °C");
    in.humidity = q("60 %RH");
    return in;
}

ReadingInput reading(Id standard, const char* reference, std::initializer_list<const char*> indications)
{
    ReadingInput r;
    r.standardId = standard;
    r.reference = q(reference);
    for (const char* i : indications)
        r.indications.append(q(i));
    return r;
}

Error refusal(const Status& s)
{
    REQUIRE_FALSE(s);
    return s.error();
}

template <typename T>
Error refusal(const Result<T>& r)
{
    REQUIRE_FALSE(r);
    return r.error();
}

} // namespace

TEST_CASE("a verification goes from draft to approved and the instrument falls due at month end", "[db][records]")
{
    LabFixture f;
    RecordService records(f.lab());
    auto record = records.start(f.technician, verification(f.scale));
    REQUIRE(record);
    CHECK(record->procedureCode == QStringLiteral("ĐLVN 14:2009"));
    REQUIRE(records.addReading(f.technician, record->id, reading(f.massStandard, "20 kg", {"20.01 kg"})));
    auto second =
        records.addReading(f.technician, record->id, reading(f.massStandard, "60 kg", {"60010 g", "60.005 kg"}));
    REQUIRE(second);
    CHECK(second->verdict == Verdict::Pass);
    REQUIRE(records.addCheck(f.technician, record->id, QStringLiteral("Dấu, niêm phong / Marks and seals"), true, {}));
    completeProgramme(f, record->id);
    auto done = records.complete(f.technician, record->id);
    REQUIRE(done);
    CHECK(done->record.status == RecordStatus::Completed);
    CHECK(done->record.verdict == Verdict::Pass);
    CHECK(done->record.nextDue == QDate(2027, 11, 30));
    CHECK(done->record.cycleMonths == 12);
    CHECK_FALSE(done->record.legalBasis.isEmpty());
    REQUIRE(done->evaluation);
    CHECK(done->evaluation->points.size() == 10); // and the rest of the R 76 programme
    CHECK(done->evaluation->points[1].error == q("10 g"));

    // Completed records are read-only, in the use case and in the database itself.
    CHECK(refusal(records.addReading(f.technician, record->id, reading(f.massStandard, "10 kg", {"10 kg"}))).code ==
          QStringLiteral("record_read_only"));
    CHECK_FALSE(f.db().exec(QStringLiteral("INSERT INTO readings (record_id, seq, standard_id, reference, indications, "
                                           "created_at) VALUES (?, 9, ?, '1 kg', '[]', 'x')"),
                            {record->id, f.massStandard}));

    CHECK(refusal(records.approve(f.technician, record->id)).kind == ErrorKind::Permission);
    auto approved = records.approve(f.manager, record->id);
    REQUIRE(approved);
    CHECK(approved->status == RecordStatus::Approved);
    CHECK(RegistryService(f.lab()).fetchInstrument(f.scale)->nextDue == QDate(2027, 11, 30));
}

TEST_CASE("a failed verification sets no due date and says which point failed", "[db][records]")
{
    LabFixture f;
    RecordService records(f.lab());
    auto record = records.start(f.technician, verification(f.scale));
    REQUIRE(record);
    auto point = records.addReading(f.technician, record->id, reading(f.massStandard, "60 kg", {"60.03 kg"}));
    REQUIRE(point);
    CHECK(point->verdict == Verdict::Fail);
    completeProgramme(f, record->id);
    auto done = records.complete(f.technician, record->id);
    REQUIRE(done);
    CHECK(done->record.verdict == Verdict::Fail);
    CHECK_FALSE(done->record.nextDue);
    CHECK_FALSE(done->evaluation->points[0].reason.isEmpty());
    REQUIRE(records.approve(f.manager, record->id));
    CHECK_FALSE(RegistryService(f.lab()).fetchInstrument(f.scale)->nextDue);
}

TEST_CASE("an expired standard is refused for a verification with no override", "[db][records][rules]")
{
    LabFixture f;
    RecordService records(f.lab());
    // The standard's calibration ran until 2027-01-09; the clock moves past it.
    f.clock().setNow(QDateTime(QDate(2027, 2, 1), QTime(3, 0), QTimeZone::utc()));
    auto record = records.start(f.technician, verification(f.scale, QDate(2027, 1, 20)));
    REQUIRE(record);
    const QString before = f.snapshot();
    const Error e = refusal(records.addReading(f.technician, record->id, reading(f.massStandard, "20 kg", {"20 kg"})));
    CHECK(e.code == QStringLiteral("standard_expired"));
    CHECK(e.message.contains(QStringLiteral("2027-01-09")));
    CHECK(e.message.contains(QStringLiteral("QC-01")));
    CHECK(e.kind == ErrorKind::Refused);
    CHECK(refusal(records.allowStandard(f.manager, record->id, f.massStandard, QStringLiteral("urgent"))).code ==
          QStringLiteral("no_override_for_verification"));
    CHECK(f.snapshot() == before);
}

TEST_CASE("a manager may allow an expired standard for one calibration, with a reason", "[db][records][rules]")
{
    LabFixture f;
    RecordService records(f.lab());
    f.clock().setNow(QDateTime(QDate(2027, 2, 1), QTime(3, 0), QTimeZone::utc()));
    StartRecordInput in = verification(f.scale, QDate(2027, 1, 20), RecordKind::Calibration);
    in.intervalMonths = 12;
    in.temperature = q("20 °C"); // the lab's calibration method (QTHC-KL) works at 17–23 °C
    auto record = records.start(f.technician, in);
    REQUIRE(record);
    REQUIRE_FALSE(records.addReading(f.technician, record->id, reading(f.massStandard, "20 kg", {"20 kg"})));
    CHECK(refusal(records.allowStandard(f.technician, record->id, f.massStandard, QStringLiteral("x"))).kind ==
          ErrorKind::Permission);
    CHECK(refusal(records.allowStandard(f.manager, record->id, f.massStandard, QString())).field ==
          QStringLiteral("reason"));
    REQUIRE(records.allowStandard(f.manager, record->id, f.massStandard,
                                  QStringLiteral("the only 20 kg set; recalibration booked")));
    // Three readings: QTHC-KL's minimum where so few make k large.
    REQUIRE(records.addReading(f.technician, record->id,
                               reading(f.massStandard, "20 kg", {"20.01 kg", "20.02 kg", "20.015 kg"})));
    completeProgramme(f, record->id);
    auto done = records.complete(f.technician, record->id);
    REQUIRE(done);
    CHECK(done->allowances.size() == 1);
    CHECK(done->record.nextDue == QDate(2028, 1, 20));
    CHECK(done->evaluation->points[0].mean == q("20.015 kg"));
    CHECK(f.db()
              .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'record.allow-standard'"))
              ->toInt() == 1);
}

TEST_CASE("a quarantined standard cannot be used", "[db][records][rules]")
{
    LabFixture f;
    RecordService records(f.lab());
    auto record = records.start(f.technician, verification(f.scale, QDate(2026, 11, 25)));
    REQUIRE(record);
    REQUIRE(StandardService(f.lab()).setStatus(f.manager, f.massStandard, StandardStatus::Quarantined,
                                               QStringLiteral("dropped on the floor")));
    CHECK(refusal(records.addReading(f.technician, record->id, reading(f.massStandard, "20 kg", {"20 kg"}))).code ==
          QStringLiteral("standard_not_in_service"));
}

TEST_CASE("only an authorised technician may verify, on the date of the work", "[db][records][rules]")
{
    LabFixture f;
    RecordService records(f.lab());
    const QString before = f.snapshot();
    CHECK(refusal(records.start(f.unauthorised, verification(f.scale))).code == QStringLiteral("not_authorised"));
    CHECK(f.snapshot() == before);
    REQUIRE(UserService(f.lab()).authorize(f.admin, QStringLiteral("novice"), QStringLiteral("mass"),
                                           QStringLiteral("KĐV-009"), QDate(2026, 10, 31)));
    const Error expired = refusal(records.start(f.unauthorised, verification(f.scale)));
    CHECK(expired.code == QStringLiteral("not_authorised"));
    CHECK(expired.message.contains(QStringLiteral("2026-10-31")));
    // A calibration is not a legal verification: no verifier card needed.
    StartRecordInput cal = verification(f.scale);
    cal.kind = RecordKind::Calibration;
    cal.temperature = q("20 °C");
    auto calibration = records.start(f.unauthorised, cal);
    REQUIRE(calibration);
    // Without a named procedure a calibration follows the lab's calibration method for the type.
    CHECK(calibration->procedureCode == QStringLiteral("QTHC-KL"));
}

TEST_CASE("the date of the work may not be in the lab's future", "[db][records][rules]")
{
    LabFixture f;
    RecordService records(f.lab());
    CHECK(refusal(records.start(f.technician, verification(f.scale, QDate(2026, 11, 26)))).code ==
          QStringLiteral("date_in_future"));
    CHECK(records.start(f.technician, verification(f.scale, QDate(2026, 11, 25))));
    StartRecordInput in = verification(f.scale);
    in.received = QDate(2026, 11, 21);
    CHECK(refusal(records.start(f.technician, in)).field == QStringLiteral("received"));
    in = verification(f.scale);
    in.temperature = q("25 kg");
    CHECK(refusal(records.start(f.technician, in)).field == QStringLiteral("temperature"));
    in = verification(f.scale);
    in.intervalMonths = 12;
    CHECK(refusal(records.start(f.technician, in)).field == QStringLiteral("interval-months"));
}

TEST_CASE("the designation scope and pattern approval are enforced", "[db][records][rules]")
{
    LabFixture f;
    RecordService records(f.lab());
    Instrument unmarked;
    unmarked.typeCode = QStringLiteral("NAWI");
    unmarked.serial = QStringLiteral("NEW-1");
    unmarked.ownerId = f.customer;
    unmarked.accuracyClass = QStringLiteral("III");
    unmarked.rangeMax = q("60 kg");
    unmarked.resolution = q("10 g");
    auto added = RegistryService(f.lab()).addInstrument(f.technician, unmarked);
    REQUIRE(added);
    CHECK(
        refusal(records.start(f.technician, verification(added->id, QDate(2026, 11, 20), RecordKind::Initial))).code ==
        QStringLiteral("pattern_approval_missing"));
    CHECK(records.start(f.technician, verification(added->id, QDate(2026, 11, 20), RecordKind::Periodic)));
    REQUIRE(f.db().exec(QStringLiteral("UPDATE scope SET range_max = '30 kg' WHERE type_code = 'NAWI'")));
    CHECK(refusal(records.start(f.technician, verification(f.scale))).code == QStringLiteral("out_of_scope"));
    REQUIRE(f.db().exec(QStringLiteral("DELETE FROM scope WHERE type_code = 'NAWI'")));
    CHECK(refusal(records.start(f.technician, verification(f.scale))).code == QStringLiteral("out_of_scope"));
}

TEST_CASE("a reading of the wrong dimension is refused naming both units", "[db][records][rules]")
{
    LabFixture f;
    RecordService records(f.lab());
    auto record = records.start(f.technician, verification(f.scale));
    REQUIRE(record);
    const QString before = f.snapshot();
    const Error e = refusal(records.addReading(f.technician, record->id, reading(f.massStandard, "20 kg", {"20 kPa"})));
    CHECK(e.code == QStringLiteral("unit_mismatch"));
    CHECK(e.message.contains(QStringLiteral("kPa")));
    CHECK(e.message.contains(QStringLiteral("kg")));
    CHECK(refusal(records.addReading(f.technician, record->id, reading(f.massStandard, "20 kPa", {"20 kPa"}))).field ==
          QStringLiteral("reference"));
    CHECK(f.snapshot() == before);
}

TEST_CASE("a manager may not approve their own record, and sending back reopens it", "[db][records][rules]")
{
    LabFixture f;
    RecordService records(f.lab());
    auto own = records.start(f.manager, verification(f.scale));
    REQUIRE(own);
    REQUIRE(records.addReading(f.manager, own->id, reading(f.massStandard, "20 kg", {"20 kg"})));
    completeProgramme(f, f.manager, own->id);
    REQUIRE(records.complete(f.manager, own->id));
    CHECK(refusal(records.approve(f.manager, own->id)).code == QStringLiteral("self_approval"));
    REQUIRE(SettingsService(f.lab()).set(f.admin, QStringLiteral("allow_self_approval"), QStringLiteral("1")));
    CHECK(records.approve(f.manager, own->id));

    auto record = records.start(f.technician, verification(f.scale));
    REQUIRE(record);
    REQUIRE(records.addReading(f.technician, record->id, reading(f.massStandard, "20 kg", {"20 kg"})));
    CHECK(refusal(records.reject(f.manager, record->id, QStringLiteral("not yet"))).code ==
          QStringLiteral("not_completed"));
    completeProgramme(f, record->id);
    REQUIRE(records.complete(f.technician, record->id));
    CHECK(refusal(records.reject(f.manager, record->id, QString())).field == QStringLiteral("reason"));
    auto back = records.reject(f.manager, record->id, QStringLiteral("eccentricity test missing"));
    REQUIRE(back);
    CHECK(back->status == RecordStatus::Draft);
    CHECK(records.details(record->id)->rejectionReason == QStringLiteral("eccentricity test missing"));
    CHECK(records.addReading(f.technician, record->id, reading(f.massStandard, "30 kg", {"30 kg"})));
}

TEST_CASE("weights: a U above δm/3 is inadequate, and a weight reading needs U", "[db][records][r111]")
{
    LabFixture f;
    Instrument w;
    w.typeCode = QStringLiteral("WEIGHT");
    w.serial = QStringLiteral("W-1");
    w.ownerId = f.customer;
    w.accuracyClass = QStringLiteral("F2");
    w.nominal = q("1 kg");
    auto weight = RegistryService(f.lab()).addInstrument(f.technician, w);
    REQUIRE(weight);
    // A standard whose certificate states no uncertainty: nothing to build a budget from.
    StandardService standards(f.lab());
    Standard bare;
    bare.name = QStringLiteral("Quả cân 1 kg");
    bare.serial = QStringLiteral("QC-1KG");
    bare.rangeMax = q("1 kg");
    auto bareStandard = standards.addStandard(f.manager, bare);
    REQUIRE(bareStandard);
    StandardCalibration cal;
    cal.standardId = bareStandard->id;
    cal.date = QDate(2026, 3, 1);
    cal.validUntil = QDate(2027, 2, 28);
    cal.certificate = QStringLiteral("V26-0456/VMI");
    cal.byLabId = f.institute;
    REQUIRE(standards.calibrate(f.manager, cal));

    RecordService records(f.lab());
    auto record = records.start(f.technician, verification(weight->id));
    REQUIRE(record);
    ReadingInput r = reading(bareStandard->id, "1 kg", {"1000.010 g"});
    CHECK(refusal(records.addReading(f.technician, record->id, r)).code == QStringLiteral("missing_uncertainty"));
    // The M1 set's certificate has no value at 1 kg: its class bounds a scale's weights, but a reference weight
    // needs its own calibration value (R 111 C.6.2).
    ReadingInput coarse = reading(f.massStandard, "1 kg", {"1000.010 g"});
    CHECK(refusal(records.addReading(f.technician, record->id, coarse)).code == QStringLiteral("missing_uncertainty"));
    // A weight is compared at its nominal value only.
    ReadingInput elsewhere = reading(bareStandard->id, "0.5 kg", {"500.001 g"});
    elsewhere.expandedUncertainty = q("1 mg");
    CHECK(refusal(records.addReading(f.technician, record->id, elsewhere)).field == QStringLiteral("reference"));
    r.expandedUncertainty = q("6 mg");
    CHECK(refusal(records.addReading(f.technician, record->id, r)).code == QStringLiteral("inadequate_uncertainty"));
    r.expandedUncertainty = q("5 mg");
    auto ok = records.addReading(f.technician, record->id, r);
    REQUIRE(ok);
    CHECK(ok->verdict == Verdict::Pass);
    CHECK(*ok->mpe == q("16 mg"));
    CHECK(ok->uncertaintyEntered);
    CHECK(ok->decisionRule == QStringLiteral("oiml-r111"));
}

TEST_CASE("due lists show standards and instruments, overdue ones with negative days", "[db][due]")
{
    LabFixture f;
    RecordService records(f.lab());
    auto record = records.start(f.technician, verification(f.scale, QDate(2025, 12, 1)));
    // The standard was calibrated on 2026-01-10, after this date of work: refused.
    REQUIRE(record);
    CHECK(refusal(records.addReading(f.technician, record->id, reading(f.massStandard, "20 kg", {"20 kg"}))).code ==
          QStringLiteral("standard_not_calibrated"));
    DueService due(f.lab());
    auto soon = due.dueList(QDate(2026, 12, 20), 30, DueScope::All);
    REQUIRE(soon);
    REQUIRE(soon->size() == 1);
    CHECK(soon->first().kind == QStringLiteral("standard"));
    CHECK(soon->first().daysLeft == 20);
    auto late = due.dueList(QDate(2027, 1, 19), 0, DueScope::Standards);
    REQUIRE(late->size() == 1);
    CHECK(late->first().daysLeft == -10);
    CHECK(due.dueList(QDate(2026, 12, 20), 30, DueScope::Instruments)->isEmpty());
    CHECK(due.dueList(QDate(2026, 12, 20), -1, DueScope::All).error().field == QStringLiteral("within"));
}
