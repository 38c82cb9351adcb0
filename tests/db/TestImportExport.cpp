// SPDX-License-Identifier: Apache-2.0
#include "db/registry/ExportService.h"
#include "db/registry/ImportService.h"
#include "db/registry/RegistryService.h"
#include "db/trust/AuditService.h"
#include "support/TemporaryDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

const QString goodAndBadScales = QStringLiteral("Type,Owner,Serial,Manufacturer,Class,Range-Max,Resolution\n"
                                                "NAWI,%1,K-1,Vicky,III,60 kg,10 g\n"
                                                "NAWI,%1,K-2,Vicky,III,60 kPa,10 g\n"
                                                "\n"
                                                "NAWI,999,K-3,Vicky,III,60 kg,10 g\n"
                                                "NAWI,%1,K-1,Vicky,III,30 kg,5 g\n"
                                                "NAWI,%1,\"K-4\nbis\",Vicky,III,30 kg,5 g\n"
                                                "NAWI,%1,K-5,\"Vicky, VN\",III,30 kg,5 g\n");

QList<QStringList> exported(Lab& lab, const Session& session, ExportTable table)
{
    QList<QStringList> rows;
    REQUIRE(ExportService(lab).forEachRow(session, table, [&](const QStringList& row) {
        rows.append(row);
        return true;
    }));
    return rows;
}

} // namespace

TEST_CASE("an import with a bad row stores nothing and says what is wrong with each row", "[db][import]")
{
    LabFixture f;
    const QString before = f.snapshot();
    auto report = ImportService(f.lab()).importCsv(f.technician, ImportKind::Instruments,
                                                   goodAndBadScales.arg(f.customer), ImportOptions{});
    REQUIRE(report);
    CHECK(report->imported == 0);
    REQUIRE(report->rows.size() == 6); // the blank line is not a row
    CHECK_FALSE(report->rows[0].error);
    CHECK_FALSE(report->rows[0].id); // rolled back: no id to show
    REQUIRE(report->rows[1].error);
    CHECK(report->rows[1].line == 3);
    CHECK(report->rows[1].error->field == QStringLiteral("range-max"));
    REQUIRE(report->rows[2].error);
    CHECK(report->rows[2].line == 5);
    CHECK(report->rows[2].error->field == QStringLiteral("owner"));
    REQUIRE(report->rows[3].error);
    CHECK(report->rows[3].error->code == QStringLiteral("duplicate_in_file"));
    CHECK(report->rows[3].error->message.contains(QStringLiteral("line 2")));
    REQUIRE(report->rows[4].error); // a line break inside a serial is a control character
    CHECK(report->rows[4].error->field == QStringLiteral("serial"));
    CHECK(report->rows[4].line == 7);
    CHECK_FALSE(report->rows[5].error);
    CHECK(report->rows[5].line == 9); // the quoted line break moved it down
    CHECK(report->invalid() == 4);
    CHECK(f.snapshot() == before);
}

TEST_CASE("only the valid rows go in when asked, each through the registry's rules and audited", "[db][import]")
{
    LabFixture f;
    ImportOptions options;
    options.onlyValid = true;
    auto report = ImportService(f.lab()).importCsv(f.technician, ImportKind::Instruments,
                                                   goodAndBadScales.arg(f.customer), options);
    REQUIRE(report);
    CHECK(report->imported == 2);
    REQUIRE(report->rows[0].id);
    auto stored = RegistryService(f.lab()).fetchInstrument(*report->rows[0].id);
    REQUIRE(stored);
    CHECK(stored->serial == QStringLiteral("K-1"));
    CHECK(stored->rangeMax->toString() == QStringLiteral("60 kg"));
    CHECK(RegistryService(f.lab()).fetchInstrument(*report->rows[5].id)->manufacturer == QStringLiteral("Vicky, VN"));
    auto check = AuditService(f.lab()).verify();
    REQUIRE(check);
    CHECK_FALSE(check->firstBreak);
    CHECK(check->domainChecked);
    CHECK_FALSE(check->domainMismatch);
}

