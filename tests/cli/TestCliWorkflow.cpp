// SPDX-License-Identifier: Apache-2.0
// Drives the real etalon-cli executable through the whole workflow, as scripts and auditors do.
#include "cli/CliHarness.h"
#include "support/DccXml.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Etalon::Test;

TEST_CASE("the whole verification workflow runs through etalon-cli", "[cli][e2e]")
{
    Cli cli;
    cli.ok(
        {QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Trung tâm Kỹ thuật TĐC Tuyên Quang")});
    cli.ok(words("user add tech --role technician --full-name Minh"), QStringLiteral("admin"),
           QStringLiteral("Tuyen-Quang-2030"), QStringLiteral("Cau-Thang-88x"));
    cli.ok(words("user add boss --role manager --full-name Lan"), QStringLiteral("admin"),
           QStringLiteral("Tuyen-Quang-2030"), QStringLiteral("Song-Lo-Bridge-7"));
    cli.ok(words("user authorize tech --field mass --certificate KĐV-01 --valid-until 2099-12-31"));

    const QString customer = id(cli.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"),
                                        QStringLiteral("Công ty TNHH Minh Phát"), QStringLiteral("--commune"),
                                        QStringLiteral("Phường Minh Xuân")}));
    const QString vmi =
        id(cli.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("VMI"),
                   QStringLiteral("--kind"), QStringLiteral("national-institute")}));
    const Run scale =
        cli.ok({QStringLiteral("instrument"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("NAWI"),
                QStringLiteral("--serial"), QStringLiteral("S-1"), QStringLiteral("--owner"), customer,
                QStringLiteral("--class"), QStringLiteral("III"), QStringLiteral("--range-max"),
                QStringLiteral("60 kg"), QStringLiteral("--resolution"), QStringLiteral("10 g")});
    CHECK(scale.json.value(QStringLiteral("verification_interval"))
              .toObject()
              .value(QStringLiteral("value"))
              .toString() == QStringLiteral("10"));

    const QString today = labToday().toString(Qt::ISODate);
    const QString standard = id(cli.ok(words("standard add --name Mass-set --serial QC-01 --kind working --class M1"),
                                       QStringLiteral("boss"), QStringLiteral("Song-Lo-Bridge-7")));
    cli.ok({QStringLiteral("standard"), QStringLiteral("calibrate"), standard, QStringLiteral("--date"),
            labToday().addMonths(-2).toString(Qt::ISODate), QStringLiteral("--valid-until"),
            labToday().addMonths(10).toString(Qt::ISODate), QStringLiteral("--certificate"), QStringLiteral("V-1"),
            QStringLiteral("--by-lab"), vmi, QStringLiteral("--value"), QStringLiteral("20 kg"),
            QStringLiteral("--correction"), QStringLiteral("0.5 g"), QStringLiteral("--uncertainty"),
            QStringLiteral("1 g"), QStringLiteral("--k"), QStringLiteral("2")},
           QStringLiteral("boss"), QStringLiteral("Song-Lo-Bridge-7"));

    const QString record =
        id(cli.ok({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"), id(scale),
                   QStringLiteral("--kind"), QStringLiteral("periodic"), QStringLiteral("--date"), today,
                   QStringLiteral("--temperature"), QStringLiteral("24,5 °C")},
                  tech, techPass));
    const Run point =
        cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), standard,
                QStringLiteral("--reference"), QStringLiteral("20 kg"), QStringLiteral("--indication"),
                QStringLiteral("20010 g"), QStringLiteral("--indication"), QStringLiteral("20.005 kg")},
               tech, techPass);
    CHECK(point.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("value")).toString() ==
          QStringLiteral("10"));
    CHECK(point.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("unit")).toString() ==
          QStringLiteral("g"));

    // Refusals: bad input 2, rule 3, permission 4, not found 5; the message names the field.
    const Run kpa = cli.run({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"),
                             standard, QStringLiteral("--reference"), QStringLiteral("20 kg"),
                             QStringLiteral("--indication"), QStringLiteral("20 kPa")},
                            tech, techPass);
    CHECK(kpa.exit == 2);
    CHECK(kpa.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("unit_mismatch"));
    const Run nan = cli.run({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"),
                             standard, QStringLiteral("--reference"), QStringLiteral("ten kg"),
                             QStringLiteral("--indication"), QStringLiteral("10 kg")},
                            tech, techPass);
    CHECK(nan.exit == 2);
    CHECK(nan.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("reference"));
    // A standard serves a point only if it is of the instrument's quantity, realises the load, the scale can take
    // the load (Max + 9 e), and its error there is at most a third of the MPE (OIML R 76 3.7.1).
    const auto calibratedStandard = [&](const QStringList& add, const char* value) {
        const QString sid = id(cli.ok(add, QStringLiteral("boss"), QStringLiteral("Song-Lo-Bridge-7")));
        cli.ok({QStringLiteral("standard"), QStringLiteral("calibrate"), sid, QStringLiteral("--date"),
                labToday().addMonths(-2).toString(Qt::ISODate), QStringLiteral("--valid-until"),
                labToday().addMonths(10).toString(Qt::ISODate), QStringLiteral("--certificate"),
                QStringLiteral("C-") + sid, QStringLiteral("--by-lab"), vmi, QStringLiteral("--value"),
                QString::fromUtf8(value), QStringLiteral("--uncertainty"),
                QStringLiteral("0.01 ") + QString::fromUtf8(value).section(u' ', 1)},
               QStringLiteral("boss"), QStringLiteral("Song-Lo-Bridge-7"));
        return sid;
    };
    const QString gauge = calibratedStandard(
        words("standard add --name Gauge --serial P-1 --kind working --quantity pressure --range-max") +
            QStringList{QStringLiteral("1 MPa")},
        "1 MPa");
    const QString oneKg =
        calibratedStandard(words("standard add --name One-kg --serial W-1 --kind working --class M1 --range-max") +
                               QStringList{QStringLiteral("1 kg")},
                           "1 kg");
    const QString m3 =
        calibratedStandard(words("standard add --name Coarse --serial W-3 --kind working --class M3 --range-max") +
                               QStringList{QStringLiteral("100 kg")},
                           "20 kg");
    const auto refusedReading = [&](const QString& std, const char* reference, int exit, const char* code) {
        const Run r =
            cli.run({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), std,
                     QStringLiteral("--reference"), QString::fromUtf8(reference), QStringLiteral("--indication"),
                     QString::fromUtf8(reference)},
                    tech, techPass);
        INFO(reference << " " << code << "\n" << r.out.toStdString());
        CHECK(r.exit == exit);
        CHECK(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
              QString::fromLatin1(code));
    };
    refusedReading(gauge, "20 kg", 3, "standard_wrong_quantity");
    refusedReading(oneKg, "20 kg", 3, "standard_out_of_range");
    refusedReading(m3, "20 kg", 3, "standard_inadequate");
    refusedReading(standard, "-2 kg", 2, "negative_load");
    refusedReading(standard, "60.1 kg", 3, "beyond_instrument_range");
    CHECK(cli.run({QStringLiteral("record"), QStringLiteral("approve"), record}, tech, techPass).exit == 4);
    CHECK(cli.run(words("instrument show 999")).exit == 5);
    CHECK(cli.run(words("org list"), QStringLiteral("admin"), QStringLiteral("wrong-password")).exit == 4);
    CHECK(cli.run({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"), id(scale),
                   QStringLiteral("--kind"), QStringLiteral("periodic"), QStringLiteral("--date"),
                   labToday().addDays(3).toString(Qt::ISODate)},
                  tech, techPass)
              .exit == 2);

    // One weighing point is not a verification: the refusal lists each test, load, position and checklist item.
    const Run partial = cli.run({QStringLiteral("record"), QStringLiteral("complete"), record}, tech, techPass);
    CHECK(partial.exit == 3);
    CHECK(partial.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("programme_incomplete"));
    QStringList todo;
    for (const QJsonValue& v : partial.json.value(QStringLiteral("missing")).toArray()) {
        const QJsonObject m = v.toObject();
        const QJsonObject load = m.value(QStringLiteral("load")).toObject();
        todo.append(
            QStringLiteral("%1 %2 %3 %4")
                .arg(m.value(QStringLiteral("test")).toString(),
                     load.value(QStringLiteral("value")).toString() + load.value(QStringLiteral("unit")).toString(),
                     m.value(QStringLiteral("position")).toString())
                .arg(m.value(QStringLiteral("count")).toInt()));
        for (const char* key : {"test", "load", "position", "count", "item", "why"})
            CHECK(m.contains(QString::fromLatin1(key)));
    }
    CHECK(todo.mid(0, 4) ==
          QStringList{QStringLiteral("weighing 0.2kg  1"), QStringLiteral("weighing 5kg  1"),
                      QStringLiteral("weighing 60kg  1"), QStringLiteral("eccentricity 20kg centre 1")});
    CHECK(todo.contains(QStringLiteral("repeatability 30kg  3")));
    CHECK(todo.filter(QStringLiteral("checklist")).size() == 4);
    fillProgramme(cli, record, standard, tech, techPass);
    const Run done = cli.ok({QStringLiteral("record"), QStringLiteral("complete"), record}, tech, techPass);
    CHECK(done.json.value(QStringLiteral("verdict")).toString() == QStringLiteral("pass"));
    const QDate end = labToday().addMonths(12);
    CHECK(done.json.value(QStringLiteral("next_due")).toString() ==
          QDate(end.year(), end.month(), end.daysInMonth()).toString(Qt::ISODate));
    const QJsonArray points = done.json.value(QStringLiteral("points")).toArray();
    REQUIRE(points.size() == 10); // 20 kg, then Min, 500 e, Max, five eccentricity positions, repeatability
    CHECK(points[0].toObject().value(QStringLiteral("test")).toString() == QStringLiteral("weighing"));
    for (const char* key : {"reference", "indication", "error", "mpe"})
        CHECK(points[0].toObject().value(QString::fromLatin1(key)).isObject());
    CHECK(points[0].toObject().value(QStringLiteral("verdict")).toString() == QStringLiteral("pass"));
    CHECK(cli.run({QStringLiteral("record"), QStringLiteral("complete"), record}, tech, techPass).exit == 3);

    cli.ok({QStringLiteral("record"), QStringLiteral("approve"), record}, QStringLiteral("boss"),
           QStringLiteral("Song-Lo-Bridge-7"));
    const Run shown = cli.ok({QStringLiteral("record"), QStringLiteral("show"), record}, QStringLiteral("boss"),
                             QStringLiteral("Song-Lo-Bridge-7"));
    CHECK(shown.json.value(QStringLiteral("status")).toString() == QStringLiteral("approved"));

    const Run due = cli.ok(
        {QStringLiteral("due"), QStringLiteral("--within"), QStringLiteral("400"), QStringLiteral("--instruments")});
    const QJsonArray items = due.json.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 1);
    const QJsonObject item = items[0].toObject();
    CHECK(item.value(QStringLiteral("kind")).toString() == QStringLiteral("instrument"));
    CHECK(item.value(QStringLiteral("track")).toString() == QStringLiteral("legal"));
    CHECK(item.value(QStringLiteral("status")).toString() == QStringLiteral("due"));
    CHECK(item.value(QStringLiteral("serial")).toString() == QStringLiteral("S-1"));
    CHECK(item.value(QStringLiteral("days_left")).toInt() > 300);
    const Run standards = cli.ok(words("due --within 400 --standards"));
    CHECK(standards.json.value(QStringLiteral("items")).toArray().size() == 4); // the set and the three refused
    CHECK(standards.json.value(QStringLiteral("items"))[0].toObject().value(QStringLiteral("track")).toString() ==
          QStringLiteral("standard"));

    const Run types = cli.ok(words("catalog types"));
    bool foundNawi = false;
    for (const QJsonValue& v : types.json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject t = v.toObject();
        for (const char* key : {"code", "name_vi", "name_en", "quantity", "field", "group2", "cycle_months"})
            CHECK(t.contains(QString::fromLatin1(key)));
        foundNawi = foundNawi || t.value(QStringLiteral("code")).toString() == QStringLiteral("NAWI");
    }
    CHECK(foundNawi);
    CHECK(cli.ok(words("audit verify")).json.value(QStringLiteral("ok")).toBool());
}

