// SPDX-License-Identifier: Apache-2.0
#include "db/programme/ProgrammeService.h"
#include "db/records/RecordService.h"
#include "db/registry/RegistryService.h"
#include "db/trust/AuditService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

Id commune(LabFixture& f, const char* name)
{
    Organisation o;
    o.name = QString::fromUtf8(name);
    o.commune = QString::fromUtf8(name).section(u' ', 1);
    auto added = RegistryService(f.lab()).addOrganisation(f.technician, o);
    REQUIRE(added);
    return added->id;
}

Id instrument(LabFixture& f, Id owner, const char* type, const char* serial)
{
    Instrument i;
    i.typeCode = QString::fromLatin1(type);
    i.serial = QString::fromLatin1(serial);
    i.ownerId = owner;
    if (i.typeCode == QStringLiteral("NAWI")) {
        i.accuracyClass = QStringLiteral("III");
        i.rangeMax = q("60 kg");
        i.resolution = q("20 g");
    } else {
        i.accuracyClass = QStringLiteral("M1");
        i.nominal = q("1 kg");
    }
    auto added = RegistryService(f.lab()).addInstrument(f.technician, i);
    INFO((added ? std::string() : added.error().message.toStdString()));
    REQUIRE(added);
    return added->id;
}

CheckPoint point(const char* commune, const char* market, std::optional<Id> scale, std::optional<Id> masses)
{
    CheckPoint p;
    p.commune = QString::fromUtf8(commune);
    p.market = QString::fromUtf8(market);
    p.scaleId = scale;
    p.massSetId = masses;
    p.responsible = QStringLiteral("Bà Hoàng Thị Mai");
    return p;
}

/** A due date as earlier verifications would have left it; written with an entry, as every change is. */
void setNextDue(LabFixture& f, Id id, const QDate& due)
{
    REQUIRE(f.lab().write([&]() -> Status {
        ETALON_TRY(f.db().exec(QStringLiteral("UPDATE instruments SET next_due = ? WHERE id = ?"),
                               {due.toString(Qt::ISODate), id}));
        return f.lab().logChange(f.admin, QStringLiteral("test.due"), QStringLiteral("instrument"), id, {}, {});
    }));
}

} // namespace

TEST_CASE("the programme's targets are data, seeded with its numbers and kept by managers", "[db][programme]")
{
    LabFixture f;
    ProgrammeService programme(f.lab());
    auto targets = programme.targets();
    REQUIRE(targets);
    REQUIRE(targets->size() == 7);
    CHECK(targets->at(0).key == QStringLiteral("check_points"));
    CHECK(targets->at(0).value == 30);
    CHECK(targets->last().byYear == 2027); // service organisations assessed by 2027
    CHECK(programme.setTarget(f.technician, QStringLiteral("enterprises"), 60, 2030).error().kind ==
          ErrorKind::Permission);
    CHECK(programme.setTarget(f.manager, QStringLiteral("everything"), 1, 2030).error().field == QStringLiteral("key"));
    CHECK(programme.setTarget(f.manager, QStringLiteral("enterprises"), -1, 2030).error().field ==
          QStringLiteral("value"));
    REQUIRE(programme.setTarget(f.manager, QStringLiteral("enterprises"), 60, 2029));
    CHECK(programme.targets()->at(2).value == 60);
}

