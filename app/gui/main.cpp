// SPDX-License-Identifier: Apache-2.0
#include "app/common/AppPaths.h"
#include "app/common/I18n.h"
#include "app/gui/DemoLab.h"
#include "app/gui/LabSession.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SignInDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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
    // $ETALON_LANG (scripts, screenshots) before the language chosen in the client, before the system's.
    I18n::install(qEnvironmentVariableIsEmpty("ETALON_LANG")
                      ? QSettings().value(QStringLiteral("ui/language")).toString()
                      : QString());
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
    const bool unattended = parser.isSet(screenshotOption) || parser.isSet(quitOption);
    // Unattended runs have nobody to close a message box: they report on standard error.
    const auto report = [unattended](const QString& message) {
        if (unattended)
            qCritical("%s", qUtf8Printable(message));
        else
            QMessageBox::critical(nullptr, QApplication::translate("Etalon", "Etalon"), message);
        return 1;
    };
    // The first start with no database opens the demo lab, clearly marked as demo data. A lab remembered from an
    // earlier sign-in that has gone (a moved file, a drive not mounted) is not replaced by one, and a server's
    // database never gets one: the sign-in dialog says what is wrong there.
    const bool remembered = !parser.isSet(dbOption) && qEnvironmentVariableIsEmpty("ETALON_DB") && !recent.isEmpty();
    if (DemoLab::wantedAt(path, remembered)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto created = DemoLab::ensure(path);
        if (!created)
            return report(created.error().message);
    }
    MainWindow window;
    if (unattended) {
        // The demo lab's manager, whose password is published with the demo.
        const QString error = window.openLab(path, QStringLiteral("manager"), QString::fromLatin1(DemoLab::Password));
        if (!error.isEmpty())
            return report(error);
        if (!parser.isSet(screenshotOption))
            return 0;
        // The manager's screens, then the technician's workbench.
        bool written = window.writeScreenshots(parser.value(screenshotOption));
        const QString technician =
            window.openLab(path, QStringLiteral("technician"), QString::fromLatin1(DemoLab::Password));
        written = technician.isEmpty() && window.writeScreenshots(parser.value(screenshotOption)) && written;
        return written ? 0 : 1;
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
