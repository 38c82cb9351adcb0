// SPDX-License-Identifier: Apache-2.0
// The certificate lifecycle against a real SQLite file; the PDF itself is the reports layer's (its own tests).
#include "db/certificates/CertificateService.h"
#include "db/certificates/StampService.h"
#include "db/lab/SettingsService.h"
#include "db/records/RecordService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "db/standards/TraceService.h"
#include "support/TemporaryDatabase.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

const QString passphrase = QStringLiteral("sign-pass-123");

// Stands in for the PDF renderer: deterministic bytes that name what was rendered.
CertificateRenderer fakeRenderer(QStringList* marks = nullptr)
{
    return [marks](const CertificateData& d, const QByteArray& qr, const QString& mark) -> Result<QByteArray> {
        if (marks)
            marks->append(mark);
        return QByteArray("%PDF-1.4 ") + d.number.toUtf8() + ' ' + d.canonicalJson() + ' ' + qr + ' ' + mark.toUtf8();
    };
}

Id certifiableRecord(LabFixture& f, const char* indication = "20.01 kg", RecordKind kind = RecordKind::Periodic)
{
    ApprovedRecordInput in;
    in.indication = indication;
    in.kind = kind;
    if (kind == RecordKind::Calibration)
        in.procedure = QStringLiteral("QTHC-KL");
    return Test::approvedRecord(f, in);
}

IssueOptions options(CertificateLanguage language = CertificateLanguage::Vietnamese)
{
    IssueOptions o;
    o.language = language;
    o.passphrase = passphrase;
    return o;
}

} // namespace

TEST_CASE("issuing numbers, stamps, signs and stores a verification certificate in one transaction",
          "[db][certificates]")
{
    LabFixture f;
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 3));
    const Id record = certifiableRecord(f);
    CertificateService certificates(f.lab(), fakeRenderer());
    CHECK(certificates.issue(f.technician, record, options()).error().kind == ErrorKind::Permission);
    auto c = certificates.issue(f.manager, record, options());
    REQUIRE(c);
    CHECK(c->number == QStringLiteral("0001-26"));
    CHECK(c->kind == CertificateKind::Verification);
    CHECK(c->stamp == QStringLiteral("TQ/000001"));
    CHECK(c->validUntil == QDate(2027, 11, 30));
    CHECK(c->status == QStringLiteral("current"));
    auto bytes = certificates.pdf(c->number, false);
    REQUIRE(bytes);
    CHECK(QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()) == c->sha256);
    CHECK(certificates.verifyFile(*bytes)->number == c->number);
    QByteArray altered = *bytes;
    altered[12] = altered[12] == 'x' ? 'y' : 'x';
    CHECK(certificates.verifyFile(altered).error().code == QStringLiteral("unknown_file"));
    CHECK(f.db().scalar(QStringLiteral("SELECT status FROM records WHERE id = ?"), {record})->toString() ==
          QStringLiteral("issued"));
    CHECK(StampService(f.lab()).stamps(true)->size() == 2);
    CHECK(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'certificate.issue'"))->toInt() ==
          1);
    CHECK(certificates.issue(f.manager, record, options()).error().code == QStringLiteral("already_issued"));
}

TEST_CASE("the QR payload carries a signature anyone with the public key can check offline", "[db][certificates][qr]")
{
    LabFixture f;
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 3));
    CertificateService certificates(f.lab(), fakeRenderer());
    auto c = certificates.issue(f.manager, certifiableRecord(f), options());
    REQUIRE(c);
    auto key = certificates.publicKey();
    REQUIRE(key);
    auto check = CertificateService::verifyQr(c->qrPayload.toLatin1(), *key);
    REQUIRE(check);
    CHECK(check->valid);
    CHECK(check->number == c->number);
    CHECK(check->contentSha256 == c->contentSha256);
    QByteArray forged = c->qrPayload.toLatin1();
    forged.replace(c->number.toLatin1(), "0099-26");
    CHECK_FALSE(CertificateService::verifyQr(forged, *key)->valid);
    CHECK_FALSE(CertificateService::verifyQr("not a payload", *key));
    // A wrong passphrase signs nothing and changes nothing.
    const Id second = certifiableRecord(f);
    const QString before = f.snapshot();
    IssueOptions wrong = options();
    wrong.passphrase = QStringLiteral("guess-guess");
    CHECK(certificates.issue(f.manager, second, wrong).error().code == QStringLiteral("wrong_passphrase"));
    CHECK(f.snapshot() == before);
}

