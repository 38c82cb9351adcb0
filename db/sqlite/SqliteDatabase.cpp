// SPDX-License-Identifier: Apache-2.0
// The parts of Database that are SQLite's own: opening a lab file, its session, and guarding the file and its WAL
// against other programs in the same process.
#include "db/store/Database.h"

#include "core/Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QUrl>

#include <filesystem>

namespace Etalon {

namespace {

const QString fileSuffixes[] = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

// Where a path leads, links resolved; for a file not there yet, its folder's real path and its name.
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

struct OpenLabs
{
    QMutex mutex;
    QStringList paths; ///< resolved paths of the lab files open in this process, once per connection
};

OpenLabs& openLabs()
{
    static OpenLabs labs;
    return labs;
}

} // namespace

bool Database::isReadOnlyPlace(const QString& path)
{
    // The file's mode is honoured even for an administrator, whom the system would let write anyway (WriteUser is
    // what the system allows this user, so it is not part of it).
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    return (file.exists() && (!file.isWritable() || !(file.permissions() & anyWrite))) || !folder.isWritable() ||
        !(folder.permissions() & anyWrite);
}

Status Database::openFile(const QString& path, bool create, bool readOnly, bool anyVersion)
{
    close();
    ETALON_TRY(checkLabPath(path, create));
    m_engine = Engine::SQLite;
    m_path = path;
    m_readOnly = readOnly;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000");
    if (readOnly) {
        // Where no -wal or -shm can be made, the file alone is the lab (its WAL was folded in when last closed).
        const bool immutable = isReadOnlyPlace(path) && !QFileInfo::exists(path + QStringLiteral("-wal"));
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
        m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    }
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return fail(Error::internal(Tr::tr("cannot open the database %1: %2").arg(path, m_db.lastError().text()),
                                    QStringLiteral("database_open")));
    // A file that is not SQLite fails on its first read.
    auto probe = scalar(QStringLiteral("PRAGMA schema_version"));
    if (!probe && probe.error().code == QStringLiteral("lab_corrupt")) {
        close();
        return fail(probe.error());
    }
    if (!probe) {
        close();
        return fail(Error::badInput(QStringLiteral("db"), Tr::tr("%1 is not an Etalon database").arg(path),
                                    QStringLiteral("not_a_database")));
    }
    // Nothing is created or converted but by `init`: another program's SQLite file is never given a lab's tables,
    // and opening a file that holds no lab leaves it as it was (before any pragma writes to it).
    auto labVersion = scalar(QStringLiteral("PRAGMA user_version"));
    auto tables = scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
    if (!labVersion || !tables) {
        close();
        return fail(!labVersion ? labVersion.error() : tables.error());
    }
    if (labVersion->toInt() == 0 && (tables->toInt() > 0 || !create)) {
        close();
        return fail(Error::badInput(
            QStringLiteral("db"),
            tables->toInt() > 0
                ? Tr::tr("%1 is another program's SQLite database, not an Etalon lab; nothing was changed").arg(path)
                : Tr::tr("%1 holds no Etalon lab; nothing was changed (etalon-cli init creates one)").arg(path),
            QStringLiteral("not_a_lab")));
    }
    return prepareSchema(anyVersion);
}

Status Database::setUpFileSession()
{
    // Another desk's write waits out the longest write there is: an import's inserts, up to 15 s for the 200,000
    // rows a file may hold. Large writes (imports, the demo) stay in memory until they commit rather than spill.
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = 30000"), QStringLiteral("PRAGMA cache_size = -65536")};
    if (!m_readOnly)
        pragmas = QStringList{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
                              QStringLiteral("PRAGMA synchronous = FULL")} +
            pragmas;
    for (const QString& pragma : pragmas)
        if (auto r = exec(pragma); !r)
            return fail(r.error());
    return {};
}

bool Database::isOpenLabFile(const QString& path)
{
    if (path.trimmed().isEmpty())
        return false;
    const QString target = resolved(path);
#ifdef Q_OS_WIN
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
#else
    const Qt::CaseSensitivity cs = Qt::CaseSensitive;
#endif
    // The same file may also be reached by another name: a hard link, a bind mount.
    const std::filesystem::path targetFile = QFileInfo(path).filesystemFilePath();
    OpenLabs& labs = openLabs();
    QMutexLocker lock(&labs.mutex);
    for (const QString& lab : std::as_const(labs.paths)) {
        for (const QString& suffix : fileSuffixes) {
            if (target.compare(lab + suffix, cs) == 0)
                return true;
            std::error_code error;
            if (std::filesystem::equivalent(targetFile, QFileInfo(lab + suffix).filesystemFilePath(), error))
                return true;
        }
    }
    return false;
}

Status Database::refuseOpenLabFile(const QString& path, const QString& field)
{
    if (!isOpenLabFile(path))
        return {};
    return fail(Error::badInput(
        field, Tr::tr("%1 is the open lab's own file; name another file").arg(QDir::toNativeSeparators(path)),
        QStringLiteral("lab_file")));
}

Status Database::checkLabPath(const QString& path, bool create)
{
    if (path.trimmed().isEmpty())
        return fail(
            Error::badInput(QStringLiteral("db"), Tr::tr("the lab file is required"), QStringLiteral("missing_field")));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(Error::badInput(QStringLiteral("db"), Tr::tr("%1 is a folder, not an Etalon lab").arg(path),
                                    QStringLiteral("not_a_lab")));
    if (!create && !info.exists())
        return fail(Error::notFound(QStringLiteral("db"), Tr::tr("no database at %1").arg(path)));
    if (!create && info.size() == 0)
        return fail(Error::badInput(QStringLiteral("db"),
                                    Tr::tr("%1 is an empty file, not an Etalon lab; nothing was changed").arg(path),
                                    QStringLiteral("not_a_lab")));
    return {};
}

Database::FileIdentity Database::identity(const QString& suffix) const
{
    const QFileInfo info(m_path + suffix);
    return {info.exists(), info.exists() ? info.birthTime() : QDateTime()};
}

void Database::rememberFiles()
{
    if (isServer())
        return; // a server's files are the server's
    OpenLabs& labs = openLabs();
    {
        QMutexLocker lock(&labs.mutex);
        m_registeredPath = resolved(m_path);
        labs.paths.append(m_registeredPath);
    }
    m_files.clear();
    for (const QString& suffix : fileSuffixes)
        m_files.append(identity(suffix));
}

Status Database::checkFilesUnchanged()
{
    if (m_files.isEmpty())
        return {};
    QStringList changed;
    for (int i = 0; i < m_files.size(); ++i) {
        // A WAL file this connection never had (an in-memory or rollback-journal database) is not looked at.
        if (m_files[i].exists && !(identity(fileSuffixes[i]) == m_files[i]))
            changed.append(QFileInfo(m_path + fileSuffixes[i]).fileName());
    }
    if (changed.isEmpty())
        return {};
    const QString path = m_path;
    const Status reopened = open(path, false);
    return fail(Error::internal(
        reopened ? Tr::tr("another program removed or replaced %1 while this one had the lab open; nothing was written "
                          "and the lab has been opened again: do it again")
                       .arg(changed.join(QStringLiteral(", ")))
                 : Tr::tr("another program removed or replaced %1 while this one had the lab open; nothing was written "
                          "and the lab could not be opened again: %2")
                       .arg(changed.join(QStringLiteral(", ")), reopened.error().message),
        QStringLiteral("lab_files_changed")));
}

void Database::forgetFile()
{
    if (m_registeredPath.isEmpty())
        return;
    OpenLabs& labs = openLabs();
    QMutexLocker lock(&labs.mutex);
    labs.paths.removeOne(m_registeredPath);
    m_registeredPath.clear();
}

} // namespace Etalon
