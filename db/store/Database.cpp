// SPDX-License-Identifier: Apache-2.0
#include "db/store/Database.h"

#include "db/catalog/CatalogSeeder.h"
#include "db/postgres/ConnectionUri.h"
#include "db/store/Migrations.h"
#include "db/store/SchemaCatalog.h"
#include "db/trust/AuditLog.h"
#include "db/trust/RowLog.h"
#include "db/trust/SecurityLog.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QThread>
#include <QUuid>

namespace Etalon {

Database::Database()
    : m_connectionName(QStringLiteral("etalon-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

Status Database::open(const QString& path, bool create)
{
    if (Postgres::isServerUri(path))
        return openServer(path, create, false, false);
    const bool readOnly = QFileInfo::exists(path) && isReadOnlyPlace(path);
    // A new lab where nothing could ever be written to it would be of no use.
    if (create && !path.trimmed().isEmpty() && QFileInfo(path).size() == 0 && !QFileInfo(path).isDir() &&
        isReadOnlyPlace(path))
        return fail(Error::refused(QStringLiteral("lab_read_only"),
                                   Tr::tr("%1 is read-only (the file or its folder cannot be written): no lab can be "
                                          "made there")
                                       .arg(path),
                                   QStringLiteral("db")));
    return openFile(path, create, readOnly, false);
}

Status Database::openReadOnly(const QString& path, bool anyVersion)
{
    if (Postgres::isServerUri(path))
        return openServer(path, false, true, anyVersion);
    return openFile(path, false, true, anyVersion);
}

Status Database::prepareSchema(bool anyVersion)
{
    if (!isServer())
        ETALON_TRY(setUpFileSession());
    if (m_readOnly) {
        const int version = schemaVersion();
        if (version != latestSchemaVersion() && !anyVersion) {
            const QString path = m_path;
            close();
            return fail(version > latestSchemaVersion()
                            ? Error::refused(QStringLiteral("newer_schema"),
                                             Tr::tr("the database has schema version %1, newer than this program "
                                                    "knows (%2); use a newer Etalon")
                                                 .arg(version)
                                                 .arg(latestSchemaVersion()),
                                             QStringLiteral("db"))
                            : Error::refused(QStringLiteral("lab_read_only"),
                                             Tr::tr("%1 was made by an older Etalon and needs upgrading, which a "
                                                    "read-only lab cannot be; copy it where it can be written")
                                                 .arg(path),
                                             QStringLiteral("db")));
        }
        rememberFiles();
        return {};
    }
    ETALON_TRY(migrate());
    restoreTriggers();
    rememberFiles();
    // A lab moved elsewhere is read as a read-only one is: signing in counts no attempt, nothing is written.
    m_movedTo =
        scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'moved_to'")).value_or(QVariant()).toString();
    m_readOnly = !m_movedTo.isEmpty();
    return {};
}

Result<QHash<QString, QString>> Database::presentTriggers()
{
    if (isServer())
        return presentServerTriggers();
    auto present = exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"));
    if (!present)
        return fail(present.error());
    QHash<QString, QString> triggers;
    while (present->next())
        triggers.insert(present->value(0).toString(), present->value(1).toString());
    return triggers;
}

Status Database::dropTrigger(const QString& name)
{
    if (isServer())
        return dropServerTrigger(name);
    ETALON_TRY(exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(QString(name).replace(u'"', QStringLiteral("\"\"")))));
    return {};
}

Status Database::refreshStatistics(const QStringList& tables)
{
    if (!isServer())
        return {};
    QStringList names = tables;
    if (names.isEmpty()) {
        // The lab's own tables: ANALYZE of the whole database would try the system's too, which only a superuser may.
        auto own = SchemaCatalog::tables(*this);
        if (!own)
            return fail(own.error());
        names = *own;
    }
    ETALON_TRY(exec(QStringLiteral("ANALYZE %1").arg(names.join(QStringLiteral(", ")))));
    return {};
}

QString Database::rowMarks(qsizetype rows, int columns)
{
    const QString row = u'(' + QStringList(columns, QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    return QStringList(rows, row).join(QStringLiteral(", "));
}

Status Database::continueIdentity(const QString& table, const QString& column)
{
    if (!isServer())
        return {};
    ETALON_TRY(exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), COALESCE(MAX(%2), 0) + 1, "
                                   "false) FROM %1")
                        .arg(table, column)));
    return {};
}

