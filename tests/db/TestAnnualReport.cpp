// SPDX-License-Identifier: Apache-2.0
// The annual report's figures against a lab built with known counts, including the edges: a record on 31
// December, a withdrawn certificate, an instrument moved between owners, a point taken out of use.
#include "db/certificates/CertificateService.h"
#include "db/certificates/StampService.h"
#include "db/lab/UserService.h"
#include "db/programme/AnnualReportService.h"
#include "db/programme/ProgrammeService.h"
#include "db/programme/TrainingService.h"
#include "db/records/RecordService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

void setToday(LabFixture& f, const QDate& day)
{
    f.clock().setNow(QDateTime(day, QTime(3, 0), QTimeZone::utc()));
}

Id approved(LabFixture& f, const QDate& date, const char* indication)
{
    ApprovedRecordInput in;
    in.date = date;
    in.indication = indication;
    return approvedRecord(f, in);
}

QString issue(LabFixture& f, Id record)
{
    const CertificateRenderer renderer = [](const CertificateData& d, const QByteArray& qr, const QString& m) {
        return Result<QByteArray>(d.canonicalJson() + qr + m.toUtf8());
    };
    IssueOptions options;
    options.passphrase = QStringLiteral("sign-pass-123");
    auto c = CertificateService(f.lab(), renderer).issue(f.manager, record, options);
    REQUIRE(c);
    return c->number;
}

Id organisation(LabFixture& f, const char* name, const char* commune)
{
    Organisation o;
    o.name = QString::fromUtf8(name);
    o.commune = QString::fromUtf8(commune);
    auto added = RegistryService(f.lab()).addOrganisation(f.technician, o);
    REQUIRE(added);
    return added->id;
}

Id communeInstrument(LabFixture& f, Id owner, const char* type, const char* serial)
{
    Instrument i;
    i.typeCode = QString::fromLatin1(type);
    i.serial = QString::fromLatin1(serial);
    i.ownerId = owner;
    i.accuracyClass = i.typeCode == QStringLiteral("NAWI") ? QStringLiteral("III") : QStringLiteral("M1");
    if (i.typeCode == QStringLiteral("NAWI")) {
        i.rangeMax = q("60 kg");
        i.resolution = q("20 g");
    } else {
        i.nominal = q("1 kg");
    }
    auto added = RegistryService(f.lab()).addInstrument(f.technician, i);
    REQUIRE(added);
    return added->id;
}

const YearCount* find(const QList<YearCount>& list, const QString& key)
{
    for (const YearCount& c : list)
        if (c.key == key)
            return &c;
    return nullptr;
}

const TargetProgress& target(const AnnualFigures& f, const char* key)
{
    for (const TargetProgress& t : f.targets)
        if (t.key == QLatin1String(key))
            return t;
    FAIL("no target " << key);
    return f.targets.first();
}

} // namespace

