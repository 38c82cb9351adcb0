// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "db/AuditLog.h"

namespace Etalon {

class Database;

/** Whether the domain tables hold what the audit trail says they should. */
struct DomainCheck
{
    bool checked = false; ///< false for labs whose demo data predates the ranges the check needs
    std::optional<AuditBreak> firstMismatch; ///< entryId is the creating entry, or 0 for a row no entry made
};

/**
 * Finds rows of the registries, records, readings and certificates that no audit entry created, rows an
 * entry created that are gone, and readings whose values differ from the entry that recorded them: what
 * an edit with the triggers dropped leaves behind.
 */
Result<DomainCheck> checkDomainAgainstTrail(Database& db);

} // namespace Etalon
