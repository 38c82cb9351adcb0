// SPDX-License-Identifier: Apache-2.0
#include "db/registry/RegistryService.h"
#include "db/catalog/ProvinceCommunes.h"

#include "core/Json.h"
#include "core/Plausibility.h"
#include "db/catalog/CatalogRepository.h"
#include "db/store/Rows.h"

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
    return checkTaxCodeFree(org.taxCode, org.id);
}

Status RegistryService::checkTaxCodeFree(const QString& taxCode, Id except)
{
    if (taxCode.isEmpty())
        return {};
    auto dup = m_lab.db().scalar(QStringLiteral("SELECT id FROM organisations WHERE tax_code = ? AND id <> ?"),
                                 {taxCode, except});
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
    auto r = m_lab.db().insert(
        QStringLiteral("INSERT INTO organisations (kind, name, tax_code, address, commune, province, "
                       "sector, phone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {toName(org.kind), org.name, Rows::toDb(org.taxCode), Rows::toDb(org.address), Rows::toDb(org.commune),
         Rows::toDb(org.province), Rows::toDb(org.sector), Rows::toDb(org.phone), m_lab.nowText()});
    if (!r)
        return fail(r.error());
    return *r;
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
    auto q = m_lab.db().exec(QStringLiteral("SELECT %1 FROM organisations WHERE (? = '' OR name %2 '%' || ? || '%' "
                                            "OR tax_code %2 ? || '%') ORDER BY name")
                                 .arg(Rows::organisationColumns(), m_lab.db().like()),
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
    auto type = typeOf(instrument.typeCode);
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
    ETALON_TRY(checkOwnerExists(instrument.ownerId));
    return checkSerialFree(instrument);
}

Result<InstrumentType> RegistryService::typeOf(const QString& code)
{
    if (m_many && m_many->types.contains(code))
        return m_many->types.value(code);
    auto type = CatalogRepository(m_lab.db()).fetchType(code);
    if (type && m_many)
        m_many->types.insert(code, *type);
    return type;
}

Status RegistryService::checkOwnerExists(Id ownerId)
{
    if (m_many && !m_many->organisations) {
        auto q = m_lab.db().exec(QStringLiteral("SELECT id FROM organisations"));
        if (!q)
            return fail(q.error());
        m_many->organisations.emplace();
        while (q->next())
            m_many->organisations->insert(q->value(0).toLongLong());
    }
    if (m_many && m_many->organisations->contains(ownerId))
        return {};
    auto owner = fetchOrganisation(ownerId); // says which id is unknown, as a registration one by one does
    if (!owner)
        return fail(owner.error());
    return {};
}

Status RegistryService::checkSerialFree(const Instrument& instrument)
{
    if (instrument.serial.isEmpty())
        return {};
    auto dup = m_lab.db().scalar(
        QStringLiteral(
            "SELECT id FROM instruments WHERE type_code = ? AND manufacturer = ? AND serial = ? AND id <> ?"),
        {instrument.typeCode, instrument.manufacturer.isNull() ? QStringLiteral("") : instrument.manufacturer,
         instrument.serial, instrument.id});
    if (!dup)
        return fail(dup.error());
    if (!dup->isNull())
        return fail(Error::badInput(
            QStringLiteral("serial"),
            instrument.manufacturer.isEmpty()
                ? Tr::tr("serial “%1” is already registered for %2 with no manufacturer named (instrument %3)")
                      .arg(instrument.serial, instrument.typeCode, dup->toString())
                : Tr::tr("serial “%1” is already registered for %2 made by “%3” (instrument %4)")
                      .arg(instrument.serial, instrument.typeCode, instrument.manufacturer, dup->toString()),
            QStringLiteral("duplicate_serial")));
    return {};
}

QString RegistryService::labSerial(Id instrumentId)
{
    // TT 24/2013 Điều 41.4: the lab numbers an instrument that has no maker's serial.
    return QStringLiteral("%1-%2-%3")
        .arg(m_lab.setting(QStringLiteral("serial_prefix"), QStringLiteral("LAB")))
        .arg(m_lab.today().year())
        .arg(instrumentId, 6, 10, QChar(u'0'));
}

Status RegistryService::insertInstrument(Instrument& instrument)
{
    // Checked again under the write lock: another desk may have registered the serial since.
    ETALON_TRY(checkSerialFree(instrument));
    instrument.serialAssignedByLab = instrument.serial.isEmpty();
    const QString provisional = instrument.serialAssignedByLab ? QUuid::createUuid().toString() : instrument.serial;
    auto r = m_lab.db().insert(
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
    instrument.id = *r;
    if (instrument.serialAssignedByLab) {
        instrument.serial = labSerial(instrument.id);
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
        where += QStringLiteral(" AND (serial %1 ? || '%' OR serial %1 '%' || ? || '%' OR model %1 '%' || ? || '%' "
                                "OR manufacturer %1 '%' || ? || '%' OR place %1 '%' || ? || '%')")
                     .arg(m_lab.db().like());
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

Status RegistryService::checkOrganisationChange(const Organisation& before, const Organisation& after)
{
    if (before.kind == OrganisationKind::Lab || after.kind == OrganisationKind::Lab)
        return fail(Error::refused(QStringLiteral("lab_organisation"),
                                   Tr::tr("the lab's own name and address are changed in the lab's settings"),
                                   QStringLiteral("kind")));
    if (before.kind == after.kind)
        return {};
    // Instruments are owned by customers, and standards are calibrated by laboratories and institutes: a change of
    // kind may not leave either pointing at the wrong kind of organisation.
    if (before.kind == OrganisationKind::Customer) {
        auto owned =
            m_lab.db().scalar(QStringLiteral("SELECT COUNT(*) FROM instruments WHERE owner_id = ?"), {before.id});
        if (!owned)
            return fail(owned.error());
        if (owned->toLongLong() > 0)
            return fail(Error::refused(
                QStringLiteral("organisation_in_use"),
                Tr::tr("the organisation owns %1 instrument(s): it stays a customer").arg(owned->toLongLong()),
                QStringLiteral("kind")));
    } else {
        auto calibrated = m_lab.db().scalar(
            QStringLiteral("SELECT COUNT(*) FROM standard_calibrations WHERE by_lab_id = ?"), {before.id});
        if (!calibrated)
            return fail(calibrated.error());
        if (calibrated->toLongLong() > 0)
            return fail(Error::refused(QStringLiteral("organisation_in_use"),
                                       Tr::tr("the organisation calibrated %1 of the lab's standards: it stays a "
                                              "laboratory or institute")
                                           .arg(calibrated->toLongLong()),
                                       QStringLiteral("kind")));
    }
    return {};
}

Result<Organisation> RegistryService::updateOrganisation(const Session& session, Organisation org)
{
    ETALON_TRY(requireWriter(session));
    auto current = fetchOrganisation(org.id);
    if (!current)
        return fail(Error::notFound(QStringLiteral("organisation"), current.error().message));
    ETALON_TRY(checkOrganisationChange(*current, org));
    ETALON_TRY(prepareOrganisation(org));
    return m_lab.write([&]() -> Result<Organisation> {
        // Read again under the write lock: what the entry says was there is what was there.
        auto before = fetchOrganisation(org.id);
        if (!before)
            return fail(before.error());
        ETALON_TRY(checkOrganisationChange(*before, org));
        ETALON_TRY(checkTaxCodeFree(org.taxCode, org.id));
        if (Json::organisation(org) == Json::organisation(*before))
            return *before; // nothing changed: nothing to write or account for
        auto r = m_lab.db().exec(
            QStringLiteral("UPDATE organisations SET kind = ?, name = ?, tax_code = ?, address = ?, commune = ?, "
                           "province = ?, sector = ?, phone = ? WHERE id = ?"),
            {toName(org.kind), org.name, Rows::toDb(org.taxCode), Rows::toDb(org.address), Rows::toDb(org.commune),
             Rows::toDb(org.province), Rows::toDb(org.sector), Rows::toDb(org.phone), org.id});
        if (!r)
            return fail(r.error());
        auto after = fetchOrganisation(org.id);
        if (!after)
            return fail(after.error());
        const QJsonObject was = Json::organisation(*before), is = Json::organisation(*after);
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("organisation.edit"), QStringLiteral("organisation"), org.id,
                                   was, is));
        return *after;
    });
}

Status RegistryService::checkInstrumentChange(const Instrument& before, const Instrument& after)
{
    if (after.ownerId != before.ownerId)
        return fail(Error::refused(QStringLiteral("owner_by_transfer"),
                                   Tr::tr("the owner changes by a transfer, which keeps the date it changed hands"),
                                   QStringLiteral("owner")));
    auto counts = m_lab.db().exec(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN status <> 'draft' THEN 1 ELSE 0 END), 0), (SELECT "
                       "COUNT(*) FROM certificates c "
                       "JOIN records r ON r.id = c.record_id WHERE r.instrument_id = ?) FROM records WHERE "
                       "instrument_id = ?"),
        {before.id, before.id});
    if (!counts)
        return fail(counts.error());
    counts->next();
    const qint64 records = counts->value(0).toLongLong(), finished = counts->value(1).toLongLong(),
                 certificates = counts->value(2).toLongLong();
    counts->finish();
    if (records > 0 && after.typeCode != before.typeCode)
        return fail(Error::refused(QStringLiteral("instrument_has_records"),
                                   Tr::tr("the instrument has %1 record(s) made as a %2: its type cannot change")
                                       .arg(records)
                                       .arg(before.typeCode),
                                   QStringLiteral("type")));
    const auto sameQuantity = [](const std::optional<Quantity>& a, const std::optional<Quantity>& b) {
        return a.has_value() == b.has_value() && (!a || a->toString() == b->toString());
    };
    if (finished > 0) {
        // A completed record was judged against these: its errors, MPEs and verdict would no longer match.
        for (const auto& [field, same] :
             {std::pair{QStringLiteral("range-min"), sameQuantity(before.rangeMin, after.rangeMin)},
              std::pair{QStringLiteral("range-max"), sameQuantity(before.rangeMax, after.rangeMax)},
              std::pair{QStringLiteral("resolution"), sameQuantity(before.resolution, after.resolution)},
              std::pair{QStringLiteral("verification-interval"),
                        sameQuantity(before.verificationInterval, after.verificationInterval)},
              std::pair{QStringLiteral("nominal"), sameQuantity(before.nominal, after.nominal)},
              std::pair{QStringLiteral("class"), before.accuracyClass == after.accuracyClass}}) {
            if (!same)
                return fail(Error::refused(QStringLiteral("instrument_has_records"),
                                           Tr::tr("%1 completed record(s) were judged against this value: it cannot "
                                                  "change (register the instrument again if it was rebuilt)")
                                               .arg(finished),
                                           field));
        }
    }
    if (certificates > 0) {
        for (const auto& [field, same] :
             {std::pair{QStringLiteral("serial"), before.serial == after.serial},
              std::pair{QStringLiteral("manufacturer"), before.manufacturer == after.manufacturer},
              std::pair{QStringLiteral("model"), before.model == after.model}}) {
            if (!same)
                return fail(Error::refused(QStringLiteral("instrument_certified"),
                                           Tr::tr("%1 certificate(s) issued for the instrument print this value: it "
                                                  "cannot change")
                                               .arg(certificates),
                                           field));
        }
    }
    return {};
}

