// SPDX-License-Identifier: Apache-2.0
// Someone with the sqlite3 shell edits a copy of a lab behind Etalon's back; `audit verify` must name
// the exact entry where the evidence and the data part ways.
#include "cli/CliHarness.h"
#include "db/AuditLog.h"
#include "db/Signing.h"

#include <QFile>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

QString sqlite3(const QString& db, const QString& sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), QStringLiteral("-bail"), db, sql});
    REQUIRE(p.waitForFinished(60000));
    INFO(sql.toStdString() << "\n" << p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

struct Finding
{
    int exit = -1;
    QString kind;
    qint64 entry = 0;
    QString reason;
};

Finding verify(const Cli& cli, const QString& db)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ETALON_USER"), boss);
    env.insert(QStringLiteral("ETALON_PASSWORD"), bossPass);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ETALON_CLI_PATH),
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    REQUIRE(p.waitForFinished(60000));
    Q_UNUSED(cli);
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonObject finding = json.value(QStringLiteral("finding")).toObject();
    return {p.exitCode(), finding.value(QStringLiteral("kind")).toString(),
            finding.value(QStringLiteral("entry")).toInteger(), finding.value(QStringLiteral("reason")).toString()};
}

/** A lab with an issued certificate: readings, approval and a signed checkpoint in its trail. */
QString issuedLab(const Cli& cli, const QTemporaryDir& dir)
{
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    const LabSetup lab = setUpLab(cli, QStringLiteral("Công ty TNHH Hòa Phú"));
    // A real transfer first, so the replay of later entries is what the owner is checked against.
    const QString buyer = id(cli.ok(words("org add --name Buyer")));
    cli.ok({QStringLiteral("instrument"), QStringLiteral("transfer"), lab.scale, QStringLiteral("--owner"), buyer,
            QStringLiteral("--date"), labToday().toString(Qt::ISODate)});
    cli.ok(words("stamp receive --series TQ --from 1 --to 2"), boss, bossPass);
    const QString record = id(cli.ok({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"),
                                      lab.scale, QStringLiteral("--kind"), QStringLiteral("periodic"),
                                      QStringLiteral("--date"), labToday().toString(Qt::ISODate)},
                                     tech, techPass));
    for (const char* reference : {"10 kg", "20 kg"})
        cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), lab.standard,
                QStringLiteral("--reference"), QString::fromLatin1(reference), QStringLiteral("--indication"),
                QString::fromLatin1(reference)},
               tech, techPass);
    fillProgramme(cli, record, lab.standard, tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("complete"), record}, tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("approve"), record}, boss, bossPass);
    cli.ok({QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"),
            dir.filePath(QStringLiteral("c.pdf"))},
           boss, bossPass);
    return record;
}

} // namespace

