// SPDX-License-Identifier: Apache-2.0
#include "app/gui/UncertaintyDialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Etalon;

namespace {
QJsonObject weightBudget()
{
    return QJsonDocument::fromJson(R"({ "measurand": "10 kg weight", "unit": "g", "estimate": 10000.025, "k": 2,
      "contributions": [ { "name": "m_S", "expanded": 0.045, "k": 2 },
                         { "name": "drift", "half_width": 0.015, "distribution": "rectangular" },
                         { "name": "comparison", "standard_uncertainty": 0.014434 },
                         { "name": "comparator", "half_width": 0.010, "distribution": "rectangular" },
                         { "name": "buoyancy", "half_width": 0.010, "distribution": "rectangular" } ] })")
        .object();
}
} // namespace

TEST_CASE("the uncertainty calculator evaluates a budget as it is typed", "[app][gui][uncertainty]")
{
    UncertaintyDialog dialog;
    dialog.setBudgetJson(weightBudget());
    CHECK(dialog.table()->rowCount() == 5);
    CHECK(dialog.resultText().contains(QStringLiteral("10000.025 ± 0.059 g")));
    // Typing a value that is not a number names the row at fault.
    dialog.table()->item(2, UncertaintyDialog::Value)->setText(QStringLiteral("lots"));
    CHECK(dialog.resultText().contains(QStringLiteral("comparison")));
    dialog.table()->item(2, UncertaintyDialog::Value)->setText(QStringLiteral("0.014434"));
    CHECK(dialog.resultText().contains(QStringLiteral("0.059")));
    dialog.addContribution(QStringLiteral("repeatability"), QStringLiteral("observations"),
                           QStringLiteral("0.9; 0.7; 0.8"));
    CHECK(dialog.table()->rowCount() == 6);
    CHECK(dialog.resultText().contains(QStringLiteral("ν_eff")));
}

TEST_CASE("the calculator saves and opens the CLI's budget files", "[app][gui][uncertainty]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("budget.json"));
    UncertaintyDialog first;
    first.setBudgetJson(weightBudget());
    REQUIRE(first.saveFile(path));
    UncertaintyDialog second;
    REQUIRE(second.openFile(path));
    CHECK(second.resultText() == first.resultText());
    auto json = second.budgetJson();
    REQUIRE(json);
    CHECK(json->value(QStringLiteral("contributions")).toArray().size() == 5);
    CHECK_FALSE(second.openFile(dir.filePath(QStringLiteral("absent.json"))));
}

TEST_CASE("the calculator reads numbers as the chosen language writes them", "[app][gui][uncertainty]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    UncertaintyDialog dialog;
    dialog.addContribution(QStringLiteral("a"), QStringLiteral("standard_uncertainty"), QStringLiteral("0,3"));
    dialog.addContribution(QStringLiteral("b"), QStringLiteral("standard_uncertainty"), QStringLiteral("0,4"));
    CHECK(dialog.resultText().contains(QStringLiteral("0,5")));
    QLocale::setDefault(previous);
}
