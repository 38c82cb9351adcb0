// SPDX-License-Identifier: Apache-2.0
// The parts of Database that are PostgreSQL's own: connecting by URI, the session, the write lock, errors by SQLSTATE.
#include "db/postgres/ConnectionUri.h"
#include "db/store/Database.h"

#include "core/Tr.h"

#include <QSqlError>
#include <QStringList>

namespace Etalon {

namespace {

/** The key of the lab's one write lock, an advisory lock local to the lab's database ("ETLN"). */
constexpr qint64 WriteLockKey = 0x45544C4E;
/** The space of the records' own locks, the two-key advisory locks ("ETLR", the record's id). */
constexpr int RecordLockSpace = 0x45544C52;
/** How many times a write transaction is begun again when the server chose it as a deadlock's victim. */
constexpr int LockAttempts = 3;
constexpr int MinimumServerVersion = 150000;

QString connectOptions(const Postgres::ServerAddress& address)
{
    QStringList options;
    for (auto it = address.parameters.cbegin(); it != address.parameters.cend(); ++it)
        if (it.key() != QLatin1String("host") && it.key() != QLatin1String("port") &&
            it.key() != QLatin1String("user") && it.key() != QLatin1String("password") &&
            it.key() != QLatin1String("dbname"))
            options.append(it.key() + u'=' + it.value());
    if (!address.parameters.contains(QStringLiteral("application_name")))
        options.append(QStringLiteral("application_name=etalon"));
    if (!address.parameters.contains(QStringLiteral("connect_timeout")))
        options.append(QStringLiteral("connect_timeout=10"));
    return options.join(u';');
}

/** What the server said, without libpq's account of the connection before it: "database "x" does not exist". */
QString serverWords(const QString& text)
{
    const QString out = text.simplified();
    const qsizetype at = out.indexOf(QLatin1String("FATAL:"));
    return at < 0 ? out : out.mid(at + 6).trimmed();
}

bool needsPassword(const QString& text)
{
    return text.contains(QLatin1String("no password supplied"));
}

} // namespace

Status Database::openServer(const QString& uri, bool create, bool readOnly, bool anyVersion)
{
    close();
    auto address = Postgres::parseServerUri(uri);
    if (!address)
        return fail(address.error());
    m_engine = Engine::PostgreSQL;
    m_path = address->redacted();
    m_readOnly = readOnly;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Error::internal(Tr::tr("this computer cannot reach PostgreSQL servers: Qt's PostgreSQL driver "
                                           "(QPSQL, Debian package libqt6sql6-psql) is not installed"),
                                    QStringLiteral("server_driver")));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(address->host);
    if (address->port)
        m_db.setPort(*address->port);
    m_db.setUserName(address->user);
    m_db.setDatabaseName(address->database);
    // Without one in the URI, libpq finds the password itself: PGPASSWORD, then ~/.pgpass.
    m_db.setPassword(address->password.isEmpty() ? m_serverPassword : address->password);
    m_db.setConnectOptions(connectOptions(*address));
    if (!m_db.open()) {
        // libpq's own words; the driver's "Unable to connect" after them says nothing more.
        const QString text = m_db.lastError().databaseText().trimmed();
        const QString where = address->shown();
        close();
        // Said by the rule that asked: a wrong password is an authentication failure (exit 4), as a missing one.
        if (text.contains(QLatin1String("password authentication failed")))
            return fail(Error::permission(QStringLiteral("server_password"),
                                          Tr::tr("the server at %1 refused the password given for its database user "
                                                 "%2")
                                              .arg(where, address->user)));
        if (needsPassword(text))
            return fail(Error::permission(QStringLiteral("server_password"),
                                          Tr::tr("the server at %1 wants a password for its database user %2: give it "
                                                 "in PGPASSWORD or ~/.pgpass, or type it when asked")
                                              .arg(where, address->user)));
        // The server answered, but has no such database or user: a wrong name, not a network to check.
        if (text.contains(QLatin1String("does not exist")))
            return fail(Error::notFound(QStringLiteral("db"),
                                        Tr::tr("the server at %1 answered that %2: check the database and user "
                                               "names in the address")
                                            .arg(where, serverWords(text))));
        return fail(Error::internal(Tr::tr("cannot reach the lab's server at %1: %2").arg(where, text),
                                    QStringLiteral("server_unreachable")));
    }
    if (auto set = setUpServerSession(create); !set) {
        close();
        return set;
    }
    return prepareSchema(anyVersion);
}

