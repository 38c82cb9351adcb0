// SPDX-License-Identifier: Apache-2.0
#include "db/programme/ProgrammeService.h"
#include "db/catalog/ProvinceCommunes.h"

#include "core/Plausibility.h"
#include "core/Tr.h"
#include "db/catalog/CatalogRepository.h"
#include "db/registry/RegistryService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Etalon {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

std::optional<QDate> dateOf(const QVariant& v)
{
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() ? std::optional(d) : std::nullopt;
}

QVariant idOrNull(const std::optional<Id>& id)
{
    return id ? QVariant(qint64(*id)) : QVariant();
}

QJsonObject pointJson(const CheckPoint& p)
{
    return {{QStringLiteral("id"), qint64(p.id)},
            {QStringLiteral("commune"), p.commune},
            {QStringLiteral("market"), p.market},
            {QStringLiteral("location"), p.location},
            {QStringLiteral("scale"), p.scaleId ? QJsonValue(qint64(*p.scaleId)) : QJsonValue()},
            {QStringLiteral("mass_set"), p.massSetId ? QJsonValue(qint64(*p.massSetId)) : QJsonValue()},
            {QStringLiteral("responsible"), p.responsible},
            {QStringLiteral("status"), toName(p.status)}};
}

Status requireKeeper(const Session& s)
{
    return Lab::requireRole(s, {Role::Manager, Role::Admin});
}

int severity(DueStatus s)
{
    switch (s) {
    case DueStatus::Overdue:
        return 3;
    case DueStatus::Never:
        return 2;
    case DueStatus::DueSoon:
        return 1;
    case DueStatus::InDate:
        break;
    }
    return 0;
}

} // namespace

DueStatus CheckPointView::equipmentStatus() const
{
    return severity(scaleStatus) >= severity(massSetStatus) ? scaleStatus : massSetStatus;
}

Status ProgrammeService::checkEquipment(const CheckPoint& point)
{
    const qint64 labOrg = m_lab.setting(QStringLiteral("lab_org_id")).toLongLong();
    for (const auto& [id, field] :
         {std::pair{point.scaleId, QStringLiteral("scale")}, std::pair{point.massSetId, QStringLiteral("mass-set")}}) {
        if (!id)
            continue;
        auto instrument = RegistryService(m_lab).fetchInstrument(*id);
        if (!instrument)
            return fail(Error::notFound(field, Tr::tr("no instrument with id %1").arg(*id)));
        if (instrument->ownerId == labOrg)
            return fail(Error::refused(QStringLiteral("lab_equipment"),
                                       Tr::tr("instrument %1 belongs to the lab; a check-scale point's equipment "
                                              "belongs to the commune")
                                           .arg(*id),
                                       field));
        auto type = CatalogRepository(m_lab.db()).fetchType(instrument->typeCode);
        if (!type)
            return fail(type.error());
        const InstrumentFamily family = familyOf(*type);
        if (field == QStringLiteral("mass-set") && family != InstrumentFamily::Weight)
            return fail(Error::badInput(
                field, Tr::tr("instrument %1 is a %2, not a set of weights (WEIGHT)").arg(*id).arg(type->code)));
        if (field == QStringLiteral("scale") && family != InstrumentFamily::Scale)
            return fail(Error::badInput(field, Tr::tr("instrument %1 is a %2, not a scale").arg(*id).arg(type->code)));
        auto other = m_lab.db().scalar(QStringLiteral("SELECT id FROM check_points WHERE (scale_id = ? OR "
                                                      "mass_set_id = ?) AND id <> ?"),
                                       {qint64(*id), qint64(*id), qint64(point.id)});
        if (!other)
            return fail(other.error());
        if (!other->isNull())
            return fail(Error::refused(QStringLiteral("equipment_in_use"),
                                       Tr::tr("instrument %1 is already the equipment of check-scale point %2")
                                           .arg(*id)
                                           .arg(other->toLongLong()),
                                       field));
    }
    return {};
}

Status ProgrammeService::logPoint(const Session& session, const QString& action, const QJsonObject& before,
                                  const CheckPoint& after)
{
    return m_lab.logChange(session, action, QStringLiteral("check_point"), after.id, before, pointJson(after));
}