TEST_CASE("edits made with the sqlite3 shell are reported at the exact audit entry", "[cli][trust][tamper]")
{
    Cli cli;
    QTemporaryDir dir;
    issuedLab(cli, dir);
    REQUIRE(verify(cli, cli.db()).exit == 0);
    int copies = 0;
    // Each case works on its own consistent copy, made by Etalon's own backup.
    const auto copy = [&] {
        const QString path = dir.filePath(QStringLiteral("copy-%1.etalon").arg(++copies));
        cli.ok({QStringLiteral("backup"), path}, boss, bossPass);
        return path;
    };
    const auto entryOf = [&](const QString& db, const char* action, const char* pick = "MAX") {
        return sqlite3(db,
                       QStringLiteral("SELECT %1(id) FROM audit_log WHERE action = '%2'")
                           .arg(QString::fromLatin1(pick), QString::fromLatin1(action)))
            .toLongLong();
    };

    SECTION("an audit entry's content edited")
    {
        const QString db = copy();
        const qint64 entry = entryOf(db, "record.reading", "MIN");
        sqlite3(db,
                QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after = "
                               "json_set(after, '$.reference', '10.5 kg') WHERE id = %1;")
                    .arg(entry));
        const Finding f = verify(cli, db);
        CHECK(f.exit == 3);
        CHECK(f.kind == QStringLiteral("chain"));
        CHECK(f.entry == entry);
    }
    SECTION("an audit entry deleted from the middle")
    {
        const QString db = copy();
        const qint64 entry = entryOf(db, "record.complete");
        sqlite3(db,
                QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = %1;").arg(entry));
        const Finding f = verify(cli, db);
        CHECK(f.exit == 3);
        CHECK(f.kind == QStringLiteral("chain"));
        CHECK(f.entry == entry + 1); // the first entry whose predecessor is not the one it was chained to
    }
    SECTION("an audit entry forged at the end")
    {
        const QString db = copy();
        const qint64 last = sqlite3(db, QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
        sqlite3(db,
                QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, entity_id, before, "
                               "after, prev_hash, hash) SELECT id + 1, at, user_name, 'record.approve', "
                               "'record', 1, '{}', '{}', hash, hash FROM audit_log WHERE id = %1;")
                    .arg(last));
        const Finding f = verify(cli, db);
        CHECK(f.exit == 3);
        CHECK(f.kind == QStringLiteral("chain"));
        CHECK(f.entry == last + 1);
    }
    SECTION("a reading's value changed with the triggers dropped")
    {
        const QString db = copy();
        sqlite3(db,
                QStringLiteral("DROP TRIGGER readings_draft_update; DROP TRIGGER readings_issued_update; "
                               "UPDATE readings SET indications = '[\"20.02 kg\"]' WHERE id = (SELECT MAX(id) FROM "
                               "readings);"));
        const Finding f = verify(cli, db);
        CHECK(f.exit == 3);
        CHECK(f.kind == QStringLiteral("domain"));
        CHECK(f.entry == entryOf(db, "record.reading"));
    }
    SECTION("an issued certificate deleted")
    {
        const QString db = copy();
        sqlite3(db, QStringLiteral("DROP TRIGGER certificates_no_delete; DELETE FROM certificates;"));
        const Finding f = verify(cli, db);
        CHECK(f.exit == 3);
        CHECK(f.kind == QStringLiteral("domain"));
        CHECK(f.entry == entryOf(db, "certificate.issue"));
    }
    SECTION("an instrument handed to another owner without a transfer")
    {
        const QString db = copy();
        sqlite3(db, QStringLiteral("UPDATE instruments SET owner_id = 1;"));
        const Finding f = verify(cli, db);
        CHECK(f.exit == 3);
        CHECK(f.kind == QStringLiteral("domain"));
        CHECK(f.entry == entryOf(db, "instrument.transfer"));
        CHECK(f.reason.contains(QStringLiteral("owner_id")));
    }
    SECTION("an issued record set back to approved")
    {
        const QString db = copy();
        sqlite3(db, QStringLiteral("DROP TRIGGER records_issued_update; UPDATE records SET status = 'approved';"));
        const Finding f = verify(cli, db);
        CHECK(f.exit == 3);
        CHECK(f.entry == entryOf(db, "certificate.issue"));
    }
    SECTION("a standard marked retired behind the manager's back")
    {
        const QString db = copy();
        sqlite3(db, QStringLiteral("UPDATE standards SET status = 'retired';"));
        const Finding f = verify(cli, db);
        CHECK(f.exit == 3);
        CHECK(f.entry == entryOf(db, "standard.add"));
    }
    SECTION("a record slipped in without an entry")
    {
        const QString db = copy();
        sqlite3(db,
                QStringLiteral("INSERT INTO records (instrument_id, kind, technician_id, date, status, created_at) "
                               "SELECT instrument_id, kind, technician_id, date, 'draft', created_at FROM records "
                               "LIMIT 1;"));
        const Finding f = verify(cli, db);
        CHECK(f.exit == 3);
        CHECK(f.kind == QStringLiteral("domain"));
        CHECK(f.entry == 0); // no entry created it
        CHECK(f.reason.contains(QStringLiteral("records")));
    }
}

TEST_CASE("the signed checkpoints export and check offline against the lab's public key", "[cli][trust][audit]")
{
    Cli cli;
    QTemporaryDir dir;
    issuedLab(cli, dir);
    const QString csv = dir.filePath(QStringLiteral("checkpoints.csv"));
    const Run listed =
        cli.ok({QStringLiteral("audit"), QStringLiteral("checkpoints"), QStringLiteral("--csv"), csv}, boss, bossPass);
    const QJsonArray items = listed.json.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() >= 1); // issuing the certificate signed one
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).count(u'\n') == items.size() + 1);
    const QByteArray key =
        QByteArray::fromBase64(cli.ok({QStringLiteral("certificate"), QStringLiteral("public-key"),
                                       QStringLiteral("--out"), dir.filePath(QStringLiteral("key.txt"))},
                                      boss, bossPass)
                                   .json.value(QStringLiteral("public_key"))
                                   .toString()
                                   .toLatin1());
    for (const QJsonValue& v : items) {
        const QJsonObject c = v.toObject();
        const QByteArray message = AuditLog::checkpointMessage(c.value(QStringLiteral("entry")).toInteger(),
                                                               c.value(QStringLiteral("entry_hash")).toString());
        const QByteArray signature = QByteArray::fromBase64(c.value(QStringLiteral("signature")).toString().toLatin1());
        CHECK(Signing::verify(message, signature, key));
        CHECK_FALSE(Signing::verify(message + "x", signature, key));
    }
}
