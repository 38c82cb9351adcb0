// SPDX-License-Identifier: Apache-2.0
#include "db/store/SchemaCatalog.h"

#include "core/Tr.h"
#include "db/store/Database.h"

namespace Etalon::SchemaCatalog {

Result<QStringList> tables(Database& db)
{
    auto q = db.exec(db.isServer() ? QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                                    "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = "
                                                    "'r' AND c.relname <> 'etalon_schema' ORDER BY c.relname")
                                   : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                                    "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!q)
        return fail(q.error());
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

Result<QList<Column>> columns(Database& db, const QString& table)
{
    auto q = db.exec(
        db.isServer()
            ? QStringLiteral("SELECT a.attname, upper(format_type(a.atttypid, a.atttypmod)), CASE WHEN a.attnum = ANY "
                             "(COALESCE(i.indkey::smallint[], '{}')) THEN 1 ELSE 0 END FROM pg_attribute a LEFT JOIN "
                             "pg_index i ON i.indrelid = a.attrelid AND i.indisprimary WHERE a.attrelid = "
                             "(SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                             "n.nspname = current_schema() AND c.relname = ?) AND a.attnum > 0 AND NOT "
                             "a.attisdropped ORDER BY a.attnum")
            : QStringLiteral("SELECT name, upper(type), pk FROM pragma_table_info(?) ORDER BY cid"),
        {table});
    if (!q)
        return fail(q.error());
    QList<Column> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toInt() > 0});
    return out;
}

Result<QHash<QString, QStringList>> references(Database& db)
{
    auto q =
        db.exec(db.isServer()
                    ? QStringLiteral("SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM "
                                     "pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE "
                                     "c.contype = 'f' AND n.nspname = current_schema()")
                    : QStringLiteral("SELECT m.name, p.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) "
                                     "p WHERE m.type = 'table'"));
    if (!q)
        return fail(q.error());
    QHash<QString, QStringList> out;
    while (q->next())
        out[q->value(0).toString()].append(q->value(1).toString());
    return out;
}

Result<QStringList> inDependencyOrder(Database& db)
{
    auto all = tables(db);
    if (!all)
        return fail(all.error());
    auto refs = references(db);
    if (!refs)
        return fail(refs.error());
    QStringList ordered;
    QStringList left = *all;
    while (!left.isEmpty()) {
        const auto ready = std::find_if(left.begin(), left.end(), [&](const QString& table) {
            const QStringList needed = refs->value(table);
            return std::all_of(needed.begin(), needed.end(), [&](const QString& other) {
                return other == table || ordered.contains(other) || !left.contains(other);
            });
        });
        if (ready == left.end())
            return fail(Error::internal(
                Tr::tr("the lab's tables reference each other in a circle: %1").arg(left.join(QStringLiteral(", ")))));
        ordered.append(*ready);
        left.erase(ready);
    }
    return ordered;
}

} // namespace Etalon::SchemaCatalog
