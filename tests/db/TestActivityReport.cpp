// SPDX-License-Identifier: Apache-2.0
// The verification activity report against a lab with known counts: work by type and by measurement field,
// a revision counted once, certificates apart from failure records, stamps, standards and verifiers' cards.
#include "core/MeasurementField.h"
#include "db/certificates/CertificateService.h"
#include "db/certificates/StampService.h"
#include "db/programme/ActivityReportService.h"
#include "db/records/RecordService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

Id approved(LabFixture& f, const QDate& date, const char* indication)
{
    ApprovedRecordInput in;
    in.date = date;
    in.indication = indication;
    return approvedRecord(f, in);
}

void issue(LabFixture& f, Id record)
{
    const CertificateRenderer renderer = [](const CertificateData& d, const QByteArray& qr, const QString& m) {
        return Result<QByteArray>(d.canonicalJson() + qr + m.toUtf8());
    };
    IssueOptions options;
    options.passphrase = QStringLiteral("sign-pass-123");
    REQUIRE(CertificateService(f.lab(), renderer).issue(f.manager, record, options));
}

const ActivityCount& field(const ActivityFigures& a, const char* key)
{
    for (const ActivityCount& c : a.byField)
        if (c.key == QLatin1String(key))
            return c;
    FAIL("no field " << key);
    return a.byField.first();
}

} // namespace

TEST_CASE("the activity report counts the period's work by type and field, stamps, standards and cards",
          "[db][activity]")
{
    LabFixture f;
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 10));
    issue(f, approved(f, QDate(2026, 11, 18), "20 kg")); // passed, stamp TQ/1
    issue(f, approved(f, QDate(2026, 11, 19), "20.5 kg")); // failed: a failure record, no stamp
    issue(f, approved(f, QDate(2026, 11, 20), "20 kg")); // passed, stamp TQ/2
    approved(f, QDate(2026, 11, 10), "20 kg"); // before the period
    REQUIRE(StampService(f.lab()).voidStamp(f.manager, QStringLiteral("TQ/5"), QStringLiteral("torn")));

    auto a = ActivityReportService(f.lab()).figures(QDate(2026, 11, 15), QDate(2026, 11, 25));
    REQUIRE(a);
    REQUIRE(a->byType.size() == 1);
    CHECK(a->byType[0].key == QStringLiteral("NAWI"));
    CHECK(a->byType[0].passed == 2);
    CHECK(a->byType[0].failed == 1);
    CHECK(a->typeNames.value(QStringLiteral("NAWI")).vi.startsWith(QStringLiteral("Cân")));
    // All eight fields are listed, in the statistics' order, the scale's work under mass.
    REQUIRE(a->byField.size() == 8);
    CHECK(a->byField[0].key == QStringLiteral("length"));
    CHECK(field(*a, "mass").verifications() == 3);
    CHECK(field(*a, "pressure").total() == 0);
    CHECK(a->total.total() == 3);
    CHECK(a->certificates == 2);
    CHECK(a->failureRecords == 1);
    CHECK(a->stampsUsed == 2);
    CHECK(a->stampsVoided == 1);
    CHECK(a->stampsUnused == 7);
    REQUIRE(a->standards.size() == 1);
    CHECK(a->standards[0].certificate == QStringLiteral("V26-0123/VMI"));
    CHECK(a->standards[0].calibratedBy == QStringLiteral("Viện Đo lường Việt Nam"));
    CHECK(a->standards[0].inDate);
    REQUIRE(a->verifiers.size() == 2);
    int techRecords = 0;
    for (const VerifierCard& c : a->verifiers)
        if (c.certificate == QStringLiteral("KĐV-001"))
            techRecords = c.records;
    CHECK(techRecords == 3);

    // A narrower period: only the work in it.
    auto narrow = ActivityReportService(f.lab()).figures(QDate(2026, 11, 19), QDate(2026, 11, 19));
    REQUIRE(narrow);
    CHECK(narrow->total.failed == 1);
    CHECK(narrow->total.passed == 0);

    // Periods that cannot be reported name their field.
    ActivityReportService service(f.lab());
    CHECK(service.figures(QDate(2026, 5, 1), QDate(2026, 4, 1)).error().field == QStringLiteral("to"));
    CHECK(service.figures(QDate(2026, 1, 1), QDate(2026, 12, 31)).error().field == QStringLiteral("to"));
    CHECK(service.figures(QDate(2025, 1, 1), QDate(2026, 11, 1)).error().field == QStringLiteral("to"));
    CHECK(service.figures(QDate(), QDate(2026, 11, 1)).error().field == QStringLiteral("from"));
}

TEST_CASE("every type of the seeded catalogue falls in one of the eight measurement fields", "[db][activity]")
{
    LabFixture f;
    auto q = f.lab().db().exec(QStringLiteral("SELECT code, COALESCE(field, ''), COALESCE(quantity, '') FROM "
                                              "instrument_types"));
    REQUIRE(q);
    int types = 0;
    while (q->next()) {
        ++types;
        INFO(q->value(0).toString().toStdString());
        CHECK(MeasurementField::keys().contains(MeasurementField::of(q->value(1).toString(), q->value(2).toString())));
    }
    CHECK(types >= 19);
}

TEST_CASE("the measurement field of a type comes from its catalogue field, else its quantity", "[db][activity]")
{
    CHECK(MeasurementField::of(QStringLiteral("mass"), QStringLiteral("mass")) == QStringLiteral("mass"));
    CHECK(MeasurementField::of(QStringLiteral("flow"), QStringLiteral("volume")) == QStringLiteral("volume-flow"));
    CHECK(MeasurementField::of(QStringLiteral("electricity"), QStringLiteral("energy")) ==
          QStringLiteral("electrical"));
    CHECK(MeasurementField::of(QStringLiteral("taximeter"), QStringLiteral("length")) == QStringLiteral("length"));
    CHECK(MeasurementField::of(QString(), QStringLiteral("frequency")) == QStringLiteral("time-frequency-acoustics"));
    CHECK(MeasurementField::of(QString(), QStringLiteral("luminance")) == QStringLiteral("other"));
    CHECK(MeasurementField::name(QStringLiteral("volume-flow"), false) == QStringLiteral("Dung tích – Lưu lượng"));
    CHECK(MeasurementField::name(QStringLiteral("physico-chemical"), false) == QStringLiteral("Hoá lý"));
}
