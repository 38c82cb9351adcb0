// SPDX-License-Identifier: Apache-2.0
// Setting a lab up from the command line: organisations and instruments edited (only the options given change, the
// rules of the use case refusing with exit 3), a verifier card removed, and what the lab still has to register.
#include "cli/CliHarness.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

QString errorOf(const Run& r, const char* key)
{
    return r.json.value(QStringLiteral("error")).toObject().value(QString::fromLatin1(key)).toString();
}

} // namespace

TEST_CASE("org edit and instrument edit change only what is given, and say why a change is refused", "[cli][setup]")
{
    qputenv("ETALON_SIGNING_PASSPHRASE", "setup-sign-pass"); // set with the lab by init, asked for by issue
    Cli cli;
    const LabSetup lab = setUpLab(cli, QStringLiteral("Công ty Minh Phát"));
    const Run org =
        cli.ok({QStringLiteral("org"), QStringLiteral("edit"), lab.owner, QStringLiteral("--phone"),
                QStringLiteral("0207 3822 111"), QStringLiteral("--tax-code"), QStringLiteral("5000123456")},
               tech, techPass);
    CHECK(org.json.value(QStringLiteral("name")).toString() == QStringLiteral("Công ty Minh Phát"));
    CHECK(org.json.value(QStringLiteral("phone")).toString() == QStringLiteral("0207 3822 111"));
    const Run shown = cli.ok({QStringLiteral("org"), QStringLiteral("show"), lab.owner});
    CHECK(shown.json.value(QStringLiteral("tax_code")).toString() == QStringLiteral("5000123456"));
    // A duplicate tax code names its field (a rule of the lab: exit 3); an empty name is bad input (exit 2).
    cli.ok({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Other"),
            QStringLiteral("--tax-code"), QStringLiteral("5000999999")});
    const Run dup = cli.run({QStringLiteral("org"), QStringLiteral("edit"), lab.owner, QStringLiteral("--tax-code"),
                             QStringLiteral("5000999999")});
    CHECK(dup.exit == 3);
    CHECK(errorOf(dup, "field") == QStringLiteral("tax-code"));
    const Run blank = cli.run(
        {QStringLiteral("org"), QStringLiteral("edit"), lab.owner, QStringLiteral("--name"), QStringLiteral(" ")});
    CHECK(blank.exit == 2);
    CHECK(errorOf(blank, "field") == QStringLiteral("name"));
    CHECK(cli.run({QStringLiteral("org"), QStringLiteral("edit"), QStringLiteral("999"), QStringLiteral("--phone"),
                   QStringLiteral("1")})
              .exit == 5);
    // An auditor may not; a customer that owns the scale stays a customer.
    cli.ok(words("user add audit --role auditor --full-name An"), QStringLiteral("admin"),
           QStringLiteral("Tuyen-Quang-2030"), QStringLiteral("Ha-Giang-Pass-9"));
    CHECK(cli.run({QStringLiteral("org"), QStringLiteral("edit"), lab.owner, QStringLiteral("--phone"),
                   QStringLiteral("1")},
                  QStringLiteral("audit"), QStringLiteral("Ha-Giang-Pass-9"))
              .exit == 4);
    const Run kind = cli.run({QStringLiteral("org"), QStringLiteral("edit"), lab.owner, QStringLiteral("--kind"),
                              QStringLiteral("calibration-lab")});
    CHECK(kind.exit == 3);
    CHECK(errorOf(kind, "field") == QStringLiteral("kind"));

    const Run inst = cli.ok({QStringLiteral("instrument"), QStringLiteral("edit"), lab.scale, QStringLiteral("--place"),
                             QStringLiteral("Chợ Tam Cờ"), QStringLiteral("--model"), QStringLiteral("TCS-60")},
                            tech, techPass);
    CHECK(inst.json.value(QStringLiteral("place")).toString() == QStringLiteral("Chợ Tam Cờ"));
    CHECK(inst.json.value(QStringLiteral("serial")).toString() == QStringLiteral("S-9"));
    CHECK(inst.json.value(QStringLiteral("range_max")).toObject().value(QStringLiteral("unit")).toString() ==
          QStringLiteral("kg"));
    const Run owner =
        cli.run({QStringLiteral("instrument"), QStringLiteral("edit"), lab.scale, QStringLiteral("--owner"), lab.vmi});
    CHECK(owner.exit == 3);
    CHECK(errorOf(owner, "field") == QStringLiteral("owner"));
    const Run unit = cli.run({QStringLiteral("instrument"), QStringLiteral("edit"), lab.scale,
                              QStringLiteral("--range-max"), QStringLiteral("60 kPa")});
    CHECK(unit.exit == 2);
    CHECK(errorOf(unit, "field") == QStringLiteral("range-max"));

    // Once a certificate of it is issued, its serial and what was judged stay as printed.
    cli.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("allow_self_approval"),
            QStringLiteral("1")});
    const QString record = approvedCalibration(cli, lab);
    QTemporaryDir out;
    cli.ok({QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"),
            out.filePath(QStringLiteral("issued.pdf"))},
           boss, bossPass);
    const Run serial = cli.run({QStringLiteral("instrument"), QStringLiteral("edit"), lab.scale,
                                QStringLiteral("--serial"), QStringLiteral("S-10")});
    CHECK(serial.exit == 3);
    CHECK(errorOf(serial, "code") == QStringLiteral("instrument_certified"));
    CHECK(errorOf(serial, "field") == QStringLiteral("serial"));
    const Run range = cli.run({QStringLiteral("instrument"), QStringLiteral("edit"), lab.scale,
                               QStringLiteral("--range-max"), QStringLiteral("30 kg")});
    CHECK(range.exit == 3);
    CHECK(errorOf(range, "field") == QStringLiteral("range-max"));
    const Run type = cli.run({QStringLiteral("instrument"), QStringLiteral("edit"), lab.scale, QStringLiteral("--type"),
                              QStringLiteral("CRANE-SCALE")});
    CHECK(type.exit == 3);
    CHECK(errorOf(type, "field") == QStringLiteral("type"));

    // Each change is in the trail, in words.
    const Run trail = cli.ok(words("audit list --search changed"));
    QStringList actions;
    for (const QJsonValue& v : trail.json.value(QStringLiteral("items")).toArray())
        actions.append(v.toObject().value(QStringLiteral("action")).toString());
    CHECK(actions.contains(QStringLiteral("organisation.edit")));
    CHECK(actions.contains(QStringLiteral("instrument.edit")));

    // Whose entries: --by, as --user is who signs in (a filter read as a sign-in would count a failed attempt).
    for (const char* who : {"admin", "boss"}) {
        const Run by = cli.ok(words("audit list --limit 50 --by") + QStringList{QString::fromLatin1(who)});
        const QJsonArray items = by.json.value(QStringLiteral("items")).toArray();
        CHECK_FALSE(items.isEmpty());
        for (const QJsonValue& v : items)
            CHECK(v.toObject().value(QStringLiteral("user")).toString() == QString::fromLatin1(who));
    }
}

