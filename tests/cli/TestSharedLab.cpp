// SPDX-License-Identifier: Apache-2.0
// One lab, several programs: what one process does to the lab's files must never make another's writes vanish.
#include "cli/CliHarness.h"
#include "db/lab/Lab.h"
#include "db/lab/UserService.h"
#include "db/registry/RegistryService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <filesystem>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

QStringList organisationNames(const Cli& cli)
{
    QStringList names;
    const Run list = cli.ok({QStringLiteral("org"), QStringLiteral("list")});
    for (const QJsonValue& v : list.json.value(QStringLiteral("items")).toArray())
        names.append(v.toObject().value(QStringLiteral("name")).toString());
    return names;
}

Organisation named(const char* name)
{
    Organisation o;
    o.name = QString::fromUtf8(name);
    return o;
}

/** This process holding the lab open and signed in as its admin, as the desktop window does. */
struct Window
{
    explicit Window(const QString& path)
    {
        REQUIRE(db.open(path, false));
        auto signedIn = UserService(lab).signIn(QStringLiteral("admin"), QStringLiteral("Tuyen-Quang-2030"));
        REQUIRE(signedIn);
        admin = *signedIn;
    }
    Database db;
    Lab lab{db};
    Session admin;
};

/**
 * Some component of this process opens and closes the lab file, as a file dialog sniffing its type did. On POSIX
 * systems that drops every lock SQLite holds on the file in this process.
 */
void sniff(const QString& path)
{
    QFile sniffed(path);
    REQUIRE(sniffed.open(QIODevice::ReadOnly));
    (void)sniffed.read(100);
}

} // namespace

TEST_CASE("a write after another program took the lab's WAL away is refused, the lab reopened, nothing lost",
          "[sqlite][cli][shared]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    Window window(cli.db());
    RegistryService registry(window.lab);
    REQUIRE(registry.addOrganisation(window.admin, named("Written before")));

    sniff(cli.db());
    // Another program then sees no one else on the lab and removes its WAL when it closes.
    cli.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("From the CLI")});

    auto write = registry.addOrganisation(window.admin, named("Written after"));
#ifdef Q_OS_UNIX
    REQUIRE_FALSE(write);
    CHECK(write.error().code == QStringLiteral("lab_files_changed"));
    CHECK(write.error().message.contains(QStringLiteral("-wal")));
    // The lab was opened again: the same write now lands where every program sees it.
    write = registry.addOrganisation(window.admin, named("Written after"));
#endif
    REQUIRE(write);
    const QStringList names = organisationNames(cli);
    CHECK(names.contains(QStringLiteral("Written before")));
    CHECK(names.contains(QStringLiteral("From the CLI")));
    CHECK(names.contains(QStringLiteral("Written after")));
    cli.ok({QStringLiteral("audit"), QStringLiteral("verify")});
    // And this process sees the other's write.
    auto seen = registry.organisations();
    REQUIRE(seen);
    CHECK(std::any_of(seen->cbegin(), seen->cend(),
                      [](const Organisation& o) { return o.name == QStringLiteral("From the CLI"); }));
}

