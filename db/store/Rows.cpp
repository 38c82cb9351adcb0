// SPDX-License-Identifier: Apache-2.0
#include "db/store/Rows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Etalon::Rows {

QVariant toDb(const std::optional<Quantity>& q)
{
    return q && q->isValid() ? QVariant(q->toString()) : QVariant();
}

QVariant toDb(const std::optional<QDate>& d)
{
    return d && d->isValid() ? QVariant(d->toString(Qt::ISODate)) : QVariant();
}

QVariant toDb(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant toDb(const std::optional<Id>& v)
{
    return v ? QVariant(qint64(*v)) : QVariant();
}

QVariant toDb(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

std::optional<Quantity> quantity(const QVariant& v)
{
    if (v.isNull() || v.toString().isEmpty())
        return std::nullopt;
    auto q = Quantity::parse(v.toString());
    return q ? std::optional<Quantity>(*q) : std::nullopt;
}

std::optional<QDate> date(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<int> integer(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QString organisationColumns()
{
    return QStringLiteral("id, kind, name, tax_code, address, commune, province, sector, phone");
}

Organisation organisation(const QSqlQuery& q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.kind = enumFromName<OrganisationKind>(q.value(1).toString(), {}).value_or(OrganisationKind::Customer);
    o.name = q.value(2).toString();
    o.taxCode = q.value(3).toString();
    o.address = q.value(4).toString();
    o.commune = q.value(5).toString();
    o.province = q.value(6).toString();
    o.sector = q.value(7).toString();
    o.phone = q.value(8).toString();
    return o;
}

QString instrumentColumns()
{
    return QStringLiteral(
        "id, type_code, serial, serial_assigned, manufacturer, country, model, year, pattern_approval, "
        "owner_id, place, range_min, range_max, resolution, verification_interval, nominal, "
        "accuracy_class, next_due, calibration_due, failed_record_id");
}

Instrument instrument(const QSqlQuery& q)
{
    Instrument i;
    i.id = q.value(0).toLongLong();
    i.typeCode = q.value(1).toString();
    i.serial = q.value(2).toString();
    i.serialAssignedByLab = q.value(3).toBool();
    i.manufacturer = q.value(4).toString();
    i.country = q.value(5).toString();
    i.model = q.value(6).toString();
    i.year = integer(q.value(7));
    i.patternApproval = q.value(8).toString();
    i.ownerId = q.value(9).toLongLong();
    i.place = q.value(10).toString();
    i.rangeMin = quantity(q.value(11));
    i.rangeMax = quantity(q.value(12));
    i.resolution = quantity(q.value(13));
    i.verificationInterval = quantity(q.value(14));
    i.nominal = quantity(q.value(15));
    i.accuracyClass = q.value(16).toString();
    i.nextDue = date(q.value(17));
    i.calibrationDue = date(q.value(18));
    if (!q.value(19).isNull())
        i.failedRecordId = q.value(19).toLongLong();
    return i;
}

QString instrumentTypeColumns()
{
    return QStringLiteral(
        "code, name_vi, name_en, quantity, unit, field, group2, pattern_approval, initial_verification, "
        "periodic_verification, after_repair_verification, cycle_months, legal_basis, effective_date, "
        "source, confidence, confirmed, default_procedure");
}

InstrumentType instrumentType(const QSqlQuery& q)
{
    InstrumentType t;
    t.code = q.value(0).toString();
    t.nameVi = q.value(1).toString();
    t.nameEn = q.value(2).toString();
    t.quantity = q.value(3).toString();
    t.unit = q.value(4).toString();
    t.field = q.value(5).toString();
    t.group2 = q.value(6).toBool();
    t.patternApproval = q.value(7).toBool();
    t.initialVerification = q.value(8).toBool();
    t.periodicVerification = q.value(9).toBool();
    t.afterRepairVerification = q.value(10).toBool();
    t.cycleMonths = integer(q.value(11));
    t.legalBasis = q.value(12).toString();
    t.effectiveDate = date(q.value(13)).value_or(QDate());
    t.source = q.value(14).toString();
    t.confidence = q.value(15).toString();
    t.confirmed = q.value(16).toBool();
    t.defaultProcedure = q.value(17).toString();
    return t;
}

QString standardColumns()
{
    return QStringLiteral(
        "id, name, serial, kind, accuracy_class, range_max, status, valid_until, tolerance_limit, quantity");
}

Standard standard(const QSqlQuery& q)
{
    Standard s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.serial = q.value(2).toString();
    s.kind = enumFromName<StandardKind>(q.value(3).toString(), {}).value_or(StandardKind::Working);
    s.accuracyClass = q.value(4).toString();
    s.rangeMax = quantity(q.value(5));
    s.status = enumFromName<StandardStatus>(q.value(6).toString(), {}).value_or(StandardStatus::InService);
    s.validUntil = date(q.value(7));
    s.toleranceLimit = quantity(q.value(8));
    s.quantity = q.value(9).toString();
    return s;
}

QString recordColumns()
{
    return QStringLiteral(
        "id, instrument_id, kind, procedure_code, technician_id, date, received, temperature, humidity, "
        "interval_months, status, verdict, next_due, cycle_months, legal_basis, site, site_address, item_condition");
}

Record record(const QSqlQuery& q)
{
    Record r;
    r.id = q.value(0).toLongLong();
    r.instrumentId = q.value(1).toLongLong();
    r.kind = enumFromName<RecordKind>(q.value(2).toString(), {}).value_or(RecordKind::Periodic);
    r.procedureCode = q.value(3).toString();
    r.technicianId = q.value(4).toLongLong();
    r.date = date(q.value(5)).value_or(QDate());
    r.received = date(q.value(6));
    r.temperature = quantity(q.value(7));
    r.humidity = quantity(q.value(8));
    r.intervalMonths = integer(q.value(9));
    r.status = enumFromName<RecordStatus>(q.value(10).toString(), {}).value_or(RecordStatus::Draft);
    r.verdict = enumFromName<Verdict>(q.value(11).toString(), {}).value_or(Verdict::None);
    r.nextDue = date(q.value(12));
    r.cycleMonths = integer(q.value(13));
    r.legalBasis = q.value(14).toString();
    r.site = enumFromName<WorkSite>(q.value(15).toString(), {}).value_or(WorkSite::Lab);
    r.siteAddress = q.value(16).toString();
    r.itemCondition = q.value(17).toString();
    return r;
}

QString pointColumns()
{
    return QStringLiteral("id, seq, standard_id, reference, indications, added_load, position, stage, "
                          "expanded_uncertainty, k, test");
}

Point point(const QSqlQuery& q)
{
    Point p;
    p.id = q.value(0).toLongLong();
    p.seq = q.value(1).toInt();
    p.standardId = q.value(2).toLongLong();
    p.reference = quantity(q.value(3)).value_or(Quantity());
    const QJsonArray indications = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
    for (const QJsonValue& v : indications) {
        if (auto ind = quantity(v.toString()))
            p.indications.append(*ind);
    }
    p.addedLoad = quantity(q.value(5));
    p.position = q.value(6).toString();
    p.stage = enumFromName<Stage>(q.value(7).toString(), {}).value_or(Stage::AsFound);
    p.expandedUncertainty = quantity(q.value(8));
    p.k = Decimal::parse(q.value(9).toString()).value_or(Decimal(2, 0));
    p.test = q.value(10).toString();
    return p;
}

} // namespace Etalon::Rows
