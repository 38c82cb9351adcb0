// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Etalon {

class Database;

/**
 * What the lab's schema holds, read from the engine's own catalogue (sqlite_master and its pragmas, or pg_catalog):
 * the one place that knows where each engine keeps it.
 */
namespace SchemaCatalog {

struct Column
{
    QString name;
    QString type; ///< upper case, as the engine names it (TEXT, INTEGER, BLOB; TEXT, BIGINT, BYTEA)
    bool key = false; ///< part of the primary key
};

/** The lab's tables by name, but the engine's own and the schema version's. */
Result<QStringList> tables(Database& db);

/** A table's columns in their order. */
Result<QList<Column>> columns(Database& db, const QString& table);

/** For each table, the tables its foreign keys name (itself included where it names itself). */
Result<QHash<QString, QStringList>> references(Database& db);

/** The tables in an order where each comes after those it references (references to itself aside). */
Result<QStringList> inDependencyOrder(Database& db);

/**
 * Every object of a server lab's schema by "kind name" (table, constraint, index, trigger, function, rule, policy,
 * sequence, type, view), each with its definition as the server gives it back: columns with their types, defaults,
 * collations and nullability; a trigger's statement and whether it is enabled; a function's source as a digest. What
 * would change later writes without touching a row, so audit verify compares it with what Etalon makes.
 */
Result<QMap<QString, QString>> serverObjects(Database& db);

/** The server's major version (15 for PostgreSQL 15.x): catalogue texts are compared within one. */
Result<int> serverMajorVersion(Database& db);

/** Whether a column holds a document's bytes. */
inline bool isBytes(const Column& c)
{
    return c.type == QLatin1String("BLOB") || c.type == QLatin1String("BYTEA");
}

} // namespace SchemaCatalog

} // namespace Etalon