void Database::restoreTriggers()
{
    auto present = presentTriggers();
    if (!present)
        return;
    QHash<QString, QString> triggers = *present;
    QList<QPair<QString, QString>> missing;
    for (const auto& trigger : Migrations::triggers(m_engine))
        if (!triggers.remove(trigger.first))
            missing.append(trigger);
    QStringList rowLogged; // row-log triggers missing or not as the schema makes them
    if (schemaVersion() > Migrations::RowLog) {
        auto expected = RowLog::triggers(*this);
        if (!expected)
            return;
        for (const RowLog::Trigger& t : *expected)
            if (triggers.take(t.name) != t.body)
                rowLogged.append(t.name);
        for (auto it = triggers.cbegin(); it != triggers.cend(); ++it)
            if (it.key().startsWith(QLatin1String("rowlog_")))
                rowLogged.append(it.key());
    }
    // A trigger Etalon never made would run inside its writes, and its changes be sealed as theirs.
    QStringList foreign;
    for (auto it = triggers.cbegin(); it != triggers.cend(); ++it)
        if (!it.key().startsWith(QLatin1String("rowlog_")))
            foreign.append(it.key());
    if (missing.isEmpty() && rowLogged.isEmpty() && foreign.isEmpty())
        return; // the usual case: no write, no wait for another writer
    Transaction tx(*this);
    if (!tx.isActive())
        return; // a read-only lab: nothing can be written to it anyway
    QStringList restored;
    for (const auto& [name, statement] : missing) {
        if (!exec(statement))
            return;
        restored.append(name);
    }
    if (!rowLogged.isEmpty() && !RowLog::installTriggers(*this))
        return;
    restored.append(rowLogged);
    for (const QString& name : foreign)
        if (!dropTrigger(name))
            return;
    if (!foreign.isEmpty())
        (void)SecurityLog::append(*this, QDateTime::currentDateTimeUtc(), QStringLiteral("etalon"),
                                  QStringLiteral("triggers_removed"), foreign.join(u','));
    if (restored.isEmpty()) {
        (void)tx.commit();
        return;
    }
    // Said where an admin looks for what happened to the lab, apart from the audit trail.
    (void)SecurityLog::append(*this, QDateTime::currentDateTimeUtc(), QStringLiteral("etalon"),
                              QStringLiteral("triggers_restored"), restored.join(u','));
    (void)tx.commit();
}

namespace {

bool isPreparable(const QString& sql)
{
    static const QStringList queries{QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                     QStringLiteral("DELETE"), QStringLiteral("WITH"),   QStringLiteral("VALUES")};
    const QString first = sql.trimmed().section(u' ', 0, 0).toUpper();
    return queries.contains(first);
}

/** A script's statements: split at ';' ending a line, but not inside a $$-quoted function body. */
QStringList statementsOf(const QString& script)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (const QString& line : script.split(u'\n')) {
        if (line.count(QLatin1String("$$")) % 2 == 1)
            quoted = !quoted;
        current += line + u'\n';
        if (!quoted && line.endsWith(u';')) {
            current.chop(2);
            out.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current);
    return out;
}

} // namespace

