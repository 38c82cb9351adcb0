// SPDX-License-Identifier: Apache-2.0
// One main for every test executable: a Qt application object exists before any test runs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QStandardPaths>

#ifdef ETALON_GUI_TESTS
#include <QApplication>
using TestApplication = QApplication;
#elif defined(ETALON_PAINT_TESTS)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
    // A missing display must never turn into "no tests found".
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    // Settings and data written by tests (recent labs, language, column widths) go to a test area, never
    // to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
