// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QCryptographicHash>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Etalon {

class Database;

/**
 * The row log: every insert, update and delete on a lab's tables is written by a trigger to `row_log` with the
 * row's new state, and each audit entry seals the log rows written before it with a running hash. So the audit
 * chain accounts for every stored fact, whatever the table: a row that differs from its last logged state, or a
 * log row no entry seals, is an edit made behind Etalon's back.
 *
 * The triggers are generated from the schema: every table but the logs themselves, every column but a user's
 * sign-in bookkeeping (failed attempts, lock), which changes at each attempt and is kept in the security log.
 */
namespace RowLog {

struct Trigger
{
    QString name;
    QStringList statements; ///< what makes it: on a server a function, then the trigger calling it
    QString body; ///< what tells it from another of the same name: its statement, or its function's source
};

/** The triggers the lab's current schema needs, table by table. */
Result<QList<Trigger>> triggers(Database& db);

/** The logged tables whose triggers are missing or differ from triggers(); call inside a transaction. */
Result<QStringList> installTriggers(Database& db);

/**
 * On a server, makes each row-log trigger's function as triggers() has it, the triggers themselves and the rows
 * logged left as they are: for a step that changes what the functions do, not what they log. Inside a transaction.
 */
Status refreshFunctions(Database& db);

/** Logs every row of \a tables as it stands now ('s'), the state the log starts from. Inside a transaction. */
Status snapshot(Database& db, const QStringList& tables);

/** Where the sealed part of the log ends and its running hash there. */
struct Seal
{
    qint64 upto = 0;
    QString hash;
};

/** A log row's key as the log's reader takes it: an integer or a text, whichever engine stored it. */
QVariant storedKey(const Database& db, const QVariant& stored);

/** The hash of nothing sealed yet. */
QString genesis();

/** Continues \a previous over the log rows written after it: what the next audit entry stores. */
Result<Seal> sealFrom(Database& db, const Seal& previous);

/** Adds one log row to a running hash (id, table, key, operation, row), unambiguously. */
void feed(QCryptographicHash& hash, qint64 id, const QString& table, const QVariant& key, const QString& op,
          const QVariant& row);

/**
 * The state the log replays to, kept small: for each row its last log row and a digest of what that logged, keyed
 * with a secret drawn at random for each check, so an edit cannot be made to match a digest it cannot predict.
 */
class Replay final
{
public:
    Replay();
    void add(qint64 id, const QString& table, const QVariant& key, const QString& op, const QVariant& row);
    size_t digest(QStringView row) const;

    struct State
    {
        qint64 logId = 0;
        size_t digest = 0;
        bool deleted = false;
    };
    /** The state of a row, taken out (null when the log has none). */
    std::optional<State> take(const QString& table, const QVariant& key);
    /** Rows the log says are there that were not taken: gone from their table. */
    std::optional<std::pair<QString, State>> firstLeft(QString* key) const;

private:
    size_t m_seed;
    QHash<QString, QHash<qint64, State>> m_numbered;
    QHash<QString, QHash<QString, State>> m_named;
};

/** A row that is not what the log says: the table, the row's key, the log row and what differs. */
struct Mismatch
{
    QString table;
    QString key;
    qint64 logId = 0; ///< the log row of the state it should have (0: none)
    QString reason;
};

/**
 * Compares every logged table with \a replay, the state the sealed log replays to, the log's rows after
 * \a sealedUpto first (they were written without an audit entry). The first difference found, if any.
 */
Result<std::optional<Mismatch>> compare(Database& db, Replay& replay, qint64 sealedUpto);

} // namespace RowLog

} // namespace Etalon
