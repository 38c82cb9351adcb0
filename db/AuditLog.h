// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "db/Database.h"

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

struct AuditVerification
{
    qint64 entries = 0;
    qint64 checkpoints = 0; ///< signed checkpoints found valid
    std::optional<AuditBreak> firstBreak;
    bool domainChecked = false; ///< the domain tables were compared with the trail
    std::optional<AuditBreak> domainMismatch; ///< the first row that differs from what the trail says
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

    /** Appends one entry; call inside the use case's transaction. */
    Status append(const QDateTime& at, const QString& user, const QString& action, const QString& entity,
                  std::optional<qint64> entityId, const QJsonObject& before, const QJsonObject& after);
    /**
     * Recomputes the chain from the first entry, then checks every signed checkpoint against \a publicKey
     * (when the lab has one): a chain rewritten from its start is caught at the first checkpoint it passes.
     */
    Result<AuditVerification> verify(const QByteArray& publicKey = {});
    /** Signs the chain's current head with the lab's key; call inside a transaction. */
    Status checkpoint(const QDateTime& at, const QString& passphrase);
    static QByteArray checkpointMessage(qint64 entryId, const QString& entryHash);

    static QString genesisHash();

private:
    Database& m_db;
};

} // namespace Etalon
