// SPDX-License-Identifier: Apache-2.0
// A restore replaces the lab: only with a checked copy of the same lab that loses nothing unless told, in one step.
#include "cli/CliHarness.h"
#include "db/store/Database.h"
#include "db/trust/LabVerifier.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

QString code(const Run& r)
{
    return r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString message(const Run& r)
{
    return r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

qint64 scalar(const QString& path, const QString& sql)
{
    Database db;
    REQUIRE(db.open(path, false));
    return db.scalar(sql)->toLongLong();
}

QStringList restore(const QString& backup, const char* extra = nullptr)
{
    QStringList args{QStringLiteral("restore"), backup};
    if (extra)
        args.append(QString::fromLatin1(extra));
    return args;
}

} // namespace

TEST_CASE("a restore takes only a backup of the same lab that loses nothing, unless told, and records itself",
          "[cli][trust][restore]")
{
    Cli cli;
    QTemporaryDir dir;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab A")});
    const QString early = dir.filePath(QStringLiteral("early.etalon"));
    cli.ok({QStringLiteral("backup"), early});
    cli.ok(words("org add --name Later"));
    const qint64 entries = scalar(cli.db(), QStringLiteral("SELECT max(id) FROM audit_log"));

    // Older than the lab: refused, saying how much would be lost; the lab is untouched.
    const Run older = cli.run(restore(early));
    CHECK(older.exit == 3);
    CHECK(code(older) == QStringLiteral("backup_older"));
    CHECK(message(older).contains(
        QStringLiteral("the 1 audit entry made since"))); // the organisation's (the backup holds its own)
    CHECK(scalar(cli.db(), QStringLiteral("SELECT max(id) FROM audit_log")) == entries);

    // Another lab's backup: refused unless said.
    Cli other;
    other.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab B")});
    const QString foreign = dir.filePath(QStringLiteral("other.etalon"));
    other.ok({QStringLiteral("backup"), foreign});
    const Run stranger = cli.run(restore(foreign));
    CHECK(stranger.exit == 3);
    CHECK(code(stranger) == QStringLiteral("other_lab"));
    CHECK(message(stranger).contains(QStringLiteral("Lab B")));

    // Forced: the lab becomes the backup plus an entry that says so, in the trail and the security log.
    const Run forced = cli.ok(restore(early, "--force"));
    CHECK(forced.json.value(QStringLiteral("entries_lost")).toInteger() == 1);
    CHECK(QFileInfo::exists(forced.json.value(QStringLiteral("kept_as")).toString()));
    CHECK(scalar(cli.db(), QStringLiteral("SELECT COUNT(*) FROM organisations WHERE name = 'Later'")) == 0);
    CHECK(scalar(cli.db(),
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'lab.restore' AND "
                                "after LIKE '%\"entries_lost\":1,%'")) == 1);
    CHECK(scalar(cli.db(), QStringLiteral("SELECT COUNT(*) FROM security_log WHERE event = 'restore'")) == 1);
    CHECK(cli.ok(words("audit verify")).json.value(QStringLiteral("ok")).toBool());

    // The kept lab's trail and the restored one's part at the restore entry: that is refused too.
    const Run parted = cli.run(restore(forced.json.value(QStringLiteral("kept_as")).toString()));
    CHECK(parted.exit == 3);
    CHECK(code(parted) == QStringLiteral("backup_diverged"));
    CHECK(cli.ok(restore(foreign, "--other-lab")).json.value(QStringLiteral("checked")).toBool());
}

TEST_CASE("a restore killed at any moment leaves the old lab or the restored one at the path, never none",
          "[sqlite][cli][trust][restore]")
{
    Cli cli;
    QTemporaryDir dir;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    for (int i = 0; i < 20; ++i)
        cli.ok(
            {QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Org %1").arg(i)});
    const QString backup = dir.filePath(QStringLiteral("b.etalon"));
    cli.ok({QStringLiteral("backup"), backup});
    QRandomGenerator random(2026);
    int killed = 0;
    for (int round = 0; round < 12; ++round) {
        cli.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("Round %1").arg(round)});
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(QStringLiteral(ETALON_CLI_PATH),
                {QStringLiteral("--db"), cli.db(), QStringLiteral("--json"), QStringLiteral("restore"), backup,
                 QStringLiteral("--force")});
        REQUIRE(p.waitForStarted());
        QThread::msleep(random.bounded(0, 400));
        if (p.state() == QProcess::Running) {
            p.kill();
            ++killed;
        }
        p.waitForFinished(60000);
        INFO("round " << round);
        REQUIRE(QFileInfo::exists(cli.db()));
        Database db;
        REQUIRE(db.open(cli.db(), false));
        auto v = verifyLab(db);
        REQUIRE(v);
        CHECK(v->intact());
        const qint64 restores = db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                         "'lab.restore'"))
                                    ->toLongLong();
        const qint64 rounds = db.scalar(QStringLiteral("SELECT COUNT(*) FROM organisations WHERE name = ?"),
                                        {QStringLiteral("Round %1").arg(round)})
                                  ->toLongLong();
        // Either still the old lab (this round's organisation there, no restore since) or the backup restored.
        CHECK(((rounds == 1) || (restores == 1 && rounds == 0)));
    }
    CHECK(killed > 0);
}

