// SPDX-License-Identifier: Apache-2.0
// What an auditor and a manager read: the trail in words, a file's verdict with its exact reason, a standard's chain
// to the national standard, and instruments and standards not fit for use flagged in what falls due.
#include "core/AuditWords.h"
#include "core/PdfIdentity.h"
#include "db/certificates/CertificateService.h"
#include "db/certificates/StampService.h"
#include "db/records/DueService.h"
#include "db/records/RecordService.h"
#include "db/standards/StandardService.h"
#include "db/standards/TraceService.h"
#include "db/trust/AuditService.h"
#include "support/TemporaryDatabase.h"

#include <QSet>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

const QString passphrase = QStringLiteral("sign-pass-123");

// Stands in for the PDF renderer as Qt writes a certificate: the number as the XMP title, the content, and a file
// identifier of its own in the trailer (a new one at every rendering).
CertificateRenderer pdfLikeRenderer()
{
    return [](const CertificateData& d, const QByteArray& qr, const QString& mark) -> Result<QByteArray> {
        const QByteArray id = QUuid::createUuid().toRfc4122().toHex();
        return "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n<x:xmpmeta><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
            d.number.toUtf8() + "</rdf:li></rdf:Alt></dc:title></x:xmpmeta>\nstream\n" + d.canonicalJson() + ' ' + qr +
            ' ' + mark.toUtf8() + "\nendstream\ntrailer\n<<\n/Size 3\n/ID [ <" + id + "> <" + id +
            "> ]\n>>\nstartxref\n0\n%%EOF\n";
    };
}

IssueOptions options()
{
    IssueOptions o;
    o.passphrase = passphrase;
    return o;
}

struct Issued
{
    Id record = 0;
    CertificateInfo certificate;
    QByteArray bytes;
};

Issued issue(LabFixture& f)
{
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 5));
    ApprovedRecordInput in;
    in.indication = "20.01 kg";
    Issued out;
    out.record = approvedRecord(f, in);
    CertificateService certificates(f.lab(), pdfLikeRenderer());
    auto c = certificates.issue(f.manager, out.record, options());
    REQUIRE(c);
    out.certificate = *c;
    out.bytes = *certificates.pdf(c->number, false);
    return out;
}

} // namespace

TEST_CASE("every action the trail records has its words, in one place", "[db][audit][words]")
{
    QSet<QString> words;
    for (const QString& code : AuditWords::actionCodes()) {
        INFO(code.toStdString());
        CHECK(AuditWords::action(code) != code);
        words.insert(AuditWords::action(code));
    }
    CHECK(words.size() == AuditWords::actionCodes().size()); // no two actions read the same
    CHECK(AuditWords::action(QStringLiteral("certificate.issue")) == QStringLiteral("Certificate issued"));
    CHECK(AuditWords::action(QStringLiteral("future.thing")) == QStringLiteral("future.thing"));
    CHECK(AuditWords::entity(QStringLiteral("standard_calibration")) == QStringLiteral("calibration of a standard"));
    CHECK(AuditWords::actionsMatching(QStringLiteral("withdrawn")) ==
          QStringList{QStringLiteral("certificate.withdraw")});

    // Every action the lab's own work writes is among them.
    LabFixture f;
    issue(f);
    auto q = f.db().exec(QStringLiteral("SELECT DISTINCT action FROM audit_log"));
    REQUIRE(q);
    while (q->next()) {
        INFO(q->value(0).toString().toStdString());
        CHECK(AuditWords::actionCodes().contains(q->value(0).toString()));
    }
}

TEST_CASE("audit entries name the certificate, record and instrument they concern, in the lab's time", "[db][audit]")
{
    LabFixture f;
    const Issued issued = issue(f);
    AuditService audit(f.lab());
    auto all = audit.entries(f.admin, AuditFilter{});
    REQUIRE(all);
    const auto find = [&](const char* action) {
        for (const AuditEntry& e : *all)
            if (e.action == QLatin1String(action))
                return e;
        FAIL("no entry " << action);
        return AuditEntry{};
    };
    const AuditEntry issue = find("certificate.issue");
    CHECK(issue.actionText == QStringLiteral("Certificate issued"));
    CHECK(issue.certificateNumber == issued.certificate.number);
    CHECK(issue.recordId == issued.record);
    CHECK(issue.instrumentSerial == QStringLiteral("S-123"));
    CHECK(issue.userFullName == QStringLiteral("Người manager"));
    // Stamped 03:00 UTC, read as 10:00 in Vietnam.
    CHECK(issue.at.timeSpec() == Qt::UTC);
    CHECK(issue.localAt.time().hour() == 10);
    CHECK(issue.localAt.offsetFromUtc() == 7 * 3600);
    // The record's own entries and its readings name the certificate later issued from it.
    for (const char* action : {"record.start", "record.reading", "record.approve"}) {
        INFO(action);
        const AuditEntry e = find(action);
        CHECK(e.certificateNumber == issued.certificate.number);
        CHECK(e.recordId == issued.record);
        CHECK(e.instrumentSerial == QStringLiteral("S-123"));
    }
    CHECK(find("instrument.add").instrumentSerial == QStringLiteral("S-123"));
    CHECK(find("instrument.add").certificateNumber.isEmpty());

    auto one = audit.entry(f.admin, issue.id);
    REQUIRE(one);
    CHECK(one->certificateNumber == issued.certificate.number);
    CHECK(audit.entry(f.admin, 999999).error().kind == ErrorKind::NotFound);
    CHECK(audit.entry(f.technician, issue.id).error().kind == ErrorKind::Permission);
}

