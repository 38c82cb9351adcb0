// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Lab.h"

namespace Etalon {

struct BackupCheck
{
    QString path;
    qint64 bytes = 0;
    qint64 auditEntries = 0;
    int schemaVersion = 0;
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
     * Replaces the lab database at \a target with the checked backup at \a path; the file it replaces is kept
     * beside it with a ".before-restore" suffix. Nothing may have \a target open.
     */
    static Result<BackupCheck> restore(const QString& path, const QString& target);

private:
    Lab& m_lab;
};

} // namespace Etalon