TEST_CASE("a dry run checks every row against the database and stores nothing", "[db][import]")
{
    LabFixture f;
    const QString before = f.snapshot();
    ImportOptions options;
    options.dryRun = true;
    options.onlyValid = true;
    const QString csv = QStringLiteral("name,kind,tax-code\nCông ty Điện lực,customer,5000111222\n"
                                       "Khách sạn Mường Thanh,,5000111222-001\nNo tax,customer,123\n");
    auto report = ImportService(f.lab()).importCsv(f.technician, ImportKind::Organisations, csv, options);
    REQUIRE(report);
    CHECK(report->invalid() == 1);
    CHECK(report->rows[2].error->field == QStringLiteral("tax-code"));
    CHECK(report->imported == 0);
    CHECK(f.snapshot() == before);
}

TEST_CASE("an import names each commune as registered and refuses one the province does not have",
          "[db][import][communes]")
{
    LabFixture f;
    const QString before = f.snapshot();
    const QString csv = QStringLiteral("name,commune,province\nCửa hàng A,tân trào,\nCửa hàng B,Xã Không Có,\n"
                                       "Cửa hàng C,Phường Cầu Giấy,Hà Nội\n");
    auto refused = ImportService(f.lab()).importCsv(f.technician, ImportKind::Organisations, csv, ImportOptions());
    REQUIRE(refused);
    CHECK(refused->invalid() == 1);
    REQUIRE(refused->rows[1].error);
    CHECK(refused->rows[1].error->field == QStringLiteral("commune"));
    CHECK(f.snapshot() == before); // one bad row: nothing stored
    ImportOptions onlyValid;
    onlyValid.onlyValid = true;
    auto imported = ImportService(f.lab()).importCsv(f.technician, ImportKind::Organisations, csv, onlyValid);
    REQUIRE(imported);
    CHECK(imported->imported == 2);
    auto tanTrao = RegistryService(f.lab()).organisations(QStringLiteral("Cửa hàng A"));
    REQUIRE(tanTrao);
    REQUIRE(tanTrao->size() == 1);
    CHECK(tanTrao->first().commune == QStringLiteral("Xã Tân Trào"));
}

TEST_CASE("the file itself is checked before any row: header, columns, size", "[db][import]")
{
    LabFixture f;
    ImportService import(f.lab());
    const QString before = f.snapshot();
    struct Case
    {
        QString csv;
        QString field;
    };
    const QList<Case> cases{{QString(), QStringLiteral("file")},
                            {QStringLiteral("type,colour\nNAWI,red\n"), QStringLiteral("column")},
                            {QStringLiteral("owner,serial\n2,X\n"), QStringLiteral("column")},
                            {QStringLiteral("type,serial\nNAWI,X\n"), QStringLiteral("column")},
                            {QStringLiteral("type,type,owner\nNAWI,NAWI,2\n"), QStringLiteral("column")},
                            {QStringLiteral("type,owner\n\"NAWI,2\n"), QStringLiteral("file")}};
    for (const Case& c : cases) {
        INFO(c.csv.toStdString());
        auto r = import.importCsv(f.technician, ImportKind::Instruments, c.csv, ImportOptions{});
        REQUIRE_FALSE(r);
        CHECK(r.error().field == c.field);
    }
    auto auditor = import.importCsv(Session{1, QStringLiteral("a"), Role::Auditor}, ImportKind::Organisations,
                                    QStringLiteral("name\nX\n"), ImportOptions{});
    REQUIRE_FALSE(auditor);
    CHECK(auditor.error().kind == ErrorKind::Permission);
    CHECK(f.snapshot() == before);
}

TEST_CASE("a cancelled import stores nothing", "[db][import]")
{
    LabFixture f;
    const QString before = f.snapshot();
    auto r =
        ImportService(f.lab()).importCsv(f.technician, ImportKind::Organisations, QStringLiteral("name\nA\nB\nC\n"),
                                         ImportOptions{}, [](int done, int) { return done < 2; });
    REQUIRE_FALSE(r);
    CHECK(r.error().code == QStringLiteral("cancelled"));
    CHECK(f.snapshot() == before);
}

