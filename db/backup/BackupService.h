// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"

namespace Etalon {

struct BackupCheck
{
    QString path;
    qint64 bytes = 0;
    qint64 auditEntries = 0;
    int schemaVersion = 0;
    QString labName;
    QString labIdentity; ///< the hash of the lab's first audit entry, made at init: the same for all its copies
    QString headHash; ///< the hash of its last audit entry
    QString lastEntryAt;
};

/** What a restore may override, and who does it. */
struct RestoreOptions
{
    bool otherLab = false; ///< the backup is of another lab, knowingly
    bool force = false; ///< the backup is older than the lab, or its trail parts from the lab's, knowingly
    QString user; ///< who restores, for the audit trail and the security log
};

struct RestoreReport
{
    BackupCheck restored;
    qint64 entriesLost = 0; ///< entries of the replaced lab the restored one does not hold
    QString keptAs; ///< where the replaced lab file was kept
};

/**
 * Consistent copies of the lab while others keep working (SQLite's VACUUM INTO reads one snapshot), each
 * checked (integrity_check and the audit chain) before it is reported as made, and their restoration.
 */
/** What a daily backup run did: the copy it made (none when today's exists) and the old ones it removed. */
struct AutoBackup
{
    std::optional<BackupCheck> made;
    QString todays; ///< today's backup file, made now or earlier
    QStringList removed;
};

class BackupService final
{
public:
    explicit BackupService(Lab& lab)
        : m_lab(lab)
    {
    }

    Result<BackupCheck> backup(const Session& session, const QString& path);
    /**
     * The daily backup: makes today's checked copy in \a directory unless it exists, then removes the
     * daily copies older than \a keepDays days. Safe to run as often as wanted (at start-up, on a timer).
     */
    Result<AutoBackup> dailyBackup(const Session& session, const QString& directory, int keepDays);
    /** Checks a backup file without changing it. */
    static Result<BackupCheck> check(const QString& path);
    /**
     * Replaces the lab database at \a target with the checked backup at \a path. The backup must pass the checks
     * of `audit verify`, be of the same lab and hold all the lab's entries (else refused unless \a options say
     * so, telling how many entries would be lost). The copy is prepared beside the lab, records the restore in
     * its audit trail and security log, and takes the lab's place in one rename: at any moment the path holds
     * the old lab or the restored one. The file it replaces is kept beside it with a ".before-restore" suffix.
     * Nothing may have \a target open.
     */
    static Result<RestoreReport> restore(const QString& path, const QString& target, const RestoreOptions& options);

private:
    Lab& m_lab;
};

} // namespace Etalon