Result<CheckPoint> ProgrammeService::addCheckPoint(const Session& session, CheckPoint point)
{
    ETALON_TRY(requireKeeper(session));
    point.commune = point.commune.trimmed();
    point.market = point.market.trimmed();
    point.id = 0;
    if (point.status == CheckPointStatus::Planned && point.scaleId && point.massSetId)
        point.status = CheckPointStatus::Equipped;
    ETALON_TRY(point.validate());
    // The programme's points are in the province's communes, named as registered.
    auto commune = provinceCommunes().canonical(point.commune, QStringLiteral("commune"));
    if (!commune)
        return fail(commune.error());
    point.commune = *commune;
    return m_lab.write([&]() -> Result<CheckPoint> {
        ETALON_TRY(checkEquipment(point));
        auto dup = m_lab.db().scalar(QStringLiteral("SELECT id FROM check_points WHERE commune = ? AND market = ?"),
                                     {point.commune, point.market});
        if (!dup)
            return fail(dup.error());
        if (!dup->isNull())
            return fail(Error::refused(QStringLiteral("duplicate_check_point"),
                                       Tr::tr("%1 already has a check-scale point at %2 (point %3)")
                                           .arg(point.commune, point.market)
                                           .arg(dup->toLongLong()),
                                       QStringLiteral("market")));
        auto r = m_lab.db().insert(
            QStringLiteral("INSERT INTO check_points (commune, market, location, scale_id, mass_set_id, responsible, "
                           "status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {point.commune, point.market, point.location.trimmed(), idOrNull(point.scaleId), idOrNull(point.massSetId),
             point.responsible.trimmed(), toName(point.status), m_lab.nowText()});
        if (!r)
            return fail(r.error());
        point.id = *r;
        auto e = m_lab.db().exec(
            QStringLiteral("INSERT INTO check_point_events (check_point_id, status, "
                           "effective_date, reason, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {point.id, toName(point.status), iso(m_lab.today()), QString(), session.userId, m_lab.nowText()});
        if (!e)
            return fail(e.error());
        ETALON_TRY(logPoint(session, QStringLiteral("checkpoint.add"), {}, point));
        return point;
    });
}

Result<CheckPoint> ProgrammeService::fetchCheckPoint(Id id)
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT id, commune, market, location, scale_id, mass_set_id, responsible, "
                                            "status FROM check_points WHERE id = ?"),
                             {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("check-point"), Tr::tr("no check-scale point with id %1").arg(id)));
    CheckPoint p;
    p.id = q->value(0).toLongLong();
    p.commune = q->value(1).toString();
    p.market = q->value(2).toString();
    p.location = q->value(3).toString();
    if (!q->value(4).isNull())
        p.scaleId = q->value(4).toLongLong();
    if (!q->value(5).isNull())
        p.massSetId = q->value(5).toLongLong();
    p.responsible = q->value(6).toString();
    p.status = enumFromName<CheckPointStatus>(q->value(7).toString(), {}).value_or(CheckPointStatus::Planned);
    return p;
}

Result<CheckPoint> ProgrammeService::equipCheckPoint(const Session& session, Id id, std::optional<Id> scaleId,
                                                     std::optional<Id> massSetId)
{
    ETALON_TRY(requireKeeper(session));
    return m_lab.write([&]() -> Result<CheckPoint> {
        auto point = fetchCheckPoint(id);
        if (!point)
            return point;
        const QJsonObject before = pointJson(*point);
        point->scaleId = scaleId;
        point->massSetId = massSetId;
        const bool nowEquipped = point->status == CheckPointStatus::Planned && scaleId && massSetId;
        if (nowEquipped)
            point->status = CheckPointStatus::Equipped;
        ETALON_TRY(point->validate());
        ETALON_TRY(checkEquipment(*point));
        auto u = m_lab.db().exec(
            QStringLiteral("UPDATE check_points SET scale_id = ?, mass_set_id = ?, status = ? WHERE id = ?"),
            {idOrNull(scaleId), idOrNull(massSetId), toName(point->status), id});
        if (!u)
            return fail(u.error());
        if (nowEquipped) {
            auto e = m_lab.db().exec(
                QStringLiteral("INSERT INTO check_point_events (check_point_id, status, effective_date, reason, "
                               "user_id, created_at) VALUES (?, 'equipped', ?, NULL, ?, ?)"),
                {id, iso(m_lab.today()), session.userId, m_lab.nowText()});
            if (!e)
                return fail(e.error());
        }
        ETALON_TRY(logPoint(session, QStringLiteral("checkpoint.equip"), before, *point));
        return *point;
    });
}

