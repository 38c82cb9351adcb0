// SPDX-License-Identifier: Apache-2.0
#include "db/RegistryService.h"
#include "db/ProvinceCommunes.h"

#include "core/Json.h"
#include "core/Plausibility.h"
#include "db/CatalogRepository.h"
#include "db/Rows.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QUuid>

namespace Etalon {

namespace {

Status requireWriter(const Session& s)
{
    return Lab::requireRole(s, {Role::Technician, Role::Manager, Role::Admin});
}

} // namespace

Status RegistryService::prepareOrganisation(Organisation& org)
{
    org.name = org.name.trimmed();
    ETALON_TRY(org.validate());
    // The province's organisations name a registered commune, so that reports count by commune.
    if (provinceCommunes().covers(org.province)) {
        auto commune = provinceCommunes().canonical(org.commune, QStringLiteral("commune"));
        if (!commune)
            return fail(commune.error());
        org.commune = *commune;
        if (!org.province.trimmed().isEmpty())
            org.province = provinceCommunes().province();
    }
    if (org.kind == OrganisationKind::Lab)
        return fail(Error::badInput(QStringLiteral("kind"), Tr::tr("the lab itself is created by `init`")));
    return checkTaxCodeFree(org.taxCode);
}

Status RegistryService::checkTaxCodeFree(const QString& taxCode)
{
    if (taxCode.isEmpty())
        return {};
    auto dup = m_lab.db().scalar(QStringLiteral("SELECT id FROM organisations WHERE tax_code = ?"), {taxCode});
    if (!dup)
        return fail(dup.error());
    if (!dup->isNull())
        return fail(
            Error::refused(QStringLiteral("duplicate_tax_code"),
                           Tr::tr("tax code %1 is already registered (organisation %2)").arg(taxCode, dup->toString()),
                           QStringLiteral("tax-code")));
    return {};
}

Result<Id> RegistryService::insertOrganisation(const Organisation& org)
{
    // Checked again under the write lock: another desk may have registered the tax code since.
    ETALON_TRY(checkTaxCodeFree(org.taxCode));
    auto r = m_lab.db().exec(
        QStringLiteral("INSERT INTO organisations (kind, name, tax_code, address, commune, province, "
                       "sector, phone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {toName(org.kind), org.name, Rows::toDb(org.taxCode), Rows::toDb(org.address), Rows::toDb(org.commune),
         Rows::toDb(org.province), Rows::toDb(org.sector), Rows::toDb(org.phone), m_lab.nowText()});
    if (!r)
        return fail(r.error());
    return r->lastInsertId().toLongLong();
}

Result<Organisation> RegistryService::addOrganisation(const Session& session, Organisation org)
{
    ETALON_TRY(requireWriter(session));
    ETALON_TRY(prepareOrganisation(org));
    return m_lab.write([&]() -> Result<Organisation> {
        auto id = insertOrganisation(org);
        if (!id)
            return fail(id.error());
        org.id = *id;
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("organisation.add"), QStringLiteral("organisation"), org.id,
                                   {}, Json::organisation(org)));
        return org;
    });
}

Result<QList<Organisation>> RegistryService::organisations(const QString& search)
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT %1 FROM organisations WHERE (? = '' OR name LIKE '%' || ? || '%' "
                                            "OR tax_code LIKE ? || '%') ORDER BY name")
                                 .arg(Rows::organisationColumns()),
                             {search.isNull() ? QStringLiteral("") : search, search, search});
    if (!q)
        return fail(q.error());
    QList<Organisation> out;
    while (q->next())
        out.append(Rows::organisation(*q));
    return out;
}

Result<Organisation> RegistryService::fetchOrganisation(Id id)
{
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(Rows::organisationColumns()), {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("owner"), Tr::tr("no organisation with id %1").arg(id)));
    return Rows::organisation(*q);
}

Status RegistryService::checkQuantitiesMatchType(const Instrument& instrument, const InstrumentType& type)
{
    auto unit = UnitCatalog::instance().find(type.unit);
    if (!unit)
        return fail(unit.error());
    // A weight's nominal value and the range of any instrument are in the type's quantity.
    for (const auto& [q, field] : {std::pair{instrument.rangeMin, QStringLiteral("range-min")},
                                   std::pair{instrument.rangeMax, QStringLiteral("range-max")},
                                   std::pair{instrument.resolution, QStringLiteral("resolution")},
                                   std::pair{instrument.verificationInterval, QStringLiteral("verification-interval")},
                                   std::pair{instrument.nominal, QStringLiteral("nominal")}}) {
        if (q && !q->unit().isCompatibleWith(*unit))
            return fail(unitMismatch(q->unit(), *unit, field));
    }
    return {};
}