TEST_CASE("the annual report counts what the lab recorded, by the date of the work", "[db][programme][annual]")
{
    LabFixture f;
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 20));
    ProgrammeService programme(f.lab());
    TrainingService training(f.lab());
    // 2026: an enterprise enrols, a course trains three people, a lab is assessed (a service organisation not).
    Enrolment e;
    e.organisationId = f.customer;
    e.enrolledOn = QDate(2026, 6, 1);
    e.sector = ProgrammeSector::Fuel;
    REQUIRE(programme.enrol(f.manager, e));
    auto course = training.addTraining(f.manager,
                                       {0, QStringLiteral("Viện Đo lường Việt Nam"), QStringLiteral("Kiểm định cân"),
                                        QStringLiteral("mass"), QDate(2026, 10, 1), QDate(2026, 10, 10)});
    REQUIRE(course);
    for (const auto& [person, category, card] : {std::tuple{"Lò Văn Hùng", AttendeeCategory::Verifier, "KĐV-11"},
                                                 std::tuple{"Ma Thị Hoa", AttendeeCategory::Verifier, "KĐV-12"},
                                                 std::tuple{"Nông Văn Tú", AttendeeCategory::Manager, ""}}) {
        Attendee a;
        a.trainingId = course->id;
        a.person = QString::fromUtf8(person);
        a.category = category;
        a.certificate = QString::fromUtf8(card);
        if (!a.certificate.isEmpty())
            a.certificateValidUntil = QDate(2031, 10, 10);
        REQUIRE(training.addAttendee(f.manager, a));
    }
    Assessment lab{
        0,  f.institute, AssessmentKind::Lab, QDate(2026, 9, 1), QStringLiteral("mass"), AssessmentOutcome::Met,
        {}, std::nullopt};
    REQUIRE(training.addAssessment(f.manager, lab));
    Assessment service{0,
                       f.customer,
                       AssessmentKind::ServiceOrganisation,
                       QDate(2026, 10, 1),
                       QStringLiteral("mass"),
                       AssessmentOutcome::NotMet,
                       QStringLiteral("no procedures"),
                       QDate(2027, 3, 1)};
    REQUIRE(training.addAssessment(f.manager, service));

    // Work: 20 November (certificate kept), 31 December (certificate withdrawn the same day).
    issue(f, approved(f, QDate(2026, 11, 20), "20 kg"));
    setToday(f, QDate(2026, 12, 31));
    const QString withdrawn = issue(f, approved(f, QDate(2026, 12, 31), "20 kg"));
    REQUIRE(CertificateService(f.lab()).withdraw(f.manager, withdrawn, QStringLiteral("wrong owner")));
    const Id commune = organisation(f, "UBND xã Tân Trào", "Xã Tân Trào");
    auto point = programme.addCheckPoint(f.manager,
                                         {0,
                                          QStringLiteral("Xã Tân Trào"),
                                          QStringLiteral("Chợ Tân Trào"),
                                          {},
                                          communeInstrument(f, commune, "NAWI", "C-1"),
                                          communeInstrument(f, commune, "WEIGHT", "M-1"),
                                          {},
                                          CheckPointStatus::Planned});
    REQUIRE(point);
    // 2027: the scale changes hands on 1 January and fails that day; the point goes out of use on 5 January.
    setToday(f, QDate(2027, 1, 2));
    const Id buyer = organisation(f, "Công ty Thuận Phát", "Xã Tân Trào");
    REQUIRE(RegistryService(f.lab()).transferInstrument(f.technician, f.scale, buyer, QDate(2027, 1, 1)));
    approved(f, QDate(2027, 1, 1), "20.5 kg");
    setToday(f, QDate(2027, 1, 20));
    REQUIRE(programme.setCheckPointStatus(f.manager, point->id, CheckPointStatus::OutOfUse, QDate(2027, 1, 5),
                                          QStringLiteral("market closed")));

    AnnualReportService report(f.lab());
    auto y2026 = report.figures(2026);
    REQUIRE(y2026);
    CHECK(y2026->periodEnd == QDate(2026, 12, 31));
    CHECK(y2026->work.year == 2); // the record of 31 December belongs to 2026
    CHECK(y2026->work.cumulative == 2);
    REQUIRE(find(y2026->workByCommune, QStringLiteral("Phường Minh Xuân")));
    CHECK(find(y2026->workByCommune, QStringLiteral("Phường Minh Xuân"))->year == 2);
    CHECK(find(y2026->workBySector, QStringLiteral("fuel"))->year == 2); // the enrolled sector
    CHECK(find(y2026->workByGroup, QStringLiteral("group2"))->year == 2);
    CHECK(y2026->certificates.year == 2);
    CHECK(y2026->certificatesWithdrawn.year == 1);
    REQUIRE(y2026->standards.size() == 1);
    // Calibrated from 10 January: in date from then, but not "all year".
    CHECK_FALSE(y2026->standards[0].inDateAllYear);
    CHECK(y2026->standards[0].from == QDate(2026, 1, 10));
    CHECK_FALSE(y2026->standards[0].firstGap.isValid());
    CHECK(y2026->pointsEquipped == 1);
    CHECK(y2026->massSetsEquipped == 1);
    CHECK(y2026->pointsInDate == 0); // the commune's equipment has not been verified yet
    CHECK(y2026->enterprises.year == 1);
    CHECK(y2026->peopleTrained.year == 3);
    CHECK(y2026->peopleCertified.year == 2);
    CHECK(y2026->managersAndStaffTrained.year == 1);
    CHECK(y2026->labsAssessed.cumulative == 1);
    CHECK(y2026->serviceOrganisationsAssessed.cumulative == 0); // criteria not met
    CHECK(target(*y2026, "people_qualified").achieved == 2);
    CHECK(target(*y2026, "check_points").achieved == 1);
    CHECK(target(*y2026, "check_points").target == 30);

    auto y2027 = report.figures(2027);
    REQUIRE(y2027);
    CHECK(y2027->periodEnd == QDate(2027, 1, 20)); // the year runs: to today
    CHECK(y2027->work.year == 1);
    CHECK(y2027->work.cumulative == 3);
    // Counted where the instrument was on the day: the new owner's commune.
    REQUIRE(find(y2027->workByCommune, QStringLiteral("Xã Tân Trào")));
    CHECK(find(y2027->workByCommune, QStringLiteral("Xã Tân Trào"))->year == 1);
    CHECK(find(y2027->workByCommune, QStringLiteral("Phường Minh Xuân"))->year == 0);
    CHECK(find(y2027->workByVerdict, QStringLiteral("fail"))->year == 1);
    CHECK(y2027->certificates.year == 0);
    CHECK(y2027->certificates.cumulative == 2);
    CHECK_FALSE(y2027->standards[0].inDateAllYear); // its calibration ran out on 9 January
    CHECK(y2027->standards[0].firstGap == QDate(2027, 1, 10));
    CHECK(y2027->pointsEquipped == 0);
    CHECK(y2027->pointsOutOfUse == 1);
    CHECK(y2027->enterprises.year == 0);
    CHECK(y2027->enterprises.cumulative == 1);
    CHECK(y2027->peopleTrained.year == 0);
    CHECK(y2027->peopleTrained.cumulative == 3);

    CHECK(report.figures(2025).error().field == QStringLiteral("year"));
    CHECK(report.figures(2028).error().field == QStringLiteral("year"));
}