void Database::close()
{
    m_statements->clear(); // prepared statements must not outlive the connection
    // A query still reading gives its statement back to the old pool, which is gone with the connection.
    m_statements = std::make_shared<StatementPool>();
    m_files.clear();
    m_readOnly = false;
    m_latestSeen = 0;
    m_movedTo.clear();
    forgetFile();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

int Database::schemaVersion()
{
    if (m_latestSeen)
        return m_latestSeen;
    const int version = isServer() ? serverSchemaVersion()
                                   : scalar(QStringLiteral("PRAGMA user_version")).value_or(QVariant(0)).toInt();
    if (version == latestSchemaVersion())
        m_latestSeen = version;
    return version;
}

int Database::latestSchemaVersion()
{
    // Both engines have the same versions.
    return int(Migrations::sqliteSteps().size());
}

Status Database::setSchemaVersion(int version)
{
    ETALON_TRY(isServer() ? exec(QStringLiteral("UPDATE etalon_schema SET version = ?"), {version})
                          : exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    return {};
}

Result<Query> Database::exec(const QString& sql, std::initializer_list<QVariant> values)
{
    return exec(sql, QVariantList(values));
}

Result<Query> Database::exec(const QString& sql, const QVariantList& values)
{
    if (isServer() && !isPreparable(sql)) {
        // A server prepares queries only; the rest (SET, BEGIN, DDL) is sent as it is, and takes no values.
        Q_ASSERT(values.isEmpty());
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return fail(sqlError(query));
        return Query(std::move(query), QString(), std::weak_ptr<StatementPool>());
    }
    std::optional<QSqlQuery> idle = m_statements->take(sql);
    QSqlQuery query = idle ? std::move(*idle) : QSqlQuery(m_db);
    if (!idle) {
        // On a server a forward-only query streams its rows, and the next query on the connection would lose them.
        query.setForwardOnly(!isServer());
        if (!query.prepare(sql))
            return fail(sqlError(query));
    }
    const QVariantList bound = isServer() ? bindable(values) : values;
    for (int i = 0; i < bound.size(); ++i)
        query.bindValue(i, bound[i]);
    if (!query.exec()) {
        const Error error = sqlError(query);
        // A server keeps a statement prepared whatever its execution did; dropping it inside a failed transaction
        // would fail too and leave it on the session. A file's statement is prepared afresh after a failure.
        if (isServer())
            m_statements->give(sql, std::move(query));
        return fail(error);
    }
    return Query(std::move(query), sql, m_statements);
}

Result<qint64> Database::insert(const QString& sql, std::initializer_list<QVariant> values)
{
    return insert(sql, QVariantList(values));
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& values)
{
    auto q = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(
            Error::internal(Tr::tr("storage error: the new row's id was not returned"), QStringLiteral("storage")));
    return q->value(0).toLongLong();
}

Result<QVariant> Database::scalar(const QString& sql, std::initializer_list<QVariant> values)
{
    auto q = exec(sql, values);
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0) : QVariant();
}

Status Database::execScript(const QString& script)
{
    for (const QString& statement : statementsOf(script)) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(m_db);
        if (!query.exec(statement))
            return fail(sqlError(query));
    }
    return {};
}

Error Database::sqlError(const QSqlQuery& query) const
{
    const QSqlError e = query.lastError();
    if (isServer())
        return serverError(e);
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    // SQLite's primary result codes: the extended code's low byte.
    switch (e.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::internal(Tr::tr("the database is busy; try again: %1").arg(text),
                               QStringLiteral("database_busy"));
    case 8: // SQLITE_READONLY
        return Error::internal(Tr::tr("the database is read-only: %1").arg(text), QStringLiteral("database_read_only"));
    case 11: // SQLITE_CORRUPT
        return Error::refused(QStringLiteral("lab_corrupt"),
                              Tr::tr("the lab's file is damaged (%1); restore it from a backup").arg(text),
                              QStringLiteral("db"));
    case 13: // SQLITE_FULL
        return Error::internal(Tr::tr("the disk is full: %1").arg(text), QStringLiteral("disk_full"));
    case 19: // SQLITE_CONSTRAINT, including the immutability triggers
        return Error::refused(QStringLiteral("constraint"), Tr::tr("refused by the database: %1").arg(text));
    default:
        return Error::internal(Tr::tr("storage error: %1").arg(text), QStringLiteral("storage"));
    }
}

