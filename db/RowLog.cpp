// SPDX-License-Identifier: Apache-2.0
#include "db/RowLog.h"

#include "core/Tr.h"
#include "db/Database.h"

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
// in the security log.
bool logged(const QString& table)
{
    static const QStringList unlogged{QStringLiteral("row_log"), QStringLiteral("audit_log"),
                                      QStringLiteral("audit_checkpoints"), QStringLiteral("security_log")};
    return !unlogged.contains(table) && !table.startsWith(QLatin1String("sqlite_"));
}

bool loggedColumn(const QString& table, const QString& column)
{
    return table != QLatin1String("users") ||
        (column != QLatin1String("failed_attempts") && column != QLatin1String("locked_until"));
}

Result<QList<Shape>> shapes(Database& db)
{
    auto tables = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    if (!tables)
        return fail(tables.error());
    QStringList names;
    while (tables->next())
        if (const QString name = tables->value(0).toString(); logged(name))
            names.append(name);
    tables->finish();
    QList<Shape> out;
    for (const QString& name : names) {
        auto columns =
            db.exec(QStringLiteral("SELECT name, upper(type), pk FROM pragma_table_info(?) ORDER BY cid"), {name});
        if (!columns)
            return fail(columns.error());
        Shape shape{name, QStringLiteral("rowid"), {}, {}};
        int keys = 0;
        QString pk;
        while (columns->next()) {
            const QString column = columns->value(0).toString();
            if (columns->value(2).toInt() > 0) {
                ++keys;
                pk = column;
            }
            if (!loggedColumn(name, column))
                continue;
            shape.columns.append(column);
            // A document's bytes are checked against the hash stored beside them; the log keeps their length.
            shape.values.append(columns->value(1).toString() == QLatin1String("BLOB")
                                    ? QStringLiteral("length(%1)").arg(column)
                                    : column);
        }
        if (keys == 1)
            shape.key = pk;
        out.append(shape);
    }
    return out;
}

QString rowExpression(const Shape& s, const QString& prefix)
{
    QStringList parts;
    for (const QString& v : s.values)
        parts.append(v.startsWith(QLatin1String("length(")) ? QStringLiteral("length(%1%2").arg(prefix, v.mid(7))
                                                            : prefix + v);
    return QStringLiteral("json_array(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString logInsert(const Shape& s, const QString& keyOf, const char* op, const QString& row)
{
    return QStringLiteral("INSERT INTO row_log (tbl, row_key, op, row) VALUES ('%1', %2, '%3', %4); END")
        .arg(s.table, keyOf, QLatin1String(op), row);
}

QList<Trigger> triggersOf(const Shape& s)
{
    const QString prefix = QStringLiteral("rowlog_") + s.table;
    QList<Trigger> out{
        {prefix + QStringLiteral("_insert"),
         QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN ").arg(prefix, s.table) +
             logInsert(s, QStringLiteral("NEW.") + s.key, "i", rowExpression(s, QStringLiteral("NEW.")))},
        {prefix + QStringLiteral("_update"),
         QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 BEGIN ")
                 .arg(prefix, s.columns.join(QStringLiteral(", ")), s.table) +
             logInsert(s, QStringLiteral("NEW.") + s.key, "u", rowExpression(s, QStringLiteral("NEW.")))},
        {prefix + QStringLiteral("_delete"),
         QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN ").arg(prefix, s.table) +
             logInsert(s, QStringLiteral("OLD.") + s.key, "d", QStringLiteral("NULL"))},
    };
    if (s.key != QLatin1String("rowid"))
        // A row whose key changes leaves its old key behind as deleted.
        out.append({prefix + QStringLiteral("_rekey"),
                    QStringLiteral("CREATE TRIGGER %1_rekey AFTER UPDATE OF %2 ON %3 WHEN OLD.%2 IS NOT NEW.%2 BEGIN ")
                            .arg(prefix, s.key, s.table) +
                        logInsert(s, QStringLiteral("OLD.") + s.key, "d", QStringLiteral("NULL"))});
    return out;
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
    auto q = db.exec(QStringLiteral("SELECT %1, %2 FROM %3").arg(s.key, rowExpression(s, QString()), s.table));
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
    const auto before = replay.take(q->value(0).toString(), q->value(1));
    Mismatch m{q->value(0).toString(), keyText(q->value(1)), before ? before->logId : 0, {}};
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
        out.append(triggersOf(s));
    return out;
}

Result<QStringList> installTriggers(Database& db)
{
    auto list = shapes(db);
    if (!list)
        return fail(list.error());
    auto present = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                                          "'rowlog\\_%' ESCAPE '\\'"));
    if (!present)
        return fail(present.error());
    QHash<QString, QString> existing;
    while (present->next())
        existing.insert(present->value(0).toString(), present->value(1).toString());
    present->finish();
    QStringList changed;
    for (const Shape& s : *list) {
        for (const Trigger& t : triggersOf(s)) {
            const QString was = existing.take(t.name);
            if (was == t.sql)
                continue;
            if (!was.isEmpty())
                ETALON_TRY(db.exec(QStringLiteral("DROP TRIGGER %1").arg(t.name)));
            ETALON_TRY(db.exec(t.sql));
            if (!changed.contains(s.table))
                changed.append(s.table);
        }
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) // a table that is no more
        ETALON_TRY(db.exec(QStringLiteral("DROP TRIGGER %1").arg(it.key())));
    return changed;
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
                                          "%1 ORDER BY %2")
                               .arg(s.table, s.key, rowExpression(s, QString()))));
    }
    return {};
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
        feed(hash, out.upto, q->value(1).toString(), q->value(2), q->value(3).toString(), q->value(4));
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
