// SPDX-License-Identifier: Apache-2.0
#include "app/gui/DemoLab.h"
#include "app/gui/DueTableModel.h"
#include "app/gui/InstrumentTableModel.h"
#include "app/gui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Etalon;

TEST_CASE("the main window opens the demo lab, lists instruments and what falls due", "[app][gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.etalon"));
    REQUIRE(DemoLab::ensure(path, 600, 1500));
    MainWindow window;
    REQUIRE(window.openLab(path).isEmpty());
    auto* banner = window.findChild<QLabel*>(QStringLiteral("bannerLabel"));
    REQUIRE(banner);
    CHECK(banner->isVisibleTo(&window));
    CHECK(banner->text().contains(QStringLiteral("DEMO")));

    InstrumentTableModel* instruments = window.instrumentModel();
    // Lazy: the first page only, more when the view asks.
    CHECK(instruments->rowCount() == 256);
    CHECK(instruments->canFetchMore({}));
    instruments->fetchMore({});
    CHECK(instruments->rowCount() == 512);
    QAbstractItemModelTester instrumentTester(instruments, QAbstractItemModelTester::FailureReportingMode::Fatal);
    window.show();

    QTest::keyClicks(window.searchEdit(), QStringLiteral("100007"));
    CHECK(instruments->rowCount() == 1);
    CHECK(instruments->data(instruments->index(0, InstrumentTableModel::Serial))
              .toString()
              .endsWith(QStringLiteral("100007")));
    window.searchEdit()->clear();
    CHECK(instruments->rowCount() == 256);

    DueTableModel* due = window.dueModel();
    QAbstractItemModelTester dueTester(due, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(due->rowCount() > 0);
    CHECK(due->reload(365).isEmpty());
}

TEST_CASE("opening a missing lab reports why", "[app][gui]")
{
    QTemporaryDir dir;
    MainWindow window;
    CHECK_FALSE(window.openLab(dir.filePath(QStringLiteral("absent.etalon"))).isEmpty());
}
