// SPDX-License-Identifier: Apache-2.0
// A lab on a PostgreSQL server: moved there from a file and back, backed up to a file and restored, its append-only
// tables out of the application role's reach, and an edit made with psql found by audit verify. These run on the
// test server only ([postgres]).
#include "CliHarness.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QUuid>

using namespace Etalon::Test;

namespace {

QString errorCode(const Run& r)
{
    return r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString issue(const Cli& cli, const QString& record, const QString& pdf)
{
    return cli
        .ok({QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"), pdf}, boss,
            bossPass)
        .json.value(QStringLiteral("number"))
        .toString();
}

void verified(const Cli& cli, const QString& pdf, const QString& number)
{
    const Run check = cli.ok({QStringLiteral("certificate"), QStringLiteral("verify"), pdf}, boss, bossPass);
    CHECK(check.json.value(QStringLiteral("verdict")).toString() == QStringLiteral("valid"));
    CHECK(check.json.value(QStringLiteral("number")).toString() == number);
}

bool intact(const Cli& cli)
{
    const Run r = cli.run({QStringLiteral("audit"), QStringLiteral("verify")});
    UNSCOPED_INFO(r.out.toStdString() << r.err.toStdString());
    return r.json.value(QStringLiteral("ok")).toBool();
}

/** Runs \a sql with psql on the server lab at \a uri, as the test server's superuser (the owner here). */
QString psql(const QString& uri, const QString& sql, int* exit = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), uri, QStringLiteral("-c"), sql});
    REQUIRE(p.waitForFinished(60000));
    if (exit)
        *exit = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

} // namespace

TEST_CASE("a lab moves from a file onto a server and back: the chain verifies, certificates verify, numbering goes on",
          "[cli][server][postgres]")
{
    REQUIRE(testOnServer());
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    QTemporaryDir dir;
    const Cli file(dir.filePath(QStringLiteral("lab.etalon")));
    const LabSetup lab = setUpLab(file, QStringLiteral("Customer"));
    file.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("allow_self_approval"),
             QStringLiteral("1")});
    const QString pdf = dir.filePath(QStringLiteral("first.pdf"));
    const QString first = issue(file, approvedCalibration(file, lab), pdf);

    TemporaryLabLocation place;
    const Cli server(place.location());
    // Only the lab's admin moves it, and only into an empty database or a new file.
    CHECK(
        file.run({QStringLiteral("migrate"), QStringLiteral("--from"), file.db(), QStringLiteral("--to"), server.db()},
                 boss, bossPass)
            .exit == 4);
    const Run moved =
        file.ok({QStringLiteral("migrate"), QStringLiteral("--from"), file.db(), QStringLiteral("--to"), server.db()});
    CHECK(moved.json.value(QStringLiteral("checked")).toBool());
    CHECK(moved.json.value(QStringLiteral("certificates")).toInt() == 1);
    const Run again =
        file.run({QStringLiteral("migrate"), QStringLiteral("--from"), file.db(), QStringLiteral("--to"), server.db()});
    CHECK(again.exit == 3);
    CHECK(errorCode(again) == QStringLiteral("target_not_empty"));
    // The lab left behind is read, never changed beside its copy: no second number 0002 can come from it.
    CHECK(intact(file));
    const Run stale = file.run(
        {QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Left behind")});
    CHECK(stale.exit == 3);
    CHECK(errorCode(stale) == QStringLiteral("lab_moved"));

    CHECK(intact(server));
    verified(server, pdf, first);
    const QString second = issue(server, approvedCalibration(server, lab), dir.filePath(QStringLiteral("second.pdf")));
    CHECK(second != first);
    CHECK(second.left(4).toInt() == first.left(4).toInt() + 1);

    const QString back = dir.filePath(QStringLiteral("back.etalon"));
    server.ok({QStringLiteral("migrate"), QStringLiteral("--from"), server.db(), QStringLiteral("--to"), back});
    const Cli returned(back);
    CHECK(intact(returned));
    verified(returned, pdf, first);
    verified(returned, dir.filePath(QStringLiteral("second.pdf")), second);
    const Run exists =
        server.run({QStringLiteral("migrate"), QStringLiteral("--from"), server.db(), QStringLiteral("--to"), back});
    CHECK(errorCode(exists) == QStringLiteral("file_exists"));
}

TEST_CASE("a server lab's backup is a lab file any PC opens, and restores onto an empty server database",
          "[cli][server][postgres]")
{
    REQUIRE(testOnServer());
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    Cli server;
    const LabSetup lab = setUpLab(server, QStringLiteral("Customer"));
    server.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("allow_self_approval"),
               QStringLiteral("1")});
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("issued.pdf"));
    const QString number = issue(server, approvedCalibration(server, lab), pdf);
    const QString copy = dir.filePath(QStringLiteral("daily.etalon"));
    const Run made = server.ok({QStringLiteral("backup"), copy});
    CHECK(made.json.value(QStringLiteral("checked")).toBool());

    const Cli backup(copy);
    CHECK(intact(backup));
    verified(backup, pdf, number);

    TemporaryLabLocation place;
    const Cli restored(place.location());
    const Run r = restored.ok({QStringLiteral("restore"), copy});
    CHECK(r.json.value(QStringLiteral("checked")).toBool());
    CHECK(intact(restored));
    verified(restored, pdf, number);
}

