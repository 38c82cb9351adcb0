// SPDX-License-Identifier: Apache-2.0
// Someone with the sqlite3 shell edits a copy of a lab behind Etalon's back; `audit verify` must name
// the exact entry where the evidence and the data part ways.
#include "cli/CliHarness.h"
#include "db/trust/AuditLog.h"
#include "db/trust/Signing.h"

#include <QCryptographicHash>
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

/** `audit verify` on \a db as the manager, with \a options before the command; its output and exit code. */
std::pair<QByteArray, int> runVerify(const QString& db, const QStringList& options)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ETALON_USER"), boss);
    env.insert(QStringLiteral("ETALON_PASSWORD"), bossPass);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ETALON_CLI_PATH),
            QStringList{QStringLiteral("--db"), db} + options +
                QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    REQUIRE(p.waitForFinished(60000));
    return {p.readAllStandardOutput(), p.exitCode()};
}

QJsonObject verifyJson(const QString& db)
{
    const auto [out, exit] = runVerify(db, {QStringLiteral("--json")});
    QJsonObject json = QJsonDocument::fromJson(out).object();
    json.insert(QStringLiteral("exit"), exit);
    return json;
}

/** What `audit verify` prints for a person, in English. */
QString verifyText(const QString& db)
{
    return QString::fromUtf8(runVerify(db, {QStringLiteral("--lang"), QStringLiteral("en")}).first);
}

