// SPDX-License-Identifier: Apache-2.0
#include "db/backup/BackupService.h"

#include "core/Tr.h"
#include "db/backup/LabTransfer.h"
#include "db/postgres/ConnectionUri.h"
#include "db/trust/LabVerifier.h"
#include "db/trust/SecurityLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <filesystem>

namespace Etalon {

namespace {

/** How a lab is named in the trail and the security log: its file's name, or its server address. */
QString shownName(const QString& target)
{
    if (!Postgres::isServerUri(target))
        return QFileInfo(target).fileName();
    auto address = Postgres::parseServerUri(target);
    return address ? address->redacted() : QString();
}

/** The lab's name and identity, and where its trail ends. */
Status describe(Database& db, BackupCheck& out)
{
    auto q = db.exec(QStringLiteral("SELECT (SELECT value FROM settings WHERE key = 'lab_name'), (SELECT hash FROM "
                                    "audit_log WHERE id = 1), (SELECT max(id) FROM audit_log)"));
    if (!q)
        return fail(q.error());
    if (q->next()) {
        out.labName = q->value(0).toString();
        out.labIdentity = q->value(1).toString();
        out.auditEntries = q->value(2).toLongLong();
    }
    q->finish();
    auto head = db.exec(QStringLiteral("SELECT hash, at FROM audit_log WHERE id = ?"), {out.auditEntries});
    if (!head)
        return fail(head.error());
    if (head->next()) {
        out.headHash = head->value(0).toString();
        out.lastEntryAt = head->value(1).toString();
    }
    return {};
}

/** Whether the lab at \a target may be replaced by \a backup, and how many of its entries would go. */
Result<qint64> compareWithLab(const BackupCheck& backup, const QString& target, const RestoreOptions& options)
{
    Database current;
    if (!current.open(target, false))
        return qint64(0); // a lab that no longer opens is what a restore is for
    BackupCheck lab;
    if (auto described = describe(current, lab); !described) {
        if (described.error().code == QStringLiteral("lab_corrupt"))
            return qint64(0); // nor does one too damaged to read
        return fail(described.error());
    }
    if (lab.labIdentity != backup.labIdentity && !options.otherLab)
        return fail(Error::refused(QStringLiteral("other_lab"),
                                   Tr::tr("%1 is a backup of another lab (“%2”), not of “%3”; nothing was changed "
                                          "(--other-lab to restore it anyway)")
                                       .arg(backup.path, backup.labName, lab.labName),
                                   QStringLiteral("file")));
    if (lab.labIdentity != backup.labIdentity)
        return lab.auditEntries;
    auto same = current.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {backup.auditEntries});
    if (!same)
        return fail(same.error());
    const bool parted = !same->isNull() && same->toString() != backup.headHash;
    const qint64 lost = std::max<qint64>(0, lab.auditEntries - backup.auditEntries) + (parted ? 1 : 0);
    if (parted && !options.force)
        return fail(Error::refused(QStringLiteral("backup_diverged"),
                                   Tr::tr("the trail of %1 parts from the lab's at entry %2: the lab's entries from "
                                          "there on (%3) would be lost; nothing was changed (--force to restore it "
                                          "anyway)")
                                       .arg(backup.path)
                                       .arg(backup.auditEntries)
                                       .arg(lab.auditEntries - backup.auditEntries + 1),
                                   QStringLiteral("file")));
    if (lost > 0 && !options.force)
        return fail(Error::refused(QStringLiteral("backup_older"),
                                   Tr::tr("%1 is older than the lab: the %n audit entry(s) made since (the last at %2 "
                                          "UTC) would be lost; nothing was changed (--force to restore it anyway)",
                                          nullptr, int(lost))
                                       .arg(backup.path, lab.lastEntryAt.left(16).replace(u'T', u' ')),
                                   QStringLiteral("file")));
    return lost;
}

/** Makes the checked copy of the backup at \a staging the restored lab: it records its own restore. */
/** A security event of the replaced lab, to be kept in the restored one. */
struct CarriedEvent
{
    QDateTime at;
    QString user, event, detail;
};

/**
 * The security events of the lab at \a target later than the last one \a restored holds: sign-ins, lockouts and
 * earlier restores stay on record when the lab goes back to a copy made before them.
 */
Result<QList<CarriedEvent>> eventsSinceBackup(Database& restored, const QString& target)
{
    auto since = restored.scalar(QStringLiteral("SELECT max(at) FROM security_log"));
    if (!since)
        return fail(since.error());
    Database current;
    if (!current.openReadOnly(target, true))
        return QList<CarriedEvent>(); // a lab too damaged to read has none to give
    auto q = current.exec(QStringLiteral("SELECT at, user_name, event, detail FROM security_log WHERE at > ? "
                                         "ORDER BY id"),
                          {since->isNull() ? QString() : since->toString()});
    QList<CarriedEvent> out;
    if (!q)
        return out;
    while (q->next())
        out.append({QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs), q->value(1).toString(),
                    q->value(2).toString(), q->value(3).toString()});
    return out;
}

