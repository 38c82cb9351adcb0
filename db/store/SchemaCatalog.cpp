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

namespace {

// Each query gives kind, name and definition. What an extension installed (a database administrator's choice, not
// the lab's schema) is left out. Definitions the server qualifies with the lab's schema are given back
// without it, so a lab in another schema than public reads the same.
const char* const ServerObjectQueries[] = {
    // Tables and views, their columns in order and how each is stored.
    "SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' WHEN 'S' THEN 'sequence' WHEN 'r' THEN 'table' "
    "WHEN 'p' THEN 'table' ELSE 'relation' END, c.relname, CASE WHEN c.relkind IN ('v', 'm') THEN "
    "md5(pg_get_viewdef(c.oid)) WHEN c.relkind = 'S' THEN (SELECT format_type(s.seqtypid, NULL) || ' ' || "
    "s.seqstart || ' ' || s.seqincrement || ' ' || s.seqmin || ' ' || s.seqmax || ' ' || s.seqcycle FROM "
    "pg_sequence s WHERE s.seqrelid = c.oid) ELSE concat_ws(' ', (SELECT string_agg(a.attname || ' ' || "
    "format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' "
    "DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || "
    "a.attidentity::text ELSE '' END || CASE WHEN a.attgenerated <> '' THEN ' GENERATED' ELSE '' END || COALESCE(' "
    "COLLATE ' || co.collname, ''), ', ' ORDER BY a.attnum) FROM pg_attribute a LEFT JOIN pg_attrdef d ON "
    "d.adrelid = a.attrelid AND d.adnum = a.attnum LEFT JOIN pg_collation co ON co.oid = a.attcollation WHERE "
    "a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), CASE WHEN c.relpersistence <> 'p' THEN "
    "'PERSISTENCE ' || c.relpersistence::text END, CASE WHEN c.relrowsecurity THEN 'ROW LEVEL SECURITY' END, CASE WHEN "
    "c.relforcerowsecurity THEN 'FORCED' END) END FROM pg_class c WHERE c.relnamespace = to_regnamespace("
    "current_schema())::oid AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c') AND NOT EXISTS (SELECT 1 FROM "
    "pg_depend e WHERE e.objid = c.oid AND e.deptype = 'e')",
    "SELECT 'constraint', c.conrelid::regclass::text || '.' || c.conname, pg_get_constraintdef(c.oid) || CASE WHEN "
    "c.convalidated THEN '' ELSE ' NOT VALID' END FROM pg_constraint c WHERE c.connamespace = "
    "to_regnamespace(current_schema())::oid",
    "SELECT 'index', c.relname, replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(current_schema()) || "
    "'.', ' ON ') || CASE WHEN i.indisvalid THEN '' ELSE ' INVALID' END FROM pg_index i JOIN pg_class c ON c.oid = "
    "i.indexrelid WHERE c.relnamespace = to_regnamespace(current_schema())::oid",
    "SELECT 'trigger', t.tgname, replace(pg_get_triggerdef(t.oid), ' ON ' || quote_ident(current_schema()) || '.', "
    "' ON ') || ' ENABLED ' || t.tgenabled::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT "
    "t.tgisinternal AND c.relnamespace = to_regnamespace(current_schema())::oid",
    "SELECT 'function', p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', "
    "md5(replace(pg_get_functiondef(p.oid), quote_ident(current_schema()) || '.', '')) FROM pg_proc p WHERE "
    "p.pronamespace = to_regnamespace(current_schema())::oid AND p.prokind IN ('f', 'p') AND NOT EXISTS (SELECT 1 "
    "FROM pg_depend e WHERE e.objid = p.oid AND e.deptype = 'e')",
    "SELECT 'rule', r.tablename || '.' || r.rulename, rtrim(regexp_replace(replace(r.definition, "
    "quote_ident(current_schema()) || '.', ''), '\\s+', ' ', 'g'), ';') FROM pg_rules r WHERE r.schemaname = "
    "current_schema()",
    "SELECT 'policy', p.tablename || '.' || p.policyname, concat_ws(' ', p.permissive, p.cmd, p.roles::text, "
    "p.qual, p.with_check) FROM pg_policies p WHERE p.schemaname = current_schema()",
    "SELECT 'type', t.typname, t.typtype::text FROM pg_type t WHERE t.typnamespace = "
    "to_regnamespace(current_schema())::oid "
    "AND t.typrelid = 0 AND t.typelem = 0 AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = t.oid AND "
    "e.deptype = 'e')",
};

} // namespace

Result<QMap<QString, QString>> serverObjects(Database& db)
{
    QMap<QString, QString> out;
    for (const char* sql : ServerObjectQueries) {
        auto q = db.exec(QString::fromLatin1(sql));
        if (!q)
            return fail(q.error());
        while (q->next())
            out.insert(q->value(0).toString() + u' ' + q->value(1).toString(), q->value(2).toString());
    }
    return out;
}

Result<int> serverMajorVersion(Database& db)
{
    auto version = db.scalar(QStringLiteral("SELECT current_setting('server_version_num')::integer"));
    if (!version)
        return fail(version.error());
    return version->toInt() / 10000;
}

} // namespace Etalon::SchemaCatalog
