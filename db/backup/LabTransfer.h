// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "db/lab/Lab.h"

namespace Etalon {

class Database;

/** What `migrate` moved. */
struct MigrationReport
{
    QString to; ///< the target, its password left out
    qint64 auditEntries = 0;
    qint64 certificates = 0;
};

/**
 * Moving a lab between databases and engines, row for row: the same ids, hashes, documents and audit chain, so that
 * every certificate issued before still verifies and numbering goes on where it was. What `migrate`, a server lab's
 * backup to a file and a restore onto a server are made of.
 */
namespace LabTransfer {

/**
 * Copies every row of \a from into \a to, both at the current schema version. Whatever \a to held (a new lab's seed
 * rows) is replaced. Its triggers are set aside while copying and made again after, in one transaction: all or
 * nothing. \a from is read in one snapshot, so others may keep working on it.
 */
Status copy(Database& from, Database& to);

/**
 * Moves the lab into \a to, a new lab file or an empty server database, as its admin: the move is recorded in the
 * lab's trail first (so the copy holds it), then the copy is made and checked as `audit verify` checks a lab. A
 * target that already holds a lab is refused, and a target file is removed when the move fails.
 */
Result<MigrationReport> migrate(Lab& from, const Session& session, const QString& to);

} // namespace LabTransfer

} // namespace Etalon
