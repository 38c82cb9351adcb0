// SPDX-License-Identifier: Apache-2.0
// Runs the real etalon-cli executable as a script would: a lab in a temporary directory or on the test server, users
// by environment, JSON read back.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimeZone>

#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <memory>

namespace Etalon::Test {

/** Today where the lab is (Vietnam, UTC+7, the lab's default time zone): what its dates of work are checked against. */
inline QDate labToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))).date();
}

/** The environment etalon-cli reads its user and password from, as a script sets it. */
inline QProcessEnvironment cliEnvironment(const QString& user = QStringLiteral("admin"),
                                          const QString& password = QStringLiteral("Tuyen-Quang-2030"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ETALON_USER"), user);
    env.insert(QStringLiteral("ETALON_PASSWORD"), password);
    return env;
}

struct Run
{
    int exit = -1;
    QJsonObject json;
    QString out;
    QString err;
};

class Cli
{
public:
    /** The CLI on a fresh lab of its own: a file, or a server database when the tests run on PostgreSQL. */
    Cli()
        : m_place(std::make_shared<TemporaryLabLocation>())
        , m_db(m_place->location())
    {
    }
    /** The CLI on the lab at \a db, which the caller owns. */
    explicit Cli(const QString& db)
        : m_db(db)
    {
    }

    Run run(const QStringList& args, const QString& user = QStringLiteral("admin"),
            const QString& password = QStringLiteral("Tuyen-Quang-2030"), const QString& newPassword = QString()) const
    {
        QProcess p;
        QProcessEnvironment env = cliEnvironment(user, password);
        if (!newPassword.isEmpty())
            env.insert(QStringLiteral("ETALON_NEW_PASSWORD"), newPassword);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ETALON_CLI_PATH),
                QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--json")} + args);
        REQUIRE(p.waitForFinished(60000));
        Run r;
        r.exit = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        r.json = doc.object();
        return r;
    }

    Run ok(const QStringList& args, const QString& user = QStringLiteral("admin"),
           const QString& password = QStringLiteral("Tuyen-Quang-2030"), const QString& newPassword = QString()) const
    {
        Run r = run(args, user, password, newPassword);
        INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exit == 0);
        return r;
    }

    QString db() const { return m_db; }

private:
    std::shared_ptr<TemporaryLabLocation> m_place;
    QString m_db;
};

inline QString id(const Run& r)
{
    return QString::number(r.json.value(QStringLiteral("id")).toInteger());
}

inline QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(u' ');
}

struct LabSetup
{
    QString owner, vmi, scale, standard;
};

inline const QString boss = QStringLiteral("boss"), bossPass = QStringLiteral("Song-Lo-Bridge-7");
inline const QString tech = QStringLiteral("tech"), techPass = QStringLiteral("Cau-Thang-88x");

// A lab with a manager, an authorised technician, a customer's class III scale and a calibrated mass standard.
inline LabSetup setUpLab(const Cli& cli, const QString& ownerName)
{
    LabSetup lab;
    cli.ok(
        {QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Trung tâm Kỹ thuật TĐC Tuyên Quang")});
    cli.ok(words("user add boss --role manager --full-name Lan"), QStringLiteral("admin"),
           QStringLiteral("Tuyen-Quang-2030"), bossPass);
    cli.ok(words("user add tech --role technician --full-name Minh"), QStringLiteral("admin"),
           QStringLiteral("Tuyen-Quang-2030"), techPass);
    cli.ok(words("user authorize tech --field mass --certificate C1 --valid-until 2099-12-31"));
    lab.owner = id(cli.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), ownerName}));
    lab.vmi = id(cli.ok(words("org add --name VMI --kind national-institute")));
    lab.scale =
        id(cli.ok({QStringLiteral("instrument"), QStringLiteral("add"), QStringLiteral("--type"),
                   QStringLiteral("NAWI"), QStringLiteral("--serial"), QStringLiteral("S-9"), QStringLiteral("--owner"),
                   lab.owner, QStringLiteral("--class"), QStringLiteral("III"), QStringLiteral("--range-max"),
                   QStringLiteral("60 kg"), QStringLiteral("--resolution"), QStringLiteral("10 g")}));
    lab.standard = id(cli.ok(words("standard add --name Set --serial S1 --kind working --class M1"), boss, bossPass));
    cli.ok({QStringLiteral("standard"), QStringLiteral("calibrate"), lab.standard, QStringLiteral("--date"),
            labToday().addMonths(-1).toString(Qt::ISODate), QStringLiteral("--valid-until"),
            labToday().addMonths(11).toString(Qt::ISODate), QStringLiteral("--certificate"), QStringLiteral("C1"),
            QStringLiteral("--by-lab"), lab.vmi, QStringLiteral("--value"), QStringLiteral("20 kg"),
            QStringLiteral("--uncertainty"), QStringLiteral("1 g")},
           boss, bossPass);
    return lab;
}