Status Database::setUpServerSession(bool create)
{
    auto version = scalar(QStringLiteral("SELECT current_setting('server_version_num')::integer"));
    if (!version)
        return fail(version.error());
    if (version->toInt() < MinimumServerVersion)
        return fail(Error::refused(
            QStringLiteral("server_version"),
            Tr::tr("the server runs PostgreSQL %1; Etalon needs PostgreSQL 15 or newer").arg(version->toInt() / 10000),
            QStringLiteral("db")));
    // Timestamps are computed by Etalon in UTC; a write waits for another desk's as long as on SQLite.
    for (const char* set : {"SET TIME ZONE 'UTC'", "SET lock_timeout = '30s'", "SET client_min_messages = warning"})
        ETALON_TRY(exec(QString::fromLatin1(set)));
    if (m_readOnly)
        ETALON_TRY(exec(QStringLiteral("SET default_transaction_read_only = on")));
    auto hasLab = scalar(QStringLiteral("SELECT to_regclass('etalon_schema') IS NOT NULL"));
    auto tables = scalar(QStringLiteral("SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                        "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', "
                                        "'p', 'v', 'm', 'S')"));
    if (!hasLab || !tables)
        return fail(!hasLab ? hasLab.error() : tables.error());
    if (hasLab->toBool()) {
        // Every name is read in the lab's own schema, whatever schemas come first in the user's search path (a
        // schema named after the user, a database's own setting): nothing of the same name elsewhere is used.
        auto schema = scalar(QStringLiteral("SELECT quote_ident(n.nspname) FROM pg_class c JOIN pg_namespace n ON "
                                            "n.oid = c.relnamespace WHERE c.oid = to_regclass('etalon_schema')"));
        if (!schema)
            return fail(schema.error());
        ETALON_TRY(exec(QStringLiteral("SET search_path TO %1").arg(schema->toString())));
        return {};
    }
    if (tables->toInt() > 0)
        return fail(Error::badInput(
            QStringLiteral("db"),
            Tr::tr("the database %1 holds another program's tables, not an Etalon lab; nothing was changed")
                .arg(m_path),
            QStringLiteral("not_a_lab")));
    if (!create)
        return fail(Error::badInput(
            QStringLiteral("db"),
            Tr::tr("the database %1 holds no Etalon lab; nothing was changed (etalon-cli init creates one)")
                .arg(m_path),
            QStringLiteral("not_a_lab")));
    return {};
}

int Database::serverSchemaVersion()
{
    auto exists = scalar(QStringLiteral("SELECT to_regclass('etalon_schema') IS NOT NULL"));
    if (!exists || !exists->toBool())
        return 0;
    return scalar(QStringLiteral("SELECT version FROM etalon_schema")).value_or(QVariant(0)).toInt();
}

Status Database::createServerSchemaVersion()
{
    ETALON_TRY(exec(QStringLiteral("CREATE TABLE etalon_schema (version INTEGER NOT NULL)")));
    ETALON_TRY(exec(QStringLiteral("INSERT INTO etalon_schema (version) VALUES (0)")));
    return {};
}