Result<Instrument> RegistryService::updateInstrument(const Session& session, Instrument instrument)
{
    ETALON_TRY(requireWriter(session));
    auto current = fetchInstrument(instrument.id);
    if (!current)
        return fail(current.error());
    // An empty serial keeps the one the instrument has, the lab's number included.
    if (instrument.serial.trimmed().isEmpty())
        instrument.serial = current->serial;
    instrument.serial = instrument.serial.trimmed();
    instrument.manufacturer = instrument.manufacturer.trimmed();
    // What may not change is said first: a locked value is named as such, not as a misfit with its neighbours.
    Instrument judged = instrument;
    if (!judged.verificationInterval)
        judged.verificationInterval = judged.resolution;
    ETALON_TRY(checkInstrumentChange(*current, judged));
    ETALON_TRY(checkRegistration(instrument));
    if (!instrument.verificationInterval)
        instrument.verificationInterval = instrument.resolution;
    return m_lab.write([&]() -> Result<Instrument> {
        auto before = fetchInstrument(instrument.id);
        if (!before)
            return fail(before.error());
        ETALON_TRY(checkInstrumentChange(*before, instrument));
        ETALON_TRY(checkSerialFree(instrument));
        instrument.serialAssignedByLab = before->serialAssignedByLab && instrument.serial == before->serial;
        // What the instrument would be: its dates, due tracks and owner are not the editor's to change.
        Instrument edited = *before;
        edited.typeCode = instrument.typeCode;
        edited.serial = instrument.serial;
        edited.serialAssignedByLab = instrument.serialAssignedByLab;
        edited.manufacturer = instrument.manufacturer;
        edited.country = instrument.country;
        edited.model = instrument.model;
        edited.year = instrument.year;
        edited.patternApproval = instrument.patternApproval;
        edited.place = instrument.place;
        edited.rangeMin = instrument.rangeMin;
        edited.rangeMax = instrument.rangeMax;
        edited.resolution = instrument.resolution;
        edited.verificationInterval = instrument.verificationInterval;
        edited.nominal = instrument.nominal;
        edited.accuracyClass = instrument.accuracyClass;
        if (Json::instrument(edited) == Json::instrument(*before))
            return *before; // nothing changed: nothing to write or account for
        auto r = m_lab.db().exec(
            QStringLiteral("UPDATE instruments SET type_code = ?, serial = ?, serial_assigned = ?, manufacturer = ?, "
                           "country = ?, model = ?, year = ?, pattern_approval = ?, place = ?, range_min = ?, "
                           "range_max = ?, resolution = ?, verification_interval = ?, nominal = ?, accuracy_class = ? "
                           "WHERE id = ?"),
            {instrument.typeCode, instrument.serial, instrument.serialAssignedByLab,
             instrument.manufacturer.isNull() ? QStringLiteral("") : instrument.manufacturer,
             Rows::toDb(instrument.country), Rows::toDb(instrument.model), Rows::toDb(instrument.year),
             Rows::toDb(instrument.patternApproval), Rows::toDb(instrument.place), Rows::toDb(instrument.rangeMin),
             Rows::toDb(instrument.rangeMax), Rows::toDb(instrument.resolution),
             Rows::toDb(instrument.verificationInterval), Rows::toDb(instrument.nominal),
             Rows::toDb(instrument.accuracyClass), instrument.id});
        if (!r)
            return fail(r.error());
        auto after = fetchInstrument(instrument.id);
        if (!after)
            return fail(after.error());
        const QJsonObject was = Json::instrument(*before), is = Json::instrument(*after);
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("instrument.edit"), QStringLiteral("instrument"),
                                   instrument.id, was, is));
        return *after;
    });
}

} // namespace Etalon
