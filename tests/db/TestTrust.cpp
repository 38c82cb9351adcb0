// SPDX-License-Identifier: Apache-2.0
// Traceability up to the national standard, reverse traceability, suspect certificates and checked backups.
#include "db/backup/BackupService.h"
#include "db/certificates/CertificateService.h"
#include "db/certificates/StampService.h"
#include "db/demo/DemoGenerator.h"
#include "db/records/RecordService.h"
#include "db/standards/StandardService.h"
#include "db/standards/TraceService.h"
#include "db/trust/AuditLog.h"
#include "db/trust/AuditService.h"
#include "support/TemporaryDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

// A working standard calibrated in the lab with the reference mass set.
Id workingStandard(LabFixture& f, std::optional<Id> byLab = std::nullopt)
{
    StandardService standards(f.lab());
    Standard s;
    s.name = QStringLiteral("Bộ quả cân công tác");
    s.serial = QStringLiteral("W-20");
    s.accuracyClass = QStringLiteral("M1");
    s.rangeMax = q("60 kg");
    auto added = standards.addStandard(f.manager, s);
    REQUIRE(added);
    StandardCalibration c;
    c.standardId = added->id;
    c.date = QDate(2026, 2, 1);
    c.validUntil = QDate(2027, 1, 31);
    c.certificate = QStringLiteral("TQ-NB-001");
    if (byLab)
        c.byLabId = *byLab;
    else
        c.byStandardId = f.massStandard;
    c.points = {CalibrationPoint{q("20 kg"), q("0.1 g"), q("0.3 g"), Decimal(2, 0), {}}};
    REQUIRE(standards.calibrate(f.manager, c));
    return added->id;
}

Id approvedRecord(LabFixture& f, Id standard)
{
    ApprovedRecordInput in;
    in.standard = standard;
    return Test::approvedRecord(f, in);
}

CertificateRenderer renderer()
{
    return [](const CertificateData& d, const QByteArray& qr, const QString& mark) -> Result<QByteArray> {
        return d.canonicalJson() + qr + mark.toUtf8();
    };
}

} // namespace

TEST_CASE("a certificate traces through the lab's standards to the national standard", "[db][trust][trace]")
{
    LabFixture f;
    const Id working = workingStandard(f);
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 5));
    IssueOptions options;
    options.passphrase = QStringLiteral("sign-pass-123");
    auto c = CertificateService(f.lab(), renderer()).issue(f.manager, approvedRecord(f, working), options);
    REQUIRE(c);
    auto trace = TraceService(f.lab()).traceCertificate(c->number);
    REQUIRE(trace);
    CHECK(trace->complete());
    REQUIRE(trace->standards.size() == 1);
    const TraceNode& w = trace->standards.first();
    CHECK(w.serial == QStringLiteral("W-20"));
    CHECK(w.certificate == QStringLiteral("TQ-NB-001"));
    CHECK(w.uncertainties == QStringList{QStringLiteral("20 kg: 0.3 g (k = 2)")});
    REQUIRE(w.above.size() == 1);
    const TraceNode& reference = w.above.first();
    CHECK(reference.serial == QStringLiteral("QC-01"));
    CHECK(reference.usedOn == QDate(2026, 2, 1)); // valid when it calibrated the working standard
    CHECK(reference.top == QStringLiteral("national-institute"));
    CHECK(reference.calibratedBy == QStringLiteral("Viện Đo lường Việt Nam"));
    CHECK(TraceService(f.lab()).traceCertificate(QStringLiteral("none")).error().kind == ErrorKind::NotFound);
}

TEST_CASE("a chain through an expired or unqualified link is flagged", "[db][trust][trace]")
{
    LabFixture f;
    // Calibrated by the lab itself: no external traceability.
    auto ownLab = f.db().scalar(QStringLiteral("SELECT id FROM organisations WHERE kind = 'lab'"));
    REQUIRE(ownLab);
    const Id selfCalibrated = workingStandard(f, ownLab->toLongLong());
    auto trace = TraceService(f.lab()).traceRecord(approvedRecord(f, selfCalibrated));
    REQUIRE(trace);
    CHECK_FALSE(trace->complete());
    CHECK(trace->problems.first().contains(QStringLiteral("neither")));
}