Status RegistryService::checkRegistration(const Instrument& instrument)
{
    if (instrument.typeCode.trimmed().isEmpty())
        return instrument.validate();
    auto type = CatalogRepository(m_lab.db()).fetchType(instrument.typeCode);
    if (!type)
        return fail(type.error());
    // The type's quantity first, so a wrong unit is blamed on the field that has it, not on its neighbour.
    ETALON_TRY(checkQuantitiesMatchType(instrument, *type));
    ETALON_TRY(instrument.validate());
    // Before e defaults to d, so a refusal names the field the user gave.
    return checkPlausible(instrument, familyOf(*type));
}

Status RegistryService::prepareInstrument(Instrument& instrument)
{
    instrument.serial = instrument.serial.trimmed();
    instrument.manufacturer = instrument.manufacturer.trimmed();
    ETALON_TRY(checkRegistration(instrument));
    if (!instrument.verificationInterval)
        instrument.verificationInterval = instrument.resolution;
    auto owner = fetchOrganisation(instrument.ownerId);
    if (!owner)
        return fail(owner.error());
    return checkSerialFree(instrument);
}

Status RegistryService::checkSerialFree(const Instrument& instrument)
{
    if (instrument.serial.isEmpty())
        return {};
    auto dup = m_lab.db().scalar(
        QStringLiteral("SELECT id FROM instruments WHERE type_code = ? AND manufacturer = ? AND serial = ?"),
        {instrument.typeCode, instrument.manufacturer.isNull() ? QStringLiteral("") : instrument.manufacturer,
         instrument.serial});
    if (!dup)
        return fail(dup.error());
    if (!dup->isNull())
        return fail(
            Error::badInput(QStringLiteral("serial"),
                            Tr::tr("serial “%1” is already registered for %2 by “%3” (instrument %4)")
                                .arg(instrument.serial, instrument.typeCode, instrument.manufacturer, dup->toString()),
                            QStringLiteral("duplicate_serial")));
    return {};
}

Status RegistryService::insertInstrument(Instrument& instrument)
{
    // Checked again under the write lock: another desk may have registered the serial since.
    ETALON_TRY(checkSerialFree(instrument));
    instrument.serialAssignedByLab = instrument.serial.isEmpty();
    const QString provisional = instrument.serialAssignedByLab ? QUuid::createUuid().toString() : instrument.serial;
    auto r = m_lab.db().exec(
        QStringLiteral(
            "INSERT INTO instruments (type_code, serial, serial_assigned, manufacturer, country, model, year, "
            "pattern_approval, owner_id, place, range_min, range_max, resolution, verification_interval, "
            "nominal, accuracy_class, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {instrument.typeCode, provisional, instrument.serialAssignedByLab,
         instrument.manufacturer.isNull() ? QStringLiteral("") : instrument.manufacturer,
         Rows::toDb(instrument.country), Rows::toDb(instrument.model), Rows::toDb(instrument.year),
         Rows::toDb(instrument.patternApproval), instrument.ownerId, Rows::toDb(instrument.place),
         Rows::toDb(instrument.rangeMin), Rows::toDb(instrument.rangeMax), Rows::toDb(instrument.resolution),
         Rows::toDb(instrument.verificationInterval), Rows::toDb(instrument.nominal),
         Rows::toDb(instrument.accuracyClass), m_lab.nowText()});
    if (!r)
        return fail(r.error());
    instrument.id = r->lastInsertId().toLongLong();
    if (instrument.serialAssignedByLab) {
        // TT 24/2013 Điều 41.4: the lab numbers an instrument that has no maker's serial.
        instrument.serial = QStringLiteral("%1-%2-%3")
                                .arg(m_lab.setting(QStringLiteral("serial_prefix"), QStringLiteral("LAB")))
                                .arg(m_lab.today().year())
                                .arg(instrument.id, 6, 10, QChar(u'0'));
        auto u = m_lab.db().exec(QStringLiteral("UPDATE instruments SET serial = ? WHERE id = ?"),
                                 {instrument.serial, instrument.id});
        if (!u)
            return fail(u.error());
    }
    auto history = m_lab.db().exec(QStringLiteral("INSERT INTO instrument_owners (instrument_id, owner_id, from_date) "
                                                  "VALUES (?, ?, ?)"),
                                   {instrument.id, instrument.ownerId, m_lab.today().toString(Qt::ISODate)});
    if (!history)
        return fail(history.error());
    return {};
}

Result<Instrument> RegistryService::addInstrument(const Session& session, Instrument instrument)
{
    ETALON_TRY(requireWriter(session));
    ETALON_TRY(prepareInstrument(instrument));
    return m_lab.write([&]() -> Result<Instrument> {
        ETALON_TRY(insertInstrument(instrument));
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("instrument.add"), QStringLiteral("instrument"),
                                   instrument.id, {}, Json::instrument(instrument)));
        return instrument;
    });
}