TEST_CASE("no command reads or writes the open lab's own files, named directly or through a link",
          "[sqlite][cli][shared]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    cli.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Kept")});
    const QDir folder = QFileInfo(cli.db()).dir();
    const QString link = folder.filePath(QStringLiteral("looks-like.csv"));
    REQUIRE(QFile::link(cli.db(), link));
    // The same file under a second name, as a hard link (or a bind mount) gives it.
    const QString hard = folder.filePath(QStringLiteral("hard.csv"));
    std::error_code linked;
    std::filesystem::create_hard_link(QFileInfo(cli.db()).filesystemFilePath(), QFileInfo(hard).filesystemFilePath(),
                                      linked);
    REQUIRE_FALSE(linked);
    const QList<QStringList> commands{
        {QStringLiteral("export"), QStringLiteral("organisations"), cli.db()},
        {QStringLiteral("export"), QStringLiteral("organisations"), cli.db() + QStringLiteral("-wal")},
        {QStringLiteral("export"), QStringLiteral("organisations"), link},
        {QStringLiteral("export"), QStringLiteral("organisations"), hard},
        {QStringLiteral("import"), QStringLiteral("organisations"), hard},
        {QStringLiteral("due"), QStringLiteral("--csv"), link},
        {QStringLiteral("import"), QStringLiteral("organisations"), link},
        {QStringLiteral("certificate"), QStringLiteral("verify"), cli.db()},
        {QStringLiteral("settings"), QStringLiteral("set-logo"), cli.db()},
    };
    for (const QStringList& args : commands) {
        const Run r = cli.run(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
        CHECK(r.exit == 2);
        CHECK(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
              QStringLiteral("lab_file"));
    }
    CHECK(organisationNames(cli).contains(QStringLiteral("Kept")));
    cli.ok({QStringLiteral("audit"), QStringLiteral("verify")});
}

TEST_CASE("closing a lab whose WAL another program took away writes nothing back over the others' work",
          "[sqlite][cli][shared]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    {
        Window window(cli.db());
        RegistryService registry(window.lab);
        REQUIRE(registry.addOrganisation(window.admin, named("Written by the window")));
        sniff(cli.db());
        for (const char* name : {"First from the CLI", "Second from the CLI"})
            cli.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QString::fromUtf8(name)});
            // A write now is refused (and the lab reopened); closing must copy nothing back into the lab.
#ifdef Q_OS_UNIX
        CHECK_FALSE(registry.addOrganisation(window.admin, named("Refused")));
#endif
    }
    const QStringList names = organisationNames(cli);
    CHECK(names.contains(QStringLiteral("Written by the window")));
    CHECK(names.contains(QStringLiteral("First from the CLI")));
    CHECK(names.contains(QStringLiteral("Second from the CLI")));
    CHECK_FALSE(names.contains(QStringLiteral("Refused")));
    cli.ok({QStringLiteral("audit"), QStringLiteral("verify")});
}

TEST_CASE("an output that cannot be written leaves no file; a certificate is not issued towards a folder that is "
          "not there",
          "[cli][outputs]")
{
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    Cli cli;
    const LabSetup setup = setUpLab(cli, QStringLiteral("Customer"));
    cli.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("allow_self_approval"),
            QStringLiteral("1")});
    const QString record = approvedCalibration(cli, setup);
    QTemporaryDir dir;
    const QString missingFolder = dir.filePath(QStringLiteral("not-there/x.pdf"));

    const Run exported = cli.run({QStringLiteral("export"), QStringLiteral("instruments"), missingFolder});
    CHECK(exported.exit == 2);
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    // Two outputs: the second cannot be written, so neither is.
    const Run report = cli.run({QStringLiteral("report"), QStringLiteral("annual"), QStringLiteral("--year"),
                                QStringLiteral("2026"), QStringLiteral("--out"), dir.filePath(QStringLiteral("r.pdf")),
                                QStringLiteral("--csv"), missingFolder},
                               boss, bossPass);
    CHECK(report.exit == 2);
    CHECK(report.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("csv"));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    const Run refused = cli.run(
        {QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"), missingFolder}, boss,
        bossPass);
    CHECK(refused.exit == 2);
    CHECK(refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("out"));
    CHECK(cli.ok({QStringLiteral("certificate"), QStringLiteral("list")})
              .json.value(QStringLiteral("items"))
              .toArray()
              .isEmpty());
    // Named rightly, the same record is issued.
    cli.ok({QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"),
            dir.filePath(QStringLiteral("x.pdf"))},
           boss, bossPass);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
    CHECK(cli.ok({QStringLiteral("certificate"), QStringLiteral("list")})
              .json.value(QStringLiteral("items"))
              .toArray()
              .size() == 1);
}

