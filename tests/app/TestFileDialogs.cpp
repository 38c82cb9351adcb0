// SPDX-License-Identifier: Apache-2.0
// The desktop client's file dialogs browse the folder of the open lab without touching its files.
#include "app/gui/FileDialogs.h"
#include "cli/CliHarness.h"
#include "db/certificates/CertificateService.h"
#include "db/lab/Lab.h"
#include "db/lab/UserService.h"
#include "db/registry/RegistryService.h"
#include "reports/CertificateWriter.h"

#include <QFileSystemModel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Etalon;

namespace {

int cli(const QString& lab, const QStringList& args, QString* out = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ETALON_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("ETALON_PASSWORD"), QStringLiteral("Tuyen-Quang-2030"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ETALON_CLI_PATH), QStringList{QStringLiteral("--db"), lab, QStringLiteral("--json")} + args);
    REQUIRE(p.waitForFinished(60000));
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitCode();
}

/** Shows the dialog on \a folder until it has listed every file and drawn each one's icon and type. */
void browse(QFileDialog& dialog, const QString& folder)
{
    dialog.setDirectory(folder);
    dialog.show();
    auto* model = dialog.findChild<QFileSystemModel*>();
    REQUIRE(model);
    const QModelIndex root = model->index(folder);
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount(root) >= 3; }, 10000)); // the lab, its -wal and -shm
    for (int row = 0; row < model->rowCount(root); ++row) {
        const QModelIndex file = model->index(row, 0, root);
        (void)model->data(file, Qt::DecorationRole);
        (void)model->type(file);
    }
    QTest::qWait(500); // the model gathers icons and types on a thread of its own
    dialog.hide();
}

} // namespace

TEST_CASE("a file dialog on the lab's folder leaves the open lab's locks alone: another program's writes and this "
          "one's all land",
          "[app][shared]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.etalon"));
    Database db;
    REQUIRE(db.open(path, true));
    Lab lab(db);
    auto admin =
        UserService(lab).initialise(QStringLiteral("Lab"), QStringLiteral("admin"), QStringLiteral("Tuyen-Quang-2030"));
    REQUIRE(admin);

    std::unique_ptr<QFileDialog> dialog(
        FileDialogs::make(nullptr, QStringLiteral("Open a lab"), dir.path(), QStringLiteral("All files (*)")));
    browse(*dialog, dir.path());

    // Another program writes and closes: had the dialog read the lab file, this process's locks would be gone,
    // the other program would take the lab for unused and remove its WAL from under this one.
    REQUIRE(cli(path,
                {QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("From the CLI")}) == 0);
    Organisation mine;
    mine.name = QStringLiteral("From the window");
    auto written = RegistryService(lab).addOrganisation(*admin, mine);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written);
    QString listed;
    REQUIRE(cli(path, {QStringLiteral("org"), QStringLiteral("list")}, &listed) == 0);
    CHECK(listed.contains(QStringLiteral("From the CLI")));
    CHECK(listed.contains(QStringLiteral("From the window")));
    REQUIRE(cli(path, {QStringLiteral("audit"), QStringLiteral("verify")}) == 0);
}

TEST_CASE("while the window browses the lab's folder, certificates issued by it and by another program get "
          "different numbers",
          "[app][shared]")
{
    using namespace Etalon::Test;
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    Cli cli;
    const LabSetup setup = setUpLab(cli, QStringLiteral("Customer"));
    cli.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("allow_self_approval"),
            QStringLiteral("1")});
    const QString first = Test::approvedCalibration(cli, setup);
    const QString second = Test::approvedCalibration(cli, setup);

    Database db;
    REQUIRE(db.open(cli.db(), false));
    Lab lab(db);
    auto manager = UserService(lab).signIn(boss, bossPass);
    REQUIRE(manager);
    std::unique_ptr<QFileDialog> dialog(FileDialogs::make(nullptr, QStringLiteral("Save the certificate"),
                                                          QFileInfo(cli.db()).path(), QStringLiteral("All files (*)")));
    browse(*dialog, QFileInfo(cli.db()).path());

    QTemporaryDir out;
    const Run byCli = cli.ok({QStringLiteral("certificate"), QStringLiteral("issue"), first, QStringLiteral("--out"),
                              out.filePath(QStringLiteral("first.pdf"))},
                             boss, bossPass);
    IssueOptions options;
    options.passphrase = QStringLiteral("sign-pass-123");
    const CertificateRenderer renderer = [](const CertificateData& data, const QByteArray& qr, const QString& mark) {
        return CertificateWriter::render(data, {qr, mark});
    };
    auto byWindow = CertificateService(lab, renderer).issue(*manager, second.toLongLong(), options);
    INFO((byWindow ? QString() : byWindow.error().message).toStdString());
    REQUIRE(byWindow);
    CHECK(byWindow->number != byCli.json.value(QStringLiteral("number")).toString());
    const Run listed = cli.ok({QStringLiteral("certificate"), QStringLiteral("list")});
    CHECK(listed.out.contains(byWindow->number));
    CHECK(listed.out.contains(byCli.json.value(QStringLiteral("number")).toString()));
    cli.ok({QStringLiteral("audit"), QStringLiteral("verify")});
}
