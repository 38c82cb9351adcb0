// SPDX-License-Identifier: Apache-2.0
#include "db/standards/StandardService.h"

#include "core/Json.h"
#include "core/MpeRule.h"
#include "core/Plausibility.h"
#include "core/StandardFitness.h"
#include "core/StandardTolerance.h"
#include "core/WeightSet.h"
#include "db/store/Rows.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Etalon {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Result<Standard> StandardService::addStandard(const Session& session, Standard standard)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager, Role::Admin}));
    standard.name = standard.name.trimmed();
    standard.serial = standard.serial.trimmed();
    ETALON_TRY(standard.validate());
    standard.status = StandardStatus::InService;
    return m_lab.write([&]() -> Result<Standard> {
        auto dup = m_lab.db().scalar(QStringLiteral("SELECT id FROM standards WHERE name = ? AND serial = ?"),
                                     {standard.name, standard.serial});
        if (!dup)
            return fail(dup.error());
        if (!dup->isNull())
            return fail(Error::badInput(QStringLiteral("serial"),
                                        Tr::tr("the standard “%1” with serial “%2” is already registered (standard %3)")
                                            .arg(standard.name, standard.serial, dup->toString()),
                                        QStringLiteral("duplicate_serial")));
        auto r =
            m_lab.db().insert(QStringLiteral("INSERT INTO standards (name, serial, kind, accuracy_class, range_max, "
                                             "tolerance_limit, quantity, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              {standard.name, standard.serial, toName(standard.kind),
                               Rows::toDb(standard.accuracyClass), Rows::toDb(standard.rangeMax),
                               Rows::toDb(standard.toleranceLimit), Rows::toDb(standard.quantity), m_lab.nowText()});
        if (!r)
            return fail(r.error());
        standard.id = *r;
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("standard.add"), QStringLiteral("standard"), standard.id, {},
                                   Json::standard(standard)));
        return standard;
    });
}

Result<Standard> StandardService::setStatus(const Session& session, Id id, StandardStatus status, const QString& reason)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager, Role::Admin}));
    if (reason.trimmed().isEmpty())
        return fail(
            Error::badInput(QStringLiteral("reason"), Tr::tr("a reason is required to change a standard's status")));
    ETALON_TRY(checkText(reason, QStringLiteral("reason"), 1000, true));
    return m_lab.write([&]() -> Result<Standard> {
        auto before = fetchStandard(id);
        if (!before)
            return fail(before.error());
        if (before->status == StandardStatus::Retired)
            return fail(Error::refused(
                QStringLiteral("standard_retired"),
                Tr::tr("standard %1 is retired; a retired standard does not return to service").arg(id)));
        auto r = m_lab.db().exec(QStringLiteral("UPDATE standards SET status = ? WHERE id = ?"), {toName(status), id});
        auto e = m_lab.db().exec(
            QStringLiteral("INSERT INTO standard_status_events (standard_id, status, reason, "
                           "effective_date, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, toName(status), reason.trimmed(), iso(m_lab.today()), session.userId, m_lab.nowText()});
        if (!r || !e)
            return fail(!r ? r.error() : e.error());
        Standard after = *before;
        after.status = status;
        QJsonObject afterJson = Json::standard(after);
        afterJson.insert(QStringLiteral("reason"), reason.trimmed());
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("standard.status"), QStringLiteral("standard"), id,
                                   Json::standard(*before), afterJson));
        return after;
    });
}

Result<Standard> StandardService::setToleranceLimit(const Session& session, Id id, const std::optional<Quantity>& limit,
                                                    const QString& reason)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager, Role::Admin}));
    if (reason.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("reason"), Tr::tr("a reason is required to change a limit")));
    ETALON_TRY(checkText(reason, QStringLiteral("reason"), 1000, true));
    return m_lab.write([&]() -> Result<Standard> {
        auto before = fetchStandard(id);
        if (!before)
            return fail(before.error());
        Standard after = *before;
        after.toleranceLimit = limit;
        ETALON_TRY(after.validate());
        // Without a range to compare with, the calibrations tell what the standard measures.
        auto history = calibrations(id);
        if (!history)
            return fail(history.error());
        for (const StandardCalibration& c : *history)
            for (const CalibrationPoint& p : c.points)
                if (limit && !limit->unit().isCompatibleWith(p.value.unit()))
                    return fail(unitMismatch(limit->unit(), p.value.unit(), QStringLiteral("limit")));
        auto r = m_lab.db().exec(QStringLiteral("UPDATE standards SET tolerance_limit = ? WHERE id = ?"),
                                 {Rows::toDb(limit), id});
        if (!r)
            return fail(r.error());
        QJsonObject afterJson = Json::standard(after);
        afterJson.insert(QStringLiteral("reason"), reason.trimmed());
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("standard.limit"), QStringLiteral("standard"), id,
                                   Json::standard(*before), afterJson));
        return after;
    });
}

