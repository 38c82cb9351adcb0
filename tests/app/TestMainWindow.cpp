// SPDX-License-Identifier: Apache-2.0
#include "app/gui/CertificatesPage.h"
#include "app/gui/DemoLab.h"
#include "app/gui/DueTableModel.h"
#include "app/gui/InstrumentTableModel.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "app/gui/MainWindow.h"
#include "app/gui/OversightPages.h"
#include "app/gui/RegistryPages.h"
#include "app/gui/SignInDialog.h"
#include "db/lab/UserService.h"
#include "support/TemporaryDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Etalon;
using Etalon::Test::PasswordServerDatabase;

namespace {

const QString demoPassword = QString::fromLatin1(DemoLab::Password);

} // namespace

TEST_CASE("the main window opens the demo lab, lists instruments and what falls due", "[app][gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.etalon"));
    REQUIRE(DemoLab::ensure(path, 600, 1500));
    MainWindow window;
    REQUIRE(window.openLab(path, QStringLiteral("manager"), demoPassword).isEmpty());
    auto* banner = window.findChild<QLabel*>(QStringLiteral("bannerLabel"));
    REQUIRE(banner);
    CHECK(banner->isVisibleTo(&window));
    CHECK(banner->text().contains(QStringLiteral("DEMO")));

    InstrumentTableModel* instruments = window.instrumentsPage()->model();
    // Lazy: the first page only, more when the view asks.
    CHECK(instruments->rowCount() == 256);
    CHECK(instruments->canFetchMore({}));
    instruments->fetchMore({});
    CHECK(instruments->rowCount() == 512);
    QAbstractItemModelTester instrumentTester(instruments, QAbstractItemModelTester::FailureReportingMode::Fatal);
    window.show();

    QTest::keyClicks(window.instrumentsPage()->searchEdit(), QStringLiteral("100007"));
    CHECK(instruments->rowCount() == 1);
    CHECK(instruments->data(instruments->index(0, InstrumentTableModel::Serial))
              .toString()
              .endsWith(QStringLiteral("100007")));
    window.instrumentsPage()->searchEdit()->clear();
    CHECK(instruments->rowCount() == 256);
    // Sorted in SQL, not in memory: the first row after sorting by serial descending is the largest serial.
    instruments->sort(InstrumentTableModel::Serial, Qt::DescendingOrder);
    const QString first = instruments->data(instruments->index(0, InstrumentTableModel::Serial)).toString();
    const QString second = instruments->data(instruments->index(1, InstrumentTableModel::Serial)).toString();
    CHECK(first > second);
    // Owners are shown by name.
    CHECK_FALSE(instruments->data(instruments->index(0, InstrumentTableModel::Owner)).toString().isEmpty());

    DueTableModel* due = window.duePage()->model();
    QAbstractItemModelTester dueTester(due, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(due->rowCount() > 0);
    CHECK(window.duePage()->countsLabel()->text().contains(QStringLiteral("30")));
    CHECK(due->reload(365).isEmpty());
    // Per owner, the most overdue first; a click lists that owner's items.
    window.duePage()->reload();
    QTableWidget* owners = window.duePage()->ownersTable();
    REQUIRE(owners->rowCount() > 1);
    CHECK(owners->item(0, 1)->data(Qt::DisplayRole).toInt() >= owners->item(1, 1)->data(Qt::DisplayRole).toInt());

    // Every list model of the manager's window holds up to Qt's model tester.
    for (QTableView* view : window.findChildren<QTableView*>()) {
        INFO(view->objectName().toStdString());
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(view->model()->columnCount() > 0);
    }
    // A manager sees approvals and the audit trail, and a workbench for the work they do themselves.
    CHECK(window.approvalsPage());
    CHECK(window.auditPage());
    CHECK(window.workPage());
}

TEST_CASE("signing in refuses a wrong password without saying which part was wrong", "[app][gui][sign-in]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.etalon"));
    REQUIRE(DemoLab::ensure(path, 50, 50));
    SignInDialog dialog(path);
    dialog.userEdit()->setText(QStringLiteral("technician"));
    dialog.passwordEdit()->setText(QStringLiteral("not-the-password"));
    dialog.signIn();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorLabel()->text() == QStringLiteral("wrong user or password"));
    dialog.passwordEdit()->clear();
    QTest::keyClicks(dialog.passwordEdit(), demoPassword);
    dialog.signIn();
    CHECK(dialog.result() == QDialog::Accepted);
    auto session = dialog.takeSession();
    REQUIRE(session);
    CHECK(session->session().role == Role::Technician);
    CHECK(RecentLabs::list().first() == path);

    SignInDialog missing(dir.filePath(QStringLiteral("absent.etalon")));
    missing.userEdit()->setText(QStringLiteral("admin"));
    missing.signIn();
    CHECK(missing.errorLabel()->text().contains(QStringLiteral("absent.etalon")));
}