TEST_CASE("etalon-cli refuses bad command lines with exit code 2 and a JSON error", "[cli]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    for (const QStringList& args :
         {words("frobnicate"), words("org add"), words("instrument add --type NAWI --owner x"),
          words("instrument show abc"), words("due --within -4"), words("due --as-of 2026-13-01"),
          words("instrument list --limit 0")}) {
        INFO(args.join(u' ').toStdString());
        const Run r = cli.run(args);
        CHECK(r.exit == 2);
        CHECK_FALSE(
            r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
        CHECK_FALSE(r.err.isEmpty());
    }
    const Run again = cli.run({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Other")});
    CHECK(again.exit == 3);
    // Messages speak Vietnamese on request; codes and fields stay the same for scripts.
    const Run vi = cli.run({QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("instrument"),
                            QStringLiteral("show"), QStringLiteral("abc")});
    CHECK(vi.exit == 2);
    const QJsonObject error = vi.json.value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("bad_id"));
    CHECK(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("không phải số hiệu")));
}

TEST_CASE("the demo generator fills a lab that lists and falls due", "[cli][demo]")
{
    Cli real;
    real.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Real")});
    const Run refused = real.run(words("demo --instruments 10 --records 10"));
    CHECK(refused.exit == 3);
    CHECK(refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("not_a_demo_lab"));
    CHECK(real.ok(words("instrument list")).json.value(QStringLiteral("items")).toArray().isEmpty());

    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Demo"), QStringLiteral("--demo")});
    const Run demo = cli.ok(words("demo --instruments 300 --records 2000 --seed 7"));
    CHECK(demo.json.value(QStringLiteral("records")).toInt() == 2000);
    const Run list = cli.ok(words("instrument list --limit 50"));
    CHECK(list.json.value(QStringLiteral("items")).toArray().size() == 50);
    const Run due = cli.ok(words("due --within 90"));
    CHECK_FALSE(due.json.value(QStringLiteral("items")).toArray().isEmpty());
    CHECK(cli.ok(words("audit verify")).json.value(QStringLiteral("ok")).toBool());
    const Run records = cli.ok(words("record list --limit 5"));
    REQUIRE(records.json.value(QStringLiteral("items")).toArray().size() == 5);
    const QString first = QString::number(
        records.json.value(QStringLiteral("items")).toArray()[0].toObject().value(QStringLiteral("id")).toInteger());
    const Run shown = cli.ok({QStringLiteral("record"), QStringLiteral("show"), first});
    CHECK(shown.json.value(QStringLiteral("points")).toArray().size() == 1);
}

TEST_CASE("etalon-cli evaluates an uncertainty budget file", "[cli][uncertainty]")
{
    Cli cli;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("budget.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({ "measurand": "10 kg weight", "unit": "g", "estimate": 10000.025, "k": 2,
      "contributions": [ { "name": "m_S", "expanded": 0.045, "k": 2 },
                         { "name": "drift", "half_width": 0.015, "distribution": "rectangular" },
                         { "name": "comparison", "standard_uncertainty": 0.014434 },
                         { "name": "comparator", "half_width": 0.010 },
                         { "name": "buoyancy", "half_width": 0.010 } ] })");
    file.close();
    const Run r = cli.ok({QStringLiteral("uncertainty"), path});
    CHECK(r.json.value(QStringLiteral("result")).toString() == QStringLiteral("10000.025 ± 0.059 g"));
    CHECK(r.json.value(QStringLiteral("coverage_factor")).toDouble() == 2.0);
    CHECK(r.json.value(QStringLiteral("effective_dof")).isNull());
    CHECK(r.json.value(QStringLiteral("contributions")).toArray().size() == 5);
    CHECK(r.json.value(QStringLiteral("expanded_uncertainty")).toDouble() == Approx(0.0585).margin(0.0001));

    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({ "contributions": [ { "name": "drift", "half_width": 1, "distribution": "lognormal" } ] })");
    file.close();
    const Run bad = cli.run({QStringLiteral("uncertainty"), path});
    CHECK(bad.exit == 2);
    CHECK(bad.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("drift.distribution"));
    CHECK(cli.run({QStringLiteral("uncertainty"), dir.filePath(QStringLiteral("absent.json"))}).exit == 5);
}