TEST_CASE("issued certificates, records and readings are immutable in the database itself",
          "[db][certificates][immutability]")
{
    LabFixture f;
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 3));
    const Id record = certifiableRecord(f);
    REQUIRE(CertificateService(f.lab(), fakeRenderer()).issue(f.manager, record, options()));
    for (const char* sql :
         {"UPDATE certificates SET number = 'X'", "DELETE FROM certificates", "UPDATE readings SET indications = '[]'",
          "DELETE FROM readings", "UPDATE records SET verdict = 'fail'", "DELETE FROM records WHERE status = 'issued'",
          "DELETE FROM stamps"}) {
        INFO(sql);
        auto r = f.db().exec(QString::fromLatin1(sql));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == QStringLiteral("constraint"));
    }
}

TEST_CASE("stamps are used once, voided with a reason, and issuing without one left is refused",
          "[db][certificates][stamps]")
{
    LabFixture f;
    StampService stamps(f.lab());
    CertificateService certificates(f.lab(), fakeRenderer());
    const Id record = certifiableRecord(f);
    const QString before = f.snapshot();
    CHECK(certificates.issue(f.manager, record, options()).error().code == QStringLiteral("no_stamp_left"));
    CHECK(f.snapshot() == before);
    REQUIRE(stamps.receive(f.manager, QStringLiteral("TQ"), 10, 12));
    CHECK(stamps.receive(f.manager, QStringLiteral("TQ"), 12, 14).error().code == QStringLiteral("duplicate_stamp"));
    CHECK(stamps.voidStamp(f.technician, QStringLiteral("TQ/10"), QString()).error().field == QStringLiteral("reason"));
    REQUIRE(stamps.voidStamp(f.technician, QStringLiteral("TQ/10"), QStringLiteral("torn while affixing")));
    IssueOptions explicitStamp = options();
    explicitStamp.stamp = QStringLiteral("TQ/10");
    CHECK(certificates.issue(f.manager, record, explicitStamp).error().code == QStringLiteral("stamp_used"));
    explicitStamp.stamp = QStringLiteral("TQ/12");
    auto c = certificates.issue(f.manager, record, explicitStamp);
    REQUIRE(c);
    CHECK(c->stamp == QStringLiteral("TQ/000012"));
    auto all = stamps.stamps(false);
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).status == QStringLiteral("void"));
    CHECK(all->at(2).certificateId == c->id);
}

