// SPDX-License-Identifier: Apache-2.0
// The bench's use cases: readings as typed, corrections, the checklist one click at a time, the completion summary.
#include "db/certificates/CertificateService.h"
#include "db/certificates/StampService.h"
#include "db/lab/SettingsService.h"
#include "db/records/RecordService.h"
#include "db/trust/AuditService.h"
#include "db/trust/SigningKeyService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

TEST_CASE("a bare number typed for a reading is in the instrument's unit", "[db][bench]")
{
    LabFixture f;
    const Id record = startVerification(f);
    RecordService records(f.lab());
    ReadingInput base;
    base.standardId = f.massStandard;
    // The fixture's scale has Max 60 kg and d 10 g: its display reads kilograms.
    auto in = records.readingFrom(record, TypedReading{QStringLiteral("20"), {QStringLiteral("20,01")}, {}}, base);
    REQUIRE(in);
    CHECK(in->reference.toString() == QStringLiteral("20 kg"));
    REQUIRE(in->indications.size() == 1);
    CHECK(in->indications[0].toString() == QStringLiteral("20.01 kg"));
    CHECK(in->standardId == f.massStandard);
    // A unit typed is kept; an added load takes the unit too.
    auto grams = records.readingFrom(
        record, TypedReading{QStringLiteral("500 g"), {QStringLiteral("0.5")}, QStringLiteral("2")}, base);
    REQUIRE(grams);
    CHECK(grams->reference.toString() == QStringLiteral("500 g"));
    CHECK(grams->addedLoad->toString() == QStringLiteral("2 kg"));
    auto e = records.addReading(f.technician, record, *in);
    REQUIRE(e);
    CHECK(e->error.toString().endsWith(QStringLiteral(" kg")));

    // What cannot be read names its field.
    auto blank = records.readingFrom(record, TypedReading{QString(), {QStringLiteral("1")}, {}}, base);
    REQUIRE_FALSE(blank);
    CHECK(blank.error().field == QStringLiteral("reference"));
    auto second = records.readingFrom(
        record, TypedReading{QStringLiteral("1"), {QStringLiteral("1"), QStringLiteral("one")}, {}}, base);
    REQUIRE_FALSE(second);
    CHECK(second.error().field == QStringLiteral("indication"));
    CHECK(second.error().message.contains(QStringLiteral("2")));
    auto added = records.readingFrom(
        record, TypedReading{QStringLiteral("1"), {QStringLiteral("1")}, QStringLiteral("x")}, base);
    REQUIRE_FALSE(added);
    CHECK(added.error().field == QStringLiteral("added-load"));
}

TEST_CASE("a corrected reading voids the one it replaces, both or neither", "[db][bench]")
{
    LabFixture f;
    const Id record = startVerification(f);
    RecordService records(f.lab());
    ReadingInput in;
    in.standardId = f.massStandard;
    in.reference = q("20 kg");
    in.indications = {q("20.5 kg")};
    auto first = records.addReading(f.technician, record, in);
    REQUIRE(first);
    in.indications = {q("20 kg")};
    auto corrected = records.correctReading(f.technician, record, first->seq, in, QStringLiteral("typed 20.5"));
    REQUIRE(corrected);
    CHECK(corrected->verdict == Verdict::Pass);
    auto details = records.details(record);
    REQUIRE(details->record.points.size() == 1);
    REQUIRE(details->voided.size() == 1);
    CHECK(details->voided[0].reason == QStringLiteral("typed 20.5"));

    // A correction the use case refuses leaves the reading it was to replace as it was.
    const QString before = f.snapshot();
    in.reference = q("20 kPa");
    CHECK_FALSE(records.correctReading(f.technician, record, corrected->seq, in, QStringLiteral("again")));
    CHECK(f.snapshot() == before);
    // Only the draft's technician (or a manager) corrects it.
    in.reference = q("20 kg");
    CHECK_FALSE(records.correctReading(f.unauthorised, record, corrected->seq, in, QStringLiteral("not mine")));
}

TEST_CASE("the checklist is stored one click at a time and can go back to not checked", "[db][bench]")
{
    LabFixture f;
    const Id record = startVerification(f);
    RecordService records(f.lab());
    auto summary = records.completionSummary(record);
    REQUIRE(summary);
    const int items = int(summary->missingChecks.size());
    REQUIRE(items > 0);
    const QString item = summary->missingChecks[0].item;
    REQUIRE(records.addCheck(f.technician, record, item, false, QString()));
    summary = records.completionSummary(record);
    CHECK(summary->checksFailed == 1);
    CHECK(summary->missingChecks.size() == items - 1);
    REQUIRE(records.clearCheck(f.technician, record, item));
    summary = records.completionSummary(record);
    CHECK(summary->checksFailed == 0);
    CHECK(summary->missingChecks.size() == items);
    CHECK_FALSE(records.clearCheck(f.unauthorised, record, item));
}

TEST_CASE("the completion summary says what completing would find", "[db][bench]")
{
    LabFixture f;
    const Id record = startVerification(f);
    RecordService records(f.lab());
    auto empty = records.completionSummary(record);
    REQUIRE(empty);
    CHECK(empty->points == 0);
    CHECK_FALSE(empty->missingTests.isEmpty());
    CHECK_FALSE(empty->canComplete());
    ReadingInput in;
    in.standardId = f.massStandard;
    in.reference = q("20 kg");
    in.indications = {q("20.5 kg")};
    REQUIRE(records.addReading(f.technician, record, in));
    completeProgramme(f, record);
    auto full = records.completionSummary(record);
    REQUIRE(full);
    CHECK(full->missingTests.isEmpty());
    CHECK(full->missingChecks.isEmpty());
    CHECK(full->failedPoints == 1);
    CHECK(full->points > 1);
    CHECK(full->verdict == Verdict::Fail);
    CHECK(full->canComplete());
    CHECK(records.complete(f.technician, record));
}

