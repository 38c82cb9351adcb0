// SPDX-License-Identifier: Apache-2.0
// The auditor's commands: a file's verdict beside the codes scripts already read, and the trail listed in words.
#include "cli/CliHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

QString errorCode(const Run& r)
{
    return r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace

TEST_CASE("certificate verify adds the verdict and keeps its exit codes and error codes", "[cli][certificates]")
{
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    Cli cli;
    const LabSetup lab = setUpLab(cli, QStringLiteral("Customer"));
    cli.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("allow_self_approval"),
            QStringLiteral("1")});
    const QString record = approvedCalibration(cli, lab);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("issued.pdf"));
    const Run issued = cli.ok(
        {QStringLiteral("certificate"), QStringLiteral("issue"), record, QStringLiteral("--out"), pdf}, boss, bossPass);
    const QString number = issued.json.value(QStringLiteral("number")).toString();

    const Run valid = cli.ok({QStringLiteral("certificate"), QStringLiteral("verify"), pdf}, boss, bossPass);
    CHECK(valid.json.value(QStringLiteral("verdict")).toString() == QStringLiteral("valid"));
    CHECK(valid.json.value(QStringLiteral("status")).toString() == QStringLiteral("current"));
    CHECK(valid.json.value(QStringLiteral("number")).toString() == number);

    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    const QString altered = dir.filePath(QStringLiteral("altered.pdf"));
    QFile out(altered);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const Run changed = cli.run({QStringLiteral("certificate"), QStringLiteral("verify"), altered}, boss, bossPass);
    CHECK(changed.exit == 3);
    CHECK(errorCode(changed) == QStringLiteral("unknown_file"));
    CHECK(changed.json.value(QStringLiteral("verdict")).toString() == QStringLiteral("altered"));
    CHECK(changed.json.value(QStringLiteral("claimed_number")).toString() == number);

    cli.ok({QStringLiteral("certificate"), QStringLiteral("withdraw"), number, QStringLiteral("--reason"),
            QStringLiteral("sealed wrongly")},
           boss, bossPass);
    const Run withdrawn = cli.run({QStringLiteral("certificate"), QStringLiteral("verify"), pdf}, boss, bossPass);
    CHECK(withdrawn.exit == 3);
    CHECK(errorCode(withdrawn) == QStringLiteral("certificate_withdrawn"));
    CHECK(withdrawn.json.value(QStringLiteral("verdict")).toString() == QStringLiteral("withdrawn"));
    CHECK(withdrawn.json.value(QStringLiteral("reason")).toString() == QStringLiteral("sealed wrongly"));
    CHECK(withdrawn.json.value(QStringLiteral("event_date")).toString() == labToday().toString(Qt::ISODate));

    // The trail, in words, found by the certificate's number.
    const Run trail = cli.ok({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--search"), number});
    const QJsonArray items = trail.json.value(QStringLiteral("items")).toArray();
    QStringList actions;
    for (const QJsonValue& v : items) {
        CHECK(v.toObject().value(QStringLiteral("certificate")).toString() == number);
        actions.append(v.toObject().value(QStringLiteral("action_text")).toString());
    }
    CHECK(actions.contains(QStringLiteral("Certificate issued")));
    CHECK(actions.contains(QStringLiteral("Certificate withdrawn")));
    CHECK(actions.contains(QStringLiteral("Record approved")));
}