TEST_CASE("a failed verification gets a failure record; a calibration a calibration certificate", "[db][certificates]")
{
    LabFixture f;
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 3));
    CertificateService certificates(f.lab(), fakeRenderer());
    auto failed = certificates.issue(f.manager, certifiableRecord(f, "20.05 kg"), options());
    REQUIRE(failed);
    CHECK(failed->kind == CertificateKind::FailureRecord);
    CHECK(failed->stamp.isEmpty());
    CHECK_FALSE(failed->validUntil);
    const Id calibration = certifiableRecord(f, "20.01 kg", RecordKind::Calibration);
    IssueOptions stamped = options(CertificateLanguage::English);
    stamped.stamp = QStringLiteral("TQ/1");
    CHECK(certificates.issue(f.manager, calibration, stamped).error().field == QStringLiteral("stamp"));
    auto cal = certificates.issue(f.manager, calibration, options(CertificateLanguage::English));
    REQUIRE(cal);
    CHECK(cal->kind == CertificateKind::Calibration);
    CHECK(cal->language == QStringLiteral("en"));
    // Its result is stated to the place of its U (0.0059 kg): 20.0100 kg, the error from nominal + correction.
    const QString content =
        f.db().scalar(QStringLiteral("SELECT content FROM certificates WHERE number = ?"), {cal->number})->toString();
    INFO(content.toStdString());
    CHECK(content.contains(QStringLiteral("20.0100 kg")));
    CHECK(content.contains(QStringLiteral("0.0095 kg")));
    // The reference beside them is the conventional value the error was taken from: 20 kg + 0.5 g.
    CHECK(content.contains(QStringLiteral("\"reference\":\"20.0005 kg\"")));
    // A verification's MPE is stated in its error's unit.
    const QString verificationContent =
        f.db()
            .scalar(QStringLiteral("SELECT content FROM certificates WHERE number = ?"), {failed->number})
            ->toString();
    INFO(verificationContent.toStdString());
    CHECK(verificationContent.contains(QStringLiteral("±0,01 kg"))); // Vietnamese: a decimal comma
    CHECK_FALSE(verificationContent.contains(QStringLiteral("±10 g")));
    CHECK(certificates.issue(f.manager, certifiableRecord(f), options(CertificateLanguage::English)).error().field ==
          QStringLiteral("language"));
    CHECK(StampService(f.lab()).stamps(true)->size() == 3);
}

TEST_CASE("amending replaces a certificate; withdrawing marks it; old files no longer verify", "[db][certificates]")
{
    LabFixture f;
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 5));
    QStringList marks;
    CertificateService certificates(f.lab(), fakeRenderer(&marks));
    RecordService records(f.lab());
    const Id record = certifiableRecord(f);
    auto first = certificates.issue(f.manager, record, options());
    REQUIRE(first);
    const QByteArray firstBytes = *certificates.pdf(first->number, false);
    CHECK(records.revise(f.technician, certifiableRecord(f)).error().code == QStringLiteral("not_issued"));
    auto revision = records.revise(f.technician, record);
    REQUIRE(revision);
    CHECK(revision->points.size() == 10); // the programme's readings, copied
    CHECK(certificates.amend(f.manager, first->number, revision->id, QStringLiteral("typo"), options()).error().code ==
          QStringLiteral("not_approved"));
    auto revised = records.complete(f.technician, revision->id);
    INFO((revised ? QString() : revised.error().message).toStdString());
    REQUIRE(revised);
    REQUIRE(records.approve(f.manager, revision->id));
    CHECK(certificates.amend(f.manager, first->number, revision->id, QString(), options()).error().field ==
          QStringLiteral("reason"));
    auto second = certificates.amend(f.manager, first->number, revision->id,
                                     QStringLiteral("owner's name was misspelt"), options());
    REQUIRE(second);
    CHECK(second->replaces == first->number);
    CHECK(certificates.info(first->number)->status == QStringLiteral("replaced"));
    CHECK(certificates.info(first->number)->replacedBy == second->number);
    CHECK(certificates.verifyFile(firstBytes).error().code == QStringLiteral("certificate_replaced"));
    REQUIRE(certificates.pdf(first->number, true));
    CHECK(marks.last().contains(QStringLiteral("REPLACED")));
    CHECK(*certificates.pdf(first->number, false) == firstBytes);
    REQUIRE(certificates.withdraw(f.manager, second->number, QStringLiteral("instrument found tampered")));
    CHECK(certificates.info(second->number)->status == QStringLiteral("withdrawn"));
    CHECK(certificates.withdraw(f.manager, second->number, QStringLiteral("again")).error().code ==
          QStringLiteral("not_current"));
    CHECK(certificates.certificates(QStringLiteral("current"), std::nullopt)->isEmpty());
    CHECK(certificates.certificates(QString(), f.customer)->size() == 2);
}