TEST_CASE("a standard is in date all year only when held, calibrated and in service on every day of it",
          "[db][programme][annual]")
{
    LabFixture f;
    StandardService standards(f.lab());
    StandardCalibration earlier;
    earlier.standardId = f.massStandard;
    earlier.date = QDate(2025, 1, 8);
    earlier.validUntil = QDate(2026, 1, 9);
    earlier.certificate = QStringLiteral("VMI-2025-1");
    earlier.byLabId = f.institute;
    REQUIRE(standards.calibrate(f.manager, earlier));
    setToday(f, QDate(2027, 1, 3));
    auto covered = AnnualReportService(f.lab()).figures(2026);
    REQUIRE(covered);
    CHECK(covered->standards.value(0).inDateAllYear); // two calibrations cover every day of 2026

    // A fortnight in quarantine in 2027 is a gap, though its calibration still ran.
    StandardCalibration next = earlier;
    next.date = QDate(2027, 1, 5);
    next.validUntil = QDate(2028, 1, 4);
    next.certificate = QStringLiteral("VMI-2027-1");
    setToday(f, QDate(2027, 1, 5));
    REQUIRE(standards.calibrate(f.manager, next));
    setToday(f, QDate(2027, 6, 1));
    REQUIRE(standards.setStatus(f.manager, f.massStandard, StandardStatus::Quarantined, QStringLiteral("dropped")));
    setToday(f, QDate(2027, 6, 15));
    REQUIRE(standards.setStatus(f.manager, f.massStandard, StandardStatus::InService, QStringLiteral("rechecked")));
    setToday(f, QDate(2027, 7, 1));
    auto y2027 = AnnualReportService(f.lab()).figures(2027);
    REQUIRE(y2027);
    const StandardYear s = y2027->standards.value(0);
    CHECK_FALSE(s.inDateAllYear);
    CHECK(s.firstGap == QDate(2027, 6, 1));
    CHECK(s.gapEnd == QDate(2027, 6, 14)); // usable again on 15 June
    CHECK(s.quarantined);

    // In 2028: put in quarantine and back the same day, that day is a gap; from 5 January its calibration ran out.
    setToday(f, QDate(2028, 1, 3));
    REQUIRE(standards.setStatus(f.manager, f.massStandard, StandardStatus::Quarantined, QStringLiteral("knocked")));
    REQUIRE(standards.setStatus(f.manager, f.massStandard, StandardStatus::InService, QStringLiteral("fine")));
    setToday(f, QDate(2028, 1, 10));
    auto y2028 = AnnualReportService(f.lab()).figures(2028);
    REQUIRE(y2028);
    CHECK(y2028->standards.value(0).firstGap == QDate(2028, 1, 3));
    CHECK(y2028->standards.value(0).gapEnd == QDate(2028, 1, 3));
}