Status Database::beginServerTransaction(const WriteScope& scope)
{
    // A write to the lab is the one writer, as on SQLite: the number and stamp counters and every check-then-write
    // of a use case are read after the lock is held, so no two transactions build on the same state. A write to one
    // record's own rows shares the lock with others of its kind, which change nothing it reads but their own
    // record's rows, and holds its record's lock: two writes to the same record still take turns.
    for (int attempt = 1;; ++attempt) {
        ETALON_TRY(exec(QStringLiteral("BEGIN")));
        // The other desks hear of the change when it commits (db/store/ChangeWatcher): a notification is delivered
        // at COMMIT only, so it is asked for here, in the same round trip as the lock.
        auto locked = scope.record
            ? exec(QStringLiteral("SELECT pg_advisory_xact_lock_shared(?), pg_advisory_xact_lock(?, ?), "
                                  "pg_notify('etalon_changes', '')"),
                   {WriteLockKey, RecordLockSpace, int(*scope.record & 0x7fffffff)})
            : exec(QStringLiteral("SELECT pg_advisory_xact_lock(?), pg_notify('etalon_changes', '')"), {WriteLockKey});
        if (locked)
            return {};
        (void)exec(QStringLiteral("ROLLBACK"));
        if (attempt == LockAttempts || locked.error().code != QLatin1String("database_busy"))
            return fail(locked.error());
    }
}

Status Database::holdChainLock()
{
    if (!isServer() || !m_scope.record || m_transactionDepth == 0)
        return {};
    ETALON_TRY(exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {ChainLockKey}));
    return {};
}

Error Database::serverError(const QSqlError& e) const
{
    const QString state = e.nativeErrorCode();
    const QString text = (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Error::internal(Tr::tr("the database is busy; try again: %1").arg(text),
                               QStringLiteral("database_busy"));
    if (state == QLatin1String("25006"))
        return Error::internal(Tr::tr("the database is read-only: %1").arg(text), QStringLiteral("database_read_only"));
    if (state.startsWith(QLatin1String("23")) || state == QLatin1String("42501"))
        // Integrity rules, the immutability triggers, and a role that may not change what is append-only.
        return Error::refused(QStringLiteral("constraint"), Tr::tr("refused by the database: %1").arg(text));
    if (state == QLatin1String("53100"))
        return Error::internal(Tr::tr("the disk is full: %1").arg(text), QStringLiteral("disk_full"));
    if (state.startsWith(QLatin1String("XX")))
        return Error::refused(QStringLiteral("lab_corrupt"),
                              Tr::tr("the lab's database is damaged (%1); restore it from a backup").arg(text),
                              QStringLiteral("db"));
    if (state.startsWith(QLatin1String("08")) || state.isEmpty())
        return Error::internal(Tr::tr("the connection to the lab's server failed: %1").arg(text),
                               QStringLiteral("server_unreachable"));
    return Error::internal(Tr::tr("storage error: %1").arg(text), QStringLiteral("storage"));
}

QVariantList Database::bindable(const QVariantList& values) const
{
    // What SQLite's driver stores for these types, so both engines hold the same text.
    QVariantList out;
    out.reserve(values.size());
    for (const QVariant& v : values) {
        if (v.isNull()) {
            out.append(v.typeId() == QMetaType::Bool ? QVariant(QMetaType::fromType<int>()) : v);
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Bool:
            out.append(v.toInt());
            break;
        case QMetaType::QDate:
            out.append(v.toDate().toString(Qt::ISODate));
            break;
        case QMetaType::QDateTime:
            out.append(v.toDateTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QTime:
            out.append(v.toTime().toString(Qt::ISODateWithMs));
            break;
        default:
            out.append(v);
        }
    }
    return out;
}

Result<QHash<QString, QString>> Database::presentServerTriggers()
{
    auto q = exec(QStringLiteral("SELECT t.tgname, p.prosrc FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                 "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_proc p ON p.oid = t.tgfoid "
                                 "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"));
    if (!q)
        return fail(q.error());
    QHash<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

Status Database::dropServerTrigger(const QString& name)
{
    auto table = scalar(QStringLiteral("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN "
                                       "pg_namespace n ON n.oid = c.relnamespace WHERE t.tgname = ? AND "
                                       "n.nspname = current_schema()"),
                        {name});
    if (!table)
        return fail(table.error());
    const auto quoted = [](QString id) { return u'"' + id.replace(u'"', QStringLiteral("\"\"")) + u'"'; };
    ETALON_TRY(exec(QStringLiteral("DROP TRIGGER %1 ON %2").arg(quoted(name), quoted(table->toString()))));
    return {};
}

} // namespace Etalon
