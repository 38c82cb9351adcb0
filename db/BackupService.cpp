// SPDX-License-Identifier: Apache-2.0
#include "db/BackupService.h"

#include "core/Tr.h"
#include "db/AuditLog.h"
#include "db/Signing.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>

namespace Etalon {

Result<BackupCheck> BackupService::check(const QString& path)
{
    if (!QFileInfo::exists(path))
        return fail(Error::notFound(QStringLiteral("file"), Tr::tr("no backup at %1").arg(path)));
    Database db;
    if (auto opened = db.open(path, false); !opened) {
        Error e = opened.error();
        if (e.field == QStringLiteral("db"))
            e.field = QStringLiteral("file"); // the backup named, not the lab
        return fail(e);
    }
    auto integrity = db.scalar(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return fail(integrity.error());
    if (integrity->toString() != QStringLiteral("ok"))
        return fail(Error::refused(QStringLiteral("corrupt_backup"),
                                   Tr::tr("%1 failed the integrity check: %2").arg(path, integrity->toString()),
                                   QStringLiteral("file")));
    Signing signing(db);
    auto audit = AuditLog(db).verify(signing.hasKey() ? signing.publicKey().value_or(QByteArray()) : QByteArray());
    if (!audit)
        return fail(audit.error());
    if (audit->firstBreak)
        return fail(Error::refused(QStringLiteral("audit_chain_broken"),
                                   Tr::tr("the audit trail of %1 is broken at entry %2: %3")
                                       .arg(path)
                                       .arg(audit->firstBreak->entryId)
                                       .arg(audit->firstBreak->reason),
                                   QStringLiteral("file")));
    BackupCheck out;
    out.path = path;
    out.bytes = QFileInfo(path).size();
    out.auditEntries = audit->entries;
    out.schemaVersion = db.schemaVersion();
    return out;
}

Result<BackupCheck> BackupService::backup(const Session& session, const QString& path)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin, Role::Manager}));
    if (path.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("file"), Tr::tr("the backup file is required")));
    ETALON_TRY(Database::refuseOpenLabFile(path, QStringLiteral("file")));
    if (QFileInfo::exists(path))
        return fail(Error::refused(QStringLiteral("file_exists"),
                                   Tr::tr("%1 exists already; a backup never overwrites a file").arg(path),
                                   QStringLiteral("file")));
    // A folder that is not there or takes no file is the user's input, found before anything is logged.
    const QDir folder = QFileInfo(path).absoluteDir();
    QTemporaryFile probe(folder.filePath(QStringLiteral(".etalon-probe-XXXXXX")));
    if (!folder.exists() || !probe.open())
        return fail(
            Error::badInput(QStringLiteral("file"),
                            Tr::tr("cannot write a backup in the folder of %1; nothing was written").arg(path)));
    // The backup is logged first, so the copy itself holds the entry that says it was made.
    auto logged = m_lab.write([&]() -> Status {
        return m_lab.logChange(session, QStringLiteral("lab.backup"), QStringLiteral("lab"), std::nullopt, {},
                               QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()}});
    });
    if (!logged)
        return fail(logged.error());
    auto r = m_lab.db().exec(QStringLiteral("VACUUM INTO ?"), {path});
    auto checked = r ? check(path) : Result<BackupCheck>(fail(r.error()));
    if (!checked) {
        // No partial copy is left to be taken for a backup, and the trail says this one failed.
        QFile::remove(path);
        (void)m_lab.write([&]() -> Status {
            return m_lab.logChange(session, QStringLiteral("lab.backup-failed"), QStringLiteral("lab"), std::nullopt,
                                   {},
                                   QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                               {QStringLiteral("error"), checked.error().code}});
        });
    }
    return checked;
}

namespace {

const QString dailyPrefix = QStringLiteral("etalon-daily-");
const QString dailySuffix = QStringLiteral(".etalon");

} // namespace

Result<AutoBackup> BackupService::dailyBackup(const Session& session, const QString& directory, int keepDays)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin, Role::Manager}));
    if (directory.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("directory"), Tr::tr("the backup directory is required")));
    if (keepDays < 1 || keepDays > 3650)
        return fail(Error::badInput(QStringLiteral("keep-days"), Tr::tr("keep backups for 1 to 3650 days")));
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(Error::badInput(QStringLiteral("directory"), Tr::tr("cannot create %1").arg(directory)));
    const QDate today = m_lab.today();
    AutoBackup out;
    out.todays = dir.filePath(dailyPrefix + today.toString(Qt::ISODate) + dailySuffix);
    if (!QFileInfo::exists(out.todays)) {
        auto made = backup(session, out.todays);
        if (!made)
            return fail(made.error());
        out.made = *made;
    } else {
        auto checked = check(out.todays);
        if (!checked)
            return fail(checked.error());
    }
    // Only once today's copy exists and checks are older ones removed, so a failing day never empties the set.
    const QDate oldestKept = today.addDays(1 - keepDays);
    for (const QString& name : dir.entryList({dailyPrefix + QStringLiteral("*") + dailySuffix}, QDir::Files)) {
        const QDate day = QDate::fromString(name.mid(dailyPrefix.size(), 10), Qt::ISODate);
        // A daily copy someone opened as the lab itself (in this process) is the lab now, not a copy to prune.
        if (day.isValid() && day < oldestKept && !Database::isOpenLabFile(dir.filePath(name)) && dir.remove(name))
            out.removed.append(dir.filePath(name));
    }
    return out;
}

Result<BackupCheck> BackupService::restore(const QString& path, const QString& target)
{
    // The lab restores from a copy, never from its own file under another name.
    std::error_code error;
    if (std::filesystem::equivalent(QFileInfo(path).filesystemFilePath(), QFileInfo(target).filesystemFilePath(),
                                    error) ||
        Database::isOpenLabFile(path))
        return fail(Error::badInput(QStringLiteral("file"),
                                    Tr::tr("%1 is the lab's own file, not a backup of it").arg(path),
                                    QStringLiteral("lab_file")));
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (std::filesystem::equivalent(QFileInfo(path).filesystemFilePath(),
                                        QFileInfo(target + suffix).filesystemFilePath(), error))
            return fail(Error::badInput(QStringLiteral("file"),
                                        Tr::tr("%1 is the lab's own file, not a backup of it").arg(path),
                                        QStringLiteral("lab_file")));
    auto checked = check(path);
    if (!checked)
        return checked;
    const QString keep = target + QStringLiteral(".before-restore-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    if (QFileInfo::exists(target)) {
        // Fold the WAL into the main file first, so the kept copy is whole.
        {
            Database current;
            if (current.open(target, false))
                (void)current.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        if (!QFile::rename(target, keep))
            return fail(Error::internal(Tr::tr("cannot move %1 aside to restore over it").arg(target)));
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
    }
    if (!QFile::copy(path, target)) {
        QFile::rename(keep, target);
        return fail(Error::internal(Tr::tr("cannot copy %1 to %2").arg(path, target)));
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    return check(target);
}

} // namespace Etalon
