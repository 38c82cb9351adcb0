// SPDX-License-Identifier: Apache-2.0
#include "db/backup/LabTransfer.h"

#include "core/Tr.h"
#include "db/postgres/ConnectionUri.h"
#include "db/store/Database.h"
#include "db/store/Migrations.h"
#include "db/store/SchemaCatalog.h"
#include "db/trust/LabVerifier.h"
#include "db/trust/RowLog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <optional>

#include <QJsonArray>
#include <QJsonDocument>

namespace Etalon::LabTransfer {

namespace {

/** A read of \a db in one snapshot, ended when it goes out of scope. */
class Snapshot final
{
public:
    explicit Snapshot(Database& db)
        : m_db(db)
    {
        m_open = m_db.exec(m_db.isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                           : QStringLiteral("BEGIN"))
                     .has_value();
    }
    ~Snapshot()
    {
        if (m_open)
            (void)m_db.exec(QStringLiteral("COMMIT"));
    }
    Snapshot(const Snapshot&) = delete;
    Snapshot& operator=(const Snapshot&) = delete;

private:
    Database& m_db;
    bool m_open = false;
};

/** The row log's key as the target stores it: itself on SQLite, JSON on a server. */
QVariant keyFor(Database& from, Database& to, const QVariant& stored)
{
    const QVariant key = RowLog::storedKey(from, stored);
    if (!to.isServer() || key.isNull())
        return key;
    const QByteArray json = QJsonDocument(QJsonArray{QJsonValue::fromVariant(key)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

Status setTriggersAside(Database& to, const QStringList& tables)
{
    if (to.isServer()) {
        for (const QString& table : tables)
            ETALON_TRY(to.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table)));
        return {}; // foreign keys hold row by row: tables go in after those they name, rows in the order made
    }
    ETALON_TRY(to.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
    auto present = to.presentTriggers();
    if (!present)
        return fail(present.error());
    for (auto it = present->cbegin(); it != present->cend(); ++it)
        ETALON_TRY(to.dropTrigger(it.key()));
    return {};
}

Status putTriggersBack(Database& to, const QStringList& tables)
{
    if (to.isServer()) {
        for (const QString& table : tables)
            ETALON_TRY(to.exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table)));
        return {};
    }
    for (const auto& [name, statement] : Migrations::triggers(Engine::SQLite))
        ETALON_TRY(to.exec(statement));
    auto logged = RowLog::installTriggers(to);
    if (!logged)
        return fail(logged.error());
    return {};
}

/** Source rows in the order they were made: by key, or where the key is a name, by SQLite's rowid. */
QString orderOf(Database& from, const QList<SchemaCatalog::Column>& columns)
{
    const auto has = [&](const QString& name) {
        return std::any_of(columns.begin(), columns.end(), [&](const auto& c) { return c.name == name; });
    };
    if (!from.isServer() || has(QStringLiteral("rowid")))
        return QStringLiteral("rowid");
    const auto key = std::find_if(columns.begin(), columns.end(), [](const auto& c) { return c.key; });
    return key != columns.end() ? key->name : QStringLiteral("1");
}

Status copyTable(Database& from, Database& to, const QString& table)
{
    auto source = SchemaCatalog::columns(from, table);
    auto target = SchemaCatalog::columns(to, table);
    if (!source || !target)
        return fail(!source ? source.error() : target.error());
    QStringList names;
    for (const auto& c : *target)
        if (std::any_of(source->begin(), source->end(), [&](const auto& s) { return s.name == c.name; }))
            names.append(c.name);
    const int rowKey = table == QLatin1String("row_log") ? int(names.indexOf(QStringLiteral("row_key"))) : -1;
    QStringList marks;
    for (int i = 0; i < names.size(); ++i)
        marks.append(QStringLiteral("?"));
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    auto rows = from.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                              .arg(names.join(QStringLiteral(", ")), table, orderOf(from, *source)));
    if (!rows)
        return fail(rows.error());
    while (rows->next()) {
        QVariantList values;
        values.reserve(names.size());
        for (int i = 0; i < names.size(); ++i)
            values.append(i == rowKey ? keyFor(from, to, rows->value(i)) : rows->value(i));
        ETALON_TRY(to.exec(insert, values));
    }
    return {};
}

/** A server's identities go on after the ids copied, as SQLite's go on after the largest. */
Status continueIdentities(Database& to)
{
    if (!to.isServer())
        return {};
    auto q = to.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                                    "table_schema = current_schema() AND is_identity = 'YES'"));
    if (!q)
        return fail(q.error());
    QList<QPair<QString, QString>> identities;
    while (q->next())
        identities.append({q->value(0).toString(), q->value(1).toString()});
    for (const auto& [table, column] : identities)
        ETALON_TRY(to.continueIdentity(table, column));
    return {};
}

} // namespace

