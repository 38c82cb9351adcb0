// SPDX-License-Identifier: Apache-2.0
// The bench and the signing passphrase through etalon-cli: the same rules as the desktop's.
#include "cli/CliHarness.h"
#include "db/records/RecordEditing.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

TEST_CASE("bare numbers at the bench: readings in the instrument's unit, conditions in °C and %RH", "[cli][bench]")
{
    Cli cli;
    const LabSetup lab = setUpLab(cli, QStringLiteral("Customer"));
    const Run started =
        cli.ok({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"), lab.scale,
                QStringLiteral("--kind"), QStringLiteral("periodic"), QStringLiteral("--date"),
                labToday().toString(Qt::ISODate), QStringLiteral("--temperature"), QStringLiteral("23,5"),
                QStringLiteral("--humidity"), QStringLiteral("55")},
               tech, techPass);
    const QString record = id(started);
    const Run shown = cli.ok({QStringLiteral("record"), QStringLiteral("show"), record}, tech, techPass);
    const QString json = QString::fromUtf8(QJsonDocument(shown.json).toJson(QJsonDocument::Compact));
    CHECK(json.contains(QStringLiteral("°C")));
    CHECK(json.contains(QStringLiteral("%RH")));
    // The scale's Max is 60 kg: a bare number is in kilograms.
    const Run reading = cli.ok({QStringLiteral("record"), QStringLiteral("reading"), record,
                                QStringLiteral("--standard"), lab.standard, QStringLiteral("--reference"),
                                QStringLiteral("20"), QStringLiteral("--indication"), QStringLiteral("20,01")},
                               tech, techPass);
    const QString point = QString::fromUtf8(QJsonDocument(reading.json).toJson(QJsonDocument::Compact));
    CHECK(point.contains(QStringLiteral("\"unit\":\"kg\"")));
    CHECK(point.contains(QStringLiteral("20.01")));
    // What is no number is still refused, naming its field.
    const Run bad = cli.run({QStringLiteral("record"), QStringLiteral("reading"), record, QStringLiteral("--standard"),
                             lab.standard, QStringLiteral("--reference"), QStringLiteral("twenty"),
                             QStringLiteral("--indication"), QStringLiteral("20")},
                            tech, techPass);
    CHECK(bad.exit == 2);
    CHECK(bad.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("reference"));
}

TEST_CASE("the signing passphrase is set with the lab and only an admin changes it", "[cli][signing]")
{
    qputenv("ETALON_SIGNING_PASSPHRASE", "first-sign-pass");
    Cli cli;
    const Run made =
        cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Trung tâm Kỹ thuật TĐC")});
    CHECK(made.json.value(QStringLiteral("signing_key")).toBool());
    cli.ok(words("user add boss --role manager --full-name Lan"), QStringLiteral("admin"),
           QStringLiteral("Tuyen-Quang-2030"), bossPass);
    const QStringList change{QStringLiteral("settings"), QStringLiteral("signing-passphrase")};
    qputenv("ETALON_NEW_SIGNING_PASSPHRASE", "second-sign-pass");
    CHECK(cli.run(change, boss, bossPass).exit == 4);
    qputenv("ETALON_SIGNING_PASSPHRASE", "not-the-passphrase");
    CHECK(cli.run(change).exit == 4);
    qputenv("ETALON_SIGNING_PASSPHRASE", "first-sign-pass");
    qputenv("ETALON_NEW_SIGNING_PASSPHRASE", "short");
    const Run weak = cli.run(change);
    CHECK(weak.exit == 2);
    CHECK(weak.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("new-signing-passphrase"));
    qputenv("ETALON_NEW_SIGNING_PASSPHRASE", "second-sign-pass");
    CHECK(cli.ok(change).json.value(QStringLiteral("signing_passphrase_changed")).toBool());
    // The old passphrase no longer signs; the new one does; the trail is intact.
    CHECK(cli.run(words("audit checkpoint")).exit == 4);
    qputenv("ETALON_SIGNING_PASSPHRASE", "second-sign-pass");
    cli.ok(words("audit checkpoint"));
    cli.ok(words("audit verify"));
}

TEST_CASE("a command changing a draft that a desk has open is refused, naming who has it", "[cli][bench][editing]")
{
    Cli cli;
    const LabSetup lab = setUpLab(cli, QStringLiteral("Customer"));
    const QString record = id(cli.ok({QStringLiteral("record"), QStringLiteral("start"), QStringLiteral("--instrument"),
                                      lab.scale, QStringLiteral("--kind"), QStringLiteral("periodic"),
                                      QStringLiteral("--date"), labToday().toString(Qt::ISODate)},
                                     tech, techPass));
    const QStringList reading{QStringLiteral("record"),
                              QStringLiteral("reading"),
                              record,
                              QStringLiteral("--standard"),
                              lab.standard,
                              QStringLiteral("--reference"),
                              QStringLiteral("20 kg"),
                              QStringLiteral("--indication"),
                              QStringLiteral("20 kg")};
    // The technician's desktop has the record open.
    Database desk;
    REQUIRE(desk.open(cli.db(), false));
    Lab deskLab(desk);
    const Id techId = desk.scalar(QStringLiteral("SELECT id FROM users WHERE name = 'tech'"))->toLongLong();
    RecordEditing editing(deskLab);
    REQUIRE(editing.claim(Session{techId, tech, Role::Technician}, record.toLongLong()));

    const Run refused = cli.run(reading, tech, techPass);
    CHECK(refused.exit != 0);
    const QJsonObject error = refused.json.value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("record_being_edited"));
    CHECK(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("Minh")));
    const Run listed = cli.ok({QStringLiteral("record"), QStringLiteral("show"), record}, tech, techPass);
    CHECK(listed.json.value(QStringLiteral("points")).toArray().isEmpty());
    // A script sees the hold before it tries: in the record and in the list.
    const QJsonObject held = listed.json.value(QStringLiteral("being_edited")).toObject();
    CHECK(held.value(QStringLiteral("name")).toString() == QStringLiteral("Minh"));
    CHECK(held.value(QStringLiteral("desk")).toString() == deskLab.desk());
    const Run list = cli.ok({QStringLiteral("record"), QStringLiteral("list")}, tech, techPass);
    CHECK(list.json.value(QStringLiteral("items"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("being_edited"))
              .toObject()
              .value(QStringLiteral("name"))
              .toString() == QStringLiteral("Minh"));

    REQUIRE(editing.release(record.toLongLong()));
    cli.ok(reading, tech, techPass);
    const Run shown = cli.ok({QStringLiteral("record"), QStringLiteral("show"), record}, tech, techPass);
    CHECK(shown.json.value(QStringLiteral("points")).toArray().size() == 1);
    CHECK(shown.json.value(QStringLiteral("being_edited")).isNull());
}