TEST_CASE("impact finds every record a standard touched, directly or through a standard it calibrated",
          "[db][trust][impact]")
{
    LabFixture f;
    const Id working = workingStandard(f);
    const Id direct = approvedRecord(f, f.massStandard);
    const Id indirect = approvedRecord(f, working);
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 5));
    IssueOptions options;
    options.passphrase = QStringLiteral("sign-pass-123");
    CertificateService certificates(f.lab(), renderer());
    auto c1 = certificates.issue(f.manager, direct, options);
    auto c2 = certificates.issue(f.manager, indirect, options);
    REQUIRE(c1);
    REQUIRE(c2);
    TraceService trace(f.lab());
    auto items = trace.impact(f.massStandard, std::nullopt, std::nullopt);
    REQUIRE(items);
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).via.isEmpty());
    CHECK(items->at(1).via == QStringLiteral("Bộ quả cân công tác"));
    CHECK(items->at(1).owner == QStringLiteral("Công ty TNHH Minh Phát"));
    CHECK(trace.impact(f.massStandard, QDate(2026, 12, 1), std::nullopt)->isEmpty());
    CHECK(trace.impact(working, std::nullopt, std::nullopt)->size() == 1);
    CHECK(trace.markSuspect(f.technician, *items, QStringLiteral("x")).error().kind == ErrorKind::Permission);
    auto marked = trace.markSuspect(f.manager, *items, QStringLiteral("as-found 2 g out of tolerance"));
    REQUIRE(marked);
    CHECK(*marked == 2);
    CHECK(certificates.info(c1->number)->suspect);
    CHECK(certificates.info(c1->number)->status == QStringLiteral("current"));
    CHECK(certificates.certificates(QStringLiteral("suspect"), std::nullopt)->size() == 2);
}