Status copy(Database& from, Database& to)
{
    if (from.schemaVersion() != Database::latestSchemaVersion() ||
        to.schemaVersion() != Database::latestSchemaVersion())
        return fail(Error::refused(QStringLiteral("schema_version"),
                                   Tr::tr("a lab is copied between labs of this Etalon's schema version only (%1)")
                                       .arg(Database::latestSchemaVersion()),
                                   QStringLiteral("db")));
    std::optional<Snapshot> snapshot; // inside a write of its own, the source is read as that write sees it
    if (!from.inTransaction())
        snapshot.emplace(from);
    auto order = SchemaCatalog::inDependencyOrder(to);
    if (!order)
        return fail(order.error());
    Transaction tx(to);
    if (!tx.isActive())
        return fail(tx.beginError());
    ETALON_TRY(setTriggersAside(to, *order));
    for (auto it = order->crbegin(); it != order->crend(); ++it)
        ETALON_TRY(to.exec(QStringLiteral("DELETE FROM %1").arg(*it)));
    for (const QString& table : *order)
        ETALON_TRY(copyTable(from, to, table));
    ETALON_TRY(continueIdentities(to));
    ETALON_TRY(putTriggersBack(to, *order));
    ETALON_TRY(to.refreshStatistics());
    return tx.commit();
}

namespace {

Status checkTarget(Database& source, const QString& to)
{
    if (to.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("to"),
                                    Tr::tr("where to move the lab is required: a new lab file "
                                           "or an empty PostgreSQL database's URI"),
                                    QStringLiteral("missing_field")));
    if (Postgres::isServerUri(to)) {
        auto address = Postgres::parseServerUri(to, QStringLiteral("to"));
        if (!address)
            return fail(address.error());
        if (source.isServer() && address->redacted() == source.path())
            return fail(Error::badInput(QStringLiteral("to"), Tr::tr("%1 is the lab itself").arg(source.path()),
                                        QStringLiteral("same_lab")));
        return {};
    }
    ETALON_TRY(Database::refuseOpenLabFile(to, QStringLiteral("to")));
    if (QFileInfo::exists(to))
        return fail(Error::refused(QStringLiteral("file_exists"),
                                   Tr::tr("%1 exists already; a lab is moved into a new file only").arg(to),
                                   QStringLiteral("to")));
    return {};
}

Result<MigrationReport> moveInto(Lab& from, const Session& session, Database& target, const QString& to)
{
    ETALON_TRY(target.open(to, true));
    auto entries = target.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!entries)
        return fail(entries.error());
    if (entries->toLongLong() > 0)
        return fail(Error::refused(
            QStringLiteral("target_not_empty"),
            Tr::tr("%1 holds a lab already; a lab is moved into an empty database only").arg(target.path()),
            QStringLiteral("to")));
    // The lab is held for the whole move, so no desk's write lands in the source after the copy was read; the move
    // is in the trail the copy holds, and the source is marked moved as the same write ends, so it is never changed
    // again beside its copy.
    Transaction tx(from.db());
    if (!tx.isActive())
        return fail(tx.beginError());
    ETALON_TRY(from.logChange(session, QStringLiteral("lab.migrate"), QStringLiteral("lab"), std::nullopt, {},
                              QJsonObject{{QStringLiteral("to"), target.path()}}));
    ETALON_TRY(copy(from.db(), target));
    auto verified = verifyLab(target);
    if (!verified)
        return fail(verified.error());
    if (!verified->intact())
        return fail(Error::internal(Tr::tr("the moved lab at %1 does not verify: %2")
                                        .arg(target.path(),
                                             verified->firstBreak           ? verified->firstBreak->reason
                                                 : verified->domainMismatch ? verified->domainMismatch->reason
                                                                            : verified->schemaDifference),
                                    QStringLiteral("migrate_failed")));
    ETALON_TRY(
        from.db().exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('moved_to', ?)"), {target.path()}));
    ETALON_TRY(from.logChange(session, QStringLiteral("lab.moved"), QStringLiteral("lab"), std::nullopt, {},
                              QJsonObject{{QStringLiteral("to"), target.path()}}));
    ETALON_TRY(tx.commit());
    return MigrationReport{target.path(), verified->entries, verified->certificates};
}

} // namespace

Result<MigrationReport> migrate(Lab& from, const Session& session, const QString& to)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    ETALON_TRY(checkTarget(from.db(), to));
    Database target;
    auto moved = moveInto(from, session, target, to);
    if (!moved && !Postgres::isServerUri(to)) {
        target.close(); // the file was not there before: no half-moved lab is left
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(to + suffix);
    }
    return moved;
}

} // namespace Etalon::LabTransfer