/**
 * Does what `record missing` lists, as a script would: each missing load read with \a standard (the indication
 * equal to the load, as many times as needed), each checklist item set to pass.
 */
inline void fillProgramme(const Cli& cli, const QString& record, const QString& standard, const QString& user,
                          const QString& password)
{
    const Run missing = cli.ok({QStringLiteral("record"), QStringLiteral("missing"), record}, user, password);
    for (const QJsonValue& v : missing.json.value(QStringLiteral("missing")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("test")).toString() == QStringLiteral("checklist")) {
            cli.ok({QStringLiteral("record"), QStringLiteral("check"), record, QStringLiteral("--item"),
                    m.value(QStringLiteral("item")).toString(), QStringLiteral("--pass")},
                   user, password);
            continue;
        }
        const QJsonObject load = m.value(QStringLiteral("load")).toObject();
        const QString value =
            load.value(QStringLiteral("value")).toString() + u' ' + load.value(QStringLiteral("unit")).toString();
        QStringList args{QStringLiteral("record"),
                         QStringLiteral("reading"),
                         record,
                         QStringLiteral("--standard"),
                         standard,
                         QStringLiteral("--reference"),
                         value,
                         QStringLiteral("--test"),
                         m.value(QStringLiteral("test")).toString()};
        if (m.value(QStringLiteral("position")).isString())
            args << QStringLiteral("--position") << m.value(QStringLiteral("position")).toString();
        for (int i = 0; i < m.value(QStringLiteral("count")).toInt(); ++i)
            args << QStringLiteral("--indication") << value;
        cli.ok(args, user, password);
    }
}

/** A calibration of the lab's scale by the manager, today at 20 °C, by QTHC-KL: the new record's id. */
inline QString startCalibration(const Cli& cli, const LabSetup& lab)
{
    return id(cli.ok({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"), lab.scale,
                      QStringLiteral("--kind"), QStringLiteral("calibration"), QStringLiteral("--date"),
                      labToday().toString(Qt::ISODate), QStringLiteral("--procedure"), QStringLiteral("QTHC-KL"),
                      QStringLiteral("--temperature"), QStringLiteral("20 °C")},
                     boss, bossPass));
}

/** A calibration through its points, completed and approved by the manager (the lab must allow self-approval). */
inline QString approvedCalibration(const Cli& cli, const LabSetup& lab)
{
    const QString record = startCalibration(cli, lab);
    for (const char* load : {"10", "20", "30"}) {
        const QString ref = QString::fromLatin1(load) + QStringLiteral(" kg");
        cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), lab.standard,
                QStringLiteral("--reference"), ref, QStringLiteral("--indication"), ref, QStringLiteral("--indication"),
                ref, QStringLiteral("--indication"), ref},
               boss, bossPass);
    }
    fillProgramme(cli, record, lab.standard, boss, bossPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("complete"), record}, boss, bossPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("approve"), record}, boss, bossPass);
    return record;
}

/**
 * Issues the certificate of \a record by the manager, with \a global options before the command (`--lang en`) and
 * \a options after it, and returns the PDF's text.
 */
inline QString issuedText(const Cli& cli, const QString& record, const QStringList& global = {},
                          const QStringList& options = {})
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("issued.pdf"));
    cli.ok(
        global +
            QStringList{QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"), pdf} +
            options,
        boss, bossPass);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput());
}

} // namespace Etalon::Test
