// SPDX-License-Identifier: Apache-2.0
// A table of bad inputs across the commands: each gets a message naming the field, the documented exit
// code, and leaves the database exactly as it was.
#include "cli/CliHarness.h"
#include "db/store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Etalon;

namespace {
// Today where the lab is (its default time zone, Vietnam): what its dates of work are checked against.
QDate labToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))).date();
}
} // namespace

namespace {

struct Outcome
{
    int exit = -1;
    QJsonObject error;
};

Outcome run(const QStringList& args, const QString& user, const QString& password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ETALON_USER"), user);
    env.insert(QStringLiteral("ETALON_PASSWORD"), password);
    env.insert(QStringLiteral("ETALON_NEW_PASSWORD"), QStringLiteral("new-pass-123"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ETALON_CLI_PATH), QStringList{QStringLiteral("--json")} + args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(),
            QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("error")).toObject()};
}

// Every row of every table but the security log (each sign-in is logged there, by design).
QString snapshot(const QString& path)
{
    Database db;
    REQUIRE(db.open(path, false));
    QString out;
    auto tables = db.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'security_log' ORDER BY name"));
    REQUIRE(tables);
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    for (const QString& table : names) {
        auto rows = db.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        REQUIRE(rows);
        out += table + u'\n';
        while (rows->next()) {
            for (int i = 0; i < rows->record().count(); ++i)
                out += rows->value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

struct Bad
{
    QStringList args;
    int exit;
    QString field; ///< empty: any
    bool admin = false;
};

QStringList w(const char* text)
{
    return QString::fromUtf8(text).split(u' ');
}

} // namespace

TEST_CASE("bad inputs are refused clearly, with their exit code, changing nothing", "[cli][bad-input]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("lab.etalon"));
    const QStringList dbArg{QStringLiteral("--db"), db};
    const auto ok = [&](const QStringList& args, const QString& user = QStringLiteral("admin"),
                        const QString& password = QStringLiteral("Tuyen-Quang-2030")) {
        const Outcome o = run(dbArg + args, user, password);
        INFO(args.join(u' ').toStdString() << " " << QJsonDocument(o.error).toJson().toStdString());
        REQUIRE(o.exit == 0);
    };
    ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    ok(w("user add boss --role manager --full-name Lan"));
    ok(w("user authorize boss --field mass --certificate C1 --valid-until 2099-12-31"));
    ok(w("org add --name Owner"));
    ok(w("org add --name VMI --kind national-institute"));
    ok(w("instrument add --type NAWI --serial S1 --owner 1 --class III --range-max 60kg --resolution 10g"));
    ok(w("standard add --name Set --serial Q1 --kind working --class M1"), QStringLiteral("boss"),
       QStringLiteral("new-pass-123"));
    ok({QStringLiteral("standard"), QStringLiteral("calibrate"), QStringLiteral("1"), QStringLiteral("--date"),
        labToday().addMonths(-1).toString(Qt::ISODate), QStringLiteral("--valid-until"),
        labToday().addMonths(11).toString(Qt::ISODate), QStringLiteral("--certificate"), QStringLiteral("C"),
        QStringLiteral("--by-lab"), QStringLiteral("3")},
       QStringLiteral("boss"), QStringLiteral("new-pass-123"));
    const QString today = labToday().toString(Qt::ISODate);
    ok({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"), QStringLiteral("1"),
        QStringLiteral("--kind"), QStringLiteral("periodic"), QStringLiteral("--date"), today},
       QStringLiteral("boss"), QStringLiteral("new-pass-123"));

    // Files that are not what they claim.
    const QString notDb = dir.filePath(QStringLiteral("notes.etalon"));
    QFile notes(notDb);
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write(QByteArray(4096, 'x'));
    notes.close();
    const QString future = dir.filePath(QStringLiteral("future.etalon"));
    REQUIRE(QFile::copy(db, future));
    {
        Database f;
        REQUIRE(f.open(future, false));
        REQUIRE(f.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const auto writeFile = [&](const char* name, const QByteArray& bytes) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    const QString badRows = writeFile("bad-rows.csv", "type,owner,serial\nNAWI,1,N-1\nNAWI,999,N-2\n");
    const QString badColumn = writeFile("bad-column.csv", "type,owner,colour\nNAWI,1,red\n");
    const QString latin1 = writeFile("latin1.csv", "name\nC\xf4ng ty\n");
    const QString longName(301, u'x');
    const QString control = QStringLiteral("Org\u0007Bell");
    const QString calibrate =
        QStringLiteral("standard calibrate 1 --date 2026-01-01 --valid-until 2027-01-01 --certificate C");
    const QDate lastMonth = labToday().addMonths(-1);
    const QStringList startToday{
        QStringLiteral("record"), QStringLiteral("start"),    QStringLiteral("--instrument"), QStringLiteral("1"),
        QStringLiteral("--kind"), QStringLiteral("periodic"), QStringLiteral("--date"),       today};

    const QList<Bad> cases{
        {w("org add"), 2, QStringLiteral("name")},
        {w("org add --name X --tax-code 12"), 2, QStringLiteral("tax-code")},
        {w("org add --name X --kind robot"), 2, QStringLiteral("kind")},
        {{QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), control}, 2, QStringLiteral("name")},
        {{QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), longName}, 2, QStringLiteral("name")},
        {{QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
          QStringLiteral("--phone"), control},
         2,
         QStringLiteral("phone")},
        {w("org show 999"), 5, QStringLiteral("owner")},
        {w("org show abc"), 2, QStringLiteral("organisation")},
        {w("instrument add --type NAWI --owner 999"), 5, QStringLiteral("owner")},
        {w("instrument add --type NOPE --owner 1"), 5, QStringLiteral("type")},
        {w("instrument add --type NAWI --owner x"), 2, QStringLiteral("owner")},
        {w("instrument add --type NAWI --owner 1 --range-max 60kPa"), 2, QStringLiteral("range-max")},
        {{QStringLiteral("instrument"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("NAWI"),
          QStringLiteral("--owner"), QStringLiteral("1"), QStringLiteral("--resolution"), QStringLiteral("ten g")},
         2,
         QStringLiteral("resolution")},
        {w("instrument add --type NAWI --owner 1 --year 1800"), 2, QStringLiteral("year")},
        {w("instrument add --type NAWI --owner 1 --resolution -1g"), 2, QStringLiteral("resolution")},
        {w("instrument add --type NAWI --owner 1 --range-min 100kg --range-max 60kg"), 2, QStringLiteral("range-min")},
        {w("instrument add --type NAWI --serial S1 --owner 1"), 2,
         QStringLiteral("serial")}, // same maker (none) and serial
        // What OIML R 76 / R 111 rule out, whichever client registers it.
        {w("instrument add --type NAWI --owner 1 --class III --range-max 60kg --resolution 10g --verification-interval "
           "20g"),
         2, QStringLiteral("verification-interval")},
        {w("instrument add --type NAWI --owner 1 --class III --range-max 60kg --resolution 5g"), 2,
         QStringLiteral("range-max")},
        {w("instrument add --type NAWI --owner 1 --class III --range-max 1kg --resolution 0.05g"), 2,
         QStringLiteral("resolution")},
        {w("instrument add --type NAWI --owner 1 --range-max 60kg --resolution 3g"), 2, QStringLiteral("resolution")},
        {w("instrument add --type NAWI --owner 1 --class 3"), 2, QStringLiteral("class")},
        {w("instrument add --type NAWI --owner 1 --range-min 60kg --range-max 60kg"), 2, QStringLiteral("range-min")},
        {w("instrument add --type PRESSURE-GAUGE --owner 1 --range-max 1MPa --resolution 2MPa"), 2,
         QStringLiteral("resolution")},
        {w("instrument add --type WEIGHT --owner 1 --class M1 --nominal 3kg"), 2, QStringLiteral("nominal")},
        {w("instrument add --type WEIGHT --owner 1 --class Z9 --nominal 1kg"), 2, QStringLiteral("class")},
        {w("instrument transfer 1 --owner 2 --date 1899-12-31"), 2, QStringLiteral("date")},
        {w("instrument show 0"), 2, QStringLiteral("instrument")},
        {w("instrument transfer 1 --owner 2 --date 2026-02-30"), 2, QStringLiteral("date")},
        {w("instrument list --limit abc"), 2, QStringLiteral("limit")},
        {w("standard add --name S --kind working"), 2, QStringLiteral("serial"), true},
        {w("standard add --name S --serial 9 --kind gold"), 2, QStringLiteral("kind"), true},
        {w("standard status 999 --set retired --reason x"), 5, QStringLiteral("standard"), true},
        {w("standard status 1 --set broken --reason x"), 2, QStringLiteral("set"), true},
        {w("standard calibrate 1 --date 2026-01-01 --valid-until 2025-01-01 --certificate C --by-lab 2"), 2,
         QStringLiteral("valid-until"), true},
        {calibrate.split(u' '), 2, QStringLiteral("by-lab"), true},
        {w("standard calibrate 1 --date 01/01/2026 --valid-until 2027-01-01 --certificate C --by-lab 2"), 2,
         QStringLiteral("date"), true},
        {(calibrate + QStringLiteral(" --by-lab 2 --value 20kg --uncertainty 1kPa")).split(u' '), 2,
         QStringLiteral("uncertainty"), true},
        {(calibrate + QStringLiteral(" --by-lab 2 --uncertainty 1g")).split(u' '), 2, QStringLiteral("uncertainty"),
         true},
        {w("standard calibrate 1 --date 1899-01-01 --valid-until 1900-01-01 --certificate C --by-lab 3"), 2,
         QStringLiteral("date"), true},
        {{QStringLiteral("standard"), QStringLiteral("calibrate"), QStringLiteral("1"), QStringLiteral("--date"),
          lastMonth.toString(Qt::ISODate), QStringLiteral("--valid-until"),
          lastMonth.addMonths(60).addDays(1).toString(Qt::ISODate), QStringLiteral("--certificate"),
          QStringLiteral("C"), QStringLiteral("--by-lab"), QStringLiteral("3")},
         2,
         QStringLiteral("valid-until"),
         true},
        {w("record start --instrument 1 --kind periodic"), 2, QStringLiteral("date")},
        {w("record start --instrument 1 --kind sometimes --date 2026-01-01"), 2, QStringLiteral("kind")},
        {w("record start --instrument 999 --kind periodic --date 2026-01-01"), 5, QStringLiteral("instrument")},
        {w("record start --instrument 1 --kind periodic --date 2999-01-01"), 2, QStringLiteral("date")},
        {w("record start --instrument 1 --kind periodic --date 1899-12-31"), 2, QStringLiteral("date")},
        {startToday + QStringList{QStringLiteral("--temperature"), QStringLiteral("-300°C")}, 2,
         QStringLiteral("temperature")},
        {startToday + QStringList{QStringLiteral("--humidity"), QStringLiteral("120%RH")}, 2,
         QStringLiteral("humidity")},
        {{QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"), QStringLiteral("1"),
          QStringLiteral("--kind"), QStringLiteral("periodic"), QStringLiteral("--date"), today,
          QStringLiteral("--temperature"), QStringLiteral("20 kg")},
         2,
         QStringLiteral("temperature")},
        {{QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"), QStringLiteral("1"),
          QStringLiteral("--kind"), QStringLiteral("calibration"), QStringLiteral("--date"), today,
          QStringLiteral("--interval-months"), QStringLiteral("0")},
         2,
         QStringLiteral("interval-months")},
        {w("record reading 999 --standard 1 --reference 1kg --indication 1kg"), 5, QStringLiteral("record")},
        {w("record reading 1 --standard 1 --reference 1kg"), 2, QStringLiteral("indication")},
        {w("record reading 1 --standard 1 --reference 1e400kg --indication 1kg"), 2, QStringLiteral("reference")},
        {w("record reading 1 --standard 1 --reference 1kg --indication NaNg"), 2, QStringLiteral("indication")},
        {w("record reading 1 --standard 1 --reference 1kg --indication 1kPa"), 2, QStringLiteral("reference")},
        {w("record reading 1 --standard 1 --reference 1kg --indication 1kg --stage middle"), 2,
         QStringLiteral("stage")},
        {w("record reading 1 --standard 99 --reference 1kg --indication 1kg"), 5, QStringLiteral("standard")},
        {w("record check 1 --item X"), 2, QStringLiteral("pass")},
        {w("record complete abc"), 2, QStringLiteral("record")},
        {w("record reject 1"), 2, QStringLiteral("reason")},
        {w("record list --status lost"), 2, QStringLiteral("status")},
        {w("due --within 99999"), 2, QStringLiteral("within")},
        {w("due --as-of yesterday"), 2, QStringLiteral("as-of")},
        {w("due --standards --instruments"), 2, QStringLiteral("standards")},
        {w("user add x --role god --full-name X"), 2, QStringLiteral("role"), true},
        {w("user add x --role auditor --full-name"), 2, QStringLiteral("full-name"), true},
        {w("user authorize boss --field mass --certificate C --valid-until soon"), 2, QStringLiteral("valid-until"),
         true},
        {w("settings set colour red"), 2, QStringLiteral("key"), true},
        {w("settings set time_zone Mars/Base"), 2, QStringLiteral("time_zone"), true},
        {w("settings set max_calibration_validity_months 0"), 2, QStringLiteral("max_calibration_validity_months"),
         true},
        {w("scope set NOPE"), 5, QStringLiteral("type"), true},
        {w("catalog type-set NAWI --cycle-months 0"), 2, QStringLiteral("cycle-months"), true},
        {w("stamp receive --series A/B --from 1 --to 2"), 2, QStringLiteral("series"), true},
        {w("stamp receive --series A --from 5 --to 2"), 2, QStringLiteral("to"), true},
        {w("stamp void TQ-1 --reason x"), 2, QStringLiteral("stamp")},
        {w("certificate print 0000-00 --out x.pdf"), 5, QStringLiteral("number")},
        {w("impact 1 --from 2026-13-01"), 2, QStringLiteral("from")},
        {w("frobnicate"), 2, QStringLiteral("command")},
        {w("checkpoint add --commune X"), 2, QStringLiteral("market"), true},
        {w("checkpoint add --commune X --market Y --scale 999"), 2, QStringLiteral("commune"), true},
        {w("checkpoint add --commune Tân_Trào --market Y --scale 999")
             .replaceInStrings(QStringLiteral("_"), QStringLiteral(" ")),
         5, QStringLiteral("scale"), true},
        {w("checkpoint status 999 --set in-use"), 5, QStringLiteral("check-point"), true},
        {w("enterprise enrol 2 --date 2026-01-01 --sector gold"), 2, QStringLiteral("sector"), true},
        {w("enterprise enrol 2 --date 2026-01-01 --sector fuel --support money"), 2, QStringLiteral("support"), true},
        {w("enterprise report 2"), 3, QStringLiteral("organisation"), true},
        {w("programme target nothing --value 3"), 2, QStringLiteral("key"), true},
        {{QStringLiteral("import"), QStringLiteral("instruments"), badRows}, 2, QStringLiteral("file")},
        {{QStringLiteral("import"), QStringLiteral("instruments"), badColumn}, 2, QStringLiteral("column")},
        {{QStringLiteral("import"), QStringLiteral("organisations"), latin1}, 2, QStringLiteral("file")},
        {{QStringLiteral("import"), QStringLiteral("organisations"), dir.filePath(QStringLiteral("none.csv"))},
         2,
         QStringLiteral("file")},
        {w("import organisations"), 2, QStringLiteral("file")},
        {{QStringLiteral("export"), QStringLiteral("secrets"), dir.filePath(QStringLiteral("x.csv"))},
         2,
         QStringLiteral("table")},
        {w("export users"), 2, QStringLiteral("table")},
    };
    CHECK(cases.size() >= 50);
    const QString before = snapshot(db);
    for (const Bad& c : cases) {
        const QString user = c.admin ? QStringLiteral("admin") : QStringLiteral("boss");
        const QString password = c.admin ? QStringLiteral("Tuyen-Quang-2030") : QStringLiteral("new-pass-123");
        const Outcome o = run(dbArg + c.args, user, password);
        INFO(c.args.join(u' ').toStdString()
             << " → " << QJsonDocument(o.error).toJson(QJsonDocument::Compact).toStdString());
        CHECK(o.exit == c.exit);
        if (c.exit != 0) {
            CHECK_FALSE(o.error.value(QStringLiteral("message")).toString().isEmpty());
            if (!c.field.isEmpty())
                CHECK(o.error.value(QStringLiteral("field")).toString() == c.field);
        }
    }
    // No rejected command left anything behind.
    CHECK(snapshot(db) == before);

    const Outcome notADatabase = run({QStringLiteral("--db"), notDb, QStringLiteral("org"), QStringLiteral("list")},
                                     QStringLiteral("boss"), QStringLiteral("new-pass-123"));
    CHECK(notADatabase.exit == 2);
    CHECK(notADatabase.error.value(QStringLiteral("code")).toString() == QStringLiteral("not_a_database"));
    const Outcome newer = run({QStringLiteral("--db"), future, QStringLiteral("org"), QStringLiteral("list")},
                              QStringLiteral("boss"), QStringLiteral("new-pass-123"));
    CHECK(newer.exit == 3);
    CHECK(newer.error.value(QStringLiteral("code")).toString() == QStringLiteral("newer_schema"));

    // Only `init` creates a lab: another program's SQLite file, an empty file, a folder or no name at all is
    // refused and left exactly as it was.
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(foreign);
        REQUIRE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QString empty = dir.filePath(QStringLiteral("empty.etalon"));
    REQUIRE(QFile(empty).open(QIODevice::WriteOnly));
    const QString folder = dir.filePath(QStringLiteral("folder.etalon"));
    REQUIRE(QDir().mkpath(folder));
    const auto bytesOf = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray foreignBytes = bytesOf(foreign);
    for (const QString& path : {foreign, empty, folder, QString()}) {
        const Outcome o = run({QStringLiteral("--db"), path, QStringLiteral("org"), QStringLiteral("list")},
                              QStringLiteral("boss"), QStringLiteral("new-pass-123"));
        INFO(path.toStdString() << " → " << QJsonDocument(o.error).toJson(QJsonDocument::Compact).toStdString());
        CHECK(o.exit == 2);
        CHECK(o.error.value(QStringLiteral("field")).toString() == QStringLiteral("db"));
    }
    const Outcome initForeign = run(
        {QStringLiteral("--db"), foreign, QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")},
        QStringLiteral("admin"), QStringLiteral("Tuyen-Quang-2030"));
    CHECK(initForeign.exit == 2);
    CHECK(initForeign.error.value(QStringLiteral("code")).toString() == QStringLiteral("not_a_lab"));
    CHECK(bytesOf(foreign) == foreignBytes);
    CHECK(QFileInfo(empty).size() == 0);
    CHECK_FALSE(QFileInfo::exists(foreign + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(empty + QStringLiteral("-wal")));
    // An `init` refused (a weak password) leaves no file behind; the same path then takes a lab.
    const QString fresh = dir.filePath(QStringLiteral("fresh.etalon"));
    const Outcome weak = run(
        {QStringLiteral("--db"), fresh, QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")},
        QStringLiteral("admin"), QStringLiteral("weak"));
    CHECK(weak.exit == 2);
    CHECK(weak.error.value(QStringLiteral("code")).toString() == QStringLiteral("weak_password"));
    for (const char* suffix : {"", "-wal", "-shm"})
        CHECK_FALSE(QFileInfo::exists(fresh + QString::fromLatin1(suffix)));
    CHECK(run({QStringLiteral("--db"), fresh, QStringLiteral("init"), QStringLiteral("--lab-name"),
               QStringLiteral("Lab")},
              QStringLiteral("admin"), QStringLiteral("Tuyen-Quang-2030"))
              .exit == 0);
}

TEST_CASE("a misspelt or unknown option is refused with a suggestion, before anything is done", "[cli][bad-input]")
{
    Test::Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    const Test::Run misspelt = cli.run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"),
                                        QStringLiteral("A"), QStringLiteral("--adress"), QStringLiteral("Street 1")});
    CHECK(misspelt.exit == 2);
    const QJsonObject error = misspelt.json.value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("unknown_option"));
    CHECK(error.value(QStringLiteral("field")).toString() == QStringLiteral("adress"));
    CHECK(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("--address")));
    // Nothing was added on the strength of the rest of the line.
    CHECK(
        cli.ok({QStringLiteral("org"), QStringLiteral("list")}).json.value(QStringLiteral("items")).toArray().size() ==
        1);
    // An option of another command is as unknown to this one.
    CHECK(cli.run({QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--instrument"), QStringLiteral("1")})
              .exit == 2);

    // --help after a command prints that command's usage.
    QProcess help;
    help.start(QStringLiteral(ETALON_CLI_PATH),
               {QStringLiteral("certificate"), QStringLiteral("issue"), QStringLiteral("--help")});
    REQUIRE(help.waitForFinished(30000));
    CHECK(help.exitCode() == 0);
    const QString usage = QString::fromUtf8(help.readAllStandardOutput());
    CHECK(usage.contains(QStringLiteral("certificate issue REC_ID --out FILE.pdf")));
    CHECK_FALSE(usage.contains(QStringLiteral("org add")));

    // In words, an error names the option at fault as the JSON's field does.
    QProcess text;
    text.setProcessEnvironment(Test::cliEnvironment());
    text.start(QStringLiteral(ETALON_CLI_PATH),
               {QStringLiteral("--db"), cli.db(), QStringLiteral("instrument"), QStringLiteral("add"),
                QStringLiteral("--type"), QStringLiteral("NAWI"), QStringLiteral("--owner"), QStringLiteral("1"),
                QStringLiteral("--range-max"), QStringLiteral("5 qq")});
    REQUIRE(text.waitForFinished(30000));
    CHECK(text.exitCode() == 2);
    CHECK(QString::fromUtf8(text.readAllStandardError()).contains(QStringLiteral("--range-max: ")));
}