TEST_CASE("certificate numbers follow the lab's pattern and a yearly sequence never reused", "[db][certificates]")
{
    LabFixture f;
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 5));
    SettingsService settings(f.lab());
    CHECK(settings.set(f.admin, QStringLiteral("certificate_pattern"), QStringLiteral("no-sequence")).error().field ==
          QStringLiteral("certificate_pattern"));
    REQUIRE(settings.set(f.admin, QStringLiteral("certificate_pattern"), QStringLiteral("{year}/{seq:05}")));
    CertificateService certificates(f.lab(), fakeRenderer());
    CHECK(certificates.issue(f.manager, certifiableRecord(f), options())->number == QStringLiteral("2026/00001"));
    // A refused issue does not consume a number.
    IssueOptions bad = options();
    bad.passphrase = QStringLiteral("guess-guess");
    REQUIRE_FALSE(certificates.issue(f.manager, certifiableRecord(f), bad));
    CHECK(certificates.issue(f.manager, certifiableRecord(f), options())->number == QStringLiteral("2026/00002"));
}

TEST_CASE("a thermometer calibrated in °C against a reference certified in K states differences without 273.15",
          "[db][certificates][temperature]")
{
    LabFixture f;
    Instrument t;
    t.typeCode = QStringLiteral("THERMOMETER-CLINICAL");
    t.serial = QStringLiteral("NK-7");
    t.ownerId = f.customer;
    t.rangeMin = q("35 °C");
    t.rangeMax = q("42 °C");
    t.resolution = q("0.01 °C");
    auto thermometer = RegistryService(f.lab()).addInstrument(f.technician, t);
    REQUIRE(thermometer);
    StandardService standards(f.lab());
    Standard s;
    s.name = QStringLiteral("Nhiệt kế chuẩn");
    s.serial = QStringLiteral("PT-25");
    s.kind = StandardKind::Reference;
    s.rangeMax = q("50 °C");
    auto reference = standards.addStandard(f.manager, s);
    REQUIRE(reference);
    StandardCalibration cal;
    cal.standardId = reference->id;
    cal.date = QDate(2026, 6, 1);
    cal.validUntil = QDate(2027, 5, 31);
    cal.certificate = QStringLiteral("VMI-T-26");
    cal.byLabId = f.institute;
    // The certificate gives the point in K and its correction and U in K: differences, 1 K = 1 °C.
    cal.points = {CalibrationPoint{q("310.15 K"), q("0.02 K"), q("0.030 K"), Decimal(2, 0), {}}};
    REQUIRE(standards.calibrate(f.manager, cal));

    RecordService records(f.lab());
    StartRecordInput in;
    in.instrumentId = thermometer->id;
    in.kind = RecordKind::Calibration;
    in.date = QDate(2026, 11, 20);
    in.temperature = q("20 °C");
    in.procedureCode = QStringLiteral("ĐLVN 25:2017");
    auto record = records.start(f.technician, in);
    REQUIRE(record);
    ReadingInput reading;
    reading.standardId = reference->id;
    reading.reference = q("37 °C");
    reading.indications = {q("37.05 °C")};
    auto point = records.addReading(f.technician, record->id, reading);
    REQUIRE(point);
    // The conventional value is 37 °C + 0.02 K = 37.02 °C; the error 0.03 °C; U from 0.015 K and 0.0029 °C.
    CHECK(point->error.value().normalized() == Decimal(3, 2));
    CHECK(point->error.unit().symbol() == QStringLiteral("°C"));
    REQUIRE(point->expandedUncertainty);
    CHECK(point->expandedUncertainty->value() == Decimal(31, 3));
    completeProgramme(f, record->id, reference->id);
    REQUIRE(records.complete(f.technician, record->id));
    REQUIRE(records.approve(f.manager, record->id));
    auto certificate =
        CertificateService(f.lab(), fakeRenderer()).issue(f.manager, record->id, options(CertificateLanguage::English));
    REQUIRE(certificate);
    const QString content =
        f.db()
            .scalar(QStringLiteral("SELECT content FROM certificates WHERE number = ?"), {certificate->number})
            ->toString();
    INFO(content.toStdString());
    CHECK(content.contains(QStringLiteral("0.030 °C"))); // the error, to the place of U
    CHECK(content.contains(QStringLiteral("0.031 °C"))); // U
    CHECK(content.contains(QStringLiteral("37.050 °C"))); // the result
    CHECK_FALSE(content.contains(QStringLiteral("273")));
}