Result<WeightItem> StandardService::addWeightItem(const Session& session, WeightItem item)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager, Role::Admin}));
    item.mark = item.mark.trimmed();
    item.serial = item.serial.trimmed();
    item.accuracyClass = item.accuracyClass.trimmed().toUpper();
    ETALON_TRY(item.validate());
    return m_lab.write([&]() -> Result<WeightItem> {
        auto standard = fetchStandard(item.standardId);
        if (!standard)
            return fail(standard.error());
        const QString quantity = standardQuantity(*standard);
        if (!quantity.isEmpty() && quantity != QStringLiteral("mass"))
            return fail(Error::badInput(QStringLiteral("standard"),
                                        Tr::tr("standard %1 realises %2: only a set of weights has weights")
                                            .arg(item.standardId)
                                            .arg(quantity)));
        if (!item.accuracyClass.isEmpty() && !oimlR111Classes().contains(item.accuracyClass))
            return fail(Error::badInput(QStringLiteral("class"),
                                        Tr::tr("“%1” is not an OIML R 111 class (%2)")
                                            .arg(item.accuracyClass, oimlR111Classes().join(QStringLiteral(", ")))));
        const QString weightClass = item.accuracyClass.isEmpty() ? standard->accuracyClass : item.accuracyClass;
        // A weight of a set is an OIML R 111 weight: a nominal value its class has (1, 2, 5 × 10ⁿ).
        if (!oimlR111MpeMg(weightClass, item.nominal))
            return fail(Error::badInput(QStringLiteral("nominal"),
                                        Tr::tr("%1 is not a weight of OIML R 111 class “%2”: give the set or the "
                                               "weight a class and a nominal value of the 1-2-5 series")
                                            .arg(item.nominal.toString(), weightClass)));
        if (standard->rangeMax) {
            auto cmp = item.nominal.compare(*standard->rangeMax);
            if (cmp && *cmp == std::strong_ordering::greater)
                return fail(Error::badInput(QStringLiteral("nominal"),
                                            Tr::tr("%1 is more than the set's range (%2)")
                                                .arg(item.nominal.toString(), standard->rangeMax->toString())));
        }
        auto clash =
            m_lab.db().scalar(QStringLiteral("SELECT id FROM standard_items WHERE standard_id = ? AND mark = ?"),
                              {item.standardId, item.mark});
        if (!clash)
            return fail(clash.error());
        if (!clash->isNull())
            return fail(Error::badInput(QStringLiteral("mark"),
                                        Tr::tr("the set already has a weight marked “%1”").arg(item.mark),
                                        QStringLiteral("duplicate")));
        auto r = m_lab.db().insert(
            QStringLiteral("INSERT INTO standard_items (standard_id, nominal, mark, serial, accuracy_class, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {item.standardId, Rows::toDb(std::optional<Quantity>(item.nominal)), item.mark, Rows::toDb(item.serial),
             Rows::toDb(item.accuracyClass), m_lab.nowText()});
        if (!r)
            return fail(r.error());
        item.id = *r;
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("standard.item-add"), QStringLiteral("standard_item"),
                                   item.id, {}, Json::weightItem(item)));
        return item;
    });
}

Result<QList<WeightItem>> StandardService::weightItems(Id standardId)
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT id, nominal, mark, serial, accuracy_class FROM standard_items "
                                            "WHERE standard_id = ? ORDER BY id"),
                             {standardId});
    if (!q)
        return fail(q.error());
    QList<WeightItem> out;
    while (q->next()) {
        WeightItem w;
        w.id = q->value(0).toLongLong();
        w.standardId = standardId;
        w.nominal = Rows::quantity(q->value(1)).value_or(Quantity());
        w.mark = q->value(2).toString();
        w.serial = q->value(3).toString();
        w.accuracyClass = q->value(4).toString();
        out.append(w);
    }
    return out;
}