TEST_CASE("the daily backup never prunes the file that is open as the lab", "[sqlite][cli][shared]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    QTemporaryDir dir;
    // An old daily copy opened as the lab itself, as someone restoring by hand would.
    const QString old = dir.filePath(QStringLiteral("etalon-daily-2020-01-01.etalon"));
    REQUIRE(QFile::copy(cli.db(), old));
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(QStringLiteral(ETALON_CLI_PATH),
            {QStringLiteral("--db"), old, QStringLiteral("backup"), QStringLiteral("--daily"), dir.path(),
             QStringLiteral("--keep-days"), QStringLiteral("7")});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(QFileInfo::exists(old));
}

TEST_CASE("a backup that cannot be made leaves no file and says why; a restore never takes the lab's own file or an "
          "empty one",
          "[sqlite][cli][outputs]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    QTemporaryDir dir;
    const Run nowhere = cli.run({QStringLiteral("backup"), dir.filePath(QStringLiteral("not-there/b.etalon"))});
    CHECK(nowhere.exit == 2);
    CHECK(nowhere.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("file"));
    const Run itself = cli.run({QStringLiteral("backup"), cli.db()});
    CHECK(itself.exit == 2);
    CHECK(itself.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("lab_file"));

    const QString hard = dir.filePath(QStringLiteral("same.etalon"));
    std::error_code linked;
    std::filesystem::create_hard_link(QFileInfo(cli.db()).filesystemFilePath(), QFileInfo(hard).filesystemFilePath(),
                                      linked);
    REQUIRE_FALSE(linked);
    const QString empty = dir.filePath(QStringLiteral("empty.etalon"));
    REQUIRE(QFile(empty).open(QIODevice::WriteOnly));
    for (const QString& source : {cli.db(), hard, empty}) {
        const Run restored = cli.run({QStringLiteral("restore"), source});
        INFO(source.toStdString() << " " << restored.out.toStdString());
        CHECK(restored.exit == 2);
        CHECK(restored.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
              QStringLiteral("file"));
    }
    CHECK(QFileInfo(empty).size() == 0);
    cli.ok({QStringLiteral("audit"), QStringLiteral("verify")});
}

TEST_CASE("an input that is not a regular file, or a key file holding no key, is refused before it is read",
          "[cli][outputs]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
#ifdef Q_OS_UNIX
    // A device has no end: reading it whole would exhaust the memory.
    for (const QStringList& args :
         QList<QStringList>{{QStringLiteral("certificate"), QStringLiteral("verify"), QStringLiteral("/dev/zero")},
                            {QStringLiteral("settings"), QStringLiteral("set-logo"), QStringLiteral("/dev/zero")},
                            {QStringLiteral("import"), QStringLiteral("organisations"), QStringLiteral("/dev/zero")},
                            {QStringLiteral("uncertainty"), QStringLiteral("/dev/zero")}}) {
        const Run r = cli.run(args);
        INFO(args.join(u' ').toStdString());
        CHECK(r.exit == 2);
    }
#endif
    QTemporaryDir dir;
    const QString notAKey = dir.filePath(QStringLiteral("notes.txt"));
    QFile notes(notAKey);
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("just some notes\n");
    notes.close();
    const Run qr = cli.run({QStringLiteral("certificate"), QStringLiteral("verify-qr"), QStringLiteral("ETALON1|x"),
                            QStringLiteral("--public-key"), notAKey});
    CHECK(qr.exit == 2);
    CHECK(qr.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("public-key"));
}