TEST_CASE("a certificate names the weights of a set it used and the certificate each one's value came from",
          "[db][certificates][weights]")
{
    LabFixture f;
    StandardService standards(f.lab());
    Standard s;
    s.name = QStringLiteral("Bộ quả cân");
    s.serial = QStringLiteral("BQC-9");
    s.accuracyClass = QStringLiteral("M1");
    s.rangeMax = q("50 kg");
    auto set = standards.addStandard(f.manager, s);
    REQUIRE(set);
    for (const char* mark : {"20", "10"}) {
        WeightItem w;
        w.standardId = set->id;
        w.nominal = q(mark == QByteArrayLiteral("20") ? "20 kg" : "10 kg");
        w.mark = QString::fromLatin1(mark);
        REQUIRE(standards.addWeightItem(f.manager, w));
    }
    const auto calibrate = [&](const char* certificate, QDate date, QList<CalibrationPoint> points) {
        StandardCalibration cal;
        cal.standardId = set->id;
        cal.date = date;
        cal.validUntil = date.addYears(1);
        cal.certificate = QString::fromUtf8(certificate);
        cal.byLabId = f.institute;
        cal.points = points;
        REQUIRE(standards.calibrate(f.manager, cal));
    };
    calibrate("KĐ-A", QDate(2026, 1, 10),
              {CalibrationPoint{q("20 kg"), q("10 mg"), q("40 mg"), Decimal(2, 0), QStringLiteral("20")},
               CalibrationPoint{q("10 kg"), q("5 mg"), q("20 mg"), Decimal(2, 0), QStringLiteral("10")}});
    calibrate("KĐ-B", QDate(2026, 6, 10),
              {CalibrationPoint{q("20 kg"), q("12 mg"), q("40 mg"), Decimal(2, 0), QStringLiteral("20")}});
    ApprovedRecordInput in;
    in.standard = set->id;
    in.kind = RecordKind::Calibration;
    in.procedure = QStringLiteral("QTHC-KL");
    const Id record = Test::approvedRecord(f, in);
    // The trace follows the 20 kg weight's own certificate.
    auto trace = TraceService(f.lab()).traceRecord(record);
    REQUIRE(trace);
    REQUIRE(trace->standards.size() == 1);
    CHECK(trace->standards.first().name == QStringLiteral("Bộ quả cân (20)"));
    CHECK(trace->standards.first().certificate == QStringLiteral("KĐ-B"));
    CHECK(trace->problems.isEmpty());
    auto issued =
        CertificateService(f.lab(), fakeRenderer()).issue(f.manager, record, options(CertificateLanguage::English));
    REQUIRE(issued);
    const QString content =
        f.db()
            .scalar(QStringLiteral("SELECT content FROM certificates WHERE number = ?"), {issued->number})
            ->toString();
    INFO(content.toStdString());
    // The record read 20 kg: the 20 kg weight, whose value is KĐ-B's; KĐ-A does not stand behind it.
    CHECK(content.contains(QStringLiteral("Bộ quả cân (20)")));
    CHECK(content.contains(QStringLiteral("KĐ-B")));
    CHECK_FALSE(content.contains(QStringLiteral("KĐ-A")));
}

