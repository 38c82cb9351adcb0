// SPDX-License-Identifier: Apache-2.0
#include "db/store/Migrations.h"

#include <QRegularExpression>

namespace Etalon::Migrations {

const QStringList& all(Engine engine)
{
    return engine == Engine::PostgreSQL ? postgresSteps() : sqliteSteps();
}

namespace {

QList<QPair<QString, QString>> parseTriggers(const QStringList& scripts, const QRegularExpression& trigger)
{
    QList<QPair<QString, QString>> out;
    for (const QString& script : scripts)
        for (auto it = trigger.globalMatch(script); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QString statement = m.captured(0);
            if (statement.endsWith(u';'))
                statement.chop(1);
            out.append({m.captured(1), statement});
        }
    return out;
}

} // namespace

QList<QPair<QString, QString>> triggers(Engine engine)
{
    // Each trigger is one line of its script; on SQLite it ends with its body's END.
    static const QList<QPair<QString, QString>> sqlite = parseTriggers(
        sqliteSteps(),
        QRegularExpression(QStringLiteral("^CREATE TRIGGER (\\w+) .* END;?$"), QRegularExpression::MultilineOption));
    static const QList<QPair<QString, QString>> postgres = parseTriggers(
        postgresSteps(),
        QRegularExpression(QStringLiteral("^CREATE TRIGGER (\\w+) .*$"), QRegularExpression::MultilineOption));
    return engine == Engine::PostgreSQL ? postgres : sqlite;
}

} // namespace Etalon::Migrations