TEST_CASE("a calibration through etalon-cli shows each point's budget and the calibration curve", "[cli][uncertainty]")
{
    Cli cli;
    const LabSetup lab = setUpLab(cli, QStringLiteral("Customer"));
    const QString scale = lab.scale, standard = lab.standard;
    const QString record =
        id(cli.ok({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"), scale,
                   QStringLiteral("--kind"), QStringLiteral("calibration"), QStringLiteral("--date"),
                   labToday().toString(Qt::ISODate), QStringLiteral("--procedure"), QStringLiteral("QTHC-KL"),
                   QStringLiteral("--temperature"), QStringLiteral("20 °C")},
                  boss, bossPass));
    for (const char* load : {"10", "20", "30"}) {
        const QString ref = QString::fromLatin1(load) + QStringLiteral(" kg");
        const QString ind = QString::fromLatin1(load) + QStringLiteral(".01 kg");
        cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), standard,
                QStringLiteral("--reference"), ref, QStringLiteral("--indication"), ind, QStringLiteral("--indication"),
                ind},
               boss, bossPass);
    }
    const Run shown = cli.ok({QStringLiteral("record"), QStringLiteral("show"), record}, boss, bossPass);
    CHECK_FALSE(shown.json.value(QStringLiteral("conformity_requested")).toBool());
    const QJsonArray points = shown.json.value(QStringLiteral("points")).toArray();
    REQUIRE(points.size() == 3);
    const QJsonObject budget = points[0].toObject().value(QStringLiteral("budget")).toObject();
    CHECK(budget.value(QStringLiteral("contributions")).toArray().size() == 3);
    CHECK(points[0].toObject().value(QStringLiteral("expanded_uncertainty")).isObject());
    const QJsonObject curve = shown.json.value(QStringLiteral("calibration_curve")).toObject();
    CHECK(curve.value(QStringLiteral("slope")).toDouble() == Approx(0.0).margin(1e-12));
    CHECK(curve.value(QStringLiteral("intercept")).toDouble() == Approx(0.01));
    // Issued, the calibration certificate is also a Digital Calibration Certificate valid against the DCC schema.
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    fillProgramme(cli, record, lab.standard, boss, bossPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("complete"), record}, boss, bossPass);
    REQUIRE(cli.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("allow_self_approval"),
                     QStringLiteral("1")})
                .exit == 0);
    cli.ok({QStringLiteral("record"), QStringLiteral("approve"), record}, boss, bossPass);
    QTemporaryDir dir;
    const Run issued =
        cli.ok({QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"),
                dir.filePath(QStringLiteral("cal.pdf")), QStringLiteral("--language"), QStringLiteral("en")},
               boss, bossPass);
    CHECK(issued.json.value(QStringLiteral("kind")).toString() == QStringLiteral("calibration"));
    CHECK(issued.json.value(QStringLiteral("valid_until")).isNull());
    const QString xml = dir.filePath(QStringLiteral("dcc.xml"));
    cli.ok({QStringLiteral("certificate"), QStringLiteral("export-dcc"),
            issued.json.value(QStringLiteral("number")).toString(), QStringLiteral("--out"), xml},
           boss, bossPass);
    QProcess lint;
    lint.start(QStringLiteral("xmllint"),
               {QStringLiteral("--noout"), QStringLiteral("--schema"),
                QStringLiteral(ETALON_REFERENCE_DIR "/dcc/dcc.xsd"), xml});
    REQUIRE(lint.waitForFinished(60000));
    INFO(QString::fromUtf8(lint.readAllStandardError()).toStdString());
    CHECK(lint.exitCode() == 0);
    QFile dccFile(xml);
    REQUIRE(dccFile.open(QIODevice::ReadOnly));
    const QString dccText = QString::fromUtf8(dccFile.readAll());
    CHECK(dccText.contains(QStringLiteral("<si:unit>\\kilogram</si:unit>")));
    CHECK(dccText.contains(QStringLiteral("<si:coverageFactor>")));
    // Each point states its k and coverage probability; the certificate says how U was expanded.
    const QJsonObject first = points[0].toObject();
    CHECK(first.value(QStringLiteral("coverage_factor")).toDouble() == 2.0);
    CHECK(first.value(QStringLiteral("coverage_probability")).toDouble() == Approx(0.9545));
    QProcess pdfText;
    pdfText.start(QStringLiteral("pdftotext"), {dir.filePath(QStringLiteral("cal.pdf")), QStringLiteral("-")});
    REQUIRE(pdfText.waitForFinished(60000));
    const QString certificateText = QString::fromUtf8(pdfText.readAllStandardOutput()).simplified();
    CHECK(certificateText.contains(QStringLiteral("(k = 2.00)")));
    CHECK(certificateText.contains(QStringLiteral("coverage probability of approximately 95 %")));

    const Run hot = cli.run({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"), scale,
                             QStringLiteral("--kind"), QStringLiteral("calibration"), QStringLiteral("--date"),
                             labToday().toString(Qt::ISODate), QStringLiteral("--procedure"), QStringLiteral("QTHC-KL"),
                             QStringLiteral("--temperature"), QStringLiteral("30 °C")},
                            boss, bossPass);
    CHECK(hot.exit == 3);
    CHECK(hot.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("environment_out_of_limits"));
}

TEST_CASE("certificates are issued, printed, verified and their QR read back through etalon-cli", "[cli][certificates]")
{
    Cli cli;
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    const LabSetup lab = setUpLab(cli, QStringLiteral("Hợp tác xã Chè Tân Trào"));
    const QString scale = lab.scale, standard = lab.standard;
    cli.ok(words("stamp receive --series TQ --from 1 --to 2"), boss, bossPass);
    const QString record = id(cli.ok({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"),
                                      scale, QStringLiteral("--kind"), QStringLiteral("periodic"),
                                      QStringLiteral("--date"), labToday().toString(Qt::ISODate)},
                                     tech, techPass));
    cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), standard,
            QStringLiteral("--reference"), QStringLiteral("20 kg"), QStringLiteral("--indication"),
            QStringLiteral("20.01 kg")},
           tech, techPass);
    fillProgramme(cli, record, standard, tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("complete"), record}, tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("approve"), record}, boss, bossPass);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("cert.pdf"));
    const Run issued = cli.ok({QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"),
                               pdf, QStringLiteral("--language"), QStringLiteral("bilingual")},
                              boss, bossPass);
    const QString number = issued.json.value(QStringLiteral("number")).toString();
    CHECK(issued.json.value(QStringLiteral("kind")).toString() == QStringLiteral("verification"));
    CHECK(issued.json.value(QStringLiteral("stamp")).toString() == QStringLiteral("TQ/000001"));
    CHECK_FALSE(issued.json.value(QStringLiteral("valid_until")).isNull());
    for (const char* key : {"status", "sha256", "content_sha256"})
        CHECK_FALSE(issued.json.value(QString::fromLatin1(key)).toString().isEmpty());

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(content.contains(QStringLiteral("Hợp tác xã Chè Tân Trào")));
    CHECK(content.contains(QStringLiteral("Đạt yêu cầu kỹ thuật đo lường")));
    CHECK(content.contains(number));

    const Run verified = cli.ok({QStringLiteral("certificate"), QStringLiteral("verify"), pdf}, boss, bossPass);
    CHECK(verified.json.value(QStringLiteral("status")).toString() == QStringLiteral("current"));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    const QString tampered = dir.filePath(QStringLiteral("tampered.pdf"));
    QFile out(tampered);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    CHECK(cli.run({QStringLiteral("certificate"), QStringLiteral("verify"), tampered}, boss, bossPass).exit == 3);

    // The QR, rasterised and scanned, verifies offline with the exported public key.
    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-f"),
                  QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
                  dir.filePath(QStringLiteral("page"))});
    REQUIRE(raster.waitForFinished());
    QProcess scan;
    scan.start(QStringLiteral("zbarimg"),
               {QStringLiteral("-q"), QStringLiteral("--raw"), dir.filePath(QStringLiteral("page-1.png"))});
    REQUIRE(scan.waitForFinished());
    const QString payload = QString::fromUtf8(scan.readAllStandardOutput()).trimmed();
    CHECK(payload == issued.json.value(QStringLiteral("qr_payload")).toString());
    const QString key = dir.filePath(QStringLiteral("lab.pub"));
    cli.ok({QStringLiteral("certificate"), QStringLiteral("public-key"), QStringLiteral("--out"), key}, boss, bossPass);
    const Run qr = cli.ok(
        {QStringLiteral("certificate"), QStringLiteral("verify-qr"), payload, QStringLiteral("--public-key"), key});
    CHECK(qr.json.value(QStringLiteral("valid")).toBool());
    // The signed facts a paper can be checked against: its serial, result and validity too.
    CHECK(payload.startsWith(QStringLiteral("ETALON2|") + number + u'|'));
    CHECK(qr.json.value(QStringLiteral("serial")).toString() == QStringLiteral("S-9"));
    CHECK(qr.json.value(QStringLiteral("result")).toString() == QStringLiteral("pass"));
    CHECK_FALSE(qr.json.value(QStringLiteral("valid_until")).toString().isEmpty());
    // Anyone can check it without Etalon: the script in docs/ with the exported key.
    const auto checkScript = [&](const QString& p) {
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral(ETALON_TEST_DATA_DIR "/../../docs/check-qr.py"), p, key});
        REQUIRE(python.waitForFinished(60000));
        INFO(python.readAllStandardError().toStdString());
        return std::pair{python.exitCode(), QString::fromUtf8(python.readAllStandardOutput())};
    };
    const auto [scriptExit, scriptOut] = checkScript(payload);
    CHECK(scriptExit == 0);
    CHECK(scriptOut.contains(QStringLiteral("serial: S-9")));
    QString otherSerial = payload;
    otherSerial.replace(QStringLiteral("|S-9|"), QStringLiteral("|S-8|"));
    CHECK(checkScript(otherSerial).first == 1);
    CHECK_FALSE(qr.json.value(QStringLiteral("status_checked")).toBool()); // the key alone knows no status
    CHECK(qr.out.contains(QStringLiteral("status_checked")));
    const Run current = cli.ok({QStringLiteral("certificate"), QStringLiteral("verify-qr"), payload});
    CHECK(current.json.value(QStringLiteral("status")).toString() == QStringLiteral("current"));
    QString forged = payload;
    forged.replace(number, QStringLiteral("9999-99"));
    CHECK(cli.run({QStringLiteral("certificate"), QStringLiteral("verify-qr"), forged, QStringLiteral("--public-key"),
                   key})
              .exit == 3);

    // Withdrawal: the stored file no longer verifies, the marked copy says why.
    cli.ok({QStringLiteral("certificate"), QStringLiteral("withdraw"), number, QStringLiteral("--reason"),
            QStringLiteral("sealed wrongly")},
           boss, bossPass);
    CHECK(cli.run({QStringLiteral("certificate"), QStringLiteral("verify"), pdf}, boss, bossPass).exit == 3);
    // Its QR still carries a genuine signature, but with the lab at hand the paper is reported withdrawn.
    const Run withdrawnQr = cli.run({QStringLiteral("certificate"), QStringLiteral("verify-qr"), payload});
    CHECK(withdrawnQr.exit == 3);
    CHECK(withdrawnQr.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("certificate_withdrawn"));
    CHECK(withdrawnQr.json.value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("sealed wrongly")));
    const QString marked = dir.filePath(QStringLiteral("marked.pdf"));
    const Run printed = cli.ok({QStringLiteral("certificate"), QStringLiteral("print"), number, QStringLiteral("--out"),
                                marked, QStringLiteral("--marked")},
                               boss, bossPass);
    CHECK(printed.json.value(QStringLiteral("status")).toString() == QStringLiteral("withdrawn"));
    QProcess markedText;
    markedText.start(QStringLiteral("pdftotext"), {marked, QStringLiteral("-")});
    REQUIRE(markedText.waitForFinished());
    CHECK(QString::fromUtf8(markedText.readAllStandardOutput()).contains(QStringLiteral("WITHDRAWN")));
    const Run stamps = cli.ok(words("stamp list --unused"), boss, bossPass);
    CHECK(stamps.json.value(QStringLiteral("items")).toArray().size() == 1);
}