TEST_CASE("an exported register imports again; owners are found by tax code", "[db][import][export]")
{
    LabFixture f;
    ImportOptions options;
    auto orgs = ImportService(f.lab()).importCsv(
        f.technician, ImportKind::Organisations,
        QStringLiteral("name,tax-code,commune\n\"Cửa hàng xăng dầu \"\"Số 5\"\"\",5000999888,Phường An Tường\n"),
        options);
    REQUIRE(orgs);
    REQUIRE(orgs->imported == 1);
    auto scales = ImportService(f.lab()).importCsv(
        f.technician, ImportKind::Instruments,
        QStringLiteral("type,owner-tax-code,serial,class,range-max,resolution\nNAWI,5000999888,Z-9,III,30 kg,5 g\n"),
        options);
    REQUIRE(scales);
    REQUIRE(scales->imported == 1);
    CHECK(RegistryService(f.lab()).fetchInstrument(*scales->rows[0].id)->ownerId == *orgs->rows[0].id);

    const QStringList header = ExportService::header(ExportTable::Instruments);
    const QList<QStringList> rows = exported(f.lab(), f.technician, ExportTable::Instruments);
    QString csv = header.join(u',') + u'\n';
    for (QStringList row : rows) {
        row[header.indexOf(QStringLiteral("serial"))] += QStringLiteral("-copy");
        for (QString& field : row)
            field = u'"' + field.replace(u'"', QStringLiteral("\"\"")) + u'"';
        csv += row.join(u',') + u'\n';
    }
    auto again = ImportService(f.lab()).importCsv(f.technician, ImportKind::Instruments, csv, options);
    REQUIRE(again);
    CHECK(again->invalid() == 0);
    CHECK(again->imported == rows.size());
}

TEST_CASE("exports stream every row in id order; users only for an admin and never their passwords", "[db][export]")
{
    LabFixture f;
    const QList<QStringList> orgs = exported(f.lab(), f.technician, ExportTable::Organisations);
    REQUIRE(orgs.size() == 3); // the lab, a customer, an institute
    CHECK(orgs[1][0] == QString::number(f.customer));
    for (ExportTable table : {ExportTable::Standards, ExportTable::Records, ExportTable::Certificates})
        for (const QStringList& row : exported(f.lab(), f.manager, table))
            CHECK(row.size() == ExportService::header(table).size());
    CHECK_FALSE(
        ExportService(f.lab()).forEachRow(f.manager, ExportTable::Users, [](const QStringList&) { return true; }));
    const QList<QStringList> users = exported(f.lab(), f.admin, ExportTable::Users);
    CHECK(users.size() == 4);
    for (const QStringList& u : users)
        for (const QString& field : u)
            CHECK_FALSE(field.startsWith(QStringLiteral("$argon2")));
    int seen = 0;
    auto stopped = ExportService(f.lab()).forEachRow(f.technician, ExportTable::Organisations,
                                                     [&](const QStringList&) { return ++seen < 2; });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().code == QStringLiteral("cancelled"));
    CHECK(ExportService::tableFromName(QStringLiteral("passwords")).error().field == QStringLiteral("table"));
}