Result<CheckPoint> ProgrammeService::setCheckPointStatus(const Session& session, Id id, CheckPointStatus status,
                                                         const QDate& date, const QString& reason)
{
    ETALON_TRY(requireKeeper(session));
    ETALON_TRY(checkText(reason, QStringLiteral("reason"), 1000, true));
    if (!date.isValid() || date > m_lab.today())
        return fail(Error::badInput(QStringLiteral("date"), Tr::tr("the date must be today or earlier")));
    if (status == CheckPointStatus::OutOfUse && reason.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("reason"), Tr::tr("say why the point is out of use")));
    return m_lab.write([&]() -> Result<CheckPoint> {
        auto point = fetchCheckPoint(id);
        if (!point)
            return point;
        const QJsonObject before = pointJson(*point);
        point->status = status;
        ETALON_TRY(point->validate());
        auto u =
            m_lab.db().exec(QStringLiteral("UPDATE check_points SET status = ? WHERE id = ?"), {toName(status), id});
        auto e = m_lab.db().exec(
            QStringLiteral("INSERT INTO check_point_events (check_point_id, status, effective_date, reason, user_id, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, toName(status), iso(date), reason.trimmed(), session.userId, m_lab.nowText()});
        if (!u || !e)
            return fail(!u ? u.error() : e.error());
        ETALON_TRY(logPoint(session, QStringLiteral("checkpoint.status"), before, *point));
        return *point;
    });
}

Result<QList<CheckPointView>> ProgrammeService::checkPoints(const QString& commune)
{
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT p.id, p.commune, p.market, p.location, p.scale_id, p.mass_set_id, p.responsible, "
                       "p.status, s.type_code || ' ' || s.serial, s.next_due, m.type_code || ' ' || m.serial, "
                       "m.next_due FROM check_points p LEFT JOIN instruments s ON s.id = p.scale_id "
                       "LEFT JOIN instruments m ON m.id = p.mass_set_id WHERE (? = '' OR p.commune = ?) "
                       "ORDER BY p.commune, p.market"),
        {commune.isNull() ? QStringLiteral("") : commune, commune});
    if (!q)
        return fail(q.error());
    const QDate today = m_lab.today();
    QList<CheckPointView> out;
    while (q->next()) {
        CheckPointView v;
        v.point.id = q->value(0).toLongLong();
        v.point.commune = q->value(1).toString();
        v.point.market = q->value(2).toString();
        v.point.location = q->value(3).toString();
        if (!q->value(4).isNull())
            v.point.scaleId = q->value(4).toLongLong();
        if (!q->value(5).isNull())
            v.point.massSetId = q->value(5).toLongLong();
        v.point.responsible = q->value(6).toString();
        v.point.status = enumFromName<CheckPointStatus>(q->value(7).toString(), {}).value_or(CheckPointStatus::Planned);
        v.scaleLabel = q->value(8).toString();
        v.scaleDue = dateOf(q->value(9));
        v.massSetLabel = q->value(10).toString();
        v.massSetDue = dateOf(q->value(11));
        v.scaleStatus = dueStatus(v.scaleDue, today);
        v.massSetStatus = dueStatus(v.massSetDue, today);
        out.append(v);
    }
    return out;
}

Result<QList<CheckPointView>> ProgrammeService::pointsFallingDue(int days)
{
    auto all = checkPoints();
    if (!all)
        return all;
    const QDate limit = m_lab.today().addDays(days);
    QList<CheckPointView> out;
    for (const CheckPointView& v : *all) {
        if (v.point.status == CheckPointStatus::OutOfUse || v.point.status == CheckPointStatus::Planned)
            continue;
        const bool due = (v.scaleDue && *v.scaleDue <= limit) || (v.massSetDue && *v.massSetDue <= limit) ||
            (v.point.scaleId && !v.scaleDue) || (v.point.massSetId && !v.massSetDue);
        if (due)
            out.append(v);
    }
    return out;
}