TEST_CASE("trace, impact, backup and restore through etalon-cli", "[cli][trust]")
{
    Cli cli;
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    const LabSetup lab = setUpLab(cli, QStringLiteral("Công ty Cổ phần Sông Lô"));
    cli.ok(words("stamp receive --series TQ --from 1 --to 2"), boss, bossPass);
    const QString record = id(cli.ok({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"),
                                      lab.scale, QStringLiteral("--kind"), QStringLiteral("periodic"),
                                      QStringLiteral("--date"), labToday().toString(Qt::ISODate)},
                                     tech, techPass));
    cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), lab.standard,
            QStringLiteral("--reference"), QStringLiteral("20 kg"), QStringLiteral("--indication"),
            QStringLiteral("20 kg")},
           tech, techPass);
    fillProgramme(cli, record, lab.standard, tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("complete"), record}, tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("approve"), record}, boss, bossPass);
    QTemporaryDir dir;
    const QString number = cli.ok({QStringLiteral("certificate"), QStringLiteral("issue"), record,
                                   QStringLiteral("--out"), dir.filePath(QStringLiteral("c.pdf"))},
                                  boss, bossPass)
                               .json.value(QStringLiteral("number"))
                               .toString();
    const QString tracePdf = dir.filePath(QStringLiteral("trace.pdf"));
    const Run traced = cli.ok({QStringLiteral("trace"), number, QStringLiteral("--pdf"), tracePdf});
    CHECK(traced.json.value(QStringLiteral("complete")).toBool());
    QProcess traceText;
    traceText.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), tracePdf, QStringLiteral("-")});
    REQUIRE(traceText.waitForFinished(30000));
    // NFKC undoes the font's "fi" ligature in the extracted text.
    const QString traceReport =
        QString::fromUtf8(traceText.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    CHECK(traceReport.contains(QStringLiteral("Traceability of certificate %1").arg(number)));
    CHECK(traceReport.contains(QStringLiteral("The chain is complete.")));
    CHECK(traceReport.contains(QStringLiteral("national standard")));
    CHECK(traced.json.value(QStringLiteral("standards"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("top"))
              .toString() == QStringLiteral("national-institute"));
    const QString csv = dir.filePath(QStringLiteral("recall.csv"));
    const Run affected =
        cli.ok({QStringLiteral("impact"), lab.standard, QStringLiteral("--csv"), csv, QStringLiteral("--mark-suspect"),
                QStringLiteral("--reason"), QStringLiteral("found 3 g out")},
               boss, bossPass);
    CHECK(affected.json.value(QStringLiteral("items")).toArray().size() == 1);
    CHECK(affected.json.value(QStringLiteral("marked_suspect")).toInt() == 1);
    QFile recall(csv);
    REQUIRE(recall.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(recall.readAll()).contains(QStringLiteral("Công ty Cổ phần Sông Lô")));
    const QString backup = dir.filePath(QStringLiteral("backup.etalon"));
    CHECK(cli.ok({QStringLiteral("backup"), backup}).json.value(QStringLiteral("checked")).toBool());
    CHECK(cli.run({QStringLiteral("backup"), backup}).exit == 3);
    const QStringList daily{QStringLiteral("backup"), QStringLiteral("--daily"), dir.filePath(QStringLiteral("daily")),
                            QStringLiteral("--keep-days"), QStringLiteral("14")};
    CHECK(cli.ok(daily).json.value(QStringLiteral("made")).toBool());
    CHECK_FALSE(cli.ok(daily).json.value(QStringLiteral("made")).toBool());
    CHECK(cli.run({QStringLiteral("restore"), backup}, tech, techPass).exit == 4);
    // The daily copy's entry came after the backup: restoring it would lose that, so it takes --force.
    CHECK(cli.run({QStringLiteral("restore"), backup}).exit == 3);
    CHECK(cli.ok({QStringLiteral("restore"), backup, QStringLiteral("--force")})
              .json.value(QStringLiteral("checked"))
              .toBool());
    CHECK(cli.ok(words("audit verify")).json.value(QStringLiteral("ok")).toBool());
}

TEST_CASE("every role may do exactly what it should, whatever it asks", "[cli][roles]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    const QStringList roles{QStringLiteral("technician"), QStringLiteral("manager"), QStringLiteral("auditor"),
                            QStringLiteral("admin")};
    for (const QString& role : roles)
        if (role != QStringLiteral("admin"))
            cli.ok({QStringLiteral("user"), QStringLiteral("add"), role, QStringLiteral("--role"), role,
                    QStringLiteral("--full-name"), role},
                   QStringLiteral("admin"), QStringLiteral("Tuyen-Quang-2030"), QStringLiteral("role-pass-1"));
    QTemporaryDir dir;
    QFile orgs(dir.filePath(QStringLiteral("orgs.csv")));
    REQUIRE(orgs.open(QIODevice::WriteOnly));
    orgs.write("name\n");
    for (const QString& role : roles)
        orgs.write(QStringLiteral("Imported by %1\n").arg(role).toUtf8());
    orgs.close();
    struct Case
    {
        QStringList args;
        QStringList allowed;
    };
    for (const QString& role : roles) {
        const QString user = role;
        const QString password =
            role == QStringLiteral("admin") ? QStringLiteral("Tuyen-Quang-2030") : QStringLiteral("role-pass-1");
        const QList<Case> cases{
            {{QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Org ") + role},
             {QStringLiteral("technician"), QStringLiteral("manager"), QStringLiteral("admin")}},
            {{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("u-") + role, QStringLiteral("--role"),
              QStringLiteral("auditor"), QStringLiteral("--full-name"), QStringLiteral("U")},
             {QStringLiteral("admin")}},
            {{QStringLiteral("standard"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("S"),
              QStringLiteral("--serial"), role, QStringLiteral("--kind"), QStringLiteral("working")},
             {QStringLiteral("manager"), QStringLiteral("admin")}},
            {{QStringLiteral("standard"), QStringLiteral("limit"), QStringLiteral("1"), QStringLiteral("--limit"),
              QStringLiteral("1 g"), QStringLiteral("--reason"), QStringLiteral("lab rule")},
             {QStringLiteral("manager"), QStringLiteral("admin")}},
            {{QStringLiteral("stamp"), QStringLiteral("receive"), QStringLiteral("--series"), role,
              QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("2")},
             {QStringLiteral("manager"), QStringLiteral("admin")}},
            {{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("place_of_issue"),
              QStringLiteral("Hà Giang")},
             {QStringLiteral("admin")}},
            {{QStringLiteral("scope"), QStringLiteral("set"), QStringLiteral("NAWI"), QStringLiteral("--range-max"),
              QStringLiteral("300 kg")},
             {QStringLiteral("admin")}},
            {{QStringLiteral("backup"), dir.filePath(role + QStringLiteral(".etalon"))},
             {QStringLiteral("manager"), QStringLiteral("admin")}},
            {{QStringLiteral("import"), QStringLiteral("organisations"), orgs.fileName(), QStringLiteral("--dry-run")},
             {QStringLiteral("technician"), QStringLiteral("manager"), QStringLiteral("admin")}},
            {{QStringLiteral("export"), QStringLiteral("users"), dir.filePath(role + QStringLiteral("-users.csv"))},
             {QStringLiteral("admin")}},
            {{QStringLiteral("export"), QStringLiteral("records"), dir.filePath(role + QStringLiteral("-rec.csv"))},
             roles},
            {{QStringLiteral("org"), QStringLiteral("list")}, roles},
            {{QStringLiteral("due")}, roles},
            {{QStringLiteral("audit"), QStringLiteral("verify")}, roles},
        };
        for (const Case& c : cases) {
            INFO(role.toStdString() << ": " << c.args.join(u' ').toStdString());
            const Run r = cli.run(c.args, user, password, QStringLiteral("new-pass-123"));
            CHECK(r.exit == (c.allowed.contains(role) ? 0 : 4));
        }
    }
}

TEST_CASE("registers come in from CSV and go out to CSV through etalon-cli", "[cli][import]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Lab")});
    QTemporaryDir dir;
    const auto file = [&](const char* name, const char* text) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("\xef\xbb\xbf"); // spreadsheets save UTF-8 with a byte-order mark
        f.write(text);
        return f.fileName();
    };
    const QString orgs = file("orgs.csv",
                              "Name,Tax code,Commune\r\n\"Công ty Xăng dầu \"\"Tuyên Quang\"\"\",5000100100,"
                              "Phường Minh Xuân\r\nHTX Chè,5000100200,Xã Tân Trào\r\n");
    const Run imported = cli.ok({QStringLiteral("import"), QStringLiteral("organisations"), orgs});
    CHECK(imported.json.value(QStringLiteral("imported")).toInt() == 2);
    const QString scales = file("scales.csv",
                                "type,owner-tax-code,serial,class,range-max,resolution\n"
                                "NAWI,5000100100,A-1,III,60 kg,10 g\n"
                                "NAWI,5000100200,A-2,III,150 kg,50 g\n"
                                "NAWI,5000100300,A-3,III,150 kg,50 g\n");
    const Run refused = cli.run({QStringLiteral("import"), QStringLiteral("instruments"), scales});
    CHECK(refused.exit == 2);
    CHECK(refused.json.value(QStringLiteral("imported")).toInt() == 0);
    const QJsonArray rows = refused.json.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 3);
    CHECK(rows[2].toObject().value(QStringLiteral("line")).toInt() == 4);
    CHECK(rows[2].toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("owner-tax-code"));
    CHECK(cli.ok(words("instrument list")).json.value(QStringLiteral("items")).toArray().isEmpty());
    const Run partial =
        cli.run({QStringLiteral("import"), QStringLiteral("instruments"), scales, QStringLiteral("--only-valid")});
    CHECK(partial.exit == 2); // still bad input, so a script notices the skipped row
    CHECK(partial.json.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(cli.ok(words("instrument list")).json.value(QStringLiteral("items")).toArray().size() == 2);

    const QString out = dir.filePath(QStringLiteral("instruments.csv"));
    const Run exported = cli.ok({QStringLiteral("export"), QStringLiteral("instruments"), out});
    CHECK(exported.json.value(QStringLiteral("rows")).toInt() == 2);
    QFile back(out);
    REQUIRE(back.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(back.readAll());
    CHECK(text.contains(QStringLiteral("Công ty Xăng dầu \"\"Tuyên Quang\"\"")));
    CHECK(text.count(u'\n') == 3);
}

TEST_CASE("the programme's check-scale points, enterprises and targets through etalon-cli", "[cli][programme]")
{
    Cli cli;
    const LabSetup lab = setUpLab(cli, QStringLiteral("Công ty Xăng dầu Tuyên Quang"));
    const QString commune = id(cli.ok(
        {QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("UBND xã Tân Trào")}));
    const QString scale = id(
        cli.ok({QStringLiteral("instrument"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("NAWI"),
                QStringLiteral("--serial"), QStringLiteral("CDC-1"), QStringLiteral("--owner"), commune,
                QStringLiteral("--class"), QStringLiteral("III"), QStringLiteral("--range-max"),
                QStringLiteral("60 kg"), QStringLiteral("--resolution"), QStringLiteral("20 g")}));
    const QString masses = id(
        cli.ok({QStringLiteral("instrument"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("WEIGHT"),
                QStringLiteral("--serial"), QStringLiteral("BQC-1"), QStringLiteral("--owner"), commune,
                QStringLiteral("--class"), QStringLiteral("M1"), QStringLiteral("--nominal"), QStringLiteral("1 kg")}));
    const Run refused = cli.run({QStringLiteral("checkpoint"), QStringLiteral("add"), QStringLiteral("--commune"),
                                 QStringLiteral("Xã Tân Trào"), QStringLiteral("--market"), QStringLiteral("Chợ"),
                                 QStringLiteral("--scale"), masses},
                                boss, bossPass);
    CHECK(refused.exit == 2);
    CHECK(refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("scale"));
    const Run point = cli.ok({QStringLiteral("checkpoint"), QStringLiteral("add"), QStringLiteral("--commune"),
                              QStringLiteral("Xã Tân Trào"), QStringLiteral("--market"), QStringLiteral("Chợ Tân Trào"),
                              QStringLiteral("--scale"), scale, QStringLiteral("--mass-set"), masses},
                             boss, bossPass);
    CHECK(point.json.value(QStringLiteral("status")).toString() == QStringLiteral("equipped"));
    // Never verified yet: it shows among the points whose equipment needs the lab.
    const QJsonArray due =
        cli.ok(words("checkpoint list --due-within 30")).json.value(QStringLiteral("items")).toArray();
    REQUIRE(due.size() == 1);
    CHECK(due[0].toObject().value(QStringLiteral("equipment_status")).toString() == QStringLiteral("never-verified"));

    cli.ok({QStringLiteral("enterprise"), QStringLiteral("enrol"), lab.owner, QStringLiteral("--date"),
            labToday().toString(Qt::ISODate), QStringLiteral("--sector"), QStringLiteral("fuel"),
            QStringLiteral("--support"), QStringLiteral("consultation,equipment")},
           boss, bossPass);
    CHECK(cli.ok(words("enterprise list")).json.value(QStringLiteral("items")).toArray().size() == 1);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("assurance.csv"));
    const QString assurancePdf = dir.filePath(QStringLiteral("assurance.pdf"));
    const Run report = cli.ok({QStringLiteral("enterprise"), QStringLiteral("report"), lab.owner,
                               QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), assurancePdf});
    QProcess assuranceText;
    assuranceText.start(QStringLiteral("pdftotext"), {assurancePdf, QStringLiteral("-")});
    REQUIRE(assuranceText.waitForFinished(60000));
    const QString assurance = QString::fromUtf8(assuranceText.readAllStandardOutput());
    CHECK(assurance.contains(QStringLiteral("S-9")));
    // In Vietnamese unless asked, whatever the command line's own language; types by their names, not codes.
    CHECK(assurance.contains(QStringLiteral("Báo cáo đảm bảo đo lường")));
    CHECK_FALSE(assurance.contains(QStringLiteral("NAWI")));
    const QString englishPdf = dir.filePath(QStringLiteral("assurance-en.pdf"));
    cli.ok({QStringLiteral("enterprise"), QStringLiteral("report"), lab.owner, QStringLiteral("--pdf"), englishPdf,
            QStringLiteral("--language"), QStringLiteral("en")});
    QProcess englishText;
    englishText.start(QStringLiteral("pdftotext"), {englishPdf, QStringLiteral("-")});
    REQUIRE(englishText.waitForFinished(60000));
    CHECK(QString::fromUtf8(englishText.readAllStandardOutput())
              .contains(QStringLiteral("Measurement assurance report")));
    CHECK(report.json.value(QStringLiteral("instruments")).toArray().size() == 1);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("S-9")));
    CHECK(text.contains(QStringLiteral("never-verified")));

    cli.ok(words("programme target enterprises --value 55 --by-year 2029"), boss, bossPass);
    const QJsonArray targets = cli.ok(words("programme targets")).json.value(QStringLiteral("items")).toArray();
    bool found = false;
    for (const QJsonValue& t : targets)
        found = found ||
            (t.toObject().value(QStringLiteral("key")).toString() == QStringLiteral("enterprises") &&
             t.toObject().value(QStringLiteral("value")).toInt() == 55);
    CHECK(found);
    CHECK(cli.run(words("programme target everything --value 1"), boss, bossPass).exit == 2);

    const QString today = labToday().toString(Qt::ISODate);
    const QString course =
        id(cli.ok({QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--organiser"),
                   QStringLiteral("Viện Đo lường Việt Nam"), QStringLiteral("--topic"), QStringLiteral("Kiểm định cân"),
                   QStringLiteral("--field"), QStringLiteral("mass"), QStringLiteral("--starts"), today,
                   QStringLiteral("--ends"), today},
                  boss, bossPass));
    cli.ok({QStringLiteral("training"), QStringLiteral("attend"), course, QStringLiteral("--person"),
            QStringLiteral("Lò Văn Hùng"), QStringLiteral("--category"), QStringLiteral("verifier"),
            QStringLiteral("--certificate"), QStringLiteral("KĐV-9"), QStringLiteral("--valid-until"),
            labToday().addDays(20).toString(Qt::ISODate)},
           boss, bossPass);
    CHECK(cli.ok(words("training expiring --within 30")).json.value(QStringLiteral("items")).toArray().size() == 1);
    cli.ok({QStringLiteral("assessment"), QStringLiteral("add"), lab.vmi, QStringLiteral("--kind"),
            QStringLiteral("lab"), QStringLiteral("--date"), today, QStringLiteral("--field"), QStringLiteral("mass"),
            QStringLiteral("--outcome"), QStringLiteral("met")},
           boss, bossPass);
    CHECK(cli.ok(words("assessment list")).json.value(QStringLiteral("items")).toArray().size() == 1);
    CHECK(cli.ok(words("training list")).json.value(QStringLiteral("items")).toArray().size() == 1);
    const QString pdf = dir.filePath(QStringLiteral("annual.pdf"));
    const QString annualCsv = dir.filePath(QStringLiteral("annual.csv"));
    const Run annual =
        cli.ok({QStringLiteral("report"), QStringLiteral("annual"), QStringLiteral("--year"),
                QString::number(labToday().year()), QStringLiteral("--out"), pdf, QStringLiteral("--csv"), annualCsv});
    CHECK(annual.json.value(QStringLiteral("people_trained")).toObject().value(QStringLiteral("year")).toInt() == 1);
    QProcess pdfText;
    pdfText.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(pdfText.waitForFinished(60000));
    CHECK(QString::fromUtf8(pdfText.readAllStandardOutput()).contains(QStringLiteral("Chương trình")));
    QFile annualFile(annualCsv);
    REQUIRE(annualFile.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(annualFile.readAll()).contains(QStringLiteral("target,enterprises")));
    CHECK(cli.run(words("report annual --year 2019 --out x.pdf")).exit == 2);

    // The activity report of the year: PDF and CSV, the eight fields, the administrative form.
    const QString activityPdf = dir.filePath(QStringLiteral("activity.pdf"));
    const QString activityCsv = dir.filePath(QStringLiteral("activity.csv"));
    const Run activity =
        cli.ok({QStringLiteral("report"), QStringLiteral("activity"), QStringLiteral("--year"),
                QString::number(labToday().year()), QStringLiteral("--out"), activityPdf, QStringLiteral("--csv"),
                activityCsv, QStringLiteral("--number"), QStringLiteral("7/BC-TTKT")},
               boss, bossPass);
    CHECK(activity.json.value(QStringLiteral("by_field")).toArray().size() == 8);
    QProcess activityText;
    activityText.start(QStringLiteral("pdftotext"), {activityPdf, QStringLiteral("-")});
    REQUIRE(activityText.waitForFinished(60000));
    const QString activityContent = QString::fromUtf8(activityText.readAllStandardOutput()).simplified();
    for (const char* expected : {"Số: 7/BC-TTKT", "Kính gửi: Sở Khoa học và Công nghệ tỉnh Tuyên Quang",
                                 "Dung tích – Lưu lượng", "Thời gian – Tần số – Âm thanh"})
        CHECK(activityContent.contains(QString::fromUtf8(expected)));
    QFile activityFile(activityCsv);
    REQUIRE(activityFile.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(activityFile.readAll()).contains(QStringLiteral("field,mass,Khối lượng")));
    CHECK(cli.run(words("report activity --from 2026-05-01 --to 2026-04-01 --out y.pdf")).exit == 2);
    CHECK(cli.run(words("report activity --out y.pdf")).exit == 2);
    for (const auto& [args, field] : {std::pair{"report activity --from 2026-01-01 --out y.pdf", "to"},
                                      std::pair{"report activity --year 2099 --out y.pdf", "year"},
                                      std::pair{"report activity --year 2026 --from 2025-12-01 --out y.pdf", "from"}}) {
        const Run bad = cli.run(words(args));
        INFO(args);
        CHECK(bad.exit == 2);
        CHECK(bad.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
              QLatin1String(field));
    }
    // A report to an authority is signed by a manager or the head, never a technician.
    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("activity"), QStringLiteral("--year"),
                   QString::number(labToday().year()), QStringLiteral("--out"), dir.filePath(QStringLiteral("t.pdf"))},
                  tech, techPass)
              .exit == 4);
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("y.pdf")));

    const Run communes = cli.ok(words("commune list"));
    CHECK(communes.json.value(QStringLiteral("items")).toArray().size() == 124);
    const Run wrongCommune = cli.run(words("org add --name Cửa_hàng --commune Không_Có"));
    CHECK(wrongCommune.exit == 2);
    CHECK(wrongCommune.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("commune"));
}