TEST_CASE("on a server the application's role cannot change what is append-only, and psql edits are found",
          "[cli][server][postgres]")
{
    REQUIRE(testOnServer());
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    Cli server;
    const LabSetup lab = setUpLab(server, QStringLiteral("Customer"));
    server.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("allow_self_approval"),
               QStringLiteral("1")});
    QTemporaryDir dir;
    issue(server, approvedCalibration(server, lab), dir.filePath(QStringLiteral("issued.pdf")));

    // The README's grants, to a role of this test's own.
    const QString role = QStringLiteral("etalon_app_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    int exit = -1;
    psql(server.db(),
         QStringLiteral("CREATE ROLE %1 LOGIN; GRANT USAGE ON SCHEMA public TO %1; GRANT SELECT, INSERT, UPDATE, "
                        "DELETE ON ALL TABLES IN SCHEMA public TO %1; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public "
                        "TO %1; REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, audit_checkpoints, security_log, "
                        "row_log, certificate_events, certificates, etalon_schema FROM %1; REVOKE DELETE, TRUNCATE "
                        "ON stamps FROM %1")
             .arg(role),
         &exit);
    REQUIRE(exit == 0);
    QString app = server.db();
    app.replace(QRegularExpression(QStringLiteral("^postgresql://[^@/]*@")),
                QStringLiteral("postgresql://%1@").arg(role));
    const Cli desk(app);
    CHECK(desk.ok({QStringLiteral("audit"), QStringLiteral("verify")}).json.value(QStringLiteral("ok")).toBool());
    desk.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Another")});
    // Even with the triggers gone, the role may not rewrite the trail.
    psql(server.db(), QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
    const QString refused = psql(app, QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 2"), &exit);
    CHECK(exit != 0);
    CHECK(refused.contains(QStringLiteral("permission denied")));
    psql(app, QStringLiteral("TRUNCATE row_log"), &exit);
    CHECK(exit != 0);

    // The owner can, with the triggers set aside: audit verify names the entry.
    psql(server.db(), QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 2"), &exit);
    REQUIRE(exit == 0);
    psql(server.db(), QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER"));
    const Run broken = server.run({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK_FALSE(broken.json.value(QStringLiteral("ok")).toBool());
    CHECK(broken.out.contains(QStringLiteral("entry 2")));

    // A domain row changed with its triggers set aside is found too.
    Cli fresh;
    setUpLab(fresh, QStringLiteral("Customer"));
    psql(fresh.db(),
         QStringLiteral("ALTER TABLE instruments DISABLE TRIGGER USER; UPDATE instruments SET serial = "
                        "'FORGED'; ALTER TABLE instruments ENABLE TRIGGER USER"),
         &exit);
    REQUIRE(exit == 0);
    const Run edited = fresh.run({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK_FALSE(edited.json.value(QStringLiteral("ok")).toBool());
    CHECK(edited.out.contains(QStringLiteral("FORGED")));
    psql(server.db(), QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(role));
}

TEST_CASE("a lab whose owner is no superuser is backed up and restored without a word about the server's own tables",
          "[cli][server][postgres]")
{
    REQUIRE(testOnServer());
    PasswordServerDatabase owned;
    qputenv("PGPASSWORD", PasswordServerDatabase::password);
    const Cli server(owned.uri());
    server.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Owned")});
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("daily.etalon"));
    server.ok({QStringLiteral("backup"), copy});
    const Run restored = server.ok({QStringLiteral("restore"), copy});
    qunsetenv("PGPASSWORD");
    CHECK(restored.json.value(QStringLiteral("checked")).toBool());
    // Only the lab's own tables are analysed after the rows are put back: the system's are the superuser's.
    CHECK_FALSE(restored.err.contains(QStringLiteral("skipping")));
    CHECK_FALSE(restored.err.contains(QStringLiteral("superuser")));
}