TEST_CASE("a check-scale point holds the commune's scale and mass set, never the lab's, each in one point",
          "[db][programme]")
{
    LabFixture f;
    ProgrammeService programme(f.lab());
    const Id tanTrao = commune(f, "UBND xã Tân Trào");
    const Id scale = instrument(f, tanTrao, "NAWI", "CDC-1");
    const Id masses = instrument(f, tanTrao, "WEIGHT", "BQC-1");
    const Id labOrg = f.lab().setting(QStringLiteral("lab_org_id")).toLongLong();
    const Id labScale = instrument(f, labOrg, "NAWI", "LAB-1");
    const QString before = f.snapshot();

    CHECK(programme.addCheckPoint(f.technician, point("Xã Tân Trào", "Chợ Tân Trào", scale, masses)).error().kind ==
          ErrorKind::Permission);
    CHECK(programme.addCheckPoint(f.manager, point("Xã Tân Trào", " ", scale, masses)).error().field ==
          QStringLiteral("market"));
    CHECK(programme.addCheckPoint(f.manager, point("Xã Tân Trào", "Chợ", labScale, masses)).error().code ==
          QStringLiteral("lab_equipment"));
    CHECK(programme.addCheckPoint(f.manager, point("Xã Tân Trào", "Chợ", masses, std::nullopt)).error().field ==
          QStringLiteral("scale"));
    CHECK(programme.addCheckPoint(f.manager, point("Xã Tân Trào", "Chợ", std::nullopt, scale)).error().field ==
          QStringLiteral("mass-set"));
    CheckPoint inUseWithout = point("Xã Tân Trào", "Chợ", scale, std::nullopt);
    inUseWithout.status = CheckPointStatus::InUse;
    CHECK(programme.addCheckPoint(f.manager, inUseWithout).error().field == QStringLiteral("mass-set"));
    CHECK(f.snapshot() == before);

    auto added = programme.addCheckPoint(f.manager, point("Xã Tân Trào", "Chợ Tân Trào", scale, masses));
    REQUIRE(added);
    CHECK(added->status == CheckPointStatus::Equipped); // both pieces of equipment: equipped at once
    CHECK(programme.addCheckPoint(f.manager, point("Xã Tân Trào", "Chợ Tân Trào", std::nullopt, std::nullopt))
              .error()
              .code == QStringLiteral("duplicate_check_point"));
    CHECK(programme.addCheckPoint(f.manager, point("Xã Tân Trào", "Chợ Đèo", scale, std::nullopt)).error().code ==
          QStringLiteral("equipment_in_use"));
    CHECK(programme.setCheckPointStatus(f.manager, added->id, CheckPointStatus::OutOfUse, f.lab().today(), QString())
              .error()
              .field == QStringLiteral("reason"));
    REQUIRE(programme.setCheckPointStatus(f.manager, added->id, CheckPointStatus::InUse, f.lab().today(),
                                          QStringLiteral("handed over to the market board")));
    auto v = AuditService(f.lab()).verify();
    REQUIRE(v);
    CHECK_FALSE(v->firstBreak);
    CHECK_FALSE(v->domainMismatch);
}

TEST_CASE("points list their equipment's verification status and those falling due", "[db][programme]")
{
    LabFixture f;
    ProgrammeService programme(f.lab());
    const QDate today = f.lab().today();
    struct Case
    {
        const char* market;
        int scaleDays; ///< next due, days from today
        int massDays;
        CheckPointStatus status;
        DueStatus expected;
    };
    const QList<Case> cases{{"Chợ A", 200, 300, CheckPointStatus::InUse, DueStatus::InDate},
                            {"Chợ B", 10, 300, CheckPointStatus::InUse, DueStatus::DueSoon},
                            {"Chợ C", 200, -3, CheckPointStatus::Equipped, DueStatus::Overdue},
                            {"Chợ D", -30, -30, CheckPointStatus::OutOfUse, DueStatus::Overdue}};
    const Id owner = commune(f, "UBND phường Minh Xuân");
    int n = 0;
    for (const Case& c : cases) {
        const Id scale = instrument(f, owner, "NAWI", QStringLiteral("S-%1").arg(++n).toLatin1().constData());
        const Id masses = instrument(f, owner, "WEIGHT", QStringLiteral("M-%1").arg(n).toLatin1().constData());
        setNextDue(f, scale, today.addDays(c.scaleDays));
        setNextDue(f, masses, today.addDays(c.massDays));
        auto p = programme.addCheckPoint(f.manager, point("Phường Minh Xuân", c.market, scale, masses));
        REQUIRE(p);
        if (c.status != CheckPointStatus::Equipped)
            REQUIRE(programme.setCheckPointStatus(f.manager, p->id, c.status, today, QStringLiteral("x")));
    }
    REQUIRE(programme.addCheckPoint(f.manager, point("Xã Thượng Lâm", "Chợ Thượng Lâm", std::nullopt, std::nullopt)));
    auto all = programme.checkPoints(QStringLiteral("Phường Minh Xuân"));
    REQUIRE(all);
    REQUIRE(all->size() == 4);
    for (int i = 0; i < cases.size(); ++i) {
        INFO(cases[i].market);
        CHECK(all->at(i).equipmentStatus() == cases[i].expected);
    }
    CHECK(programme.checkPoints()->size() == 5);
    auto due = programme.pointsFallingDue(30);
    REQUIRE(due);
    // B (due in 10 days) and C (masses overdue); A is in date, D is out of use, the planned point has nothing.
    REQUIRE(due->size() == 2);
    CHECK(due->at(0).point.market == QStringLiteral("Chợ B"));
    CHECK(due->at(1).point.market == QStringLiteral("Chợ C"));
}