TEST_CASE("thirty wrong passwords tried in parallel lock the account", "[cli][security]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    QList<QProcess*> attempts;
    for (int i = 0; i < 30; ++i) {
        auto* p = new QProcess;
        p->setProcessEnvironment(cliEnvironment(QStringLiteral("admin"), QStringLiteral("wrong-%1").arg(i)));
        p->start(QStringLiteral(ETALON_CLI_PATH),
                 {QStringLiteral("--db"), cli.db(), QStringLiteral("org"), QStringLiteral("list")});
        attempts.append(p);
    }
    int refused = 0;
    for (QProcess* p : attempts) {
        REQUIRE(p->waitForFinished(120000));
        refused += p->exitCode() == 4 ? 1 : 0;
        delete p;
    }
    CHECK(refused == 30);
    // The right password is refused now, and the message says the account is locked.
    const Run locked = cli.run({QStringLiteral("org"), QStringLiteral("list")});
    CHECK(locked.exit == 4);
    CHECK(locked.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("account_locked"));
}

TEST_CASE("an export shows formula-like text as text in a spreadsheet and imports back unchanged", "[cli][csv]")
{
    Cli from;
    from.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("From")});
    const QString evil = QStringLiteral("=HYPERLINK(\"http://evil.example\")");
    from.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), evil, QStringLiteral("--phone"),
             QStringLiteral("+84 912 345 678")});
    from.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("-Team"),
             QStringLiteral("--address"), QStringLiteral("@home")});
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("orgs.csv"));
    from.ok({QStringLiteral("export"), QStringLiteral("organisations"), csv});
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(")));
    CHECK(text.contains(QStringLiteral("'+84 912 345 678")));
    CHECK(text.contains(QStringLiteral(",'-Team,")));
    CHECK_FALSE(text.contains(QStringLiteral(",=")));

    Cli to;
    to.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("To")});
    // The lab's own row (kind "lab") is not imported; every other row is.
    (void)to.run({QStringLiteral("import"), QStringLiteral("organisations"), csv, QStringLiteral("--only-valid")});
    const QStringList names = organisationNames(to);
    CHECK(names.contains(evil));
    CHECK(names.contains(QStringLiteral("-Team")));
    const Run list = to.ok({QStringLiteral("org"), QStringLiteral("list")});
    bool phoneBack = false;
    for (const QJsonValue& v : list.json.value(QStringLiteral("items")).toArray())
        phoneBack =
            phoneBack || v.toObject().value(QStringLiteral("phone")).toString() == QStringLiteral("+84 912 345 678");
    CHECK(phoneBack);
}

TEST_CASE("another desk's writes during a large import wait for it and succeed", "[cli][import][concurrency]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("orgs.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray text = "name,tax-code,address\n";
        for (int i = 0; i < 40000; ++i)
            text += QStringLiteral("Công ty %1,8%2,Tổ %3\n").arg(i).arg(i, 9, 10, QChar(u'0')).arg(i % 50).toUtf8();
        file.write(text);
    }
    QProcess import;
    import.setProcessEnvironment(cliEnvironment());
    import.start(QStringLiteral(ETALON_CLI_PATH),
                 {QStringLiteral("--db"), cli.db(), QStringLiteral("import"), QStringLiteral("organisations"), csv});
    REQUIRE(import.waitForStarted());
    int written = 0;
    // waitForFinished(0) lets QProcess notice the import's end; state() alone would never change here.
    while (written < 3 || !import.waitForFinished(0)) {
        const Run added = cli.run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("Bàn bên %1").arg(written)});
        INFO(added.out.toStdString());
        REQUIRE(added.exit == 0);
        ++written;
    }
    INFO(import.readAllStandardError().toStdString());
    CHECK(import.exitStatus() == QProcess::NormalExit);
    CHECK(import.exitCode() == 0);
    Database lab;
    REQUIRE(lab.open(cli.db(), false));
    CHECK(lab.scalar(QStringLiteral("SELECT COUNT(*) FROM organisations"))->toInt() == 40000 + written + 1);
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}).exit == 0);
}

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

constexpr auto readOnlyBits =
    QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;