TEST_CASE("a restore reads the backup through SQLite and never changes it: a read-only backup, a copy still open "
          "elsewhere with its WAL",
          "[sqlite][cli][trust][restore]")
{
    Cli cli;
    QTemporaryDir dir;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab A")});
    const QString copy = dir.filePath(QStringLiteral("copy.etalon"));
    cli.ok({QStringLiteral("backup"), copy});
    const auto labPermissions = QFile::permissions(cli.db());

    // A copy opened as a lab elsewhere, written to, still open: its last writes are only in its WAL.
    {
        Database elsewhere;
        REQUIRE(elsewhere.open(copy, false));
        REQUIRE(elsewhere.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        Cli other(copy);
        other.ok(words("org add --name In-the-WAL"));
        REQUIRE(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
        cli.ok(restore(copy));
        CHECK(scalar(cli.db(), QStringLiteral("SELECT COUNT(*) FROM organisations WHERE name = 'In-the-WAL'")) == 1);
    }
    CHECK(QFile::permissions(cli.db()) == labPermissions);
}

TEST_CASE("a restore leaves a backup that may not be written as it was to the byte, with nothing beside it",
          "[cli][trust][restore]")
{
    Cli cli;
    QTemporaryDir dir;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab A")});
    const QString frozen = dir.filePath(QStringLiteral("frozen.etalon"));
    cli.ok({QStringLiteral("backup"), frozen});
    REQUIRE(QFile::setPermissions(frozen, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    QFile file(frozen);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    cli.ok(restore(frozen));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    CHECK_FALSE(QFileInfo::exists(frozen + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(frozen + QStringLiteral("-shm")));
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}).exit == 0);
    cli.ok(words("org add --name After"));
}

namespace {

/** Overwrites the end of every seventh page of \a path, as a failing disk would. */
void damage(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    REQUIRE(pages > 14);
    for (qint64 page = 2; page < pages; page += 7) {
        file.seek(page * 4096 + 3000);
        file.write(QByteArray(1000, '\x5a'));
    }
}

} // namespace

TEST_CASE("a damaged lab is told as damaged and can be replaced by its backup; a damaged backup is named as such",
          "[sqlite][cli][trust][restore]")
{
    Cli cli;
    QTemporaryDir dir;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab A")});
    for (int i = 0; i < 40; ++i)
        cli.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("Công ty số %1 với một cái tên khá dài để lấp đầy các trang").arg(i)});
    const QString good = dir.filePath(QStringLiteral("good.etalon"));
    cli.ok({QStringLiteral("backup"), good});

    const QString broken = dir.filePath(QStringLiteral("broken.etalon"));
    REQUIRE(QFile::copy(good, broken));
    damage(broken);
    const Run refused = cli.run(restore(broken));
    CHECK(refused.exit == 3);
    CHECK(code(refused) == QStringLiteral("corrupt_backup"));
    CHECK(message(refused).contains(broken));

    damage(cli.db());
    const Run verified = cli.run({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verified.exit == 3);
    CHECK(code(verified) == QStringLiteral("lab_corrupt"));
    cli.ok(restore(good));
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}).exit == 0);
    CHECK(scalar(cli.db(), QStringLiteral("SELECT COUNT(*) FROM organisations")) == 41);
}

TEST_CASE("the security events since the backup stay on record through a restore", "[cli][trust][restore]")
{
    Cli cli;
    QTemporaryDir dir;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab A")});
    const QString early = dir.filePath(QStringLiteral("early.etalon"));
    cli.ok({QStringLiteral("backup"), early});
    QThread::msleep(5); // later than the backup's last event, to the millisecond
    for (int i = 0; i < 3; ++i)
        CHECK(cli.run({QStringLiteral("org"), QStringLiteral("list")}, QStringLiteral("admin"),
                      QStringLiteral("guess-%1").arg(i))
                  .exit == 4);
    cli.ok({QStringLiteral("restore"), early, QStringLiteral("--force")});
    CHECK(scalar(cli.db(),
                 QStringLiteral("SELECT COUNT(*) FROM security_log WHERE event = 'sign-in-failed' AND "
                                "detail LIKE '%kept from the lab the restore replaced%'")) == 3);
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}).exit == 0);
}