TEST_CASE("a server lab's database password is asked for at sign-in when nothing gives it, and kept only in memory",
          "[app][gui][sign-in][postgres]")
{
    PasswordServerDatabase server;
    qunsetenv("PGPASSWORD");
    {
        Database db;
        db.setServerPassword(QString::fromLatin1(PasswordServerDatabase::password));
        REQUIRE(db.open(server.uri(), true));
        Lab lab(db);
        REQUIRE(UserService(lab).initialise(QStringLiteral("Phòng thí nghiệm"), QStringLiteral("admin"),
                                            QStringLiteral("Tuyen-Quang-2030")));
    }
    SignInDialog dialog(server.uri());
    dialog.labCombo()->setCurrentText(server.uri());
    dialog.userEdit()->setText(QStringLiteral("admin"));
    dialog.passwordEdit()->setText(QStringLiteral("Tuyen-Quang-2030"));
    // Asked, and cancelled: nothing opens, the server's refusal is shown.
    QStringList asked;
    auto answer = [&](const QString& typed) {
        QTimer::singleShot(0, [&asked, typed] {
            auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!ask || ask->objectName() != QStringLiteral("serverPasswordDialog"))
                return;
            asked.append(ask->labelText());
            if (typed.isEmpty()) {
                ask->reject();
                return;
            }
            ask->setTextValue(typed);
            ask->accept();
        });
    };
    answer(QString());
    dialog.signIn();
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].contains(QStringLiteral("etalon_password_check")));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("password")));
    // A wrong one is asked again; the right one signs in.
    answer(QStringLiteral("not-it"));
    QTimer::singleShot(50, [&] { answer(QString::fromLatin1(PasswordServerDatabase::password)); });
    dialog.signIn();
    REQUIRE(asked.size() == 3);
    CHECK(asked[2].contains(QStringLiteral("refused")));
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.takeSession());
    // Remembered without the password, in the recent labs as in the settings.
    const QString recent = RecentLabs::list().first();
    CHECK(recent.startsWith(server.uri().section(u'?', 0, 0)));
    CHECK_FALSE(recent.contains(QString::fromLatin1(PasswordServerDatabase::password)));
}

TEST_CASE("the interface switches between Vietnamese and English", "[app][gui][i18n]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.etalon"));
    REQUIRE(DemoLab::ensure(path, 50, 50));
    MainWindow window;
    REQUIRE(window.openLab(path, QStringLiteral("auditor"), demoPassword).isEmpty());
    window.setLanguage(QStringLiteral("vi"));
    QStringList tabs;
    for (int i = 0; i < window.tabs()->count(); ++i)
        tabs << window.tabs()->tabText(i);
    CHECK(tabs.contains(QStringLiteral("Phương tiện đo")));
    CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1.234,5"));
    // Vietnamese numbers on screen and typed: a decimal comma, units untouched.
    CHECK(Labels::quantity(QStringLiteral("20.01 kg")) == QStringLiteral("20,01 kg"));
    CHECK(Labels::typedNumber(QStringLiteral("20,01")) == QStringLiteral("20.01"));
    CHECK(Labels::date(QDate(2026, 11, 25)) == QStringLiteral("25/11/2026"));
    window.setLanguage(QStringLiteral("en"));
    CHECK(window.tabs()->tabText(window.tabs()->indexOf(window.instrumentsPage())) == QStringLiteral("Instruments"));
}

TEST_CASE("the demo lab is made only at a first start's own lab file, never over a remembered lab or on a server",
          "[app][gui][demo]")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("lab.etalon"));
    CHECK(DemoLab::wantedAt(fresh, false));
    // A lab signed into before and gone since (moved, a drive not mounted) is not replaced by a demo lab.
    CHECK_FALSE(DemoLab::wantedAt(fresh, true));
    const QString server = QStringLiteral("postgresql://etalon_app@lab-server/etalon");
    CHECK_FALSE(DemoLab::wantedAt(server, false));
    CHECK_FALSE(DemoLab::wantedAt(server, true));
    auto refused = DemoLab::ensure(server);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == QStringLiteral("demo_on_server"));
    REQUIRE(DemoLab::ensure(fresh, 20, 40));
    CHECK_FALSE(DemoLab::wantedAt(fresh, false)); // there now
}

TEST_CASE("an admin adds demo data to a demo lab off the GUI thread", "[app][gui][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.etalon"));
    REQUIRE(DemoLab::ensure(path, 50, 50));
    MainWindow window;
    REQUIRE(window.openLab(path, QStringLiteral("admin"), demoPassword).isEmpty());
    const int before = window.instrumentsPage()->model()->rowCount();
    CHECK(window.generateDemoData(40, 400).contains(QStringLiteral("400")));
    CHECK(window.instrumentsPage()->model()->rowCount() == std::min(256, before + 40));
    CHECK(window.peoplePage());
    CHECK(window.stampsPage());
}

TEST_CASE("a new lab is created from the sign-in dialog, or nothing is left behind", "[app][gui][sign-in]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.etalon"));
    SignInDialog dialog{QString()};
    CHECK(dialog
              .createLab(path, QStringLiteral("Trung tâm Đo lường Hà Giang"), QStringLiteral("admin"),
                         QStringLiteral("weak"))
              .contains(QStringLiteral("8")));
    CHECK_FALSE(QFileInfo::exists(path));
    REQUIRE(dialog
                .createLab(path, QStringLiteral("Trung tâm Đo lường Hà Giang"), QStringLiteral("admin"),
                           QStringLiteral("strong-pass-1"))
                .isEmpty());
    CHECK_FALSE(
        dialog.createLab(path, QStringLiteral("Again"), QStringLiteral("admin"), QStringLiteral("strong-pass-1"))
            .isEmpty()); // never over an existing lab
    dialog.passwordEdit()->setText(QStringLiteral("strong-pass-1"));
    dialog.signIn();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto session = dialog.takeSession();
    CHECK(session->session().role == Role::Admin);
    CHECK(session->lab().setting(QStringLiteral("lab_name")) == QStringLiteral("Trung tâm Đo lường Hà Giang"));
    CHECK_FALSE(session->isDemo());
}