TEST_CASE("a set of weights registered one by one, and a calibration point with too few readings, through etalon-cli",
          "[cli][weights][coverage]")
{
    Cli cli;
    const LabSetup lab = setUpLab(cli, QStringLiteral("Customer"));
    const QString set = id(
        cli.ok(words("standard add --name Bộ --serial B2 --kind working --class M1 --range-max 50kg"), boss, bossPass));
    for (const char* w : {"20kg 20", "10kg 10", "5kg 5", "2kg 2", "2kg 2*", "1kg 1"}) {
        const QStringList parts = QString::fromLatin1(w).split(u' ');
        cli.ok({QStringLiteral("standard"), QStringLiteral("item-add"), set, QStringLiteral("--nominal"), parts[0],
                QStringLiteral("--mark"), parts[1]},
               boss, bossPass);
    }
    const Run refused =
        cli.run({QStringLiteral("standard"), QStringLiteral("item-add"), set, QStringLiteral("--nominal"),
                 QStringLiteral("3 kg"), QStringLiteral("--mark"), QStringLiteral("3")},
                boss, bossPass);
    CHECK(refused.exit == 2);
    CHECK(refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("nominal"));
    CHECK(cli.ok({QStringLiteral("standard"), QStringLiteral("items"), set})
              .json.value(QStringLiteral("items"))
              .toArray()
              .size() == 6);
    QStringList calibrate{QStringLiteral("standard"),
                          QStringLiteral("calibrate"),
                          set,
                          QStringLiteral("--date"),
                          labToday().addMonths(-1).toString(Qt::ISODate),
                          QStringLiteral("--valid-until"),
                          labToday().addMonths(11).toString(Qt::ISODate),
                          QStringLiteral("--certificate"),
                          QStringLiteral("KĐ-9"),
                          QStringLiteral("--by-lab"),
                          lab.vmi};
    for (const char* p : {"20kg 20 100mg", "10kg 10 50mg", "5kg 5 30mg", "2kg 2 10mg", "2kg 2* 12mg", "1kg 1 6mg"}) {
        const QStringList parts = QString::fromLatin1(p).split(u' ');
        calibrate << QStringLiteral("--value") << parts[0] << QStringLiteral("--item") << parts[1]
                  << QStringLiteral("--uncertainty") << parts[2];
    }
    const Run calibrated = cli.ok(calibrate, boss, bossPass);
    CHECK(calibrated.json.value(QStringLiteral("points")).toArray()[4].toObject().value(QStringLiteral("item")) ==
          QStringLiteral("2*"));

    // A calibration at 9 kg: the weights 5 + 2 + 2* realise it; their U add up.
    cli.ok(words("catalog procedure-set QTHC-KL --min-repeats 5"));
    const QString record = startCalibration(cli, lab);
    const Run reading =
        cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), set,
                QStringLiteral("--reference"), QStringLiteral("9 kg"), QStringLiteral("--indication"),
                QStringLiteral("9.00 kg"), QStringLiteral("--indication"), QStringLiteral("9.02 kg"),
                QStringLiteral("--indication"), QStringLiteral("9.04 kg")},
               boss, bossPass);
    const QJsonObject point = reading.json;
    const QJsonArray contributions =
        point.value(QStringLiteral("budget")).toObject().value(QStringLiteral("contributions")).toArray();
    REQUIRE_FALSE(contributions.isEmpty());
    CHECK(contributions[0].toObject().value(QStringLiteral("name")).toString().contains(QStringLiteral("5+2+2*")));
    CHECK(point.value(QStringLiteral("coverage_factor")).toDouble() > 2.5);
    CHECK(point.value(QStringLiteral("warnings")).toArray().size() == 1);
    cli.ok({QStringLiteral("record"), QStringLiteral("check"), record, QStringLiteral("--item"),
            QStringLiteral("Kiểm tra bên ngoài / Visual inspection"), QStringLiteral("--pass")},
           boss, bossPass);
    const Run tooFew = cli.run({QStringLiteral("record"), QStringLiteral("complete"), record}, boss, bossPass);
    CHECK(tooFew.exit == 3);
    CHECK(tooFew.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("too_few_repeats"));
    const Run refusedLoad =
        cli.run({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), set,
                 QStringLiteral("--reference"), QStringLiteral("0.5 kg"), QStringLiteral("--indication"),
                 QStringLiteral("0.5 kg")},
                boss, bossPass);
    CHECK(refusedLoad.exit == 3);
    CHECK(refusedLoad.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("standard_cannot_realise"));
}

