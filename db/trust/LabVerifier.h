// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "db/trust/AuditLog.h"

namespace Etalon {

class Database;

/**
 * Everything `audit verify` checks, in this order, stopping at the first finding: the file's integrity (SQLite's
 * check), the audit chain with its row-log seals, the signed checkpoints (numbered, signed with the lab's key,
 * naming the security log's head), the security log's chain, every table against the row log, and every stored
 * certificate against the hash and the signature recorded when it was issued. Works on any open lab: the lab in
 * use or a backup about to be restored.
 */
Result<AuditVerification> verifyLab(Database& db);

} // namespace Etalon