TEST_CASE("enterprises enrol once, and their assurance report shows each instrument's standing", "[db][programme]")
{
    LabFixture f;
    ProgrammeService programme(f.lab());
    Enrolment e;
    e.organisationId = f.customer;
    e.enrolledOn = QDate(2026, 3, 1);
    e.sector = ProgrammeSector::Fuel;
    e.support = {SupportKind::Consultation, SupportKind::VerificationCalibration};
    CHECK(programme.enrol(f.technician, e).error().kind == ErrorKind::Permission);
    Enrolment future = e;
    future.enrolledOn = QDate(2027, 1, 1);
    CHECK(programme.enrol(f.manager, future).error().field == QStringLiteral("date"));
    Enrolment lab = e;
    lab.organisationId = f.institute;
    CHECK(programme.enrol(f.manager, lab).error().field == QStringLiteral("organisation"));
    REQUIRE(programme.enrol(f.manager, e));
    CHECK(programme.enrol(f.manager, e).error().code == QStringLiteral("already_enrolled"));
    auto list = programme.enrolments();
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).first.support.size() == 2);
    CHECK(list->at(0).second.name == QStringLiteral("Công ty TNHH Minh Phát"));

    // The fixture's scale verified and approved on 20 November; a second scale never verified.
    approvedRecord(f);
    instrument(f, f.customer, "NAWI", "NEW-1");

    auto report = programme.assuranceReport(f.customer, QDate(2026, 11, 25));
    REQUIRE(report);
    REQUIRE(report->lines.size() == 2);
    const auto& verified = report->lines[0].serial == QStringLiteral("S-123") ? report->lines[0] : report->lines[1];
    const auto& never = report->lines[0].serial == QStringLiteral("S-123") ? report->lines[1] : report->lines[0];
    CHECK(verified.status == DueStatus::InDate);
    CHECK(verified.lastWork == QDate(2026, 11, 20));
    CHECK(verified.group2);
    CHECK(never.status == DueStatus::Never);
    REQUIRE(report->inDateShare.size() == 11); // January to November
    CHECK(report->inDateShare.last().second == Approx(0.5));
    CHECK(report->inDateShare.first().second == Approx(0.0));
    CHECK(programme.assuranceReport(f.institute, QDate(2026, 11, 25)).error().code == QStringLiteral("not_enrolled"));
}

TEST_CASE("an enterprise's month-by-month share in date counts each instrument by its latest result by then",
          "[db][programme]")
{
    LabFixture f;
    ProgrammeService programme(f.lab());
    Enrolment e;
    e.organisationId = f.customer;
    e.enrolledOn = QDate(2026, 1, 5);
    e.sector = ProgrammeSector::Other;
    REQUIRE(programme.enrol(f.manager, e));
    // The fixture's scale, registered in November, was verified in February, failed in June, passed in September.
    ApprovedRecordInput input;
    input.date = QDate(2026, 2, 15);
    approvedRecord(f, input);
    input.date = QDate(2026, 6, 10);
    input.indication = "20.5 kg";
    approvedRecord(f, input);
    input.date = QDate(2026, 9, 5);
    input.indication = "20 kg";
    approvedRecord(f, input);
    instrument(f, f.customer, "NAWI", "NEW-1"); // registered now, never verified
    auto report = programme.assuranceReport(f.customer, QDate(2026, 11, 25));
    REQUIRE(report);
    const QList<double> expected{0.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.5};
    REQUIRE(report->inDateShare.size() == expected.size());
    for (int m = 0; m < expected.size(); ++m) {
        INFO("month " << m + 1);
        CHECK(report->inDateShare[m].second == Approx(expected[m]));
    }
}