Status recordRestore(Database& db, const QString& path, const RestoreOptions& options, qint64 lost,
                     const QString& target, const QList<CarriedEvent>& carried)
{
    Transaction tx(db);
    if (!tx.isActive())
        return fail(tx.beginError());
    for (const CarriedEvent& e : carried)
        ETALON_TRY(SecurityLog::append(db, e.at, e.user, e.event,
                                       e.detail.isEmpty()
                                           ? Tr::tr("kept from the lab the restore replaced")
                                           : Tr::tr("%1 (kept from the lab the restore replaced)").arg(e.detail)));
    const QString user = options.user.isEmpty() ? QStringLiteral("etalon") : options.user;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ETALON_TRY(AuditLog(db).append(now, user, QStringLiteral("lab.restore"), QStringLiteral("lab"), std::nullopt, {},
                                   QJsonObject{{QStringLiteral("from"), QFileInfo(path).fileName()},
                                               {QStringLiteral("into"), shownName(target)},
                                               {QStringLiteral("entries_lost"), lost},
                                               {QStringLiteral("forced"), options.force},
                                               {QStringLiteral("other_lab"), options.otherLab}}));
    ETALON_TRY(SecurityLog::append(db, now, user, QStringLiteral("restore"),
                                   QStringLiteral("%1 → %2, %3 entries lost")
                                       .arg(path, Postgres::isServerUri(target) ? shownName(target) : target)
                                       .arg(lost)));
    ETALON_TRY(tx.commit());
    auto folded = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!folded)
        return fail(folded.error());
    return {};
}

} // namespace