TEST_CASE("the trail is searched by certificate number, action words or any text", "[db][audit]")
{
    LabFixture f;
    const Issued issued = issue(f);
    AuditService audit(f.lab());
    AuditFilter byNumber;
    byNumber.text = issued.certificate.number;
    auto found = audit.entries(f.admin, byNumber);
    REQUIRE(found);
    QStringList actions;
    for (const AuditEntry& e : *found) {
        CHECK(e.certificateNumber == issued.certificate.number);
        actions.append(e.action);
    }
    CHECK(actions.contains(QStringLiteral("certificate.issue")));
    CHECK(actions.contains(QStringLiteral("record.start")));
    CHECK(actions.contains(QStringLiteral("record.approve")));
    CHECK_FALSE(actions.contains(QStringLiteral("user.add")));

    AuditFilter byWords;
    byWords.text = QStringLiteral("record approved");
    auto approved = audit.entries(f.admin, byWords);
    REQUIRE(approved);
    REQUIRE(approved->size() == 1);
    CHECK(approved->first().action == QStringLiteral("record.approve"));

    AuditFilter byName;
    byName.text = QStringLiteral("Người manager");
    auto manager = audit.entries(f.admin, byName);
    REQUIRE(manager);
    // The manager's own entries, and the one that added them (its details name them).
    bool byManager = false;
    for (const AuditEntry& e : *manager) {
        CHECK((e.user == QStringLiteral("manager") || e.after.contains(QStringLiteral("Người manager"))));
        byManager = byManager || e.user == QStringLiteral("manager");
    }
    CHECK(byManager);

    AuditFilter nothing;
    nothing.text = QStringLiteral("9999-99");
    CHECK(audit.entries(f.admin, nothing)->isEmpty());
}

TEST_CASE("the trail's dates are the lab's days, not UTC's", "[db][audit]")
{
    LabFixture f;
    // 25 November 06:30 in Vietnam is still 24 November in UTC.
    f.clock().setNow(QDateTime(QDate(2026, 11, 24), QTime(23, 30), QTimeZone::utc()));
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 2));
    AuditFilter day;
    day.from = QDate(2026, 11, 25);
    day.to = QDate(2026, 11, 25);
    day.entity = QStringLiteral("stamp");
    auto entries = AuditService(f.lab()).entries(f.admin, day);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().localAt.date() == QDate(2026, 11, 25));
    day.from = day.to = QDate(2026, 11, 24);
    CHECK(AuditService(f.lab()).entries(f.admin, day)->isEmpty());
}