TEST_CASE("an import checks its rows without holding the lab: another desk writes meanwhile, and what it registered "
          "stops the import whole",
          "[db][import][concurrency]")
{
    LabFixture f;
    Database otherDesk;
    REQUIRE(otherDesk.open(f.db().path(), false));
    Lab otherLab(otherDesk);
    const QString csv = QStringLiteral("name,tax-code\nCông ty A,5000111001\nCông ty B,5000111002\n");
    const qint64 organisationsBefore =
        f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM organisations"))->toLongLong();
    bool otherWrote = false;
    auto r = ImportService(f.lab()).importCsv(
        f.technician, ImportKind::Organisations, csv, ImportOptions{}, [&](int done, int total) {
            if (done < total)
                return true;
            // Every row is checked; the import has not written yet.
            Organisation late;
            late.name = QStringLiteral("Đăng ký sau");
            late.taxCode = QStringLiteral("5000111002");
            otherWrote = bool(RegistryService(otherLab).addOrganisation(f.manager, late));
            return true;
        });
    CHECK(otherWrote); // not kept waiting behind the import's checks
    REQUIRE_FALSE(r);
    CHECK(r.error().code == QStringLiteral("duplicate_tax_code"));
    CHECK(r.error().message.contains(QStringLiteral("line 3")));
    CHECK(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM organisations"))->toLongLong() == organisationsBefore + 1);
    auto verified = AuditService(f.lab()).verify();
    REQUIRE(verified);
    CHECK(verified->intact());
}

TEST_CASE("an import is one audit entry that seals every row it stored and names their ids", "[db][import][audit]")
{
    LabFixture f;
    const qint64 entriesBefore = f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong();
    QString csv = QStringLiteral("name,tax-code\n");
    for (int i = 0; i < 500; ++i)
        csv += QStringLiteral("Công ty %1,7%2\n").arg(i).arg(i, 9, 10, QChar(u'0'));
    auto r = ImportService(f.lab()).importCsv(f.technician, ImportKind::Organisations, csv, ImportOptions{});
    REQUIRE(r);
    CHECK(r->imported == 500);
    CHECK(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong() == entriesBefore + 1);
    auto entry = f.db().exec(QStringLiteral("SELECT action, after FROM audit_log ORDER BY id DESC LIMIT 1"));
    REQUIRE(entry);
    REQUIRE(entry->next());
    CHECK(entry->value(0).toString() == QStringLiteral("import.organisations"));
    const QJsonObject after = QJsonDocument::fromJson(entry->value(1).toString().toUtf8()).object();
    CHECK(after.value(QStringLiteral("first_id")).toInteger() == *r->rows.first().id);
    CHECK(after.value(QStringLiteral("last_id")).toInteger() == *r->rows.last().id);
    auto verified = AuditService(f.lab()).verify();
    REQUIRE(verified);
    CHECK(verified->intact());
}

TEST_CASE("instruments are stored by the batch: each row its own id, owner and serial, the lab's for one without, "
          "and a serial registered meanwhile stops the import whole at its line",
          "[db][import][concurrency]")
{
    LabFixture f;
    QString csv = QStringLiteral("type,owner,serial,manufacturer,class,range-max,resolution\n");
    for (int i = 0; i < 600; ++i) // more rows than one batch holds
        csv += QStringLiteral("NAWI,%1,%2,Nhơn Hòa,III,60 kg,10 g\n")
                   .arg(f.customer)
                   .arg(i == 437 ? QString() : QStringLiteral("B-%1").arg(i));
    Database otherDesk;
    REQUIRE(otherDesk.open(f.db().path(), false));
    Lab otherLab(otherDesk);
    auto refused = ImportService(f.lab()).importCsv(
        f.technician, ImportKind::Instruments, csv, ImportOptions{}, [&](int done, int total) {
            if (done == total) { // checked, not yet written: another desk registers the serial of line 520
                Instrument late = *RegistryService(otherLab).fetchInstrument(f.scale);
                late.id = 0;
                late.serial = QStringLiteral("B-518");
                late.manufacturer = QStringLiteral("Nhơn Hòa");
                REQUIRE(RegistryService(otherLab).addInstrument(f.manager, late));
            }
            return true;
        });
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == QStringLiteral("duplicate_serial"));
    CHECK(refused.error().message.contains(QStringLiteral("line 520")));
    CHECK(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM instruments WHERE serial LIKE 'B-%'"))->toLongLong() == 1);

    csv.replace(QStringLiteral(",B-518,"), QStringLiteral(",B-518bis,"));
    auto r = ImportService(f.lab()).importCsv(f.technician, ImportKind::Instruments, csv, ImportOptions{});
    REQUIRE(r);
    REQUIRE(r->imported == 600);
    RegistryService registry(f.lab());
    for (int line : {0, 249, 250, 437, 599}) {
        const ImportRow& row = r->rows.at(line);
        REQUIRE(row.id);
        auto stored = registry.fetchInstrument(*row.id);
        REQUIRE(stored);
        CHECK(stored->ownerId == f.customer);
        if (line == 437) {
            CHECK(stored->serialAssignedByLab);
            CHECK(stored->serial.endsWith(QStringLiteral("%1").arg(*row.id, 6, 10, QChar(u'0'))));
        } else {
            CHECK(stored->serial ==
                  QStringLiteral("B-%1").arg(line == 518 ? QStringLiteral("518bis") : QString::number(line)));
        }
        CHECK(f.db()
                  .scalar(QStringLiteral("SELECT COUNT(*) FROM instrument_owners WHERE instrument_id = ? AND "
                                         "owner_id = ?"),
                          {*row.id, f.customer})
                  ->toLongLong() == 1);
    }
    CHECK(*r->rows.at(599).id == *r->rows.at(0).id + 599);
    // Registrations go on after the imported ids.
    Instrument next = *registry.fetchInstrument(f.scale);
    next.id = 0;
    next.serial = QStringLiteral("AFTER-1");
    auto added = registry.addInstrument(f.manager, next);
    REQUIRE(added);
    CHECK(added->id == *r->rows.at(599).id + 1);
    auto verified = AuditService(f.lab()).verify();
    REQUIRE(verified);
    CHECK(verified->intact());
}
