// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "db/store/Engine.h"
#include "db/store/Query.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>

namespace Etalon {

/**
 * What a write transaction may change, and so what it keeps others from changing meanwhile. On a lab file there is
 * one writer at a time whatever the scope. On a server a write to the lab (the default) holds the lab's write lock
 * alone; a write to one record's own rows (a reading, its warnings) shares that lock with the writes to other records
 * and holds the record's own lock, so sixteen desks taking readings do not queue behind one another. Either way the
 * audit chain and the row log are written in one order: the row log's trigger takes the chain lock before its first
 * row, and it is held until COMMIT.
 */
struct WriteScope
{
    std::optional<qint64> record; ///< only this record's own rows; none: anything in the lab

    static WriteScope lab() { return {}; }
    static WriteScope ofRecord(qint64 id) { return {id}; }
};

/**
 * The one owner of the lab's connection: a SQLite file opened with the pragmas the lab's data needs (foreign keys,
 * WAL, synchronous=FULL, a busy timeout), or a PostgreSQL database named by a connection URI (db/postgres/). Either
 * way it brings the schema up to date. Engine-specific SQL lives here, in db/sqlite/ and db/postgres/, nowhere else.
 */
class Database final
{
public:
    /** The key of a server lab's chain lock ("ETLC"), an advisory lock the row log's trigger takes (RowLog). */
    static constexpr qint64 ChainLockKey = 0x45544C43;

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /**
     * Opens and migrates the lab at \a path, a lab file or a PostgreSQL connection URI; only with \a create may it
     * be a new or empty file or database, given the schema. Another program's database, an empty file or a folder
     * is refused and left untouched.
     */
    Status open(const QString& path, bool create = true);
    /**
     * Opens the lab at \a path for reading only: nothing is migrated, repaired or written, and every write is
     * refused (`lab_read_only`). open() does the same by itself for a lab whose file or folder cannot be written.
     * With \a anyVersion an older schema is accepted as it is (to copy it, not to use it).
     */
    Status openReadOnly(const QString& path, bool anyVersion = false);
    bool isReadOnly() const { return m_readOnly; }
    /** Where the lab was moved by `migrate`, if it was: such a lab is kept to be read, never written again. */
    const QString& movedTo() const { return m_movedTo; }
    bool inTransaction() const { return m_transactionDepth > 0; }
    /**
     * Holds the chain lock (a server's; a file has one writer anyway) before the audit chain's head is read: a write
     * of a record's own rows that logged no row yet does not hold it, one to the lab holds the lab alone.
     */
    Status holdChainLock();
    /** Whether \a path, or the folder that would hold its -wal and -shm, cannot or must not be written. */
    static bool isReadOnlyPlace(const QString& path);
    void close();
    bool isOpen() const;
    /** The lab's file, or its server address without the password. */
    const QString& path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    /** The password for the server's database user when neither the URI, PGPASSWORD nor ~/.pgpass gives it. */
    void setServerPassword(const QString& password) { m_serverPassword = password; }
    QSqlDatabase& connection() { return m_db; }

    /** Schema version of the open lab (PRAGMA user_version; a one-row table on a server). */
    int schemaVersion();
    static int latestSchemaVersion();

