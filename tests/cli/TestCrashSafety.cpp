// SPDX-License-Identifier: Apache-2.0
// Writers killed at random moments (SIGKILL) and writers racing each other: nothing committed is lost,
// nothing half-written appears, and the audit chain still verifies.
#include "db/store/Database.h"
#include "db/trust/LabVerifier.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace Etalon;

namespace {

QProcess* launch(const QString& db, const QStringList& args, QObject* parent = nullptr)
{
    auto* p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Certificates are issued by a manager; everything else here is the admin's.
    const bool issue = args.value(0) == QStringLiteral("certificate");
    env.insert(QStringLiteral("ETALON_USER"), issue ? QStringLiteral("boss") : QStringLiteral("admin"));
    env.insert(QStringLiteral("ETALON_PASSWORD"),
               issue ? QStringLiteral("Song-Lo-Bridge-7") : QStringLiteral("Tuyen-Quang-2030"));
    env.insert(QStringLiteral("ETALON_NEW_PASSWORD"), QStringLiteral("Song-Lo-Bridge-7"));
    env.insert(QStringLiteral("ETALON_SIGNING_PASSPHRASE"), QStringLiteral("sign-pass-123"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(ETALON_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
    return p;
}

int runToEnd(const QString& db, const QStringList& args)
{
    QProcess* p = launch(db, args);
    p->waitForFinished(60000);
    const int code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    delete p;
    return code;
}

qint64 count(Database& db, const QString& sql)
{
    return db.scalar(sql).value_or(QVariant(-1)).toLongLong();
}

} // namespace

TEST_CASE("writers killed at random moments leave a whole, verifiable database", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("crash.etalon"));
    REQUIRE(runToEnd(db,
                     {QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Crash lab"),
                      QStringLiteral("--demo")}) == 0);
    REQUIRE(runToEnd(db,
                     {QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Owner")}) == 0);
    REQUIRE(runToEnd(db,
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"), QStringLiteral("--role"),
                      QStringLiteral("manager"), QStringLiteral("--full-name"), QStringLiteral("Boss")}) == 0);
    // An import file of 300 organisations: each import stores all of them or none.
    const QString importFile = dir.filePath(QStringLiteral("orgs.csv"));
    const auto writeImport = [&](int i) {
        QFile f(importFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("name,commune\n");
        for (int row = 0; row < 300; ++row)
            f.write(QStringLiteral("Import %1 row %2,Xã Tân Trào\n").arg(i).arg(row).toUtf8());
    };
    const auto approvedRecord = [&]() -> QString {
        Database peek;
        if (!peek.open(db, false))
            return {};
        return peek.scalar(QStringLiteral("SELECT id FROM records WHERE status = 'approved' ORDER BY random() LIMIT 1"))
            .value_or(QVariant())
            .toString();
    };
    // Approved records to certify exist from the start, whatever the kills below leave of later demo runs.
    REQUIRE(runToEnd(db,
                     {QStringLiteral("demo"), QStringLiteral("--instruments"), QStringLiteral("40"),
                      QStringLiteral("--records"), QStringLiteral("400"), QStringLiteral("--seed"),
                      QStringLiteral("1")}) == 0);
    REQUIRE(
        runToEnd(db,
                 {QStringLiteral("stamp"), QStringLiteral("receive"), QStringLiteral("--series"), QStringLiteral("S0"),
                  QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("500")}) == 0);
    QRandomGenerator random(20261125);
    QStringList committedOrganisations;
    // The first certificate issues run to their end, so certificates are in the lab however loaded the machine
    // is: the checks below then hold for issued ones and for killed ones alike.
    int wholeIssues = 0;
    int kills = 0;
    // Until at least 200 writers were killed mid-flight (a few finish first, depending on the moment drawn).
    for (int i = 0; kills < 200 && i < 800; ++i) {
        QStringList args;
        const QString record = i % 5 == 4 ? approvedRecord() : QString();
        switch (record.isEmpty() && i % 5 == 4 ? 2 : i % 5) {
        case 0:
            args = {QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("Org %1").arg(i)};
            break;
        case 1:
            args = {QStringLiteral("stamp"),      QStringLiteral("receive"), QStringLiteral("--series"),
                    QStringLiteral("S%1").arg(i), QStringLiteral("--from"),  QStringLiteral("1"),
                    QStringLiteral("--to"),       QStringLiteral("500")};
            break;
        case 2:
            args = {QStringLiteral("demo"),      QStringLiteral("--instruments"), QStringLiteral("40"),
                    QStringLiteral("--records"), QStringLiteral("400"),           QStringLiteral("--seed"),
                    QString::number(i)};
            break;
        case 3:
            writeImport(i);
            args = {QStringLiteral("import"), QStringLiteral("organisations"), importFile};
            break;
        default:
            args = {QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"),
                    dir.filePath(QStringLiteral("c%1.pdf").arg(i))};
            break;
        }
        QProcess* p = launch(db, args);
        REQUIRE(p->waitForStarted());
        QThread::msleep(random.bounded(60, 420));
        const bool runWhole = args.value(0) == QStringLiteral("certificate") && wholeIssues < 3;
        if (runWhole) {
            p->waitForFinished(60000);
            INFO(p->readAllStandardError().toStdString());
            CHECK(p->exitCode() == 0);
            ++wholeIssues;
        }
        const bool killed = p->state() == QProcess::Running;
        if (killed) {
            p->kill(); // SIGKILL: no clean-up, no rollback by the process itself
            ++kills;
        }
        p->waitForFinished(60000);
        const bool succeeded = !killed && p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0;
        delete p;
        if (succeeded && args.value(0) == QStringLiteral("org"))
            committedOrganisations.append(QStringLiteral("Org %1").arg(i));
    }
    CHECK(kills >= 200);

    Database check;
    REQUIRE(check.open(db, false));
    CHECK(check.scalar(QStringLiteral("PRAGMA integrity_check"))->toString() == QStringLiteral("ok"));
    auto audit = verifyLab(check);
    REQUIRE(audit);
    INFO((audit->firstBreak           ? audit->firstBreak->reason
              : audit->domainMismatch ? audit->domainMismatch->reason
                                      : audit->corruption)
             .toStdString());
    CHECK(audit->intact());
    // Every reported success is there; every transaction is there whole or not at all.
    for (const QString& name : committedOrganisations) {
        INFO(name.toStdString());
        CHECK(check.scalar(QStringLiteral("SELECT COUNT(*) FROM organisations WHERE name = ?"), {name})->toInt() == 1);
    }
    CHECK(count(check,
                QStringLiteral("SELECT COUNT(*) FROM (SELECT series, COUNT(*) AS n FROM stamps GROUP BY series "
                               "HAVING n <> 500)")) == 0);
    CHECK(count(check, QStringLiteral("SELECT COUNT(*) FROM records")) % 400 == 0);
    CHECK(count(check, QStringLiteral("SELECT COUNT(*) FROM readings")) ==
          count(check, QStringLiteral("SELECT COUNT(*) FROM records")));
    CHECK(count(check, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'stamp.receive'")) ==
          count(check, QStringLiteral("SELECT COUNT(DISTINCT series) FROM stamps")));
    CHECK(count(check, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'demo.generate'")) * 400 ==
          count(check, QStringLiteral("SELECT COUNT(*) FROM records")));
    // Imports: each file whole or not at all, with its summary entry.
    CHECK(count(check, QStringLiteral("SELECT COUNT(*) FROM organisations WHERE name LIKE 'Import %'")) ==
          300 * count(check, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import.organisations'")));
    // Certificates: each with its audit entry, its record issued, its stamp used, its PDF stored.
    const qint64 certificates = count(check, QStringLiteral("SELECT COUNT(*) FROM certificates"));
    CHECK(wholeIssues == 3);
    CHECK(certificates >= wholeIssues);
    CHECK(count(check, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'certificate.issue'")) ==
          certificates);
    CHECK(count(check, QStringLiteral("SELECT COUNT(*) FROM records WHERE status = 'issued'")) == certificates);
    CHECK(count(check, QStringLiteral("SELECT COUNT(*) FROM certificates WHERE pdf IS NULL OR length(pdf) = 0")) == 0);
}

TEST_CASE("two writers at once lose nothing and never show a locked database", "[cli][concurrency]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("race.etalon"));
    REQUIRE(runToEnd(db,
                     {QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Race lab"),
                      QStringLiteral("--demo")}) == 0);
    int failures = 0;
    for (int round = 0; round < 12; ++round) {
        QList<QProcess*> writers;
        for (int w = 0; w < 2; ++w)
            writers.append(launch(db,
                                  {QStringLiteral("demo"), QStringLiteral("--instruments"), QStringLiteral("60"),
                                   QStringLiteral("--records"), QStringLiteral("300"), QStringLiteral("--seed"),
                                   QString::number(round * 2 + w)}));
        for (QProcess* p : writers) {
            p->waitForFinished(120000);
            if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
                ++failures;
                INFO(QString::fromUtf8(p->readAllStandardError()).toStdString());
                CHECK(p->exitCode() == 0);
            }
            delete p;
        }
    }
    CHECK(failures == 0);
    Database check;
    REQUIRE(check.open(db, false));
    CHECK(count(check, QStringLiteral("SELECT COUNT(*) FROM records")) == 24 * 300);
    auto audit = verifyLab(check);
    REQUIRE(audit);
    INFO((audit->firstBreak           ? audit->firstBreak->reason
              : audit->domainMismatch ? audit->domainMismatch->reason
                                      : audit->corruption)
             .toStdString());
    CHECK(audit->intact());
}
