// SPDX-License-Identifier: Apache-2.0
#include "db/trust/RowLog.h"

#include "core/Tr.h"
#include "db/store/Database.h"
#include "db/store/SchemaCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Etalon::RowLog {

namespace {

/** A logged table: its key and the columns its log rows hold, as the schema has them now. */
struct Shape
{
    QString table;
    QString key; ///< the primary key column, or rowid
    QStringList columns;
    QStringList values; ///< per column, what is logged: the column itself, or a BLOB's length
};

// The logs keep their own chains; a user's failed attempts and lock change at each sign-in attempt and are told
// in the security log; which desk has a record open is presence, not a fact of the lab.
bool logged(const QString& table)
{
    static const QStringList unlogged{QStringLiteral("row_log"),           QStringLiteral("audit_log"),
                                      QStringLiteral("audit_checkpoints"), QStringLiteral("security_log"),
                                      QStringLiteral("etalon_schema"),     QStringLiteral("record_edits")};
    return !unlogged.contains(table) && !table.startsWith(QLatin1String("sqlite_"));
}

// A server's table that SQLite lists in insertion order has that order as a column (rowid); SQLite's is hidden.
bool loggedColumn(const QString& table, const QString& column)
{
    if (column == QLatin1String("rowid"))
        return false;
    return table != QLatin1String("users") ||
        (column != QLatin1String("failed_attempts") && column != QLatin1String("locked_until"));
}

Result<QList<Shape>> shapes(Database& db)
{
    auto tables = SchemaCatalog::tables(db);
    if (!tables)
        return fail(tables.error());
    QList<Shape> out;
    for (const QString& name : *tables) {
        if (!logged(name))
            continue;
        auto columns = SchemaCatalog::columns(db, name);
        if (!columns)
            return fail(columns.error());
        Shape shape{name, QStringLiteral("rowid"), {}, {}};
        const auto keys = std::count_if(columns->begin(), columns->end(), [](const auto& c) { return c.key; });
        for (const SchemaCatalog::Column& column : *columns) {
            if (keys == 1 && column.key)
                shape.key = column.name;
            if (!loggedColumn(name, column.name))
                continue;
            shape.columns.append(column.name);
            // A document's bytes are checked against the hash stored beside them; the log keeps their length.
            shape.values.append(SchemaCatalog::isBytes(column) ? QStringLiteral("length(%1)").arg(column.name)
                                                               : column.name);
        }
        out.append(shape);
    }
    return out;
}

QString rowExpression(const Database& db, const Shape& s, const QString& prefix)
{
    QStringList parts;
    for (const QString& v : s.values)
        parts.append(v.startsWith(QLatin1String("length(")) ? QStringLiteral("length(%1%2").arg(prefix, v.mid(7))
                                                            : prefix + v);
    if (!db.isServer())
        return QStringLiteral("json_array(%1)").arg(parts.join(QStringLiteral(", ")));
    // The same text as SQLite's json_array, so a row logged on one engine reads the same on the other.
    for (QString& part : parts)
        part = QStringLiteral("COALESCE(to_json(%1)::text, 'null')").arg(part);
    return QStringLiteral("'[' || %1 || ']'").arg(parts.join(QStringLiteral(" || ',' || ")));
}

/** How a row's key is written to the log: as it is on SQLite, as JSON (a number or a string) on a server. */
QString keyExpression(const Database& db, const QString& key)
{
    return db.isServer() ? QStringLiteral("to_jsonb(%1)").arg(key) : key;
}

QString logInsert(const Shape& s, const QString& keyOf, const char* op, const QString& row)
{
    return QStringLiteral("INSERT INTO row_log (tbl, row_key, op, row) VALUES ('%1', %2, '%3', %4); END")
        .arg(s.table, keyOf, QLatin1String(op), row);
}

QList<Trigger> sqliteTriggersOf(const Database& db, const Shape& s)
{
    const QString prefix = QStringLiteral("rowlog_") + s.table;
    const auto trigger = [](const QString& name, const QString& sql) { return Trigger{name, {sql}, sql}; };
    QList<Trigger> out{
        trigger(prefix + QStringLiteral("_insert"),
                QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN ").arg(prefix, s.table) +
                    logInsert(s, QStringLiteral("NEW.") + s.key, "i", rowExpression(db, s, QStringLiteral("NEW.")))),
        trigger(prefix + QStringLiteral("_update"),
                QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 BEGIN ")
                        .arg(prefix, s.columns.join(QStringLiteral(", ")), s.table) +
                    logInsert(s, QStringLiteral("NEW.") + s.key, "u", rowExpression(db, s, QStringLiteral("NEW.")))),
        trigger(prefix + QStringLiteral("_delete"),
                QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN ").arg(prefix, s.table) +
                    logInsert(s, QStringLiteral("OLD.") + s.key, "d", QStringLiteral("NULL"))),
    };
    if (s.key != QLatin1String("rowid"))
        // A row whose key changes leaves its old key behind as deleted.
        out.append(
            trigger(prefix + QStringLiteral("_rekey"),
                    QStringLiteral("CREATE TRIGGER %1_rekey AFTER UPDATE OF %2 ON %3 WHEN OLD.%2 IS NOT NEW.%2 BEGIN ")
                            .arg(prefix, s.key, s.table) +
                        logInsert(s, QStringLiteral("OLD.") + s.key, "d", QStringLiteral("NULL"))));
    return out;
}

/** On a server one trigger per table calls a function of its own, whose source is what is compared. */
Trigger serverTriggerOf(const Database& db, const Shape& s)
{
    const QString name = QStringLiteral("rowlog_") + s.table;
    const auto log = [&](const QString& key, const char* op, const QString& row) {
        return QStringLiteral("    INSERT INTO row_log (tbl, row_key, op, row) VALUES ('%1', %2, %3, %4);\n")
            .arg(s.table, keyExpression(db, key), QLatin1String(op), row);
    };
    // The chain lock first: the log's ids follow the order in which writes commit, so each audit entry seals a run
    // of them that no write still in progress can later fall into.
    const QString body =
        QStringLiteral("\nBEGIN\n    PERFORM pg_advisory_xact_lock(%1);\n    IF TG_OP = 'DELETE' THEN\n")
            .arg(Database::ChainLockKey) +
        log(QStringLiteral("OLD.") + s.key, "'d'", QStringLiteral("NULL")) +
        QStringLiteral(
            "        RETURN NULL;\n    END IF;\n    IF TG_OP = 'UPDATE' AND OLD.%1 IS DISTINCT FROM NEW.%1 THEN\n")
            .arg(s.key) +
        log(QStringLiteral("OLD.") + s.key, "'d'", QStringLiteral("NULL")) + QStringLiteral("    END IF;\n") +
        log(QStringLiteral("NEW.") + s.key, "CASE TG_OP WHEN 'INSERT' THEN 'i' ELSE 'u' END",
            rowExpression(db, s, QStringLiteral("NEW."))) +
        QStringLiteral("    RETURN NULL;\nEND\n");
    return Trigger{
        name,
        {QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$%2$$").arg(name, body),
         QStringLiteral("CREATE TRIGGER %1 AFTER INSERT OR DELETE OR UPDATE OF %2 ON %3 FOR EACH ROW EXECUTE "
                        "FUNCTION %1()")
             .arg(name, s.columns.join(QStringLiteral(", ")), s.table)},
        body};
}

QList<Trigger> triggersOf(const Database& db, const Shape& s)
{
    return db.isServer() ? QList<Trigger>{serverTriggerOf(db, s)} : sqliteTriggersOf(db, s);
}

QByteArray sized(const QByteArray& bytes)
{
    return QByteArray::number(bytes.size()) + ':' + bytes;
}

QString keyText(const QVariant& key)
{
    return key.toString();
}

/** The first column where two logged states of a row differ, as “column “now”, recorded “was””. */
QString difference(const Shape& s, const QString& was, const QString& now)
{
    const QJsonArray a = QJsonDocument::fromJson(was.toUtf8()).array();
    const QJsonArray b = QJsonDocument::fromJson(now.toUtf8()).array();
    int column = 0;
    while (column < s.columns.size() && a.at(column) == b.at(column))
        ++column;
    if (column == s.columns.size())
        return Tr::tr("it differs from the last recorded change");
    const auto text = [](const QJsonValue& v) {
        if (v.isString())
            return v.toString();
        return v.isNull() ? QStringLiteral("NULL") : QString::number(v.toDouble(), 'g', 17);
    };
    return Tr::tr("%1 is “%2”, but the last recorded change left “%3”")
        .arg(s.columns[column], text(b.at(column)), text(a.at(column)));
}

QString loggedRow(Database& db, qint64 logId)
{
    return db.scalar(QStringLiteral("SELECT row FROM row_log WHERE id = ?"), {logId}).value_or(QVariant()).toString();
}

/** One pass over the table: each row against the state its log replays to, taken out of the replay as seen. */
Result<std::optional<Mismatch>> checkTable(Database& db, const Shape& s, Replay& replay)
{
    auto q = db.exec(QStringLiteral("SELECT %1, %2 FROM %3").arg(s.key, rowExpression(db, s, QString()), s.table));
    if (!q)
        return fail(q.error());
    while (q->next()) {
        const QVariant key = q->value(0);
        const QString now = q->value(1).toString();
        const auto state = replay.take(s.table, key);
        if (state && !state->deleted && state->digest == replay.digest(now))
            continue;
        Mismatch m{s.table, keyText(key), state ? state->logId : 0, {}};
        q->finish();
        if (!state)
            m.reason =
                Tr::tr("%1 row %2 was not created through Etalon: no recorded change made it").arg(s.table, m.key);
        else if (state->deleted)
            m.reason = Tr::tr("%1 row %2 is back, but its last recorded change deleted it").arg(s.table, m.key);
        else
            m.reason = Tr::tr("%1 row %2: %3").arg(s.table, m.key, difference(s, loggedRow(db, m.logId), now));
        return std::optional(m);
    }
    return std::optional<Mismatch>();
}

/** The first log row no audit entry seals: written by a change made outside Etalon with the triggers in place. */
Result<std::optional<Mismatch>> unsealed(Database& db, const QList<Shape>& shapes, Replay& replay, qint64 sealedUpto)
{
    auto q = db.exec(QStringLiteral("SELECT tbl, row_key, op, row FROM row_log WHERE id > ? ORDER BY id LIMIT 1"),
                     {sealedUpto});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<Mismatch>();
    const QVariant key = storedKey(db, q->value(1));
    const auto before = replay.take(q->value(0).toString(), key);
    Mismatch m{q->value(0).toString(), keyText(key), before ? before->logId : 0, {}};
    const QString op = q->value(2).toString();
    const QString what = op == QLatin1String("i") ? Tr::tr("inserted")
        : op == QLatin1String("d")                ? Tr::tr("deleted")
                                                  : Tr::tr("changed");
    m.reason = Tr::tr("%1 row %2 was %3 outside Etalon: no audit entry accounts for it").arg(m.table, m.key, what);
    const auto shape = std::find_if(shapes.begin(), shapes.end(), [&](const Shape& s) { return s.table == m.table; });
    if (op == QLatin1String("u") && shape != shapes.end() && before && !before->deleted)
        m.reason +=
            QStringLiteral(" (") + difference(*shape, loggedRow(db, before->logId), q->value(3).toString()) + u')';
    return std::optional(m);
}

} // namespace