TEST_CASE("user revoke removes a verifier card; a card is for a field of the catalogue", "[cli][setup]")
{
    Cli cli;
    setUpLab(cli, QStringLiteral("Customer"));
    const Run fields = cli.ok(words("user fields"));
    QStringList codes;
    for (const QJsonValue& v : fields.json.value(QStringLiteral("items")).toArray())
        codes.append(v.toObject().value(QStringLiteral("field")).toString());
    CHECK(codes.contains(QStringLiteral("mass")));
    const Run unknown =
        cli.run(words("user authorize tech --field weighing --certificate C2 --valid-until 2099-12-31"));
    CHECK(unknown.exit == 2);
    CHECK(errorOf(unknown, "field") == QStringLiteral("field"));

    const Run removed = cli.ok(words("user revoke tech --field mass"), boss, bossPass);
    CHECK(removed.json.value(QStringLiteral("removed")).toInt() == 1);
    const Run again = cli.run(words("user revoke tech --field mass"), boss, bossPass);
    CHECK(again.exit == 5);
    CHECK(errorOf(again, "field") == QStringLiteral("field"));
    CHECK(cli.run(words("user revoke tech --field mass"), tech, techPass).exit == 4);
    const Run trail = cli.ok(words("audit list --search removed"));
    REQUIRE_FALSE(trail.json.value(QStringLiteral("items")).toArray().isEmpty());
    CHECK(trail.json.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("action")) ==
          QStringLiteral("user.revoke"));
}

TEST_CASE("setup progress lists the steps in order, each counted from the lab", "[cli][setup]")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--lab-name"), QStringLiteral("Phòng thí nghiệm")});
    Run p = cli.ok(words("setup progress"));
    const QJsonArray steps = p.json.value(QStringLiteral("steps")).toArray();
    REQUIRE(steps.size() == 8);
    CHECK(steps.at(1).toObject().value(QStringLiteral("step")).toString() == QStringLiteral("customers"));
    CHECK_FALSE(steps.at(1).toObject().value(QStringLiteral("done")).toBool());
    CHECK_FALSE(p.json.value(QStringLiteral("complete")).toBool());
    cli.ok(words("org add --name VMI --kind national-institute"));
    p = cli.ok(words("setup progress"));
    CHECK(p.json.value(QStringLiteral("steps")).toArray().at(2).toObject().value(QStringLiteral("done")).toBool());
    CHECK(p.json.value(QStringLiteral("steps")).toArray().at(2).toObject().value(QStringLiteral("count")).toInt() == 1);
}