TEST_CASE("a verifier's certificate from training becomes an authorisation and is listed before it expires",
          "[db][programme][training]")
{
    LabFixture f;
    TrainingService training(f.lab());
    auto course = training.addTraining(f.manager,
                                       {0, QStringLiteral("VMI"), QStringLiteral("Áp kế"), QStringLiteral("pressure"),
                                        QDate(2026, 5, 1), QDate(2026, 5, 3)});
    REQUIRE(course);
    Attendee a;
    a.trainingId = course->id;
    a.person = QStringLiteral("Người tech");
    a.category = AttendeeCategory::Verifier;
    a.userName = QStringLiteral("tech");
    a.certificate = QStringLiteral("KĐV-P-7");
    CHECK(training.addAttendee(f.manager, a).error().field == QStringLiteral("valid-until"));
    a.certificateValidUntil = QDate(2026, 12, 20);
    REQUIRE(training.addAttendee(f.manager, a));
    CHECK(UserService(f.lab()).requireAuthorisation(f.technician.userId, QStringLiteral("pressure"),
                                                    QDate(2026, 11, 25)));
    auto expiring = training.expiringCertificates(30);
    REQUIRE(expiring);
    REQUIRE(expiring->size() == 1);
    CHECK(expiring->at(0).certificate == QStringLiteral("KĐV-P-7"));
    CHECK(training.expiringCertificates(10)->isEmpty());
    Training bad{0, QStringLiteral("VMI"), QStringLiteral("x"), {}, QDate(2026, 5, 3), QDate(2026, 5, 1)};
    CHECK(training.addTraining(f.manager, bad).error().field == QStringLiteral("ends"));
}

TEST_CASE("a course of no particular field takes attendees, and a certificate from it is no verifier's card",
          "[db][programme][training]")
{
    LabFixture f;
    TrainingService training(f.lab());
    auto course = training.addTraining(
        f.manager,
        {0, QStringLiteral("Sở KH&CN"), QStringLiteral("Luật Đo lường"), {}, QDate(2026, 6, 1), QDate(2026, 6, 2)});
    REQUIRE(course);
    Attendee a;
    a.trainingId = course->id;
    a.person = QStringLiteral("Nguyễn Thị Lan");
    a.category = AttendeeCategory::Verifier;
    a.userName = QStringLiteral("tech");
    a.certificate = QStringLiteral("GCN-12");
    a.certificateValidUntil = QDate(2027, 6, 1);
    auto added = training.addAttendee(f.manager, a);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    CHECK(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM authorisations WHERE certificate = 'GCN-12'"))->toInt() ==
          0);
    a.trainingId = course->id + 100;
    CHECK(training.addAttendee(f.manager, a).error().field == QStringLiteral("training"));
}