Result<QList<Trigger>> triggers(Database& db)
{
    auto list = shapes(db);
    if (!list)
        return fail(list.error());
    QList<Trigger> out;
    for (const Shape& s : *list)
        out.append(triggersOf(db, s));
    return out;
}

Result<QStringList> installTriggers(Database& db)
{
    auto list = shapes(db);
    if (!list)
        return fail(list.error());
    auto present = db.presentTriggers();
    if (!present)
        return fail(present.error());
    QHash<QString, QString> existing;
    for (auto it = present->cbegin(); it != present->cend(); ++it)
        if (it.key().startsWith(QLatin1String("rowlog_")))
            existing.insert(it.key(), it.value());
    QStringList changed;
    for (const Shape& s : *list) {
        for (const Trigger& t : triggersOf(db, s)) {
            const bool there = existing.contains(t.name);
            if (existing.take(t.name) == t.body && there)
                continue;
            if (there)
                ETALON_TRY(db.dropTrigger(t.name));
            for (const QString& statement : t.statements)
                ETALON_TRY(db.exec(statement));
            if (!changed.contains(s.table))
                changed.append(s.table);
        }
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) // a table that is no more
        ETALON_TRY(db.dropTrigger(it.key()));
    return changed;
}

Status refreshFunctions(Database& db)
{
    if (!db.isServer())
        return {};
    auto list = shapes(db);
    if (!list)
        return fail(list.error());
    for (const Shape& s : *list)
        ETALON_TRY(db.exec(serverTriggerOf(db, s).statements.first())); // CREATE OR REPLACE FUNCTION
    return {};
}