Result<QList<Instrument>> RegistryService::instruments(const InstrumentFilter& filter)
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (filter.ownerId) {
        where += QStringLiteral(" AND owner_id = ?");
        values.append(qint64(*filter.ownerId));
    }
    if (!filter.typeCode.isEmpty()) {
        where += QStringLiteral(" AND type_code = ?");
        values.append(filter.typeCode);
    }
    if (!filter.search.isEmpty()) {
        // A serial prefix uses the index; other fragments scan.
        where +=
            QStringLiteral(" AND (serial LIKE ? || '%' OR serial LIKE '%' || ? || '%' OR model LIKE '%' || ? || '%' "
                           "OR manufacturer LIKE '%' || ? || '%' OR place LIKE '%' || ? || '%')");
        for (int i = 0; i < 5; ++i)
            values.append(filter.search);
    }
    values.append(filter.limit);
    values.append(filter.offset);
    static const QHash<InstrumentOrder, QString> orderColumns{
        {InstrumentOrder::Id, QStringLiteral("id")},
        {InstrumentOrder::Type, QStringLiteral("type_code")},
        {InstrumentOrder::Serial, QStringLiteral("serial")},
        {InstrumentOrder::Model, QStringLiteral("model")},
        {InstrumentOrder::Owner, QStringLiteral("(SELECT name FROM organisations o WHERE o.id = owner_id)")},
        {InstrumentOrder::NextDue, QStringLiteral("next_due")}};
    // The id breaks ties, so pages fetched one after another neither repeat nor skip a row.
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    const QString order = orderColumns.value(filter.order) + direction + QStringLiteral(", id") + direction;
    auto q = m_lab.db().exec(QStringLiteral("SELECT %1 FROM instruments %2 ORDER BY %3 LIMIT ? OFFSET ?")
                                 .arg(Rows::instrumentColumns(), where, order),
                             values);
    if (!q)
        return fail(q.error());
    QList<Instrument> out;
    while (q->next())
        out.append(Rows::instrument(*q));
    return out;
}

Result<Instrument> RegistryService::fetchInstrument(Id id)
{
    auto q =
        m_lab.db().exec(QStringLiteral("SELECT %1 FROM instruments WHERE id = ?").arg(Rows::instrumentColumns()), {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("instrument"), Tr::tr("no instrument with id %1").arg(id)));
    return Rows::instrument(*q);
}

Result<Instrument> RegistryService::transferInstrument(const Session& session, Id id, Id newOwnerId, const QDate& date)
{
    ETALON_TRY(requireWriter(session));
    if (!date.isValid())
        return fail(
            Error::badInput(QStringLiteral("date"), Tr::tr("the date of the transfer is required (YYYY-MM-DD)")));
    if (date > m_lab.today())
        return fail(Error::badInput(QStringLiteral("date"),
                                    Tr::tr("the date %1 is in the future").arg(date.toString(Qt::ISODate)),
                                    QStringLiteral("date_in_future")));
    ETALON_TRY(checkPlausibleDate(date, QStringLiteral("date")));
    auto owner = fetchOrganisation(newOwnerId);
    if (!owner)
        return fail(owner.error());
    return m_lab.write([&]() -> Result<Instrument> {
        auto before = fetchInstrument(id);
        if (!before)
            return fail(before.error());
        if (before->ownerId == newOwnerId)
            return fail(Error::badInput(QStringLiteral("owner"),
                                        Tr::tr("the instrument already belongs to organisation %1").arg(newOwnerId)));
        auto since = m_lab.db().scalar(
            QStringLiteral("SELECT MAX(from_date) FROM instrument_owners WHERE instrument_id = ?"), {id});
        if (since && !since->isNull() && date < QDate::fromString(since->toString(), Qt::ISODate))
            return fail(Error::badInput(
                QStringLiteral("date"),
                Tr::tr("the transfer date is before the current owner's date %1").arg(since->toString())));
        const QString iso = date.toString(Qt::ISODate);
        for (const auto& [sql, values] :
             {std::pair{QStringLiteral(
                            "UPDATE instrument_owners SET to_date = ? WHERE instrument_id = ? AND to_date IS NULL"),
                        QVariantList{iso, id}},
              std::pair{
                  QStringLiteral("INSERT INTO instrument_owners (instrument_id, owner_id, from_date) VALUES (?, ?, ?)"),
                  QVariantList{id, newOwnerId, iso}},
              std::pair{QStringLiteral("UPDATE instruments SET owner_id = ? WHERE id = ?"),
                        QVariantList{newOwnerId, id}}}) {
            auto r = m_lab.db().exec(sql, values);
            if (!r)
                return fail(r.error());
        }
        Instrument after = *before;
        after.ownerId = newOwnerId;
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("instrument.transfer"), QStringLiteral("instrument"), id,
                                   Json::instrument(*before), Json::instrument(after)));
        return after;
    });
}

} // namespace Etalon