TEST_CASE("a certificate is signed under the signatory's own title, KT. for a deputy", "[cli][certificate]")
{
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    Cli cli;
    const LabSetup setup = setUpLab(cli, QStringLiteral("Customer"));
    cli.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("allow_self_approval"),
            QStringLiteral("1")});
    // Only an admin gives titles, and a deputy's title goes with their own.
    CHECK(cli.run({QStringLiteral("user"), QStringLiteral("title"), QStringLiteral("boss"), QStringLiteral("--title"),
                   QStringLiteral("GIÁM ĐỐC")},
                  boss, bossPass)
              .exit == 4);
    CHECK(cli.run({QStringLiteral("user"), QStringLiteral("title"), QStringLiteral("boss"),
                   QStringLiteral("--signs-for"), QStringLiteral("GIÁM ĐỐC")})
              .exit == 2);
    const Run titled =
        cli.ok({QStringLiteral("user"), QStringLiteral("title"), QStringLiteral("boss"), QStringLiteral("--title"),
                QStringLiteral("PHÓ GIÁM ĐỐC"), QStringLiteral("--signs-for"), QStringLiteral("GIÁM ĐỐC")});
    CHECK(titled.json.value(QStringLiteral("title")).toString() == QStringLiteral("PHÓ GIÁM ĐỐC"));
    const QString record = approvedCalibration(cli, setup);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
    cli.ok({QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"), pdf}, boss,
           bossPass);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(printed.contains(QStringLiteral("KT. GIÁM ĐỐC")));
    CHECK(printed.contains(QStringLiteral("PHÓ GIÁM ĐỐC")));
}