TEST_CASE("the signing passphrase: set once by an admin, changed by an admin, the key the same", "[db][signing]")
{
    LabFixture f;
    SigningKeyService keys(f.lab());
    CHECK_FALSE(keys.hasKey());
    CHECK_FALSE(keys.create(f.manager, QStringLiteral("sign-pass-123")));
    auto weak = keys.create(f.admin, QStringLiteral("short"));
    REQUIRE_FALSE(weak);
    CHECK(weak.error().field == QStringLiteral("signing-passphrase"));
    REQUIRE(keys.create(f.admin, QStringLiteral("sign-pass-123")));
    CHECK(keys.hasKey());
    CHECK_FALSE(keys.create(f.admin, QStringLiteral("sign-pass-456")));

    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 10));
    // A certificate signed under the first passphrase still verifies after the change.
    const Id record = approvedRecord(f);
    CertificateService certificates(f.lab(), [](const CertificateData&, const QByteArray& qr, const QString&) {
        return Result<QByteArray>(QByteArray("%PDF-1.4 test ") + qr);
    });
    IssueOptions options;
    options.passphrase = QStringLiteral("sign-pass-123");
    auto issued = certificates.issue(f.manager, record, options);
    REQUIRE(issued);

    CHECK(
        keys.changePassphrase(f.admin, QStringLiteral("wrong-pass-1"), QStringLiteral("sign-pass-456")).error().code ==
        QStringLiteral("wrong_passphrase"));
    CHECK(keys.changePassphrase(f.admin, QStringLiteral("sign-pass-123"), QStringLiteral("x")).error().field ==
          QStringLiteral("new-signing-passphrase"));
    CHECK_FALSE(keys.changePassphrase(f.manager, QStringLiteral("sign-pass-123"), QStringLiteral("sign-pass-456")));
    REQUIRE(keys.changePassphrase(f.admin, QStringLiteral("sign-pass-123"), QStringLiteral("sign-pass-456")));
    CHECK(certificates.verifyFile(certificates.pdf(issued->number, false).value()));
    CHECK_FALSE(AuditService(f.lab()).checkpoint(f.admin, QStringLiteral("sign-pass-123")));
    CHECK(AuditService(f.lab()).checkpoint(f.admin, QStringLiteral("sign-pass-456")));
    auto verified = AuditService(f.lab()).verify();
    REQUIRE(verified);
    CHECK(verified->intact());
}

TEST_CASE("a certificate previewed before signing is marked, unnumbered, and stores nothing", "[db][bench]")
{
    LabFixture f;
    const Id record = startVerification(f);
    completeProgramme(f, record);
    QString mark;
    QByteArray qrSeen = "unset";
    CertificateService certificates(f.lab(), [&](const CertificateData& d, const QByteArray& qr, const QString& m) {
        mark = m;
        qrSeen = qr;
        return Result<QByteArray>(QByteArray("%PDF-1.4 ") + d.number.toUtf8());
    });
    // A draft has nothing to preview yet.
    CHECK_FALSE(certificates.preview(f.manager, record, CertificateLanguage::Vietnamese));
    REQUIRE(RecordService(f.lab()).complete(f.technician, record));
    CHECK_FALSE(certificates.preview(f.technician, record, CertificateLanguage::Vietnamese));
    const QString before = f.snapshot();
    auto preview = certificates.preview(f.manager, record, CertificateLanguage::Bilingual);
    REQUIRE(preview);
    CHECK(preview->startsWith("%PDF"));
    CHECK(mark.contains(QStringLiteral("PREVIEW")));
    CHECK(qrSeen.isEmpty());
    CHECK(f.snapshot() == before);
}

TEST_CASE("whether a standard can serve a load is asked before the reading", "[db][bench]")
{
    LabFixture f;
    const Id record = startVerification(f);
    RecordService records(f.lab());
    CHECK(records.standardFits(record, f.massStandard, q("20 kg")));
    auto pressure = records.standardFits(record, f.massStandard, q("20 kPa"));
    REQUIRE_FALSE(pressure);
    auto beyond = records.standardFits(record, f.massStandard, q("6000 kg"));
    REQUIRE_FALSE(beyond);
    CHECK_FALSE(beyond.error().message.isEmpty());
    // Asking stores nothing.
    CHECK(records.details(record)->record.points.isEmpty());
}

TEST_CASE("the lab's settings saved together are saved all or none", "[db][setup]")
{
    LabFixture f;
    SettingsService settings(f.lab());
    const QString before = f.lab().setting(QStringLiteral("lab_address"));
    auto refused = settings.setAll(f.admin,
                                   {{QStringLiteral("lab_address"), QStringLiteral("12 Đường 17/8")},
                                    {QStringLiteral("no_such_setting"), QStringLiteral("x")}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("key"));
    CHECK(f.lab().setting(QStringLiteral("lab_address")) == before);
    CHECK_FALSE(settings.setAll(f.manager, {{QStringLiteral("lab_address"), QStringLiteral("12 Đường 17/8")}}));
    REQUIRE(settings.setAll(f.admin,
                            {{QStringLiteral("lab_address"), QStringLiteral("12 Đường 17/8")},
                             {QStringLiteral("designation_number"), QStringLiteral("15/QĐ-TĐC")}}));
    CHECK(f.lab().setting(QStringLiteral("lab_address")) == QStringLiteral("12 Đường 17/8"));
    CHECK(f.lab().setting(QStringLiteral("designation_number")) == QStringLiteral("15/QĐ-TĐC"));
}
