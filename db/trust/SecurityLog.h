// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "db/trust/AuditLog.h"

#include <QDateTime>

namespace Etalon {

class Database;

/**
 * Sign-ins, lockouts, password changes and what happened to the lab file (triggers restored, restores), apart
 * from the domain audit trail. Append-only and hash-chained like it; the signed checkpoints carry its head.
 */
namespace SecurityLog {

/** Appends one event; call inside a transaction. */
Status append(Database& db, const QDateTime& at, const QString& user, const QString& event, const QString& detail);

/** The newest event and its hash (0 and the genesis hash when there is none). */
Result<std::pair<qint64, QString>> head(Database& db);

/** Recomputes the chain; the first event that does not follow, if any. */
Result<std::optional<AuditBreak>> verify(Database& db);

/** The repairs of the lab's schema an open made (SchemaRepair), oldest first. */
Result<QList<SchemaRepair>> schemaRepairs(Database& db);

/** Chains the events of a lab that kept them unchained; for the migration that starts the chain. */
Status chainExisting(Database& db);

} // namespace SecurityLog

} // namespace Etalon