/** What a read-only lab allows: reading, verifying, a backup; what it refuses: any write, said as such. */
void checkReadOnlyLab(const Cli& cli)
{
    const QByteArray before = fileHash(cli.db());
    CHECK(organisationNames(cli).contains(QStringLiteral("Before")));
    const Run verified = cli.run({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verified.out.toStdString());
    CHECK(verified.exit == 0);
    const Run write =
        cli.run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("After")});
    CHECK(write.exit == 3);
    const QJsonObject error = write.json.value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("lab_read_only"));
    CHECK(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("read-only")));
    CHECK(cli.run({QStringLiteral("org"), QStringLiteral("list")}, QStringLiteral("admin"), QStringLiteral("wrong"))
              .exit == 4);
    // An archived lab is copied as it is, checked as any backup.
    QTemporaryDir elsewhere;
    const QString copy = elsewhere.filePath(QStringLiteral("copy.etalon"));
    cli.ok({QStringLiteral("backup"), copy});
    CHECK(fileHash(copy).size() == 32);
    // Nor is it replaced by a restore.
    const Run restored = cli.run({QStringLiteral("restore"), copy});
    CHECK(restored.exit == 3);
    CHECK(restored.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("lab_read_only"));
    CHECK(fileHash(cli.db()) == before);
    CHECK_FALSE(QFileInfo::exists(cli.db() + QStringLiteral("-wal")));
}

} // namespace

TEST_CASE("a lab whose file or folder cannot be written is read and verified, and every write is refused as such",
          "[sqlite][cli][shared][readonly]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    cli.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Before")});
    const auto writable = QFile::permissions(cli.db());
    SECTION("the file")
    {
        REQUIRE(QFile::setPermissions(cli.db(), readOnlyBits));
        checkReadOnlyLab(cli);
        QFile::setPermissions(cli.db(), writable);
    }
    SECTION("the folder")
    {
        const QString folder = QFileInfo(cli.db()).absolutePath();
        const auto folderWritable = QFile::permissions(folder);
        REQUIRE(QFile::setPermissions(folder, readOnlyBits | QFileDevice::ExeOwner | QFileDevice::ExeUser));
        checkReadOnlyLab(cli);
        QFile::setPermissions(folder, folderWritable);
    }
    // Writable again, it is the same lab, and writes go on.
    cli.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("After")});
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}).exit == 0);
}

TEST_CASE("a read-only lab whose triggers were dropped cannot get them back, so audit verify reports them",
          "[sqlite][cli][shared][readonly][trust]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dropper"));
        raw.setDatabaseName(cli.db());
        REQUIRE(raw.open());
        REQUIRE(QSqlQuery(raw).exec(QStringLiteral("DROP TRIGGER certificates_no_update")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dropper"));
    const auto writable = QFile::permissions(cli.db());
    REQUIRE(QFile::setPermissions(cli.db(), readOnlyBits));
    const Run verified = cli.run({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verified.exit == 3);
    CHECK(verified.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("schema_altered"));
    // Writable again, the trigger is put back at the next open, and the lab verifies.
    QFile::setPermissions(cli.db(), writable);
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}).exit == 0);
}

TEST_CASE("a read-only lab keeps a lock in force, though it counts no attempt",
          "[sqlite][cli][shared][readonly][security]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    cli.ok(words("user add lan --role auditor --full-name Lan"), QStringLiteral("admin"),
           QStringLiteral("Tuyen-Quang-2030"), QStringLiteral("Song-Lo-Bridge-7"));
    for (int i = 0; i < 5; ++i)
        (void)cli.run({QStringLiteral("org"), QStringLiteral("list")}, QStringLiteral("lan"), QStringLiteral("no"));
    const auto writable = QFile::permissions(cli.db());
    REQUIRE(QFile::setPermissions(cli.db(), readOnlyBits));
    const Run locked = cli.run({QStringLiteral("org"), QStringLiteral("list")}, QStringLiteral("lan"),
                               QStringLiteral("Song-Lo-Bridge-7"));
    CHECK(locked.exit == 4);
    CHECK(locked.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("account_locked"));
    CHECK(cli.run({QStringLiteral("org"), QStringLiteral("list")}).exit == 0); // others still read
    QFile::setPermissions(cli.db(), writable);
}
