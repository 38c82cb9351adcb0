// SPDX-License-Identifier: Apache-2.0
// Registrations by the hundred, for an import's write phase: a statement per few hundred rows rather than four per
// row, which is what a server lab's round trips make slow.
#include "db/registry/RegistryService.h"

#include "core/Tr.h"
#include "db/store/Rows.h"

namespace Etalon {

namespace {

constexpr qsizetype BatchRows = 250;

/** The first id a batch may take: ids are given explicitly, under the write lock, so rows and ids pair surely. */
Result<Id> nextId(Database& db, const QString& table)
{
    auto last = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table));
    if (!last)
        return fail(last.error());
    return last->toLongLong() + 1;
}

QString manufacturerOf(const Instrument& i)
{
    return i.manufacturer.isNull() ? QStringLiteral("") : i.manufacturer;
}

QString serialKey(const QString& type, const QString& manufacturer, const QString& serial)
{
    return type + QChar(0x1f) + manufacturer + QChar(0x1f) + serial;
}

} // namespace

Status RegistryService::insertOrganisations(QList<Organisation>& orgs, qsizetype& failedAt)
{
    auto next = nextId(m_lab.db(), QStringLiteral("organisations"));
    if (!next)
        return fail(next.error());
    const QString now = m_lab.nowText();
    for (qsizetype start = 0; start < orgs.size(); start += BatchRows) {
        const qsizetype end = std::min(orgs.size(), start + BatchRows);
        // Checked again under the write lock: another desk may have registered a tax code since.
        QVariantList taxCodes;
        for (qsizetype i = start; i < end; ++i) {
            if (!orgs[i].taxCode.isEmpty())
                taxCodes.append(orgs[i].taxCode);
        }
        if (!taxCodes.isEmpty()) {
            auto taken = m_lab.db().exec(QStringLiteral("SELECT tax_code FROM organisations WHERE tax_code IN (%1)")
                                             .arg(QStringList(taxCodes.size(), QStringLiteral("?")).join(u',')),
                                         taxCodes);
            if (!taken)
                return fail(taken.error());
            if (taken->next()) {
                const QString code = taken->value(0).toString();
                taken->finish();
                for (failedAt = start; orgs[failedAt].taxCode != code; ++failedAt) { }
                return checkTaxCodeFree(code);
            }
        }
        failedAt = start; // a storage error is told at the batch's first line
        QVariantList values;
        for (qsizetype i = start; i < end; ++i) {
            Organisation& o = orgs[i];
            o.id = (*next)++;
            values << o.id << toName(o.kind) << o.name << Rows::toDb(o.taxCode) << Rows::toDb(o.address)
                   << Rows::toDb(o.commune) << Rows::toDb(o.province) << Rows::toDb(o.sector) << Rows::toDb(o.phone)
                   << now;
        }
        ETALON_TRY(m_lab.db().exec(QStringLiteral("INSERT INTO organisations (id, kind, name, tax_code, address, "
                                                  "commune, province, sector, phone, created_at) VALUES %1")
                                       .arg(Database::rowMarks(end - start, 10)),
                                   values));
    }
    return m_lab.db().continueIdentity(QStringLiteral("organisations"));
}

Status RegistryService::insertInstruments(QList<Instrument>& instruments, qsizetype& failedAt)
{
    auto next = nextId(m_lab.db(), QStringLiteral("instruments"));
    if (!next)
        return fail(next.error());
    const QString now = m_lab.nowText();
    const QString today = m_lab.today().toString(Qt::ISODate);
    for (qsizetype start = 0; start < instruments.size(); start += BatchRows) {
        const qsizetype end = std::min(instruments.size(), start + BatchRows);
        // Checked again under the write lock: another desk may have registered a serial since. One query per
        // type and maker in the batch, so each is answered from the registry's unique index.
        QHash<QPair<QString, QString>, QStringList> serials;
        QHash<QString, qsizetype> rows;
        for (qsizetype i = start; i < end; ++i) {
            const Instrument& in = instruments[i];
            if (in.serial.isEmpty())
                continue;
            serials[{in.typeCode, manufacturerOf(in)}].append(in.serial);
            rows.insert(serialKey(in.typeCode, manufacturerOf(in), in.serial), i);
        }
        for (auto it = serials.cbegin(); it != serials.cend(); ++it) {
            QVariantList values{it.key().first, it.key().second};
            for (const QString& serial : it.value())
                values.append(serial);
            auto taken = m_lab.db().exec(QStringLiteral("SELECT serial FROM instruments WHERE type_code = ? AND "
                                                        "manufacturer = ? AND serial IN (%1)")
                                             .arg(QStringList(it.value().size(), QStringLiteral("?")).join(u',')),
                                         values);
            if (!taken)
                return fail(taken.error());
            if (taken->next()) {
                failedAt = rows.value(serialKey(it.key().first, it.key().second, taken->value(0).toString()));
                taken->finish();
                return checkSerialFree(instruments[failedAt]);
            }
        }
        failedAt = start; // a storage error is told at the batch's first line
        QVariantList values, owners;
        for (qsizetype i = start; i < end; ++i) {
            Instrument& in = instruments[i];
            in.id = (*next)++;
            in.serialAssignedByLab = in.serial.isEmpty();
            if (in.serialAssignedByLab)
                in.serial = labSerial(in.id);
            values << in.id << in.typeCode << in.serial << in.serialAssignedByLab << manufacturerOf(in)
                   << Rows::toDb(in.country) << Rows::toDb(in.model) << Rows::toDb(in.year)
                   << Rows::toDb(in.patternApproval) << in.ownerId << Rows::toDb(in.place) << Rows::toDb(in.rangeMin)
                   << Rows::toDb(in.rangeMax) << Rows::toDb(in.resolution) << Rows::toDb(in.verificationInterval)
                   << Rows::toDb(in.nominal) << Rows::toDb(in.accuracyClass) << now;
            owners << in.id << in.ownerId << today;
        }
        ETALON_TRY(m_lab.db().exec(
            QStringLiteral("INSERT INTO instruments (id, type_code, serial, serial_assigned, manufacturer, country, "
                           "model, year, pattern_approval, owner_id, place, range_min, range_max, resolution, "
                           "verification_interval, nominal, accuracy_class, created_at) VALUES %1")
                .arg(Database::rowMarks(end - start, 18)),
            values));
        ETALON_TRY(m_lab.db().exec(
            QStringLiteral("INSERT INTO instrument_owners (instrument_id, owner_id, from_date) VALUES %1")
                .arg(Database::rowMarks(end - start, 3)),
            owners));
    }
    return m_lab.db().continueIdentity(QStringLiteral("instruments"));
}

} // namespace Etalon