Finding verify(const Cli& cli, const QString& db)
{
    Q_UNUSED(cli);
    const QJsonObject json = verifyJson(db);
    const QJsonObject finding = json.value(QStringLiteral("finding")).toObject();
    return {json.value(QStringLiteral("exit")).toInt(), finding.value(QStringLiteral("kind")).toString(),
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

TEST_CASE("edits made with the sqlite3 shell are reported at the exact audit entry", "[sqlite][cli][trust][tamper]")
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
    // The entry that sealed the last change Etalon made to a row: the one a finding about that row names.
    const auto lastChangeOf = [&](const QString& db, const char* table, const QString& key) {
        return sqlite3(
                   db,
                   QStringLiteral(
                       "SELECT min(id) FROM audit_log WHERE rows_upto >= (SELECT max(id) FROM "
                       "row_log WHERE tbl = '%1' AND row_key = %2 AND id <= (SELECT max(rows_upto) FROM audit_log))")
                       .arg(QLatin1String(table), key))
            .toLongLong();
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
        CHECK(f.entry == lastChangeOf(db, "readings", QStringLiteral("(SELECT MAX(id) FROM readings)")));
        CHECK(f.reason.contains(QStringLiteral("indications")));
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
        CHECK(f.entry == lastChangeOf(db, "instruments", QStringLiteral("(SELECT MIN(id) FROM instruments)")));
        CHECK(f.entry >= entryOf(db, "instrument.transfer"));
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
        CHECK(f.entry == lastChangeOf(db, "standards", QStringLiteral("(SELECT MIN(id) FROM standards)")));
        CHECK(f.reason.contains(QStringLiteral("status")));
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

TEST_CASE("every stored fact is checked: each class of edit made with the sqlite3 shell is found and named",
          "[sqlite][cli][trust][tamper]")
{
    Cli cli;
    QTemporaryDir dir;
    issuedLab(cli, dir);
    // Work after the last checkpoint: its sign-in is in the security log, and its entry records that log's head.
    cli.ok(words("org add --name Later"));
    struct Attack
    {
        const char* name;
        const char* sql;
        const char* kind;
        const char* reason; ///< what the finding must say
    };
    // Where a trigger guards the row, the attacker drops it first; the row log's own triggers stay or go alike.
    const Attack attacks[] = {
        {"a technician made admin", "UPDATE users SET role = 'admin' WHERE name = 'tech';", "domain", "role"},
        {"an admin user inserted",
         "INSERT INTO users (name, full_name, role, password_hash, created_at) SELECT 'mallory', 'M', 'admin', "
         "password_hash, created_at FROM users WHERE name = 'admin';",
         "domain", "users row"},
        {"a verifier card extended", "UPDATE authorisations SET valid_until = '2199-01-01';", "domain", "valid_until"},
        {"a setting changed", "UPDATE settings SET value = '1' WHERE key = 'allow_self_approval';", "domain",
         "settings row allow_self_approval"},
        {"a catalogue cycle changed", "UPDATE instrument_types SET cycle_months = 120 WHERE cycle_months IS NOT NULL;",
         "domain", "cycle_months"},
        {"an MPE rule changed", "UPDATE procedures SET mpe_rule = NULL WHERE mpe_rule IS NOT NULL;", "domain",
         "mpe_rule"},
        {"the scope widened",
         "INSERT OR REPLACE INTO scope (type_code, range_max) SELECT code, '100 t' FROM instrument_types LIMIT 1;",
         "domain", "scope row"},
        {"a used stamp put back", "UPDATE stamps SET status = 'unused', certificate_id = NULL, record_id = NULL;",
         "domain", "stamps row"},
        {"an expired standard made valid", "UPDATE standard_calibrations SET valid_until = '2199-12-31';", "domain",
         "valid_until"},
        {"an issued record's verdict, due date and approver",
         "DROP TRIGGER records_issued_update; UPDATE records SET verdict = 'fail', next_due = '2199-01-01', "
         "approved_by = 1;",
         "domain", "records row"},
        {"an issued certificate's PDF replaced, same length",
         "DROP TRIGGER certificates_no_update; DROP TRIGGER rowlog_certificates_update; UPDATE certificates SET pdf = "
         "zeroblob(length(pdf));",
         "domain", "stored PDF"},
        {"the last signed checkpoint deleted",
         "DROP TRIGGER audit_checkpoints_no_delete; DELETE FROM audit_checkpoints WHERE id = (SELECT max(id) FROM "
         "audit_checkpoints);",
         "chain", "missing"},
        {"the signing key deleted", "DELETE FROM signing_keys;", "chain", "key is missing"},
        {"the signing key replaced",
         "UPDATE signing_keys SET public_key = 'a2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2s=';", "chain",
         "another key"},
        {"the security log's latest events cut off, its trigger put back as it was",
         "DROP TRIGGER security_log_no_delete; DELETE FROM security_log WHERE id > (SELECT security_id FROM "
         "audit_checkpoints ORDER BY id DESC LIMIT 1); CREATE TRIGGER security_log_no_delete BEFORE DELETE ON "
         "security_log BEGIN SELECT RAISE(ABORT, 'the security log is append-only'); END;",
         "chain", "security event"},
        {"a security event rewritten",
         "DROP TRIGGER security_log_no_update; UPDATE security_log SET user_name = 'nobody' WHERE id = 1;", "chain",
         "security log event 1"},
        {"a security event deleted", "DROP TRIGGER security_log_no_delete; DELETE FROM security_log WHERE id = 2;",
         "chain", "security event 2"},
        {"a column default edited through the schema",
         "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'DEFAULT ''draft''', 'DEFAULT "
         "''approved''') WHERE name = 'records'; PRAGMA writable_schema = OFF;",
         "schema", "table records"},
        {"two columns swapped by renaming",
         "ALTER TABLE records RENAME COLUMN approved_by TO x; ALTER TABLE records RENAME COLUMN technician_id TO "
         "approved_by; ALTER TABLE records RENAME COLUMN x TO technician_id;",
         "schema", "records"}, // the table, or first an index on the renamed column
        {"an empty table dropped", "DROP TABLE enrolments;", "schema", "table enrolments is missing"},
        {"an index added", "CREATE INDEX sneaky ON users(role);", "schema", "index sneaky"},
        {"the row log rewritten to match an edit",
         "DROP TRIGGER row_log_no_update; UPDATE users SET role = 'admin' WHERE name = 'tech'; UPDATE row_log SET row "
         "= (SELECT row FROM row_log r WHERE r.id = (SELECT max(id) FROM row_log)) WHERE id = (SELECT max(id) FROM "
         "row_log WHERE tbl = 'users' AND id <= (SELECT max(rows_upto) FROM audit_log) AND row LIKE '%\"tech\"%');",
         "chain", "row changes"},
    };
    // One lab, one fresh copy per attack (sections would build the lab again for each).
    int copies = 0;
    for (const Attack& attack : attacks) {
        INFO(attack.name);
        const QString db = dir.filePath(QStringLiteral("attack-%1.etalon").arg(++copies));
        cli.ok({QStringLiteral("backup"), db}, boss, bossPass);
        sqlite3(db, QString::fromUtf8(attack.sql));
        const Finding f = verify(cli, db);
        INFO(f.reason.toStdString());
        CHECK(f.exit == 3);
        CHECK(f.kind == QString::fromLatin1(attack.kind));
        CHECK(f.reason.contains(QString::fromUtf8(attack.reason)));
    }
}

TEST_CASE("a trigger added behind Etalon's back is removed before it can run inside Etalon's writes",
          "[sqlite][cli][trust][tamper]")
{
    Cli cli;
    QTemporaryDir dir;
    issuedLab(cli, dir);
    sqlite3(cli.db(),
            QStringLiteral("CREATE TRIGGER zz_evil AFTER INSERT ON audit_log BEGIN UPDATE users SET role = "
                           "'admin' WHERE name = 'tech'; END;"));
    cli.ok(words("org add --name Later"));
    CHECK(sqlite3(cli.db(), QStringLiteral("SELECT role FROM users WHERE name = 'tech'")) ==
          QStringLiteral("technician"));
    CHECK(sqlite3(cli.db(), QStringLiteral("SELECT detail FROM security_log WHERE event = 'triggers_removed'")) ==
          QStringLiteral("zz_evil"));
    CHECK(verify(cli, cli.db()).exit == 0);
    // Intact, yet an auditor is told that writes before the removal ran it.
    const QJsonObject json = verifyJson(cli.db());
    const QJsonArray repairs = json.value(QStringLiteral("repairs")).toArray();
    REQUIRE(repairs.size() == 1);
    CHECK(repairs[0][QStringLiteral("event")] == QStringLiteral("triggers_removed"));
    CHECK(repairs[0][QStringLiteral("triggers")] == QJsonArray{QStringLiteral("zz_evil")});
    const QString text = verifyText(cli.db());
    CHECK(text.contains(QStringLiteral("Lab intact: ")));
    CHECK(text.contains(QStringLiteral("Warning: on ")));
    CHECK(text.contains(QStringLiteral("triggers it did not make (zz_evil)")));
    // Told beside a finding as well, when an auditor needs it most.
    sqlite3(cli.db(), QStringLiteral("CREATE INDEX quiet ON readings (verdict);"));
    const QString found = verifyText(cli.db());
    CHECK(found.contains(QStringLiteral("schema was changed")));
    CHECK(found.contains(QStringLiteral("triggers it did not make (zz_evil)")));
}

TEST_CASE("a lab edited behind Etalon's back takes no further entry and prints no altered certificate",
          "[sqlite][cli][trust][tamper]")
{
    Cli cli;
    QTemporaryDir dir;
    issuedLab(cli, dir);
    const QString number = sqlite3(cli.db(), QStringLiteral("SELECT number FROM certificates"));
    const QString genuine = dir.filePath(QStringLiteral("c.pdf"));
    SECTION("an unsealed change is not laundered by the next entry")
    {
        sqlite3(cli.db(), QStringLiteral("UPDATE users SET role = 'admin' WHERE name = 'tech';"));
        const Run refused = cli.run(words("org add --name Later"), boss, bossPass);
        CHECK(refused.exit == 3);
        CHECK(refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
              QStringLiteral("lab_tampered"));
        CHECK(verify(cli, cli.db()).exit == 3);
    }
    SECTION("a PDF swapped with its hash is neither printed nor vouched for")
    {
        QFile fake(dir.filePath(QStringLiteral("fake.pdf")));
        REQUIRE(fake.open(QIODevice::WriteOnly));
        fake.write("%PDF-1.4 forged");
        fake.close();
        sqlite3(cli.db(),
                QStringLiteral("DROP TRIGGER certificates_no_update; UPDATE certificates SET pdf = "
                               "CAST('%PDF-1.4 forged' AS BLOB), sha256 = '%1';")
                    .arg(QString::fromLatin1(
                        QCryptographicHash::hash("%PDF-1.4 forged", QCryptographicHash::Sha256).toHex())));
        const Run print = cli.run({QStringLiteral("certificate"), QStringLiteral("print"), number,
                                   QStringLiteral("--out"), dir.filePath(QStringLiteral("again.pdf"))},
                                  boss, bossPass);
        CHECK(print.exit == 3);
        CHECK(print.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
              QStringLiteral("certificate_tampered"));
        CHECK(
            cli.run({QStringLiteral("certificate"), QStringLiteral("verify"), fake.fileName()}, boss, bossPass).exit ==
            3);
        CHECK(cli.run({QStringLiteral("certificate"), QStringLiteral("verify"), genuine}, boss, bossPass).exit == 3);
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
        // The message is given, and rebuilt from the fields it signs.
        const QByteArray message = c.value(QStringLiteral("message")).toString().toUtf8();
        CHECK(message ==
              AuditLog::checkpointMessage(c.value(QStringLiteral("number")).toInteger(),
                                          c.value(QStringLiteral("entry")).toInteger(),
                                          c.value(QStringLiteral("entry_hash")).toString(),
                                          c.value(QStringLiteral("security_event")).toInteger(),
                                          c.value(QStringLiteral("security_hash")).toString(),
                                          c.value(QStringLiteral("key_fingerprint")).toString()));
        CHECK(c.value(QStringLiteral("key_fingerprint")).toString() == Signing::fingerprint(key));
        const QByteArray signature = QByteArray::fromBase64(c.value(QStringLiteral("signature")).toString().toLatin1());
        CHECK(Signing::verify(message, signature, key));
        CHECK_FALSE(Signing::verify(message + "x", signature, key));
    }
}
