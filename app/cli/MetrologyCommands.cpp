// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Commands.h"

#include "core/BudgetJson.h"
#include "core/Tr.h"

#include <QFile>

namespace Etalon::Cli {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

QString table(const Budget& budget, const BudgetResult& r)
{
    QString text;
    if (!budget.measurand.isEmpty())
        text += budget.measurand + u'\n';
    text += Tr::tr("%1  %2  %3  %4  %5  %6\n")
                .arg(Tr::tr("contribution"), -28)
                .arg(Tr::tr("u(xi)"), 12)
                .arg(Tr::tr("ci"), 10)
                .arg(Tr::tr("|ci·u(xi)|"), 12)
                .arg(Tr::tr("νi"), 8)
                .arg(Tr::tr("share"), 7);
    for (const ContributionResult& c : r.contributions)
        text += QStringLiteral("%1  %2  %3  %4  %5  %6 %\n")
                    .arg(c.name.left(28), -28)
                    .arg(number(c.standardUncertainty), 12)
                    .arg(number(c.sensitivity), 10)
                    .arg(number(c.contribution), 12)
                    .arg(c.dof ? number(*c.dof) : QStringLiteral("∞"), 8)
                    .arg(c.share * 100, 5, 'f', 1);
    text += Tr::tr("u_c = %1 %2\n").arg(number(r.combined), budget.unit);
    text += Tr::tr("ν_eff = %1\n")
                .arg(r.effectiveDof
                         ? QStringLiteral("%1 (%2 used)").arg(*r.effectiveDof, 0, 'f', 2).arg(*r.effectiveDofUsed)
                         : QStringLiteral("∞"));
    text += r.fixedK
        ? Tr::tr("k = %1 (fixed)\n").arg(number(r.coverageFactor))
        : Tr::tr("k = %1 for p = %2 %\n").arg(r.coverageFactor, 0, 'f', 3).arg(r.coverageProbability * 100);
    text += Tr::tr("U = %1 %2 (unrounded)\n").arg(number(r.expanded), budget.unit);
    text += Tr::tr("Result: %1").arg(r.resultText);
    return text;
}

Result<Output> uncertainty(Context& ctx)
{
    const QString path = ctx.args().positional.value(0);
    if (path.isEmpty())
        return fail(Error::badInput(QStringLiteral("file"), Tr::tr("the budget file is required"),
                                    QStringLiteral("missing_field")));
    ETALON_GET(bytes, readInputFile(path, QStringLiteral("file"), 16 * 1024 * 1024));
    ETALON_GET(budget, BudgetJson::parse(*bytes));
    ETALON_GET(result, evaluateBudget(*budget));
    return Output{BudgetJson::write(*budget, *result), table(*budget, *result)};
}

} // namespace

const QList<CommandSpec>& metrologyCommands()
{
    static const QList<CommandSpec> list{
        {"uncertainty", Access::None, uncertainty, "uncertainty FILE.json   (evaluates a GUM uncertainty budget)"},
    };
    return list;
}

} // namespace Etalon::Cli
