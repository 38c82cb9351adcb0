// SPDX-License-Identifier: Apache-2.0
// The importer fed hundreds of mangled files (seeded, so a failure replays): whatever the bytes, it answers
// with an error or a report, stores nothing unless it says so, and leaves a trail that verifies. Run under
// ASan/UBSan with the rest of the db tests.
#include "db/registry/ImportService.h"
#include "db/trust/AuditService.h"
#include "support/TemporaryDatabase.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

const QStringList pieces{QStringLiteral(","),
                         QStringLiteral("\""),
                         QStringLiteral("\n"),
                         QStringLiteral("\r\n"),
                         QStringLiteral("\"\""),
                         QStringLiteral("\u0007"),
                         QStringLiteral("9e999"),
                         QStringLiteral("-0"),
                         QStringLiteral("kg"),
                         QStringLiteral("kPa"),
                         QStringLiteral("Đ"),
                         QStringLiteral("\uFEFF"),
                         QStringLiteral("NAWI"),
                         QStringLiteral("owner"),
                         QStringLiteral("type"),
                         QStringLiteral("1"),
                         QStringLiteral("99999999999999999999"),
                         QStringLiteral(" "),
                         QStringLiteral("%"),
                         QStringLiteral("');DROP TABLE instruments;--")};

QString mutate(QString text, QRandomGenerator& random)
{
    const int edits = 1 + int(random.bounded(6));
    for (int e = 0; e < edits; ++e) {
        const int at = text.isEmpty() ? 0 : int(random.bounded(quint32(text.size())));
        switch (random.bounded(4)) {
        case 0:
            text.insert(at, pieces[int(random.bounded(quint32(pieces.size())))]);
            break;
        case 1:
            text.remove(at, int(random.bounded(8)));
            break;
        case 2:
            if (!text.isEmpty())
                text[at] = QChar(char16_t(random.bounded(0x20, 0x7f)));
            break;
        default:
            text += text.mid(at, int(random.bounded(40))); // repeated rows and fragments
            break;
        }
    }
    return text;
}

qint64 count(Database& db, const char* table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))->toLongLong();
}

} // namespace

TEST_CASE("mangled import files never crash the importer nor store what it did not report", "[db][import][fuzz]")
{
    LabFixture f;
    const QString seeds[] = {
        QStringLiteral("type,owner,serial,class,range-max,resolution\nNAWI,%1,F-1,III,60 kg,10 g\n"
                       "NAWI,%1,F-2,III,150 kg,50 g\n")
            .arg(f.customer),
        QStringLiteral("name,kind,tax-code,commune\n\"Công ty \"\"A\"\"\",customer,5000100100,Xã Tân Trào\n"
                       "HTX B,,5000100200-001,Phường Minh Xuân\n")};
    QRandomGenerator random(20261125);
    ImportService import(f.lab());
    int stored = 0, refused = 0;
    for (int i = 0; i < 400; ++i) {
        const bool instruments = i % 2 == 0;
        const QString text = mutate(seeds[instruments ? 0 : 1], random);
        ImportOptions options;
        options.onlyValid = random.bounded(2) == 1;
        options.dryRun = random.bounded(4) == 0;
        const qint64 rowsBefore = count(f.db(), instruments ? "instruments" : "organisations");
        const qint64 entriesBefore = count(f.db(), "audit_log");
        auto report = import.importCsv(f.technician, instruments ? ImportKind::Instruments : ImportKind::Organisations,
                                       text, options);
        const qint64 added = count(f.db(), instruments ? "instruments" : "organisations") - rowsBefore;
        INFO(i << ": " << text.toStdString());
        if (!report) {
            ++refused;
            CHECK_FALSE(report.error().message.isEmpty());
            CHECK(added == 0);
            CHECK(count(f.db(), "audit_log") == entriesBefore);
            continue;
        }
        CHECK(added == report->imported);
        if (report->imported == 0) {
            CHECK(count(f.db(), "audit_log") == entriesBefore);
            continue;
        }
        ++stored;
        CHECK_FALSE(options.dryRun);
        CHECK((report->invalid() == 0 || options.onlyValid));
        // One entry for the whole import, sealing every row it stored.
        CHECK(count(f.db(), "audit_log") == entriesBefore + 1);
    }
    CHECK(stored > 0);
    CHECK(refused > 0);
    auto verified = AuditService(f.lab()).verify();
    REQUIRE(verified);
    CHECK_FALSE(verified->firstBreak);
    CHECK_FALSE(verified->domainMismatch);
}
