// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "db/store/Database.h"
#include "db/trust/RowLog.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Etalon {

/** The first entry whose stored hash does not match what its content and predecessor give. */
struct AuditBreak
{
    qint64 entryId = 0;
    QString reason;
};

/**
 * A repair Etalon made to the lab's schema when it opened it: triggers put back after they had been removed, or
 * triggers it did not make removed. The chain may still be intact, but writes made before the repair ran without
 * the missing triggers or with the foreign ones, so an auditor is told when and which.
 */
struct SchemaRepair
{
    QDateTime at; ///< UTC
    QDateTime localAt; ///< at, in the lab's time zone (set by AuditService)
    QString event; ///< triggers_restored, triggers_removed
    QStringList triggers;
};

struct AuditVerification
{
    qint64 entries = 0;
    qint64 checkpoints = 0; ///< signed checkpoints found valid
    qint64 rowChanges = 0; ///< row-log rows sealed by the chain
    qint64 securityEvents = 0;
    qint64 certificates = 0; ///< stored certificates whose bytes and signature were checked
    QString corruption; ///< what SQLite's integrity check found, when the file itself is damaged
    QString schemaDifference; ///< a table, index or trigger not as Etalon made it
    std::optional<AuditBreak> firstBreak; ///< in the chain, its checkpoints, the security log or the key
    bool domainChecked = false; ///< the lab's tables were compared with the row log
    std::optional<AuditBreak> domainMismatch; ///< the first row or document that differs from what was recorded
    QList<SchemaRepair> repairs; ///< from the security log, oldest first: told beside the result, not a finding
    bool intact() const { return corruption.isEmpty() && schemaDifference.isEmpty() && !firstBreak && !domainMismatch; }
};

/**
 * The hash-chained audit trail. Every use case appends its entries inside its own transaction; each
 * entry carries the SHA-256 of its predecessor and of its own content, so an edit, a deletion or an
 * insertion behind Etalon's back breaks the chain at that entry.
 */
class AuditLog final
{
public:
    explicit AuditLog(Database& db)
        : m_db(db)
    {
    }

    /**
     * Appends one entry, sealing the row-log rows written before it; call inside the use case's transaction, after
     * its changes. \a checkpoint: the number of the checkpoint that will sign this entry.
     */
    Status append(const QDateTime& at, const QString& user, const QString& action, const QString& entity,
                  std::optional<qint64> entityId, const QJsonObject& before, const QJsonObject& after,
                  std::optional<qint64> checkpoint = std::nullopt);

    /** The chain's head: its last entry, the row log sealed up to there, and the security log's head now. */
    struct Head
    {
        qint64 id = 0; ///< 0: no entry yet
        QString hash;
        RowLog::Seal seal;
        QVariant securityUpto, securityHash; ///< null before the migration that anchors the security log
    };
    Result<Head> head();
    /** As append(), after \a last as head() read it (or the last appendAfter() gave it); the new head. */
    Result<Head> appendAfter(const Head& last, const QDateTime& at, const QString& user, const QString& action,
                             const QString& entity, std::optional<qint64> entityId, const QJsonObject& before,
                             const QJsonObject& after, std::optional<qint64> checkpoint = std::nullopt);
    /**
     * Recomputes the chain from the first entry with the row-log seals, then checks every signed checkpoint against
     * \a publicKey (when the lab has one): a chain rewritten from its start is caught at the first checkpoint it
     * passes, a deleted checkpoint by its number and the entry that announced it.
     */
    Result<AuditVerification> verify(const QByteArray& publicKey = {}, RowLog::Replay* replay = nullptr);
    /** Where the chain's seals of the row log end. */
    Result<qint64> sealedUpto();
    Result<qint64> nextCheckpointNumber();
    /** Signs the chain's current head (which announced \a number) with the lab's key; inside a transaction. */
    Status checkpoint(const QDateTime& at, const QString& passphrase, qint64 number);
    static QByteArray checkpointMessage(qint64 entryId, const QString& entryHash);
    /** What a numbered checkpoint signs: its number, the chain's head, the security log's head, the key. */
    static QByteArray checkpointMessage(qint64 number, qint64 entryId, const QString& entryHash, qint64 securityId,
                                        const QString& securityHash, const QString& keyFingerprint);

    static QString genesisHash();

private:
    Status verifyChain(AuditVerification& out, RowLog::Replay* replay);
    Status verifyCheckpoints(AuditVerification& out, const QByteArray& publicKey);

    Database& m_db;
};

} // namespace Etalon