Result<Enrolment> ProgrammeService::enrol(const Session& session, Enrolment enrolment)
{
    ETALON_TRY(requireKeeper(session));
    ETALON_TRY(enrolment.validate());
    if (enrolment.enrolledOn > m_lab.today())
        return fail(Error::badInput(QStringLiteral("date"),
                                    Tr::tr("the date %1 is in the future").arg(iso(enrolment.enrolledOn))));
    auto org = RegistryService(m_lab).fetchOrganisation(enrolment.organisationId);
    if (!org)
        return fail(Error::notFound(QStringLiteral("organisation"), org.error().message));
    if (org->kind != OrganisationKind::Customer)
        return fail(Error::badInput(QStringLiteral("organisation"),
                                    Tr::tr("%1 is not an enterprise the lab serves").arg(org->name)));
    return m_lab.write([&]() -> Result<Enrolment> {
        auto since = m_lab.db().scalar(QStringLiteral("SELECT enrolled_on FROM enrolments WHERE organisation_id = ?"),
                                       {enrolment.organisationId});
        if (!since)
            return fail(since.error());
        if (!since->isNull())
            return fail(Error::refused(QStringLiteral("already_enrolled"),
                                       Tr::tr("%1 is enrolled since %2").arg(org->name, since->toString()),
                                       QStringLiteral("organisation")));
        QJsonArray support;
        for (SupportKind k : enrolment.support)
            support.append(toName(k));
        auto r = m_lab.db().insert(QStringLiteral("INSERT INTO enrolments (organisation_id, enrolled_on, sector, "
                                                  "support, created_at) VALUES (?, ?, ?, ?, ?)"),
                                   {enrolment.organisationId, iso(enrolment.enrolledOn), toName(enrolment.sector),
                                    QString::fromUtf8(QJsonDocument(support).toJson(QJsonDocument::Compact)),
                                    m_lab.nowText()});
        if (!r)
            return fail(r.error());
        enrolment.id = *r;
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("programme.enrol"), QStringLiteral("enrolment"),
                                   enrolment.id, {},
                                   {{QStringLiteral("organisation"), qint64(enrolment.organisationId)},
                                    {QStringLiteral("enrolled_on"), iso(enrolment.enrolledOn)},
                                    {QStringLiteral("sector"), toName(enrolment.sector)},
                                    {QStringLiteral("support"), support}}));
        return enrolment;
    });
}

Result<QList<std::pair<Enrolment, Organisation>>> ProgrammeService::enrolments()
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT id, organisation_id, enrolled_on, sector, support FROM enrolments "
                                            "ORDER BY enrolled_on, id"));
    if (!q)
        return fail(q.error());
    QList<std::pair<Enrolment, Organisation>> out;
    RegistryService registry(m_lab);
    while (q->next()) {
        Enrolment e;
        e.id = q->value(0).toLongLong();
        e.organisationId = q->value(1).toLongLong();
        e.enrolledOn = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        e.sector = enumFromName<ProgrammeSector>(q->value(3).toString(), {}).value_or(ProgrammeSector::Other);
        for (const QJsonValue& v : QJsonDocument::fromJson(q->value(4).toString().toUtf8()).array())
            if (auto k = enumFromName<SupportKind>(v.toString(), {}))
                e.support.append(*k);
        auto org = registry.fetchOrganisation(e.organisationId);
        if (!org)
            return fail(org.error());
        out.append({e, *org});
    }
    return out;
}