namespace {

/** A damaged backup is the backup's fault, named as such, not the lab's. */
Error asBackupError(const Error& e, const QString& path)
{
    if (e.code != QStringLiteral("lab_corrupt"))
        return e;
    return Error::refused(QStringLiteral("corrupt_backup"), Tr::tr("the backup %1 is damaged: %2").arg(path, e.message),
                          QStringLiteral("file"));
}

/** Opens the backup at \a path without changing it; the error names the file, not the lab. */
Status openBackup(Database& db, const QString& path)
{
    if (!QFileInfo::exists(path))
        return fail(Error::notFound(QStringLiteral("file"), Tr::tr("no backup at %1").arg(path)));
    if (auto opened = db.openReadOnly(path, true); !opened) {
        Error e = asBackupError(opened.error(), path);
        if (e.field == QStringLiteral("db"))
            e.field = QStringLiteral("file"); // the backup named, not the lab
        return fail(e);
    }
    return {};
}

/** Copies the backup at \a path into a new file at \a copy through SQLite, its WAL included. */
Status copyBackup(const QString& path, const QString& copy)
{
    Database source;
    ETALON_TRY(openBackup(source, path));
    QFile::remove(copy);
    if (auto r = source.exec(QStringLiteral("VACUUM INTO ?"), {copy}); !r)
        return fail(asBackupError(r.error(), path));
    return {};
}

/** A server lab's copy in a new lab file at \a path: the single-file backup format any PC opens. */
Status copyToFile(Database& from, const QString& path)
{
    Database file;
    ETALON_TRY(file.open(path, true));
    ETALON_TRY(LabTransfer::copy(from, file));
    // One file, as SQLite's own copy of a lab file is: a write-ahead log would leave files beside it whenever it is
    // opened read-only to be checked or restored.
    ETALON_TRY(file.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    return {};
}

/** The checks of `audit verify` on an open backup, reported under the name \a shown. */
Result<BackupCheck> checkOpen(Database& db, const QString& shown)
{
    auto audit = verifyLab(db);
    if (!audit)
        return fail(asBackupError(audit.error(), shown));
    if (!audit->corruption.isEmpty())
        return fail(Error::refused(QStringLiteral("corrupt_backup"),
                                   Tr::tr("%1 failed the integrity check: %2").arg(shown, audit->corruption),
                                   QStringLiteral("file")));
    if (!audit->schemaDifference.isEmpty())
        return fail(Error::refused(
            QStringLiteral("schema_altered"),
            Tr::tr("the schema of %1 was changed behind Etalon's back: %2").arg(shown, audit->schemaDifference),
            QStringLiteral("file")));
    if (const auto& finding = audit->firstBreak ? audit->firstBreak : audit->domainMismatch)
        return fail(Error::refused(
            QStringLiteral("audit_chain_broken"),
            Tr::tr("%1 fails audit verify at entry %2: %3").arg(shown).arg(finding->entryId).arg(finding->reason),
            QStringLiteral("file")));
    BackupCheck out;
    out.path = shown;
    out.bytes = QFileInfo(shown).size();
    out.auditEntries = audit->entries;
    out.schemaVersion = db.schemaVersion();
    ETALON_TRY(describe(db, out));
    return out;
}

} // namespace

Result<BackupCheck> BackupService::check(const QString& path)
{
    Database db;
    if (Postgres::isServerUri(path)) {
        ETALON_TRY(db.openReadOnly(path));
        return checkOpen(db, db.path());
    }
    ETALON_TRY(openBackup(db, path));
    if (db.schemaVersion() == Database::latestSchemaVersion())
        return checkOpen(db, path);
    // A backup made by an older Etalon is checked as it will be restored: a copy brought up to date.
    db.close();
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("check.etalon"));
    ETALON_TRY(copyBackup(path, copy));
    Database upgraded;
    ETALON_TRY(upgraded.open(copy, false));
    return checkOpen(upgraded, path);
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
    // The backup is logged first, so the copy itself holds the entry that says it was made; a lab that cannot be
    // written (an archive on a read-only share) is copied as it is.
    const bool logging = !m_lab.db().isReadOnly();
    if (logging) {
        auto logged = m_lab.write([&]() -> Status {
            return m_lab.logChange(session, QStringLiteral("lab.backup"), QStringLiteral("lab"), std::nullopt, {},
                                   QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()}});
        });
        if (!logged)
            return fail(logged.error());
    }
    // A server lab is copied row by row into a new lab file; a lab file by SQLite, whole, as one snapshot.
    Status r;
    if (m_lab.db().isServer())
        r = copyToFile(m_lab.db(), path);
    else if (auto vacuum = m_lab.db().exec(QStringLiteral("VACUUM INTO ?"), {path}); !vacuum)
        r = fail(vacuum.error());
    auto checked = r ? check(path) : Result<BackupCheck>(fail(r.error()));
    if (!checked) {
        // No partial copy is left to be taken for a backup, and the trail says this one failed.
        QFile::remove(path);
        if (logging)
            (void)m_lab.write([&]() -> Status {
                return m_lab.logChange(session, QStringLiteral("lab.backup-failed"), QStringLiteral("lab"),
                                       std::nullopt, {},
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

namespace {

/** The restored lab prepared at \a staging, checked and compared with the lab it is to replace. */
Result<RestoreReport> stage(const QString& path, const QString& staging, const QString& target,
                            const RestoreOptions& options)
{
    ETALON_TRY(copyBackup(path, staging));
    Database db;
    if (auto opened = db.open(staging, false); !opened)
        return fail(Error::refused(QStringLiteral("corrupt_backup"),
                                   Tr::tr("%1 cannot be opened as a lab: %2").arg(path, opened.error().message),
                                   QStringLiteral("file")));
    auto checked = checkOpen(db, path);
    if (!checked)
        return fail(checked.error());
    RestoreReport report;
    const bool replacing = Postgres::isServerUri(target) || QFileInfo::exists(target);
    if (replacing) {
        auto lost = compareWithLab(*checked, target, options);
        if (!lost)
            return fail(lost.error());
        report.entriesLost = *lost;
    }
    QList<CarriedEvent> carried;
    if (replacing && !options.otherLab) {
        auto events = eventsSinceBackup(db, target);
        if (!events)
            return fail(events.error());
        carried = *events;
    }
    ETALON_TRY(recordRestore(db, path, options, report.entriesLost, target, carried));
    return report;
}

/**
 * A restore onto a server: the backup staged as a lab file as for any restore, the server lab kept whole in a file
 * beside the backup, then the server database's rows replaced by the staged lab's in one transaction.
 */
Result<RestoreReport> restoreOntoServer(const QString& path, const QString& target, const RestoreOptions& options)
{
    QTemporaryDir dir;
    const QString staging = dir.filePath(QStringLiteral("restoring.etalon"));
    auto staged = stage(path, staging, target, options);
    if (!staged)
        return fail(staged.error());
    RestoreReport report = *staged;
    Database current;
    ETALON_TRY(current.open(target, true));
    auto entries = current.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!entries)
        return fail(entries.error());
    if (entries->toLongLong() > 0) {
        const QString database = Postgres::parseServerUri(target).value_or(Postgres::ServerAddress()).database;
        report.keptAs = QFileInfo(path).absoluteDir().filePath(
            database + QStringLiteral(".before-restore-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")) + QStringLiteral(".etalon"));
        if (QFileInfo::exists(report.keptAs) || !copyToFile(current, report.keptAs))
            return fail(
                Error::internal(Tr::tr("cannot keep a copy of %1 before restoring over it").arg(current.path())));
    }
    Database restored;
    ETALON_TRY(restored.open(staging, false));
    ETALON_TRY(LabTransfer::copy(restored, current));
    current.close();
    auto checked = BackupService::check(target);
    if (!checked)
        return fail(checked.error());
    report.restored = *checked;
    return report;
}

} // namespace

Result<RestoreReport> BackupService::restore(const QString& path, const QString& target, const RestoreOptions& options)
{
    if (Postgres::isServerUri(target))
        return restoreOntoServer(path, target, options);
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
    // A lab whose file or folder may not be written is not replaced either.
    if (QFileInfo::exists(target) ? Database::isReadOnlyPlace(target)
                                  : !QFileInfo(QFileInfo(target).absolutePath()).isWritable())
        return fail(Error::refused(QStringLiteral("lab_read_only"),
                                   Tr::tr("%1 is read-only (the file or its folder cannot be written): it is not "
                                          "replaced")
                                       .arg(target),
                                   QStringLiteral("db")));
    // The backup is read through SQLite (a copy still open elsewhere brings its WAL) into a new file beside the
    // lab, which is upgraded, checked and prepared there; the backup itself is never changed.
    const QString staging = target + QStringLiteral(".restoring");
    auto staged = stage(path, staging, target, options);
    if (!staged) {
        QFile::remove(staging);
        return fail(staged.error());
    }
    RestoreReport report = *staged;
    const bool replacing = QFileInfo::exists(target);
    if (replacing) {
        // The restored lab is readable by whom the replaced one was.
        QFile::setPermissions(staging, QFile::permissions(target));
        // The replaced lab is kept whole (its WAL folded in) under another name; it stays at the path until the
        // rename below puts the restored one there in a single step.
        {
            Database current;
            if (current.open(target, false))
                (void)current.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QString stem = target + QStringLiteral(".before-restore-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        report.keptAs = stem;
        for (int n = 2; QFileInfo::exists(report.keptAs); ++n) // two restores within a second keep both
            report.keptAs = stem + u'-' + QString::number(n);
        if (!QFile::copy(target, report.keptAs)) {
            QFile::remove(staging);
            return fail(Error::internal(Tr::tr("cannot keep a copy of %1 before restoring over it").arg(target)));
        }
    }
    std::filesystem::rename(QFileInfo(staging).filesystemFilePath(), QFileInfo(target).filesystemFilePath(), error);
    if (error) {
        QFile::remove(staging);
        return fail(Error::internal(Tr::tr("cannot put the restored lab in place of %1: %2")
                                        .arg(target, QString::fromStdString(error.message()))));
    }
    // A -wal or -shm left beside the path belongs to the lab it replaced; the WAL was folded in and is empty.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    auto restored = check(target);
    if (!restored)
        return fail(restored.error());
    report.restored = *restored;
    return report;
}

} // namespace Etalon
