// SPDX-License-Identifier: Apache-2.0
#include "db/registry/ExportService.h"

#include "core/Tr.h"

namespace Etalon {

namespace {

struct TableSpec
{
    ExportTable table;
    const char* name;
    const char* columns; ///< header, comma-separated
    const char* sql; ///< selects exactly those columns, in id order
};

const TableSpec specs[] = {
    {ExportTable::Organisations, "organisations", "id,name,kind,tax-code,address,commune,province,sector,phone",
     "SELECT id, name, kind, tax_code, address, commune, province, sector, phone FROM organisations ORDER BY id"},
    {ExportTable::Instruments, "instruments",
     "id,type,owner,owner-tax-code,owner-name,serial,manufacturer,country,model,year,pattern-approval,place,class,"
     "range-min,range-max,resolution,verification-interval,nominal,next-due",
     "SELECT i.id, i.type_code, i.owner_id, o.tax_code, o.name, CASE WHEN i.serial_assigned <> 0 THEN '' ELSE i.serial "
     "END, "
     "i.manufacturer, i.country, i.model, i.year, i.pattern_approval, i.place, i.accuracy_class, i.range_min, "
     "i.range_max, i.resolution, i.verification_interval, i.nominal, i.next_due "
     "FROM instruments i JOIN organisations o ON o.id = i.owner_id ORDER BY i.id"},
    {ExportTable::Standards, "standards", "id,name,serial,kind,class,range-max,status,valid-until",
     "SELECT id, name, serial, kind, accuracy_class, range_max, status, valid_until FROM standards ORDER BY id"},
    {ExportTable::Records, "records",
     "id,instrument,type,serial,owner,kind,procedure,date,technician,status,verdict,next-due",
     "SELECT r.id, r.instrument_id, i.type_code, i.serial, o.name, r.kind, r.procedure_code, r.date, u.name, "
     "r.status, r.verdict, r.next_due FROM records r JOIN instruments i ON i.id = r.instrument_id "
     "JOIN organisations o ON o.id = i.owner_id JOIN users u ON u.id = r.technician_id ORDER BY r.id"},
    {ExportTable::Certificates, "certificates",
     "id,number,record,kind,language,issued-at,issued-by,valid-until,stamp,replaces,sha256",
     "SELECT c.id, c.number, c.record_id, c.kind, c.language, c.issued_at, u.name, c.valid_until, c.stamp, "
     "p.number, c.sha256 FROM certificates c LEFT JOIN users u ON u.id = c.issued_by "
     "LEFT JOIN certificates p ON p.id = c.replaces ORDER BY c.id"},
    {ExportTable::Users, "users", "id,name,full-name,role,active,created-at",
     "SELECT id, name, full_name, role, active, created_at FROM users ORDER BY id"},
};

const TableSpec& specOf(ExportTable table)
{
    for (const TableSpec& s : specs)
        if (s.table == table)
            return s;
    Q_UNREACHABLE();
}

} // namespace

QStringList ExportService::tableNames()
{
    QStringList names;
    for (const TableSpec& s : specs)
        names.append(QString::fromLatin1(s.name));
    return names;
}

Result<ExportTable> ExportService::tableFromName(const QString& name)
{
    for (const TableSpec& s : specs)
        if (name == QLatin1String(s.name))
            return s.table;
    return fail(Error::badInput(QStringLiteral("table"),
                                Tr::tr("unknown table “%1”; the tables are: %2").arg(name, tableNames().join(u", "))));
}

QStringList ExportService::header(ExportTable table)
{
    return QString::fromLatin1(specOf(table).columns).split(u',');
}

Status ExportService::forEachRow(const Session& session, ExportTable table, const RowSink& sink)
{
    if (table == ExportTable::Users)
        ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    const TableSpec& spec = specOf(table);
    auto q = m_lab.db().exec(QString::fromLatin1(spec.sql));
    if (!q)
        return fail(q.error());
    const int width = int(header(table).size());
    QStringList row;
    row.reserve(width);
    while (q->next()) {
        row.clear();
        for (int c = 0; c < width; ++c)
            row.append(q->value(c).toString());
        if (!sink(row))
            return fail(Error::refused(QStringLiteral("cancelled"), Tr::tr("export cancelled")));
    }
    return {};
}

} // namespace Etalon