Status snapshot(Database& db, const QStringList& tables)
{
    auto list = shapes(db);
    if (!list)
        return fail(list.error());
    for (const Shape& s : *list) {
        if (!tables.contains(s.table))
            continue;
        ETALON_TRY(db.exec(QStringLiteral("INSERT INTO row_log (tbl, row_key, op, row) SELECT '%1', %2, 's', %3 FROM "
                                          "%1 ORDER BY %4")
                               .arg(s.table, keyExpression(db, s.key), rowExpression(db, s, QString()), s.key)));
    }
    return {};
}

QVariant storedKey(const Database& db, const QVariant& stored)
{
    if (!db.isServer() || stored.isNull())
        return stored;
    // A JSON number or string: wrapped in an array, as Qt reads JSON documents.
    const QJsonValue key = QJsonDocument::fromJson("[" + stored.toString().toUtf8() + "]").array().at(0);
    return key.isString() ? QVariant(key.toString()) : QVariant(qint64(key.toDouble()));
}

QString genesis()
{
    return QString(64, u'0');
}

void feed(QCryptographicHash& hash, qint64 id, const QString& table, const QVariant& key, const QString& op,
          const QVariant& row)
{
    const bool textKey = key.typeId() == QMetaType::QString;
    hash.addData(QByteArray::number(id) + '|' + table.toLatin1() + '|' + (textKey ? 't' : 'i') +
                 sized(textKey ? key.toString().toUtf8() : QByteArray::number(key.toLongLong())) + '|' + op.toLatin1() +
                 '|' + (row.isNull() ? QByteArray("-") : 'r' + sized(row.toString().toUtf8())) + '\n');
}