// A set registered weight by weight is due when its first weight is: its validity is the earliest of its weights'.
Status StandardService::updateSetValidity(Id standardId)
{
    auto info = calibrationInfo(standardId, QDate(9999, 12, 31));
    if (!info)
        return fail(info.error());
    if (!*info || (*info)->items.isEmpty())
        return {};
    std::optional<QDate> earliest;
    for (const WeightItem& w : (*info)->items) {
        if (w.validUntil && (!earliest || *w.validUntil < *earliest))
            earliest = w.validUntil;
    }
    if (!earliest)
        return {};
    auto r = m_lab.db().exec(QStringLiteral("UPDATE standards SET valid_until = ? WHERE id = ?"),
                             {iso(*earliest), standardId});
    return r ? Status() : fail(r.error());
}

// A set calibrated weight by weight: each weight's value is its own latest calibration on or before the date (a
// partial recalibration leaves the other weights as their earlier certificates say), with that one's validity.
void StandardService::weightByWeight(StandardCalibrationInfo& info, const QList<StandardCalibration>& history,
                                     const QDate& date)
{
    info.current.clear();
    info.previous.clear();
    for (WeightItem& w : info.items) {
        std::optional<CalibrationPoint> now, before;
        for (const StandardCalibration& c : history) {
            if (c.date > date)
                break;
            if (auto p = itemCalibration(c.points, w)) {
                before = now;
                now = *p;
                now->item = w.mark;
                w.certificate = c.certificate;
                w.validUntil = c.validUntil;
            }
        }
        if (now)
            info.current.append(*now);
        if (before) {
            before->item = w.mark;
            info.previous.append(*before);
        }
    }
}

// On a set registered weight by weight, each point of its certificate is for one of its weights, at its nominal.
Status StandardService::checkItemPoints(const StandardCalibration& c)
{
    auto items = weightItems(c.standardId);
    if (!items)
        return fail(items.error());
    QStringList seen;
    for (const CalibrationPoint& p : c.points) {
        // A set registered weight by weight is calibrated weight by weight: a point for the set as a whole says
        // nothing of which weights it was.
        if (p.item.isEmpty() && !items->isEmpty())
            return fail(Error::badInput(QStringLiteral("item"),
                                        Tr::tr("standard %1 is registered weight by weight: name the weight of the "
                                               "point at %2 (--item MARK)")
                                            .arg(c.standardId)
                                            .arg(p.value.toString())));
        if (p.item.isEmpty())
            continue;
        if (seen.contains(p.item))
            return fail(
                Error::badInput(QStringLiteral("item"),
                                Tr::tr("the weight marked “%1” has two points in one calibration").arg(p.item)));
        seen.append(p.item);
        const auto it =
            std::find_if(items->cbegin(), items->cend(), [&](const WeightItem& w) { return w.mark == p.item; });
        if (it == items->cend())
            return fail(Error::badInput(QStringLiteral("item"),
                                        Tr::tr("the set has no weight marked “%1” (etalon-cli standard items %2)")
                                            .arg(p.item)
                                            .arg(c.standardId)));
        auto cmp = p.value.compare(it->nominal);
        if (!cmp || *cmp != std::strong_ordering::equal)
            return fail(Error::badInput(QStringLiteral("value"),
                                        Tr::tr("the weight marked “%1” is of %2, not %3")
                                            .arg(p.item, it->nominal.toString(), p.value.toString())));
    }
    return {};
}

int StandardService::maxValidityMonths()
{
    return m_lab.setting(QStringLiteral("max_calibration_validity_months"), QStringLiteral("60")).toInt();
}