    /** Runs \a sql (prepared once per connection) with positional values bound; the query is ready to read. */
    Result<Query> exec(const QString& sql, std::initializer_list<QVariant> values = {});
    Result<Query> exec(const QString& sql, const QVariantList& values);
    /**
     * Runs an INSERT and gives the new row's id (RETURNING id: on PostgreSQL the driver's last insert id is the last
     * value any sequence gave, which is the audit row's when a trigger wrote one).
     */
    Result<qint64> insert(const QString& sql, std::initializer_list<QVariant> values = {});
    Result<qint64> insert(const QString& sql, const QVariantList& values);
    /** The first column of the first row, or a null QVariant. */
    Result<QVariant> scalar(const QString& sql, std::initializer_list<QVariant> values = {});
    /** The operator that matches a LIKE pattern without regard to ASCII case, as SQLite's LIKE does. */
    QString like() const { return isServer() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"); }
    /** Runs several statements separated by ';' at a line's end, outside $$-quoted bodies (migration DDL). */
    Status execScript(const QString& script);

    /** The triggers present, by name: on SQLite their statement, on a server their function's source. */
    Result<QHash<QString, QString>> presentTriggers();
    Status dropTrigger(const QString& name);
    /**
     * After a bulk write, tells a server's planner what \a tables (all, when empty) now hold, inside the write, so
     * the next statements read by index rather than by a plan made for the tables as they were. SQLite plans
     * without statistics and is left alone.
     */
    Status refreshStatistics(const QStringList& tables = {});
    /**
     * After rows of \a table were given their \a column explicitly, a server's identity goes on after the largest;
     * SQLite's rowid does so by itself.
     */
    Status continueIdentity(const QString& table, const QString& column = QStringLiteral("id"));
    /** "(?, ?), (?, ?)": the placeholders of a multi-row VALUES, \a rows rows of \a columns each. */
    static QString rowMarks(qsizetype rows, int columns);

    /** The storage error for a failed query, with the driver's text. */
    Error sqlError(const QSqlQuery& query) const;

    /**
     * Whether the lab file and its WAL files at the path are still the ones this connection opened. On POSIX
     * systems closing any descriptor of the file in this process drops SQLite's locks; another program may then
     * take the lab for unused and remove its WAL under this connection, whose writes would go nowhere. Checked
     * before every write transaction: when they changed, the write is refused and the lab reopened.
     */
    Status checkFilesUnchanged();

    /**
     * Whether \a path names the file of a lab open in this process, or its -wal or -shm, directly or through a
     * link. Only SQLite may open those: anything else that opens and closes one drops the process's locks, and
     * writing one destroys the lab.
     */
    static bool isOpenLabFile(const QString& path);
    /** Refuses, as bad input naming \a field, a path that isOpenLabFile(). */
    static Status refuseOpenLabFile(const QString& path, const QString& field);

private:
    friend class Transaction;
    Status openServer(const QString& uri, bool create, bool readOnly, bool anyVersion);
    Status setUpServerSession(bool create);
    Error serverError(const QSqlError& error) const;
    int serverSchemaVersion();
    Status createServerSchemaVersion();
    Status setSchemaVersion(int version);
    /** Begins a transaction holding the write locks of \a scope on a server, as BEGIN IMMEDIATE does on SQLite. */
    Status beginServerTransaction(const WriteScope& scope);
    QVariantList bindable(const QVariantList& values) const;
    Status openFile(const QString& path, bool create, bool readOnly, bool anyVersion);
    /** Brings a read-write lab's schema and triggers up to date; refuses an old schema read-only. */
    Status prepareSchema(bool anyVersion);
    Status migrate();
    /** Logs the rows of tables a migration step created or changed, sealed by a `lab.upgrade` entry. */
    Status startRowLog(int version);
    /** What tells a file from its replacement: whether it exists and when it was created. */
    struct FileIdentity
    {
        bool exists = false;
        QDateTime born;
        bool operator==(const FileIdentity&) const = default;
    };
    FileIdentity identity(const QString& suffix) const;
    static Status checkLabPath(const QString& path, bool create);
    void rememberFiles();
    void forgetFile();
    /** The pragmas a lab file is used with. */
    Status setUpFileSession();
    /** Recreates the immutability and append-only triggers a file lacks, and says so in the security log. */
    void restoreTriggers();
    Result<QHash<QString, QString>> presentServerTriggers();
    Status dropServerTrigger(const QString& name);

    int m_transactionDepth = 0; ///< open Transaction objects; inner ones are savepoints
    WriteScope m_scope; ///< the outermost open transaction's
    bool m_readOnly = false;
    /// the lab's version once it is this program's latest: versions only ever rise, so it is not read again
    int m_latestSeen = 0;
    QString m_movedTo;
    QList<FileIdentity> m_files; ///< the lab file, its -wal and -shm as opened
    QString m_registeredPath; ///< this connection's entry among the labs open in the process

    Engine m_engine = Engine::SQLite;
    QSqlDatabase m_db;
    std::shared_ptr<StatementPool> m_statements = std::make_shared<StatementPool>();
    QString m_connectionName;
    QString m_serverPassword; ///< typed at a prompt; kept in memory only, for reopening
    QString m_path;
};

/**
 * A write transaction: BEGIN IMMEDIATE at construction (a deferred one that upgrades to a write
 * fails at once in WAL mode, ignoring the busy timeout), ROLLBACK in the destructor unless commit()
 * was called. Inside another Transaction it is a savepoint, so a use case can run others as parts
 * that succeed or vanish one by one (an import's rows) while the whole still commits at once.
 */
class Transaction final
{
public:
    explicit Transaction(Database& db, WriteScope scope = WriteScope::lab());
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const Error& beginError() const { return m_error; }
    Status commit();

private:
    Status begin();

    Database& m_db;
    WriteScope m_scope;
    QString m_savepoint; ///< empty for the outermost transaction
    bool m_active = false;
    Error m_error;
};

} // namespace Etalon
