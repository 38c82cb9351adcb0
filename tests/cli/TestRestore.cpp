// SPDX-License-Identifier: Apache-2.0
// A restore replaces the lab: only with a checked copy of the same lab that loses nothing unless told, in one step.
#include "cli/CliHarness.h"
#include "db/Database.h"
#include "db/LabVerifier.h"

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
    CHECK(message(older).contains(QStringLiteral("1 audit entries"))); // the organisation's (the backup holds its own)
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
                                "json_extract(after, '$.entries_lost') = 1")) == 1);
    CHECK(scalar(cli.db(), QStringLiteral("SELECT COUNT(*) FROM security_log WHERE event = 'restore'")) == 1);
    CHECK(cli.ok(words("audit verify")).json.value(QStringLiteral("ok")).toBool());

    // The kept lab's trail and the restored one's part at the restore entry: that is refused too.
    const Run parted = cli.run(restore(forced.json.value(QStringLiteral("kept_as")).toString()));
    CHECK(parted.exit == 3);
    CHECK(code(parted) == QStringLiteral("backup_diverged"));
    CHECK(cli.ok(restore(foreign, "--other-lab")).json.value(QStringLiteral("checked")).toBool());
}

TEST_CASE("a restore killed at any moment leaves the old lab or the restored one at the path, never none",
          "[cli][trust][restore]")
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