Result<Seal> sealFrom(Database& db, const Seal& previous)
{
    auto q = db.exec(QStringLiteral("SELECT id, tbl, row_key, op, row FROM row_log WHERE id > ? ORDER BY id"),
                     {previous.upto});
    if (!q)
        return fail(q.error());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.hash.toLatin1());
    Seal out = previous;
    while (q->next()) {
        out.upto = q->value(0).toLongLong();
        feed(hash, out.upto, q->value(1).toString(), storedKey(db, q->value(2)), q->value(3).toString(), q->value(4));
    }
    if (out.upto != previous.upto)
        out.hash = QString::fromLatin1(hash.result().toHex());
    return out;
}

Result<std::optional<Mismatch>> compare(Database& db, Replay& replay, qint64 sealedUpto)
{
    auto list = shapes(db);
    if (!list)
        return fail(list.error());
    auto loose = unsealed(db, *list, replay, sealedUpto);
    if (!loose || *loose)
        return loose;
    for (const Shape& s : *list) {
        auto found = checkTable(db, s, replay);
        if (!found || *found)
            return found;
    }
    QString key;
    if (const auto left = replay.firstLeft(&key)) {
        Mismatch m{left->first, key, left->second.logId, {}};
        m.reason = Tr::tr("%1 row %2 is missing, but no recorded change deleted it").arg(m.table, m.key);
        return std::optional(m);
    }
    return std::optional<Mismatch>();
}

Replay::Replay()
    : m_seed(size_t(QRandomGenerator::system()->generate64()))
{
}

size_t Replay::digest(QStringView row) const
{
    return qHash(row, m_seed);
}

void Replay::add(qint64 id, const QString& table, const QVariant& key, const QString& op, const QVariant& row)
{
    const State state{id, row.isNull() ? 0 : digest(row.toString()), op == QLatin1String("d")};
    if (key.typeId() == QMetaType::QString)
        m_named[table].insert(key.toString(), state);
    else
        m_numbered[table].insert(key.toLongLong(), state);
}

std::optional<Replay::State> Replay::take(const QString& table, const QVariant& key)
{
    if (key.typeId() == QMetaType::QString) {
        auto rows = m_named.find(table);
        if (rows == m_named.end() || !rows->contains(key.toString()))
            return std::nullopt;
        return rows->take(key.toString());
    }
    auto rows = m_numbered.find(table);
    if (rows == m_numbered.end() || !rows->contains(key.toLongLong()))
        return std::nullopt;
    return rows->take(key.toLongLong());
}

std::optional<std::pair<QString, Replay::State>> Replay::firstLeft(QString* key) const
{
    std::optional<std::pair<QString, State>> first;
    const auto consider = [&](const QString& table, const QString& k, const State& state) {
        if (!state.deleted && (!first || state.logId < first->second.logId)) {
            first = std::pair(table, state);
            *key = k;
        }
    };
    for (auto t = m_numbered.cbegin(); t != m_numbered.cend(); ++t)
        for (auto r = t->cbegin(); r != t->cend(); ++r)
            consider(t.key(), QString::number(r.key()), r.value());
    for (auto t = m_named.cbegin(); t != m_named.cend(); ++t)
        for (auto r = t->cbegin(); r != t->cend(); ++r)
            consider(t.key(), r.key(), r.value());
    return first;
}

} // namespace Etalon::RowLog