TEST_CASE("a calibration certificate says where the work was done, the item's condition, the customer's contact "
          "and how its results are traceable",
          "[cli][certificate][calibration]")
{
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    Cli cli;
    const LabSetup setup = setUpLab(cli, QStringLiteral("Customer"));
    cli.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("allow_self_approval"),
            QStringLiteral("1")});
    const QString owner =
        id(cli.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Kho xăng Tân Trào"), QStringLiteral("--phone"), QStringLiteral("0207 3822 555"),
                   QStringLiteral("--commune"), QStringLiteral("Tân Trào")}));
    cli.ok({QStringLiteral("instrument"), QStringLiteral("transfer"), setup.scale, QStringLiteral("--owner"), owner,
            QStringLiteral("--date"), labToday().toString(Qt::ISODate)});
    QStringList start{QStringLiteral("record"),       QStringLiteral("start"),
                      QStringLiteral("--instrument"), setup.scale,
                      QStringLiteral("--kind"),       QStringLiteral("calibration"),
                      QStringLiteral("--date"),       labToday().toString(Qt::ISODate),
                      QStringLiteral("--procedure"),  QStringLiteral("QTHC-KL")};
    // A site address is for on-site work; on site without one, the owner's address is where.
    CHECK(
        cli.run(start + QStringList{QStringLiteral("--site-address"), QStringLiteral("Kho 5")}, boss, bossPass).exit ==
        2);
    CHECK(cli.run(start + QStringList{QStringLiteral("--site"), QStringLiteral("field")}, boss, bossPass).exit == 2);
    const QString record =
        id(cli.ok(start +
                      QStringList{QStringLiteral("--site"), QStringLiteral("on-site"), QStringLiteral("--site-address"),
                                  QStringLiteral("Kho số 5, Xã Tân Trào"), QStringLiteral("--condition"),
                                  QStringLiteral("vỏ trầy xước, hoạt động bình thường")},
                  boss, bossPass));
    for (const char* load : {"10 kg", "20 kg", "30 kg"})
        cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"),
                setup.standard, QStringLiteral("--reference"), QString::fromLatin1(load),
                QStringLiteral("--indication"), QString::fromLatin1(load), QStringLiteral("--indication"),
                QString::fromLatin1(load), QStringLiteral("--indication"), QString::fromLatin1(load)},
               boss, bossPass);
    fillProgramme(cli, record, setup.standard, boss, bossPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("complete"), record}, boss, bossPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("approve"), record}, boss, bossPass);
    const Run shown = cli.ok({QStringLiteral("record"), QStringLiteral("show"), record});
    INFO(shown.out.toStdString());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
    const Run issued = cli.ok(
        {QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"), pdf}, boss, bossPass);
    // The DCC says the same: performed at the customer's, where, and the item's condition.
    const QString xml = dir.filePath(QStringLiteral("site.xml"));
    cli.ok({QStringLiteral("certificate"), QStringLiteral("export-dcc"),
            issued.json.value(QStringLiteral("number")).toString(), QStringLiteral("--out"), xml},
           boss, bossPass);
    QProcess lint;
    lint.start(QStringLiteral("xmllint"),
               {QStringLiteral("--noout"), QStringLiteral("--schema"),
                QStringLiteral(ETALON_REFERENCE_DIR "/dcc/dcc.xsd"), xml});
    REQUIRE(lint.waitForFinished(60000));
    CHECK(lint.exitCode() == 0);
    QFile dcc(xml);
    REQUIRE(dcc.open(QIODevice::ReadOnly));
    const QString dccText = QString::fromUtf8(dcc.readAll());
    CHECK(dccText.contains(QStringLiteral("<dcc:performanceLocation>customer</dcc:performanceLocation>")));
    CHECK(dccText.contains(QStringLiteral("Kho số 5, Xã Tân Trào")));
    CHECK(dccText.contains(QStringLiteral("vỏ trầy xước, hoạt động bình thường")));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    INFO(printed.toStdString());
    for (const char* expected : {"Tại cơ sở của khách hàng: Kho số 5, Xã Tân Trào", "Tình trạng khi nhận",
                                 "vỏ trầy xước, hoạt động bình thường", "Điện thoại: 0207 3822 555",
                                 "liên kết chuẩn đến chuẩn quốc gia của Việt Nam"})
        CHECK(printed.contains(QString::fromUtf8(expected)));

    // A statement of conformity asked for where nothing specifies the requirement is refused, not dropped.
    const QString thermometerOwner = setup.owner;
    const QString gauge =
        id(cli.ok({QStringLiteral("instrument"), QStringLiteral("add"), QStringLiteral("--type"),
                   QStringLiteral("PRESSURE-GAUGE"), QStringLiteral("--serial"), QStringLiteral("P-1"),
                   QStringLiteral("--owner"), thermometerOwner, QStringLiteral("--range-max"), QStringLiteral("10 bar"),
                   QStringLiteral("--resolution"), QStringLiteral("0.1 bar")}));
    const Run conformity =
        cli.run({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"), gauge,
                 QStringLiteral("--kind"), QStringLiteral("calibration"), QStringLiteral("--date"),
                 labToday().toString(Qt::ISODate), QStringLiteral("--conformity")},
                boss, bossPass);
    INFO(conformity.err.toStdString());
    CHECK(conformity.exit == 2);
    // A verification concludes on conformity anyway: the flag would be ignored, so it is refused.
    CHECK(cli.run({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"), setup.scale,
                   QStringLiteral("--kind"), QStringLiteral("periodic"), QStringLiteral("--date"),
                   labToday().toString(Qt::ISODate), QStringLiteral("--conformity")},
                  boss, bossPass)
              .exit == 2);
}

TEST_CASE("a failure record states why in its own language, the limit in the unit of the error, whatever the "
          "technician's screen said",
          "[cli][certificate]")
{
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    Cli cli;
    const LabSetup setup = setUpLab(cli, QStringLiteral("Customer"));
    const QString record =
        id(cli.ok({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("record"), QStringLiteral("start"),
                   QStringLiteral("--instrument"), setup.scale, QStringLiteral("--kind"), QStringLiteral("periodic"),
                   QStringLiteral("--date"), labToday().toString(Qt::ISODate)},
                  tech, techPass));
    cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), setup.standard,
            QStringLiteral("--reference"), QStringLiteral("5 kg"), QStringLiteral("--indication"),
            QStringLiteral("5.00 kg")},
           tech, techPass);
    cli.ok({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("record"), QStringLiteral("reading"), record,
            QStringLiteral("--standard"), setup.standard, QStringLiteral("--reference"), QStringLiteral("20 kg"),
            QStringLiteral("--indication"), QStringLiteral("20.06 kg")},
           tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("complete"), record}, tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("approve"), record}, boss, bossPass);
    const QString printed = issuedText(cli, record, {QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(printed.toStdString());
    CHECK(printed.contains(QStringLiteral("BIÊN BẢN KIỂM ĐỊNH")));
    // The line may break after the decimal comma.
    CHECK(QString(printed).remove(u'\n').contains(
        QStringLiteral("|sai số| 0,06 kg vượt sai số lớn nhất cho phép 0,01 kg")));
    CHECK_FALSE(printed.contains(QStringLiteral("exceeds")));
    // Indications as the scale showed them, to its own digits, and a zero error keeps its digits.
    CHECK(printed.contains(QStringLiteral("20,06 kg")));
    CHECK_FALSE(printed.contains(QStringLiteral("20,060")));
    CHECK(printed.contains(QStringLiteral("5,00 kg")));
    CHECK(printed.contains(QStringLiteral("0,00 kg")));
}

TEST_CASE("a repeatability series typed one loading per reading fails in the record's own language",
          "[cli][certificate]")
{
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    Cli cli;
    const LabSetup setup = setUpLab(cli, QStringLiteral("Customer"));
    const QString record = id(cli.ok({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"),
                                      setup.scale, QStringLiteral("--kind"), QStringLiteral("periodic"),
                                      QStringLiteral("--date"), labToday().toString(Qt::ISODate)},
                                     tech, techPass));
    for (const char* indication : {"29.99 kg", "30.00 kg", "30.01 kg"})
        cli.ok({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("record"), QStringLiteral("reading"),
                record, QStringLiteral("--standard"), setup.standard, QStringLiteral("--reference"),
                QStringLiteral("30 kg"), QStringLiteral("--test"), QStringLiteral("repeatability"),
                QStringLiteral("--indication"), QString::fromLatin1(indication)},
               tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("complete"), record}, tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("approve"), record}, boss, bossPass);
    const QString printed = issuedText(cli, record, {QStringLiteral("--lang"), QStringLiteral("en")}).simplified();
    INFO(printed.toStdString());
    CHECK(printed.contains(QStringLiteral("độ lặp lại: chênh lệch các số chỉ 0,02 kg vượt")));
    CHECK_FALSE(printed.contains(QStringLiteral("loadings spread")));
}