TEST_CASE("a backup is consistent and checked; a damaged one is refused; restore replaces the lab",
          "[sqlite][db][trust][backup]")
{
    LabFixture f;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("backup.etalon"));
    BackupService backups(f.lab());
    CHECK(backups.backup(f.technician, copy).error().kind == ErrorKind::Permission);
    auto made = backups.backup(f.admin, copy);
    REQUIRE(made);
    CHECK(made->auditEntries > 5);
    CHECK(backups.backup(f.admin, copy).error().code == QStringLiteral("file_exists"));
    const QString target = dir.filePath(QStringLiteral("restored.etalon"));
    auto restored = BackupService::restore(copy, target, {});
    REQUIRE(restored);
    {
        Database db;
        REQUIRE(db.open(target, false));
        CHECK(db.scalar(QStringLiteral("SELECT COUNT(*) FROM instruments"))->toInt() == 1);
    }
    // Edited behind Etalon's back: the check finds it.
    {
        Database db;
        REQUIRE(db.open(copy, false));
        REQUIRE(db.execScript(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 3")));
    }
    // Read as it is, the backup lacks a trigger; copied to be restored, it gets the trigger back and its chain breaks.
    CHECK(BackupService::check(copy).error().code == QStringLiteral("schema_altered"));
    CHECK(BackupService::restore(copy, target, {}).error().code == QStringLiteral("audit_chain_broken"));
    CHECK(BackupService::check(dir.filePath(QStringLiteral("absent.etalon"))).error().kind == ErrorKind::NotFound);
}

TEST_CASE("a rewrite of the whole audit chain is caught by the signed checkpoints", "[sqlite][db][trust][audit]")
{
    LabFixture f;
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 5));
    IssueOptions options;
    options.passphrase = QStringLiteral("sign-pass-123");
    REQUIRE(CertificateService(f.lab(), renderer()).issue(f.manager, approvedRecord(f, f.massStandard), options));
    AuditService audit(f.lab());
    auto clean = audit.verify();
    REQUIRE(clean);
    CHECK_FALSE(clean->firstBreak);
    CHECK(clean->checkpoints == 1);
    CHECK(audit.checkpoint(f.technician, options.passphrase).error().kind == ErrorKind::Permission);
    CHECK(audit.checkpoint(f.manager, QStringLiteral("wrong-pass-1")).error().code ==
          QStringLiteral("wrong_passphrase"));
    REQUIRE(audit.checkpoint(f.manager, options.passphrase));
    CHECK(audit.verify()->checkpoints == 2);

    // Whoever rewrites history recomputes every hash after the change: the plain chain verifies again…
    REQUIRE(f.db().execScript(QStringLiteral("DROP TRIGGER audit_log_no_update;\nDROP TRIGGER audit_log_no_delete")));
    auto rows = f.db().exec(
        QStringLiteral("SELECT at, user_name, action, entity, entity_id, before, after FROM audit_log ORDER BY id"));
    REQUIRE(rows);
    struct Row
    {
        QString at, user, action, entity;
        QVariant id;
        QString before, after;
    };
    QList<Row> all;
    while (rows->next())
        all.append({rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                    rows->value(3).toString(), rows->value(4), rows->value(5).toString(), rows->value(6).toString()});
    rows->finish();
    REQUIRE(f.db().exec(QStringLiteral("DELETE FROM audit_log")));
    AuditLog log(f.db());
    for (Row& r : all) {
        if (r.action == QStringLiteral("instrument.add"))
            r.after.replace(QStringLiteral("S-123"), QStringLiteral("S-999"));
        REQUIRE(log.append(QDateTime::fromString(r.at, Qt::ISODateWithMs), r.user, r.action, r.entity,
                           r.id.isNull() ? std::nullopt : std::optional<qint64>(r.id.toLongLong()),
                           QJsonDocument::fromJson(r.before.toUtf8()).object(),
                           QJsonDocument::fromJson(r.after.toUtf8()).object()));
    }
    // …but not against the lab's signature of the head it had.
    auto rewritten = audit.verify();
    REQUIRE(rewritten);
    REQUIRE(rewritten->firstBreak);
    CHECK(rewritten->firstBreak->reason.contains(QStringLiteral("rewritten")));

    // Cutting the trail short is caught too.
    LabFixture g;
    REQUIRE(StampService(g.lab()).receive(g.manager, QStringLiteral("TQ"), 1, 5));
    REQUIRE(CertificateService(g.lab(), renderer()).issue(g.manager, approvedRecord(g, g.massStandard), options));
    REQUIRE(g.db().execScript(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    REQUIRE(g.db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")));
    auto cut = AuditService(g.lab()).verify();
    REQUIRE(cut->firstBreak);
    CHECK(cut->firstBreak->reason.contains(QStringLiteral("cut short")));
}

namespace {

/** What someone with the sqlite3 shell does first: remove the guards. */
void dropTriggers(Database& db)
{
    auto names = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    REQUIRE(names);
    QStringList drops;
    while (names->next())
        drops << QStringLiteral("DROP TRIGGER %1").arg(names->value(0).toString());
    REQUIRE(db.execScript(drops.join(QStringLiteral(";\n"))));
    REQUIRE(db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
}

qint64 entryOf(Database& db, const char* action)
{
    return db.scalar(QStringLiteral("SELECT MAX(id) FROM audit_log WHERE action = ?"), {QString::fromLatin1(action)})
        ->toLongLong();
}

/** The audit entry that sealed the last change Etalon made to a row: the one a finding about that row names. */
qint64 lastChangeOf(Database& db, const char* table, const QVariant& id)
{
    return db
        .scalar(QStringLiteral("SELECT min(id) FROM audit_log WHERE rows_upto >= (SELECT max(id) FROM row_log WHERE "
                               "tbl = ? AND row_key = ?)"),
                {QString::fromLatin1(table), id})
        ->toLongLong();
}

} // namespace

TEST_CASE("audit verify finds domain rows edited, inserted or deleted with the triggers dropped",
          "[sqlite][db][trust][audit]")
{
    LabFixture f;
    approvedRecord(f, f.massStandard);
    auto clean = AuditService(f.lab()).verify();
    REQUIRE(clean);
    CHECK(clean->domainChecked);
    CHECK_FALSE(clean->domainMismatch);

    SECTION("a reading's value changed")
    {
        dropTriggers(f.db());
        const qint64 reading = f.db().scalar(QStringLiteral("SELECT MAX(id) FROM readings"))->toLongLong();
        REQUIRE(f.db().exec(QStringLiteral("UPDATE readings SET reference = '20.5 kg' WHERE id = ?"), {reading}));
        auto v = AuditService(f.lab()).verify();
        REQUIRE(v);
        CHECK_FALSE(v->firstBreak); // the chain itself is intact
        REQUIRE(v->domainMismatch);
        CHECK(v->domainMismatch->entryId == lastChangeOf(f.db(), "readings", reading));
        CHECK(v->domainMismatch->entryId >= entryOf(f.db(), "record.reading"));
        CHECK(v->domainMismatch->reason.contains(QStringLiteral("reference is “20.5 kg”")));
    }
    SECTION("an organisation slipped in")
    {
        REQUIRE(f.db().exec(QStringLiteral("INSERT INTO organisations (kind, name, created_at) VALUES "
                                           "('customer', 'Ghost Ltd', '2026-01-01T00:00:00Z')")));
        auto v = AuditService(f.lab()).verify();
        REQUIRE(v);
        REQUIRE(v->domainMismatch);
        CHECK(v->domainMismatch->entryId == 0);
        CHECK(v->domainMismatch->reason.contains(QStringLiteral("organisations")));
    }
    SECTION("an owner's name rewritten")
    {
        dropTriggers(f.db());
        REQUIRE(
            f.db().exec(QStringLiteral("UPDATE organisations SET name = 'Someone else' WHERE id = ?"), {f.customer}));
        auto v = AuditService(f.lab()).verify();
        REQUIRE(v);
        REQUIRE(v->domainMismatch);
        CHECK(v->domainMismatch->reason.contains(QStringLiteral("name")));
    }
    SECTION("an instrument's serial rewritten")
    {
        dropTriggers(f.db());
        REQUIRE(f.db().exec(QStringLiteral("UPDATE instruments SET serial = 'X-1' WHERE id = ?"), {f.scale}));
        auto v = AuditService(f.lab()).verify();
        REQUIRE(v);
        REQUIRE(v->domainMismatch);
        CHECK(v->domainMismatch->entryId == lastChangeOf(f.db(), "instruments", f.scale));
        CHECK(v->domainMismatch->reason.contains(QStringLiteral("serial is “X-1”")));
    }
    SECTION("an instrument deleted")
    {
        dropTriggers(f.db());
        REQUIRE(f.db().exec(QStringLiteral("DELETE FROM instruments WHERE id = ?"), {f.scale}));
        auto v = AuditService(f.lab()).verify();
        REQUIRE(v);
        REQUIRE(v->domainMismatch);
        CHECK(v->domainMismatch->entryId == lastChangeOf(f.db(), "instruments", f.scale));
        CHECK(v->domainMismatch->reason.contains(QStringLiteral("missing")));
    }
}

TEST_CASE("demo data is sealed by its entry and checked row by row like any other", "[sqlite][db][trust][audit]")
{
    LabFixture f;
    DemoOptions options;
    options.instruments = 20;
    options.records = 40;
    // Only a lab created as a demo lab takes generated data.
    auto refused = DemoGenerator(f.lab()).generate(f.admin, options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == QStringLiteral("not_a_demo_lab"));
    REQUIRE(f.lab().write([&]() -> Status {
        ETALON_TRY(f.lab().setSetting(QStringLiteral("demo"), QStringLiteral("1")));
        return f.lab().logChange(f.admin, QStringLiteral("setting.set"), QStringLiteral("setting"), std::nullopt, {},
                                 QJsonObject{{QStringLiteral("demo"), QStringLiteral("1")}});
    }));
    REQUIRE(DemoGenerator(f.lab()).generate(f.admin, options));
    auto v = AuditService(f.lab()).verify();
    REQUIRE(v);
    CHECK(v->domainChecked);
    CHECK_FALSE(v->domainMismatch);
    CHECK(v->rowChanges > 100);
    // A generated record changed afterwards is found like any other.
    REQUIRE(f.db().exec(QStringLiteral("DROP TRIGGER records_issued_update")));
    REQUIRE(f.db().exec(QStringLiteral("DROP TRIGGER rowlog_records_update")));
    REQUIRE(f.db().exec(
        QStringLiteral("UPDATE records SET next_due = '2199-01-01' WHERE id = (SELECT max(id) FROM records)")));
    auto tampered = AuditService(f.lab()).verify();
    REQUIRE(tampered);
    REQUIRE(tampered->domainMismatch);
    CHECK(tampered->domainMismatch->reason.contains(QStringLiteral("next_due is “2199-01-01”")));
}

TEST_CASE("the daily backup is made once a day, checked, and old copies are removed after N days",
          "[sqlite][db][trust][backup]")
{
    LabFixture f;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("backups"));
    BackupService backups(f.lab());

    auto first = backups.dailyBackup(f.manager, folder, 3);
    REQUIRE(first);
    REQUIRE(first->made);
    CHECK(first->todays.endsWith(QStringLiteral("etalon-daily-2026-11-25.etalon")));
    auto again = backups.dailyBackup(f.manager, folder, 3);
    REQUIRE(again);
    CHECK_FALSE(again->made); // once a day, however often it runs

    for (int day = 0; day < 4; ++day) {
        f.clock().advanceDays(1);
        REQUIRE(backups.dailyBackup(f.manager, folder, 3));
    }
    const QStringList kept = QDir(folder).entryList({QStringLiteral("*.etalon")}, QDir::Files, QDir::Name);
    CHECK(kept ==
          QStringList{QStringLiteral("etalon-daily-2026-11-27.etalon"),
                      QStringLiteral("etalon-daily-2026-11-28.etalon"),
                      QStringLiteral("etalon-daily-2026-11-29.etalon")});

    // A damaged copy of today is reported, and nothing older is removed because of it.
    QFile damaged(QDir(folder).filePath(QStringLiteral("etalon-daily-2026-11-29.etalon")));
    REQUIRE(damaged.open(QIODevice::ReadWrite));
    damaged.seek(4096);
    damaged.write(QByteArray(8192, '\xff'));
    damaged.close();
    CHECK_FALSE(backups.dailyBackup(f.manager, folder, 1));
    CHECK(QDir(folder).entryList({QStringLiteral("*.etalon")}, QDir::Files).size() == 3);

    CHECK(backups.dailyBackup(f.technician, folder, 3).error().code == QStringLiteral("permission_denied"));
    CHECK(backups.dailyBackup(f.manager, folder, 0).error().field == QStringLiteral("keep-days"));
}

TEST_CASE("a standard's calibration that finds it out of its class says so and records it", "[db][trust][standards]")
{
    LabFixture f;
    StandardCalibration c;
    c.standardId = f.massStandard; // class M1: 20 kg may be off by 1 g
    c.date = QDate(2026, 11, 19); // before the fixture's work of 20 November
    c.validUntil = QDate(2027, 11, 24);
    c.certificate = QStringLiteral("VMI-OOT-1");
    c.byLabId = f.institute;
    c.points = {CalibrationPoint{q("20 kg"), q("1.4 g"), q("0.3 g"), Decimal(2, 0), {}}};
    auto recorded = StandardService(f.lab()).calibrate(f.manager, c);
    REQUIRE(recorded);
    REQUIRE(recorded->outOfTolerance.size() == 1);
    CHECK(recorded->outOfTolerance[0].limit.toString() == QStringLiteral("700 mg")); // δm − U: |c| + U ≤ δm
    const QString after = f.db()
                              .scalar(QStringLiteral("SELECT after FROM audit_log WHERE action = 'standard.calibrate' "
                                                     "ORDER BY id DESC LIMIT 1"))
                              ->toString();
    CHECK(after.contains(QStringLiteral("\"out_of_tolerance\":[{")));
    // Work with it says so, point by point.
    ReadingInput reading;
    reading.standardId = f.massStandard;
    reading.reference = q("20 kg");
    reading.indications = {q("20.00 kg")};
    auto point = RecordService(f.lab()).addReading(f.technician, startVerification(f), reading);
    REQUIRE(point);
    REQUIRE_FALSE(point->warnings.isEmpty());
    CHECK(point->warnings.join(u' ').contains(QStringLiteral("VMI-OOT-1")));
    // In a calibration too.
    StartRecordInput cal;
    cal.instrumentId = f.scale;
    cal.kind = RecordKind::Calibration;
    cal.date = QDate(2026, 11, 20);
    cal.temperature = q("20 °C");
    auto calibration = RecordService(f.lab()).start(f.technician, cal);
    REQUIRE(calibration);
    auto calibrated = RecordService(f.lab()).addReading(f.technician, calibration->id, reading);
    REQUIRE(calibrated);
    CHECK(calibrated->warnings.join(u' ').contains(QStringLiteral("VMI-OOT-1")));
}

TEST_CASE("a manager sets a standard's own limit; calibrations are judged by it and keep their findings",
          "[db][trust][standards]")
{
    LabFixture f;
    StandardService standards(f.lab());
    const auto limit = std::optional<Quantity>(q("0.5 g"));
    CHECK(standards.setToleranceLimit(f.technician, f.massStandard, limit, QStringLiteral("tighter")).error().kind ==
          ErrorKind::Permission);
    CHECK(standards.setToleranceLimit(f.manager, f.massStandard, limit, QStringLiteral(" ")).error().field ==
          QStringLiteral("reason"));
    CHECK(standards.setToleranceLimit(f.manager, f.massStandard, q("1 kPa"), QStringLiteral("x")).error().field ==
          QStringLiteral("limit")); // its calibrations are in kg
    auto set = standards.setToleranceLimit(f.manager, f.massStandard, limit, QStringLiteral("our own rule"));
    REQUIRE(set);
    CHECK(standards.fetchStandard(f.massStandard)->toleranceLimit->toString() == QStringLiteral("0.5 g"));

    StandardCalibration c;
    c.standardId = f.massStandard; // within its M1 class (1 g), beyond the lab's 0.5 g
    c.date = QDate(2026, 11, 24);
    c.validUntil = QDate(2027, 11, 24);
    c.certificate = QStringLiteral("VMI-LIM-1");
    c.byLabId = f.institute;
    c.points = {CalibrationPoint{q("20 kg"), q("0.7 g"), q("0.1 g"), Decimal(2, 0), {}}};
    REQUIRE(standards.calibrate(f.manager, c)->outOfTolerance.size() == 1);
    // The finding stays with the calibration, whatever the limit becomes later.
    REQUIRE(standards.setToleranceLimit(f.manager, f.massStandard, std::nullopt, QStringLiteral("back to class")));
    const auto history = standards.calibrations(f.massStandard);
    REQUIRE(history);
    REQUIRE(history->last().outOfTolerance.size() == 1);
    CHECK(history->last().outOfTolerance[0].limit.toString() == QStringLiteral("0.5 g"));
    auto v = AuditService(f.lab()).verify();
    REQUIRE(v);
    CHECK_FALSE(v->firstBreak);
    CHECK_FALSE(v->domainMismatch);

    // The limit is replayed from the trail like any field a use case changes.
    REQUIRE(f.db().exec(QStringLiteral("UPDATE standards SET tolerance_limit = '5 g' WHERE id = ?"), {f.massStandard}));
    auto tampered = AuditService(f.lab()).verify();
    REQUIRE(tampered->domainMismatch);
    CHECK(tampered->domainMismatch->reason.contains(QStringLiteral("tolerance_limit")));
}