TEST_CASE("a file checked against the lab gets its verdict and the exact reason", "[db][certificates][verify]")
{
    LabFixture f;
    const Issued issued = issue(f);
    CertificateService certificates(f.lab(), pdfLikeRenderer());
    const QString number = issued.certificate.number;

    SECTION("valid: exactly as issued and current")
    {
        auto v = certificates.checkFile(issued.bytes);
        REQUIRE(v);
        CHECK(v->verdict == FileVerdict::Valid);
        CHECK(v->valid());
        CHECK(v->number == number);
        CHECK(toName(v->verdict) == QStringLiteral("valid"));
    }
    SECTION("not a PDF")
    {
        auto v = certificates.checkFile("Giấy chứng nhận, chụp bằng điện thoại");
        REQUIRE(v);
        CHECK(v->verdict == FileVerdict::NotPdf);
        CHECK(certificates.verifyFile("plain text").error().code == QStringLiteral("unknown_file"));
    }
    SECTION("not issued by this lab: a PDF naming no number, or a number the lab never issued")
    {
        auto none = certificates.checkFile("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
        REQUIRE(none);
        CHECK(none->verdict == FileVerdict::NotThisLab);
        CHECK(none->detail == QStringLiteral("no_number"));
        QByteArray other = issued.bytes;
        other.replace(number.toUtf8(), "9999-26");
        auto unknown = certificates.checkFile(other);
        REQUIRE(unknown);
        CHECK(unknown->verdict == FileVerdict::NotThisLab);
        CHECK(unknown->detail == QStringLiteral("unknown_number"));
        CHECK(unknown->number == QStringLiteral("9999-26"));
        CHECK(unknown->message.contains(QStringLiteral("9999-26")));
    }
    SECTION("not issued by this lab: the lab's number on another document")
    {
        // Rendered again (a forger's copy of the content): same number, not the document issued.
        CertificateData data;
        data.number = number;
        auto forged = pdfLikeRenderer()(data, "forged", QString());
        REQUIRE(forged);
        auto v = certificates.checkFile(*forged);
        REQUIRE(v);
        CHECK(v->verdict == FileVerdict::NotThisLab);
        CHECK(v->detail == QStringLiteral("identity_mismatch"));
        CHECK(v->number == number);
    }
    SECTION("altered: the issued document with different bytes")
    {
        QByteArray altered = issued.bytes;
        const qsizetype at = altered.indexOf("stream\n") + 20;
        altered[at] = altered[at] == 'x' ? 'y' : 'x';
        auto v = certificates.checkFile(altered);
        REQUIRE(v);
        CHECK(v->verdict == FileVerdict::Altered);
        CHECK(v->number == number);
        CHECK(v->certificate->number == number);
        CHECK(v->message.contains(number));
        // Appended bytes (an incremental save) are an alteration too.
        CHECK(certificates.checkFile(issued.bytes + "%")->verdict == FileVerdict::Altered);
        // The command line's code is as before.
        CHECK(certificates.verifyFile(altered).error().code == QStringLiteral("unknown_file"));
    }
    SECTION("withdrawn, with the date and the reason")
    {
        f.clock().setNow(QDateTime(QDate(2026, 11, 27), QTime(2, 0), QTimeZone::utc()));
        REQUIRE(certificates.withdraw(f.manager, number, QStringLiteral("seal broken on site")));
        auto v = certificates.checkFile(issued.bytes);
        REQUIRE(v);
        CHECK(v->verdict == FileVerdict::Withdrawn);
        CHECK(v->eventDate == QDate(2026, 11, 27));
        CHECK(v->reason == QStringLiteral("seal broken on site"));
        CHECK(certificates.verifyFile(issued.bytes).error().code == QStringLiteral("certificate_withdrawn"));
    }
    SECTION("replaced, by which number")
    {
        RecordService records(f.lab());
        auto revision = records.revise(f.technician, issued.record);
        REQUIRE(revision);
        REQUIRE(records.complete(f.technician, revision->id));
        REQUIRE(records.approve(f.manager, revision->id));
        auto second = certificates.amend(f.manager, number, revision->id, QStringLiteral("owner misspelt"), options());
        REQUIRE(second);
        auto v = certificates.checkFile(issued.bytes);
        REQUIRE(v);
        CHECK(v->verdict == FileVerdict::Replaced);
        CHECK(v->replacedBy == second->number);
        CHECK(v->eventDate == QDate(2026, 11, 25));
        CHECK(certificates.verifyFile(issued.bytes).error().code == QStringLiteral("certificate_replaced"));
        CHECK(certificates.checkFile(*certificates.pdf(second->number, false))->verdict == FileVerdict::Valid);
    }
}

TEST_CASE("a PDF's number and identifier are read from what Qt writes", "[db][certificates][verify]")
{
    // The document information's title is UTF-16 with a byte-order mark, parentheses escaped.
    QByteArray info("%PDF-1.4\n1 0 obj\n<<\n/Title (\xfe\xff");
    for (const QChar c : QStringLiteral("KĐ-01(26)")) {
        for (const char b : {char(c.unicode() >> 8), char(c.unicode() & 0xff)}) {
            if (b == '(' || b == ')' || b == '\\')
                info.append('\\');
            info.append(b);
        }
    }
    info.append(")\n/Creator (Etalon)\n>>\nendobj\ntrailer\n<< /Size 2 /ID [ <A1B2c3> <A1B2C3> ] >>\n%%EOF\n");
    const PdfIdentity read = PdfIdentity::read(info);
    CHECK(read.isPdf);
    CHECK(read.title == QStringLiteral("KĐ-01(26)"));
    CHECK(read.documentId == "a1b2c3");
    // The XMP title, entities and all, is preferred.
    const PdfIdentity xmp =
        PdfIdentity::read("%PDF-1.7\n<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">A&amp;B/26</rdf:li></rdf:Alt>"
                          "</dc:title>\n/Title (other)\n");
    CHECK(xmp.title == QStringLiteral("A&B/26"));
    CHECK(xmp.documentId.isEmpty());
    CHECK_FALSE(PdfIdentity::read("GIF89a").isPdf);
}

TEST_CASE("a standard's chain is traced to the national standard at every level", "[db][trust][trace]")
{
    LabFixture f;
    StandardService standards(f.lab());
    // Working set ← reference set (the fixture's) ← VMI.
    Standard s;
    s.name = QStringLiteral("Bộ quả cân công tác");
    s.serial = QStringLiteral("W-20");
    s.accuracyClass = QStringLiteral("M1");
    s.rangeMax = q("60 kg");
    auto working = standards.addStandard(f.manager, s);
    REQUIRE(working);
    StandardCalibration c;
    c.standardId = working->id;
    c.date = QDate(2026, 2, 1);
    c.validUntil = QDate(2027, 1, 31);
    c.certificate = QStringLiteral("TQ-NB-001");
    c.byStandardId = f.massStandard;
    c.points = {CalibrationPoint{q("20 kg"), q("0.1 g"), q("0.3 g"), Decimal(2, 0), {}}};
    REQUIRE(standards.calibrate(f.manager, c));

    auto trace = TraceService(f.lab()).traceStandard(working->id, QDate(2026, 11, 25));
    REQUIRE(trace);
    CHECK(trace->serial == QStringLiteral("W-20"));
    CHECK(trace->certificate == QStringLiteral("TQ-NB-001"));
    REQUIRE(trace->above.size() == 1);
    const TraceNode& reference = trace->above.first();
    CHECK(reference.serial == QStringLiteral("QC-01"));
    CHECK(reference.certificate == QStringLiteral("V26-0123/VMI"));
    CHECK(reference.top == QStringLiteral("national-institute"));
    CHECK(reference.calibratedBy == QStringLiteral("Viện Đo lường Việt Nam"));
    CHECK(reference.above.isEmpty());
    CHECK(reference.problem.isEmpty());
    // Out of its calibration's validity, the break is named at its level.
    auto later = TraceService(f.lab()).traceStandard(working->id, QDate(2027, 3, 1));
    REQUIRE(later);
    CHECK_FALSE(later->problem.isEmpty());
}

TEST_CASE("what falls due flags what may not be used: failed instruments and quarantined standards", "[db][due]")
{
    LabFixture f;
    ApprovedRecordInput passed;
    passed.date = QDate(2026, 1, 15);
    approvedRecord(f, passed);
    DueService due(f.lab());
    auto items = due.dueList(f.lab().today(), 0, DueScope::All);
    REQUIRE(items);
    for (const DueItem& i : *items)
        CHECK_FALSE(i.notFitForUse());

    // A failed verification: listed whatever the window, flagged with the record that found it.
    ApprovedRecordInput failed;
    failed.date = QDate(2026, 11, 10);
    failed.indication = "20.05 kg";
    const Id failing = approvedRecord(f, failed);
    items = due.dueList(f.lab().today(), 0, DueScope::Instruments);
    REQUIRE(items);
    REQUIRE(items->size() == 1);
    CHECK(items->first().status == QStringLiteral("failed"));
    CHECK(items->first().notFitForUse());
    CHECK(items->first().unfit == QStringLiteral("failed"));
    CHECK(items->first().unfitRecordId == failing);
    CHECK(items->first().unfitRecordKind == QStringLiteral("periodic"));

    // A standard taken out of service: listed and flagged though its calibration runs until January.
    REQUIRE(StandardService(f.lab()).setStatus(f.manager, f.massStandard, StandardStatus::Quarantined,
                                               QStringLiteral("dropped on the floor")));
    items = due.dueList(f.lab().today(), 0, DueScope::Standards);
    REQUIRE(items);
    REQUIRE(items->size() == 1);
    CHECK(items->first().id == f.massStandard);
    CHECK(items->first().unfit == QStringLiteral("quarantined"));
    CHECK(items->first().status == QStringLiteral("quarantined"));
    CHECK(items->first().dueDate == QDate(2026, 11, 25));
    // Within its window it is listed once, by its date, and still flagged.
    items = due.dueList(f.lab().today(), 90, DueScope::Standards);
    REQUIRE(items);
    REQUIRE(items->size() == 1);
    CHECK(items->first().status == QStringLiteral("due"));
    CHECK(items->first().notFitForUse());
}