TEST_CASE("a certificate issued early in the lab's morning is dated the lab's day, as its PDF says",
          "[db][certificates]")
{
    LabFixture f;
    const Id record = certifiableRecord(f, "20.01 kg", RecordKind::Calibration);
    // 06:30 on 25 November in Vietnam is still 24 November in UTC.
    f.clock().setNow(QDateTime(QDate(2026, 11, 24), QTime(23, 30), Qt::UTC));
    auto issued = CertificateService(f.lab(), fakeRenderer()).issue(f.manager, record, options());
    REQUIRE(issued);
    const auto listed = CertificateService(f.lab(), fakeRenderer()).info(issued->number);
    REQUIRE(listed);
    CHECK(listed->issueDate == QDate(2026, 11, 25));
    CHECK(CertificateService(f.lab(), fakeRenderer()).certificates(QString(), std::nullopt)->first().issueDate ==
          QDate(2026, 11, 25));
}

TEST_CASE("a weight's certificate states its conventional mass, from which its error was taken",
          "[db][certificates][r111]")
{
    LabFixture f;
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 3));
    Instrument w;
    w.typeCode = QStringLiteral("WEIGHT");
    w.serial = QStringLiteral("QC-F2-1");
    w.ownerId = f.customer;
    w.accuracyClass = QStringLiteral("F2"); // 1 kg: δm = 16 mg
    w.nominal = q("1 kg");
    auto weight = RegistryService(f.lab()).addInstrument(f.technician, w);
    REQUIRE(weight);
    StandardService standards(f.lab());
    Standard s;
    s.name = QStringLiteral("Quả cân chuẩn F1");
    s.serial = QStringLiteral("F1-1KG");
    s.accuracyClass = QStringLiteral("F1");
    s.rangeMax = q("1 kg");
    auto reference = standards.addStandard(f.manager, s);
    REQUIRE(reference);
    StandardCalibration cal;
    cal.standardId = reference->id;
    cal.date = QDate(2026, 3, 1);
    cal.validUntil = QDate(2027, 2, 28);
    cal.certificate = QStringLiteral("VMI-M-26");
    cal.byLabId = f.institute;
    cal.points = {CalibrationPoint{q("1 kg"), q("2 mg"), q("1.6 mg"), Decimal(2, 0), {}}};
    REQUIRE(standards.calibrate(f.manager, cal));
    RecordService records(f.lab());
    StartRecordInput in;
    in.instrumentId = weight->id;
    in.kind = RecordKind::Periodic;
    in.date = QDate(2026, 11, 20);
    in.temperature = q("20 °C");
    auto record = records.start(f.technician, in);
    REQUIRE(record);
    // Two cycles (F2), each 5 mg above the reference taken at its nominal value; the reference is 2 mg heavy.
    ReadingInput reading;
    reading.standardId = reference->id;
    reading.reference = q("1 kg");
    reading.indications = {q("1000.005 g"), q("1000.005 g")};
    auto point = records.addReading(f.technician, record->id, reading);
    REQUIRE(point);
    CHECK(point->verdict == Verdict::Pass);
    completeProgramme(f, record->id, reference->id);
    REQUIRE(records.complete(f.technician, record->id));
    REQUIRE(records.approve(f.manager, record->id));
    auto issued = CertificateService(f.lab(), fakeRenderer()).issue(f.manager, record->id, options());
    REQUIRE(issued);
    const QString content =
        f.db()
            .scalar(QStringLiteral("SELECT content FROM certificates WHERE number = ?"), {issued->number})
            ->toString();
    INFO(content.toStdString());
    // 1000.005 g + 2 mg = 1000.007 g, 7 mg from the nominal 1 kg, stated to the place of U = 0.0049 g.
    CHECK(content.contains(QStringLiteral("\"indication\":\"1000,0070 g\"")));
    CHECK(content.contains(QStringLiteral("\"error\":\"0,0070 g\"")));
    CHECK(content.contains(QStringLiteral("\"reference\":\"1 kg\"")));
}
