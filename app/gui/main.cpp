// SPDX-License-Identifier: Apache-2.0
#include "app/common/AppPaths.h"
#include "app/common/I18n.h"
#include "app/gui/DemoLab.h"
#include "app/gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>

using namespace Etalon;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Etalon"));
    QApplication::setOrganizationName(QStringLiteral("Etalon"));
    I18n::install(QString());
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Etalon", "Calibration and verification laboratory"));
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("Etalon", "Lab database to open."),
                                QStringLiteral("file"));
    QCommandLineOption quitOption(QStringLiteral("quit-after-start"),
                                  QApplication::translate("Etalon", "Open the lab, then quit (a start-up check)."));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshots"),
        QApplication::translate("Etalon", "Write PNGs of the main screens to a folder, then quit."),
        QStringLiteral("folder"));
    parser.addOption(dbOption);
    parser.addOption(quitOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : AppPaths::defaultDatabase();
    // The first start with no database opens the demo lab, clearly marked as demo data.
    if (!QFileInfo::exists(path)) {
        auto created = DemoLab::ensure(path);
        if (!created) {
            QMessageBox::critical(nullptr, QApplication::translate("Etalon", "Etalon"), created.error().message);
            return 1;
        }
    }
    MainWindow window;
    const QString error = window.openLab(path);
    if (!error.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("Etalon", "Etalon"), error);
        return 1;
    }
    if (parser.isSet(screenshotOption))
        return window.writeScreenshots(parser.value(screenshotOption)) ? 0 : 1;
    window.show();
    if (parser.isSet(quitOption))
        return 0;
    return app.exec();
}