Result<StandardCalibration> StandardService::calibrate(const Session& session, StandardCalibration c)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager, Role::Admin}));
    ETALON_TRY(c.validate());
    if (c.date > m_lab.today())
        return fail(Error::badInput(QStringLiteral("date"), Tr::tr("the date %1 is in the future").arg(iso(c.date)),
                                    QStringLiteral("date_in_future")));
    ETALON_TRY(checkCalibrationValidity(c, maxValidityMonths()));
    return m_lab.write([&]() -> Result<StandardCalibration> {
        auto standard = fetchStandard(c.standardId);
        if (!standard)
            return fail(standard.error());
        if (c.byStandardId) {
            if (*c.byStandardId == c.standardId)
                return fail(
                    Error::badInput(QStringLiteral("by-standard"), Tr::tr("a standard cannot calibrate itself")));
            // The standard above must itself have been usable on that date: traceability is unbroken.
            ETALON_TRY(checkUsable(*c.byStandardId, c.date));
        } else {
            auto lab =
                m_lab.db().scalar(QStringLiteral("SELECT kind FROM organisations WHERE id = ?"), {qint64(*c.byLabId)});
            if (!lab)
                return fail(lab.error());
            if (lab->isNull())
                return fail(
                    Error::notFound(QStringLiteral("by-lab"), Tr::tr("no organisation with id %1").arg(*c.byLabId)));
            if (lab->toString() == QStringLiteral("customer"))
                return fail(
                    Error::badInput(QStringLiteral("by-lab"),
                                    Tr::tr("organisation %1 is a customer, not a calibration laboratory or national "
                                           "institute")
                                        .arg(*c.byLabId)));
        }
        ETALON_TRY(checkItemPoints(c));
        const QJsonArray points = Json::standardCalibration(c).value(QStringLiteral("points")).toArray();
        c.outOfTolerance = Etalon::outOfTolerance(*standard, c);
        const QJsonArray findings = Json::toleranceFindings(c.outOfTolerance);
        auto r = m_lab.db().insert(
            QStringLiteral("INSERT INTO standard_calibrations (standard_id, date, valid_until, "
                           "certificate, by_lab_id, by_standard_id, points, out_of_tolerance, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {c.standardId, iso(c.date), iso(c.validUntil), c.certificate.trimmed(), Rows::toDb(c.byLabId),
             Rows::toDb(c.byStandardId), QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact)),
             QString::fromUtf8(QJsonDocument(findings).toJson(QJsonDocument::Compact)), m_lab.nowText()});
        if (!r)
            return fail(r.error());
        c.id = *r;
        auto u = m_lab.db().exec(QStringLiteral("UPDATE standards SET valid_until = (SELECT MAX(valid_until) FROM "
                                                "standard_calibrations WHERE standard_id = ?) WHERE id = ?"),
                                 {c.standardId, c.standardId});
        if (!u)
            return fail(u.error());
        ETALON_TRY(updateSetValidity(c.standardId));
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("standard.calibrate"),
                                   QStringLiteral("standard_calibration"), c.id, {}, Json::standardCalibration(c)));
        return c;
    });
}

Result<QList<Standard>> StandardService::standards()
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT %1 FROM standards ORDER BY id").arg(Rows::standardColumns()));
    if (!q)
        return fail(q.error());
    QList<Standard> out;
    while (q->next())
        out.append(Rows::standard(*q));
    return out;
}

Result<Standard> StandardService::fetchStandard(Id id)
{
    auto q =
        m_lab.db().exec(QStringLiteral("SELECT %1 FROM standards WHERE id = ?").arg(Rows::standardColumns()), {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("standard"), Tr::tr("no standard with id %1").arg(id)));
    return Rows::standard(*q);
}

namespace {

const QString calibrationColumns =
    QStringLiteral("id, date, valid_until, certificate, by_lab_id, by_standard_id, points, out_of_tolerance");

StandardCalibration calibrationFromRow(const QSqlQuery& q, Id standardId)
{
    StandardCalibration c;
    c.id = q.value(0).toLongLong();
    c.standardId = standardId;
    c.date = Rows::date(q.value(1)).value_or(QDate());
    c.validUntil = Rows::date(q.value(2)).value_or(QDate());
    c.certificate = q.value(3).toString();
    if (!q.value(4).isNull())
        c.byLabId = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        c.byStandardId = q.value(5).toLongLong();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        CalibrationPoint p;
        p.value = Quantity::fromJson(o.value(QStringLiteral("value")).toObject()).value_or(Quantity());
        if (o.value(QStringLiteral("correction")).isObject())
            p.correction =
                Quantity::differenceFromJson(o.value(QStringLiteral("correction")).toObject()).value_or(Quantity());
        if (o.value(QStringLiteral("uncertainty")).isObject())
            p.uncertainty =
                Quantity::differenceFromJson(o.value(QStringLiteral("uncertainty")).toObject()).value_or(Quantity());
        p.k = Decimal::parse(o.value(QStringLiteral("k")).toString()).value_or(Decimal(2, 0));
        p.item = o.value(QStringLiteral("item")).toString();
        c.points.append(p);
    }
    c.outOfTolerance = Json::toleranceFindings(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array());
    return c;
}

} // namespace

Result<QList<StandardCalibration>> StandardService::calibrations(Id standardId)
{
    auto q =
        m_lab.db().exec(QStringLiteral("SELECT %1 FROM standard_calibrations WHERE standard_id = ? ORDER BY date, id")
                            .arg(calibrationColumns),
                        {standardId});
    if (!q)
        return fail(q.error());
    QList<StandardCalibration> out;
    while (q->next())
        out.append(calibrationFromRow(*q, standardId));
    return out;
}

