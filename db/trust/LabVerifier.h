// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "db/trust/AuditLog.h"

#include <QMap>
#include <QString>

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

/**
 * The schema Etalon makes on a PostgreSQL server, as SchemaCatalog::serverObjects() reads it back from a fresh lab:
 * kept in the program (resources/schema/postgres.json), since an application role may create nothing to build it
 * from, and kept true by a test that compares it with a fresh lab on the test server.
 */
struct ServerSchema
{
    int serverMajor = 0; ///< the PostgreSQL major version it was read on: definitions are compared within that one
    int schemaVersion = 0;
    QMap<QString, QString> objects;
};
Result<ServerSchema> expectedServerSchema();

} // namespace Etalon