TEST_CASE("a failure record prints the external, technical and metrological inspection, a repeatability row with its "
          "loadings and their spread",
          "[cli][certificate]")
{
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    Cli cli;
    const LabSetup setup = setUpLab(cli, QStringLiteral("Customer"));
    const QString record = id(cli.ok({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"),
                                      setup.scale, QStringLiteral("--kind"), QStringLiteral("periodic"),
                                      QStringLiteral("--date"), labToday().toString(Qt::ISODate)},
                                     tech, techPass));
    // Three loadings at Max/2 each within the 15 g the class allows there, but spread 20 g.
    cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), setup.standard,
            QStringLiteral("--reference"), QStringLiteral("30 kg"), QStringLiteral("--test"),
            QStringLiteral("repeatability"), QStringLiteral("--indication"), QStringLiteral("29.99 kg"),
            QStringLiteral("--indication"), QStringLiteral("30.00 kg"), QStringLiteral("--indication"),
            QStringLiteral("30.01 kg")},
           tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("check"), record, QStringLiteral("--item"),
            QStringLiteral("Kiểm tra bên ngoài / Visual inspection"), QStringLiteral("--pass")},
           tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("complete"), record}, tech, techPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("approve"), record}, boss, bossPass);
    const QString printed =
        issuedText(cli, record, {}, {QStringLiteral("--language"), QStringLiteral("vi")}).simplified();
    INFO(printed.toStdString());
    const auto external = printed.indexOf(QStringLiteral("1. Kiểm tra bên ngoài"));
    const auto technical = printed.indexOf(QStringLiteral("2. Kiểm tra kỹ thuật"));
    const auto metrological = printed.indexOf(QStringLiteral("3. Kiểm tra đo lường"));
    REQUIRE(external >= 0);
    CHECK(technical > external);
    CHECK(metrological > technical);
    // The visual inspection passed; the items after the first failure were not reached, and say so.
    CHECK(printed.indexOf(QStringLiteral("Đạt"), external) < technical);
    CHECK(printed.contains(QStringLiteral("Chưa kiểm tra")));
    CHECK(printed.contains(QStringLiteral("Lặp lại")));
    CHECK(printed.contains(QStringLiteral("29,99 kg; 30,00 kg; 30,01 kg")));
    CHECK(printed.contains(QStringLiteral("chênh lệch 0,02 kg")));
    CHECK(printed.contains(QStringLiteral("độ lặp lại: chênh lệch các số chỉ 0,02 kg vượt")));
    // The checklist's metrological items stand with the measurements, the marks and seals with the exterior.
    CHECK(printed.indexOf(QStringLiteral("Kiểm tra độ lệch tâm")) > metrological);
    CHECK(printed.indexOf(QStringLiteral("Dấu, niêm phong")) < technical);
}

namespace {

// The DCC of certificate \a number as etalon-cli exports it, checked against the schema.
QList<QPair<QString, QString>> exportedDcc(const Cli& cli, const QString& number)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dcc.xml"));
    cli.ok({QStringLiteral("certificate"), QStringLiteral("export-dcc"), number, QStringLiteral("--out"), path}, boss,
           bossPass);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    INFO(xml.toStdString());
    REQUIRE(dccSchemaErrors(xml) == QString());
    return xmlNodes(xml);
}

} // namespace

TEST_CASE("a DCC carries each stage's results, the standards' certificates, the receipt, the certificate it amends "
          "and what became of it since",
          "[cli][dcc]")
{
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    Cli cli;
    const LabSetup lab = setUpLab(cli, QStringLiteral("Customer"));
    cli.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("allow_self_approval"),
            QStringLiteral("1")});
    const QString received = labToday().addDays(-2).toString(Qt::ISODate);
    const QString record = id(
        cli.ok({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"), lab.scale,
                QStringLiteral("--kind"), QStringLiteral("calibration"), QStringLiteral("--date"),
                labToday().toString(Qt::ISODate), QStringLiteral("--received"), received, QStringLiteral("--procedure"),
                QStringLiteral("QTHC-KL"), QStringLiteral("--temperature"), QStringLiteral("20 °C")},
               boss, bossPass));
    // Found 30 g high at 20 kg, then adjusted and read again at every load.
    cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), lab.standard,
            QStringLiteral("--reference"), QStringLiteral("20 kg"), QStringLiteral("--indication"),
            QStringLiteral("20.03 kg"), QStringLiteral("--indication"), QStringLiteral("20.03 kg")},
           boss, bossPass);
    for (const char* load : {"10", "20", "30"}) {
        const QString ref = QString::fromLatin1(load) + QStringLiteral(" kg");
        cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"), lab.standard,
                QStringLiteral("--reference"), ref, QStringLiteral("--indication"), ref, QStringLiteral("--indication"),
                ref, QStringLiteral("--stage"), QStringLiteral("as-left")},
               boss, bossPass);
    }
    fillProgramme(cli, record, lab.standard, boss, bossPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("complete"), record}, boss, bossPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("approve"), record}, boss, bossPass);
    QTemporaryDir dir;
    const Run first = cli.ok({QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("first.pdf"))},
                             boss, bossPass);
    const QString number = first.json.value(QStringLiteral("number")).toString();

    auto dcc = exportedDcc(cli, number);
    const QStringList groups = valuesAt(dcc, {QStringLiteral("measurementResult@refType")});
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].startsWith(QStringLiteral("etalon_asFound")));
    CHECK(groups[1].startsWith(QStringLiteral("etalon_asLeft")));
    // The as-left group holds exactly the three points read after the adjustment.
    const QStringList sequence =
        valuesAt(dcc, {QStringLiteral("measurementResult@refType"), QStringLiteral("list/quantity/real/value")});
    const QStringList asLeft = sequence.mid(sequence.indexOf(groups[1]) + 1);
    CHECK(asLeft.size() == 3 * 3);
    CHECK(valuesAt(dcc, {QStringLiteral("coreData/receiptDate")}) == QStringList{received});
    CHECK(valuesAt(dcc, {QStringLiteral("measuringEquipment/identifications/identification/value")}).mid(0, 2) ==
          QStringList{QStringLiteral("S1"), QStringLiteral("C1")});
    CHECK(
        valuesAt(dcc, {QStringLiteral("measuringEquipment/description/content")})
            .value(1)
            .contains(QStringLiteral("issued by VMI, valid until ") + labToday().addMonths(11).toString(Qt::ISODate)));
    CHECK(valuesAt(dcc, {QStringLiteral("previousReport/referralID"), QStringLiteral("statement/valid")}).isEmpty());

    // Amended: the new certificate names the old one and its PDF; the old one's DCC says it was superseded.
    const QString revision = id(cli.ok({QStringLiteral("record"), QStringLiteral("revise"), record}, boss, bossPass));
    cli.ok({QStringLiteral("record"), QStringLiteral("complete"), revision}, boss, bossPass);
    cli.ok({QStringLiteral("record"), QStringLiteral("approve"), revision}, boss, bossPass);
    const Run amended =
        cli.ok({QStringLiteral("certificate"), QStringLiteral("amend"), number, QStringLiteral("--record"), revision,
                QStringLiteral("--reason"), QStringLiteral("customer's address"), QStringLiteral("--out"),
                dir.filePath(QStringLiteral("second.pdf"))},
               boss, bossPass);
    const QString amendment = amended.json.value(QStringLiteral("number")).toString();
    // The amendment prints the number it replaces and why (ISO/IEC 17025 7.8.8).
    QProcess amendedText;
    amendedText.start(QStringLiteral("pdftotext"), {dir.filePath(QStringLiteral("second.pdf")), QStringLiteral("-")});
    REQUIRE(amendedText.waitForFinished(60000));
    const QString amendedPrinted = QString::fromUtf8(amendedText.readAllStandardOutput()).simplified();
    CHECK(amendedPrinted.contains(QStringLiteral("Thay thế giấy chứng nhận số ") + number));
    CHECK(amendedPrinted.contains(QStringLiteral("Lý do sửa đổi: customer's address")));
    CHECK(valuesAt(exportedDcc(cli, amendment),
                   {QStringLiteral("previousReport/referralID"), QStringLiteral("previousReport/value")}) ==
          QStringList{number, first.json.value(QStringLiteral("sha256")).toString()});
    const QString today = labToday().toString(Qt::ISODate);
    dcc = exportedDcc(cli, number);
    // The status comes first among the statements, before where the work was done.
    CHECK(valuesAt(dcc,
                   {QStringLiteral("statement@refType"), QStringLiteral("statement/reference"),
                    QStringLiteral("statement/valid"), QStringLiteral("statement/date")}) ==
          QStringList{QStringLiteral("etalon_replaced"), amendment, QStringLiteral("false"), today,
                      QStringLiteral("etalon_workSite")});
    CHECK(valuesAt(dcc, {QStringLiteral("statement/declaration/content")})
              .value(1)
              .endsWith(QStringLiteral("Reason: customer's address")));

    // Withdrawn: still exported, and saying so.
    cli.ok({QStringLiteral("certificate"), QStringLiteral("withdraw"), amendment, QStringLiteral("--reason"),
            QStringLiteral("scale sold before the work")},
           boss, bossPass);
    dcc = exportedDcc(cli, amendment);
    CHECK(valuesAt(dcc,
                   {QStringLiteral("statement@refType"), QStringLiteral("statement/valid"),
                    QStringLiteral("statement/date")}) ==
          QStringList{QStringLiteral("etalon_withdrawn"), QStringLiteral("false"), today,
                      QStringLiteral("etalon_workSite")});
    CHECK(valuesAt(dcc, {QStringLiteral("statement/declaration/content")}).value(1) ==
          QStringLiteral("This certificate was withdrawn on %1. Reason: scale sold before the work").arg(today));
}
