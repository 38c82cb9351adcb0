// SPDX-License-Identifier: Apache-2.0
#include "app/common/AppPaths.h"
#include "app/common/I18n.h"
#include "app/gui/DemoLab.h"
#include "app/gui/LabSession.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SignInDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

using namespace Etalon;

namespace {

/** Asks who signs in to which lab and shows the main window; again after each sign-out. */
void signIn(MainWindow& window, const QString& lab)
{
    SignInDialog dialog(window.session() ? window.session()->path() : lab);
    if (dialog.exec() != QDialog::Accepted) {
        QApplication::quit();
        return;
    }
    window.openSession(dialog.takeSession());
    window.show();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Etalon"));
    QApplication::setOrganizationName(QStringLiteral("Etalon"));
    I18n::install(QSettings().value(QStringLiteral("ui/language")).toString());
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Etalon", "Calibration and verification laboratory"));
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("Etalon", "Lab database to open."),
                                QStringLiteral("file"));
    QCommandLineOption quitOption(QStringLiteral("quit-after-start"),
                                  QApplication::translate("Etalon", "Open the lab, then quit (a start-up check)."));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshots"),
        QApplication::translate("Etalon", "Write PNGs of the main screens of the demo lab to a folder, then quit."),
        QStringLiteral("folder"));
    parser.addOption(dbOption);
    parser.addOption(quitOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    const QStringList recent = RecentLabs::list();
    const QString path = parser.isSet(dbOption)                         ? parser.value(dbOption)
        : !qEnvironmentVariableIsEmpty("ETALON_DB") || recent.isEmpty() ? AppPaths::defaultDatabase()
                                                                        : recent.first();
    // The first start with no database opens the demo lab, clearly marked as demo data.
    if (!QFileInfo::exists(path)) {
        auto created = DemoLab::ensure(path);
        if (!created) {
            QMessageBox::critical(nullptr, QApplication::translate("Etalon", "Etalon"), created.error().message);
            return 1;
        }
    }
    MainWindow window;
    if (parser.isSet(screenshotOption) || parser.isSet(quitOption)) {
        // Unattended: the demo lab's manager, whose password is published with the demo.
        const QString error = window.openLab(path, QStringLiteral("manager"), QString::fromLatin1(DemoLab::Password));
        if (!error.isEmpty()) {
            QMessageBox::critical(nullptr, QApplication::translate("Etalon", "Etalon"), error);
            return 1;
        }
        return parser.isSet(screenshotOption) ? (window.writeScreenshots(parser.value(screenshotOption)) ? 0 : 1) : 0;
    }
    QObject::connect(&window, &MainWindow::signOutRequested, &window, [&window, path] {
        window.hide();
        signIn(window, path);
    });
    signIn(window, path);
    if (!window.session())
        return 0;
    return app.exec();
}