Result<QList<StandardCalibration>> StandardService::latestCalibrations(Id standardId, const QDate& date, int count)
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT %1 FROM standard_calibrations WHERE standard_id = ? AND date <= ? "
                                            "ORDER BY date DESC, id DESC")
                                 .arg(calibrationColumns),
                             {standardId, iso(date)});
    if (!q)
        return fail(q.error());
    QList<StandardCalibration> out;
    while ((count < 0 || out.size() < count) && q->next())
        out.prepend(calibrationFromRow(*q, standardId));
    return out;
}

Result<std::optional<StandardCalibrationInfo>> StandardService::calibrationInfo(Id standardId, const QDate& date)
{
    auto standard = fetchStandard(standardId);
    if (!standard)
        return fail(standard.error());
    return calibrationInfo(*standard, date);
}

Result<std::optional<StandardCalibrationInfo>> StandardService::calibrationInfo(const Standard& standard,
                                                                                const QDate& date)
{
    const Id standardId = standard.id;
    StandardCalibrationInfo info;
    info.standardId = standardId;
    info.label = Tr::tr("standard %1 “%2” (%3)").arg(standardId).arg(standard.name, standard.serial);
    info.accuracyClass = standard.accuracyClass;
    auto items = weightItems(standardId);
    if (!items)
        return fail(items.error());
    info.items = *items;
    // A set calibrated weight by weight needs every certificate up to the date; any other standard its last two
    // (the current one and the one before it, for the drift).
    auto history = latestCalibrations(standardId, date, info.items.isEmpty() ? 2 : -1);
    if (!history)
        return fail(history.error());
    bool found = false;
    for (const StandardCalibration& c : *history) {
        if (c.date > date)
            break;
        info.previous = info.current;
        info.current = c.points;
        info.certificate = c.certificate;
        info.outOfTolerance = !c.outOfTolerance.isEmpty();
        found = true;
    }
    if (!info.items.isEmpty())
        weightByWeight(info, *history, date);
    return found ? std::optional<StandardCalibrationInfo>(info) : std::nullopt;
}

Status StandardService::checkUsable(Id standardId, const QDate& date)
{
    auto standard = fetchStandard(standardId);
    if (!standard)
        return fail(standard.error());
    return checkUsable(*standard, date);
}

Status StandardService::checkUsable(const Standard& standard, const QDate& date)
{
    const Id standardId = standard.id;
    const QString label = Tr::tr("standard %1 “%2” (%3)").arg(standardId).arg(standard.name, standard.serial);
    auto status =
        m_lab.db().scalar(QStringLiteral("SELECT status FROM standard_status_events WHERE standard_id = ? AND "
                                         "effective_date <= ? ORDER BY effective_date DESC, id DESC LIMIT 1"),
                          {standardId, iso(date)});
    if (!status)
        return fail(status.error());
    const QString statusOnDate = status->isNull() ? QStringLiteral("in-service") : status->toString();
    if (statusOnDate != QStringLiteral("in-service"))
        return fail(Error::refused(QStringLiteral("standard_not_in_service"),
                                   Tr::tr("%1 was %2 on %3").arg(label, statusOnDate, iso(date)),
                                   QStringLiteral("standard")));
    auto covering =
        m_lab.db().scalar(QStringLiteral("SELECT id FROM standard_calibrations WHERE standard_id = ? AND date <= ? "
                                         "AND valid_until >= ? LIMIT 1"),
                          {standardId, iso(date), iso(date)});
    if (!covering)
        return fail(covering.error());
    if (!covering->isNull())
        return {};
    auto last =
        m_lab.db().scalar(QStringLiteral("SELECT MAX(valid_until) FROM standard_calibrations WHERE standard_id = ? "
                                         "AND date <= ?"),
                          {standardId, iso(date)});
    if (!last)
        return fail(last.error());
    if (last->isNull())
        return fail(Error::refused(QStringLiteral("standard_not_calibrated"),
                                   Tr::tr("%1 has no calibration made on or before %2").arg(label, iso(date)),
                                   QStringLiteral("standard")));
    return fail(Error::refused(QStringLiteral("standard_expired"),
                               Tr::tr("%1: its calibration expired on %2, before the date of the work %3")
                                   .arg(label, last->toString(), iso(date)),
                               QStringLiteral("standard")));
}

} // namespace Etalon