Status Database::migrate()
{
    const int current = schemaVersion();
    const auto& migrations = Migrations::all(m_engine);
    if (current > int(migrations.size()))
        return fail(Error::refused(QStringLiteral("newer_schema"),
                                   Tr::tr("the database has schema version %1, newer than this program knows (%2); "
                                          "use a newer Etalon")
                                       .arg(current)
                                       .arg(migrations.size()),
                                   QStringLiteral("db")));
    for (int v = current; v < int(migrations.size()); ++v) {
        Transaction tx(*this);
        if (!tx.isActive())
            return fail(tx.beginError());
        auto applied = isServer() && v == 0 ? createServerSchemaVersion() : Status();
        if (applied)
            applied = execScript(migrations[v]);
        if (!applied && isServer() && applied.error().message.contains(QLatin1String("permission denied")))
            return fail(Error::permission(QStringLiteral("schema_rights"),
                                          Tr::tr("the database user %1 may not create or upgrade the lab's tables in "
                                                 "%2; open the lab once as the role that owns the database (the "
                                                 "README's etalon_owner), then the desks as theirs")
                                              .arg(m_db.userName(), m_path)));
        const QString why = applied ? QString() : applied.error().message;
        // A step that finds what it adds already there: the version number was changed outside Etalon.
        if (why.contains(QLatin1String("duplicate column")) || why.contains(QLatin1String("already exists")))
            return fail(Error::refused(QStringLiteral("schema_altered"),
                                       Tr::tr("the lab's schema does not match its version number %1 (%2); it was "
                                              "changed outside Etalon")
                                           .arg(v)
                                           .arg(why),
                                       QStringLiteral("db")));
        if (!applied)
            return fail(applied.error());
        if (v == Migrations::TestProgrammes)
            ETALON_TRY(CatalogSeeder::addProgrammes(*this));
        if (v == Migrations::MinRepeats)
            ETALON_TRY(CatalogSeeder::addMinRepeats(*this));
        if (v == Migrations::RowLog)
            ETALON_TRY(SecurityLog::chainExisting(*this));
        if (v == Migrations::ChainLock)
            ETALON_TRY(RowLog::refreshFunctions(*this));
        if (v >= Migrations::RowLog)
            ETALON_TRY(startRowLog(v + 1));
        ETALON_TRY(setSchemaVersion(v + 1));
        ETALON_TRY(tx.commit());
    }
    return {};
}

Status Database::startRowLog(int version)
{
    // Tables the step created or whose columns it changed are logged from their state now on.
    auto changed = RowLog::installTriggers(*this);
    if (!changed)
        return fail(changed.error());
    if (changed->isEmpty())
        return {};
    ETALON_TRY(RowLog::snapshot(*this, *changed));
    auto entries = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!entries)
        return fail(entries.error());
    if (entries->toLongLong() == 0)
        return {}; // a lab being created: its first entry seals what the schema seeded
    return AuditLog(*this).append(QDateTime::currentDateTimeUtc(), QStringLiteral("etalon"),
                                  QStringLiteral("lab.upgrade"), QStringLiteral("lab"), std::nullopt, {},
                                  QJsonObject{{QStringLiteral("schema"), version},
                                              {QStringLiteral("tables"), QJsonArray::fromStringList(*changed)}});
}

Transaction::Transaction(Database& db, WriteScope scope)
    : m_db(db)
    , m_scope(scope)
{
    if (!m_db.m_movedTo.isEmpty()) {
        m_error = Error::refused(QStringLiteral("lab_moved"),
                                 Tr::tr("this lab was moved to %1; it is kept to be read, not changed: work on the lab "
                                        "there")
                                     .arg(m_db.m_movedTo),
                                 QStringLiteral("db"));
        return;
    }
    if (m_db.m_readOnly) {
        m_error = Error::refused(QStringLiteral("lab_read_only"),
                                 Tr::tr("%1 is read-only (the file or its folder cannot be written): it can be read "
                                        "and verified, not changed")
                                     .arg(m_db.m_path),
                                 QStringLiteral("db"));
        return;
    }
    if (m_db.m_transactionDepth > 0) {
        m_savepoint = QStringLiteral("etalon_part_%1").arg(m_db.m_transactionDepth);
    } else if (auto unchanged = m_db.checkFilesUnchanged(); !unchanged) {
        m_error = unchanged.error();
        return;
    }
    const Status r = begin();
    m_active = r.has_value();
    if (m_active)
        ++m_db.m_transactionDepth;
    else
        m_error = r.error();
}

Status Transaction::begin()
{
    if (!m_savepoint.isEmpty()) {
        ETALON_TRY(m_db.exec(QStringLiteral("SAVEPOINT %1").arg(m_savepoint)));
        return {};
    }
    m_db.m_scope = m_scope;
    if (m_db.isServer())
        return m_db.beginServerTransaction(m_scope);
    ETALON_TRY(m_db.exec(QStringLiteral("BEGIN IMMEDIATE")));
    return {};
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery rollback(m_db.connection());
    if (m_savepoint.isEmpty()) {
        rollback.exec(QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it.
        rollback.exec(QStringLiteral("ROLLBACK TO %1").arg(m_savepoint));
        rollback.exec(QStringLiteral("RELEASE %1").arg(m_savepoint));
    }
    --m_db.m_transactionDepth;
}

Status Transaction::commit()
{
    if (!m_active)
        return fail(m_error);
    auto r =
        m_db.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE %1").arg(m_savepoint));
    if (!r)
        return fail(r.error());
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

} // namespace Etalon