Result<AssuranceReport> ProgrammeService::assuranceReport(Id organisationId, const QDate& asOf)
{
    auto all = enrolments();
    if (!all)
        return fail(all.error());
    const auto it =
        std::find_if(all->begin(), all->end(), [&](const auto& e) { return e.first.organisationId == organisationId; });
    if (it == all->end())
        return fail(Error::refused(
            QStringLiteral("not_enrolled"),
            Tr::tr("organisation %1 is not enrolled in the measurement assurance programme").arg(organisationId),
            QStringLiteral("organisation")));
    AssuranceReport report;
    report.enrolment = it->first;
    report.enterprise = it->second;
    report.asOf = asOf;
    // The last approved or issued work on or before asOf, per instrument the enterprise owns.
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT i.id, i.type_code, t.name_vi, i.serial, t.group2, r.date, r.kind, r.verdict, r.next_due "
                       "FROM instruments i JOIN instrument_types t ON t.code = i.type_code "
                       "LEFT JOIN records r ON r.id = (SELECT x.id FROM records x WHERE x.instrument_id = i.id AND "
                       "x.status IN ('approved', 'issued') AND x.date <= ? ORDER BY x.date DESC, x.id DESC LIMIT 1) "
                       "WHERE i.owner_id = ? ORDER BY i.type_code, i.serial"),
        {iso(asOf), organisationId});
    if (!q)
        return fail(q.error());
    while (q->next()) {
        AssuranceLine l;
        l.instrumentId = q->value(0).toLongLong();
        l.typeCode = q->value(1).toString();
        l.typeName = q->value(2).toString();
        l.serial = q->value(3).toString();
        l.group2 = q->value(4).toBool();
        l.lastWork = dateOf(q->value(5));
        l.lastKind = q->value(6).toString();
        l.lastVerdict = enumFromName<Verdict>(q->value(7).toString(), {}).value_or(Verdict::None);
        // A failed verification leaves the instrument without a valid due date: it may not be used.
        l.nextDue = l.lastVerdict == Verdict::Pass ? dateOf(q->value(8)) : std::nullopt;
        l.status = l.lastWork && l.lastVerdict != Verdict::Pass ? DueStatus::Overdue : dueStatus(l.nextDue, asOf);
        report.lines.append(l);
    }
    // Month by month through asOf's year: the share of the enterprise's instruments in use at the month's end (on
    // the register by then, or verified by then: an instrument registered late had its earlier work) whose latest
    // result by then was a pass not yet due. A later failure takes an instrument out of date at once.
    for (QDate month(asOf.year(), 1, 1); month <= asOf; month = month.addMonths(1)) {
        const QDate end = std::min(month.addMonths(1).addDays(-1), asOf);
        auto share = m_lab.db().exec(
            QStringLiteral(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN r.verdict = 'pass' AND r.next_due >= ? THEN 1 ELSE 0 END), 0) "
                "FROM "
                "instruments i LEFT JOIN records r ON r.id = (SELECT x.id FROM records x WHERE "
                "x.instrument_id = i.id AND x.status IN ('approved', 'issued') AND x.date <= ? ORDER BY "
                "x.date DESC, x.id DESC LIMIT 1) WHERE i.owner_id = ? AND (substr(i.created_at, 1, 10) <= ? "
                "OR r.id IS NOT NULL)"),
            {iso(end), iso(end), organisationId, iso(end)});
        if (!share)
            return fail(share.error());
        share->next();
        const double total = share->value(0).toDouble();
        report.inDateShare.append({end, total > 0 ? share->value(1).toDouble() / total : 0.0});
    }
    return report;
}

Result<QList<ProgrammeTarget>> ProgrammeService::targets()
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT key, value, by_year FROM programme_targets ORDER BY rowid"));
    if (!q)
        return fail(q.error());
    QList<ProgrammeTarget> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt()});
    return out;
}

Result<ProgrammeTarget> ProgrammeService::setTarget(const Session& session, const QString& key, int value, int byYear)
{
    ETALON_TRY(requireKeeper(session));
    if (value < 0)
        return fail(Error::badInput(QStringLiteral("value"), Tr::tr("a target cannot be negative")));
    if (byYear < 2026 || byYear > 2100)
        return fail(
            Error::badInput(QStringLiteral("by-year"), Tr::tr("the year %1 is outside the programme").arg(byYear)));
    return m_lab.write([&]() -> Result<ProgrammeTarget> {
        auto old = m_lab.db().exec(QStringLiteral("SELECT value, by_year FROM programme_targets WHERE key = ?"), {key});
        if (!old)
            return fail(old.error());
        if (!old->next()) {
            QStringList known;
            if (auto all = targets())
                for (const ProgrammeTarget& t : *all)
                    known << t.key;
            return fail(Error::badInput(QStringLiteral("key"),
                                        Tr::tr("no target “%1”; the targets are: %2").arg(key, known.join(u", "))));
        }
        const QJsonObject before{{QStringLiteral("value"), old->value(0).toInt()},
                                 {QStringLiteral("by_year"), old->value(1).toInt()}};
        old->finish();
        auto u = m_lab.db().exec(QStringLiteral("UPDATE programme_targets SET value = ?, by_year = ? WHERE key = ?"),
                                 {value, byYear, key});
        if (!u)
            return fail(u.error());
        ETALON_TRY(m_lab.logChange(
            session, QStringLiteral("programme.target"), QStringLiteral("programme_target"), std::nullopt, before,
            {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}, {QStringLiteral("by_year"), byYear}}));
        return ProgrammeTarget{key, value, byYear};
    });
}

} // namespace Etalon
