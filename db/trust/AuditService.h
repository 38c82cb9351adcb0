// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"
#include "db/trust/AuditLog.h"

namespace Etalon {

/** Which entries of the trail to show; empty members do not filter. */
struct AuditFilter
{
    QString user;
    QString entity; ///< "record", "instrument", …
    std::optional<qint64> entityId;
    std::optional<QDate> from; ///< inclusive, by the entry's date in the lab's time zone
    std::optional<QDate> to; ///< inclusive
    /**
     * Words to find, ignoring case: a certificate number, an instrument's serial, a user's name, an action in words
     * or as its code, or any text of the entry's details.
     */
    QString text;
    int limit = 500;
    int offset = 0;
};

/** A signed checkpoint as it is exported or printed: enough to check it offline with the lab's public key. */
struct AuditCheckpoint
{
    qint64 id = 0;
    qint64 entryId = 0;
    QString entryHash;
    QString signedAt;
    QString signature; ///< base64, Ed25519 over message
    std::optional<qint64> number; ///< numbered checkpoints (all since the row log) sign the fields below too
    QString keyFingerprint;
    qint64 securityId = 0; ///< the security log's head when signed
    QString securityHash;
    QByteArray message; ///< exactly what was signed (AuditLog::checkpointMessage)
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString action;
    QString entity;
    std::optional<qint64> entityId;
    QString before; ///< JSON as stored
    QString after;
    QDateTime localAt; ///< at, in the lab's time zone
    QString userFullName; ///< empty when the user is not (or no longer) known
    QString actionText; ///< the action in words, in the current language (AuditWords::action)
    /** What the entry concerns, where it or its details name one: the certificate, the record, the instrument. */
    QString certificateNumber;
    std::optional<qint64> recordId;
    QString instrumentSerial;
};

/** Checking the audit trail, and anchoring it with checkpoints signed by the lab's key. */
class AuditService final
{
public:
    explicit AuditService(Lab& lab)
        : m_lab(lab)
    {
    }

    /** The chain, and every signed checkpoint against the lab's public key. */
    Result<AuditVerification> verify();
    /** Signs the chain's head now (run at least daily; issuing a certificate does it too). */
    Status checkpoint(const Session& session, const QString& passphrase);
    /** The trail, newest first, filtered in SQL; auditors, managers and admins only. */
    Result<QList<AuditEntry>> entries(const Session& session, const AuditFilter& filter);
    /** One entry, as entries() gives it; auditors, managers and admins only. */
    Result<AuditEntry> entry(const Session& session, qint64 id);
    /** Every signed checkpoint, oldest first. */
    Result<QList<AuditCheckpoint>> checkpoints();
    /** The user names that appear in the trail, for a filter's choices. */
    Result<QStringList> users();

private:
    Lab& m_lab;
};

} // namespace Etalon
