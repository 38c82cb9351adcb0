// SPDX-License-Identifier: Apache-2.0
#include "db/standards/TraceService.h"

#include "core/Tr.h"
#include "core/WeightSet.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"

#include <QSet>

namespace Etalon {

namespace {
constexpr int MaxDepth = 12;
}

Result<TraceNode> TraceService::link(Id standardId, const QDate& usedOn, int depth, QList<Id> path,
                                     QStringList& problems, const QString& certificate, const QString& weights)
{
    StandardService standards(m_lab);
    auto s = standards.fetchStandard(standardId);
    if (!s)
        return fail(s.error());
    TraceNode node;
    node.standardId = standardId;
    node.name = weights.isEmpty() ? s->name : QStringLiteral("%1 (%2)").arg(s->name, weights);
    node.serial = s->serial;
    node.usedOn = usedOn;
    auto broken = [&](const QString& why) {
        node.problem = why;
        problems.append(QStringLiteral("%1 (%2): %3").arg(s->name, s->serial, why));
        return node;
    };
    if (path.contains(standardId))
        return broken(Tr::tr("the chain loops back to this standard"));
    if (depth > MaxDepth)
        return broken(Tr::tr("the chain is longer than %1 links").arg(MaxDepth));
    path.append(standardId);
    auto history = standards.calibrations(standardId);
    if (!history)
        return fail(history.error());
    std::optional<StandardCalibration> valid;
    for (const StandardCalibration& c : *history) {
        if (c.date <= usedOn && c.validUntil >= usedOn && (certificate.isEmpty() || c.certificate == certificate))
            valid = c;
    }
    if (!valid)
        return broken(Tr::tr("no calibration was valid on %1").arg(usedOn.toString(Qt::ISODate)));
    node.certificate = valid->certificate;
    node.calibratedOn = valid->date;
    node.validUntil = valid->validUntil;
    for (const CalibrationPoint& p : valid->points) {
        if (p.uncertainty)
            node.uncertainties.append(
                QStringLiteral("%1: %2 (k = %3)").arg(p.value.toString(), p.uncertainty->toString(), p.k.toString()));
    }
    if (valid->byStandardId) {
        auto above = link(*valid->byStandardId, valid->date, depth + 1, path, problems);
        if (!above)
            return fail(above.error());
        node.calibratedBy = above->name;
        node.above.append(*above);
        return node;
    }
    auto lab = RegistryService(m_lab).fetchOrganisation(*valid->byLabId);
    if (!lab)
        return fail(lab.error());
    node.calibratedBy = lab->name;
    node.top = toName(lab->kind);
    if (lab->kind != OrganisationKind::NationalInstitute && lab->kind != OrganisationKind::CalibrationLab)
        return broken(Tr::tr("calibrated by %1, which is neither a calibration laboratory nor a national institute")
                          .arg(lab->name));
    return node;
}

Result<Trace> TraceService::traceRecord(Id recordId)
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT date FROM records WHERE id = ?"), {recordId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("record"), Tr::tr("no record with id %1").arg(recordId)));
    Trace trace;
    trace.recordId = recordId;
    trace.dateOfWork = QDate::fromString(q->value(0).toString(), Qt::ISODate);
    auto used = m_lab.db().exec(
        QStringLiteral("SELECT DISTINCT standard_id FROM readings WHERE record_id = ? AND voided_at IS NULL ORDER BY "
                       "standard_id"),
        {recordId});
    if (!used)
        return fail(used.error());
    QList<Id> standards;
    while (used->next())
        standards.append(used->value(0).toLongLong());
    for (Id id : standards) {
        auto weights = weightLinks(id, recordId, trace.dateOfWork, trace.problems);
        if (!weights)
            return fail(weights.error());
        if (!weights->isEmpty()) {
            trace.standards.append(*weights);
            continue;
        }
        auto node = link(id, trace.dateOfWork, 0, {}, trace.problems);
        if (!node)
            return fail(node.error());
        trace.standards.append(*node);
    }
    if (standards.isEmpty())
        trace.problems.append(Tr::tr("the record used no standard"));
    return trace;
}

// A set registered weight by weight traces through the certificate of each weight the record used: a partial
// recalibration leaves the other weights on their earlier certificate.
Result<QList<TraceNode>> TraceService::weightLinks(Id standardId, Id recordId, const QDate& usedOn,
                                                   QStringList& problems)
{
    auto info = StandardService(m_lab).calibrationInfo(standardId, usedOn);
    if (!info)
        return fail(info.error());
    if (!*info || (*info)->items.isEmpty())
        return QList<TraceNode>();
    auto loads = m_lab.db().exec(
        QStringLiteral("SELECT reference FROM readings WHERE record_id = ? AND standard_id = ? AND voided_at IS NULL"),
        {recordId, standardId});
    if (!loads)
        return fail(loads.error());
    QMap<QString, QStringList> marksByCertificate;
    while (loads->next()) {
        const auto load = Quantity::parse(loads->value(0).toString());
        const auto used = load ? itemsRealising((*info)->items, *load) : std::nullopt;
        for (const WeightItem& w : used.value_or(QList<WeightItem>()))
            if (!marksByCertificate[w.certificate].contains(w.mark))
                marksByCertificate[w.certificate].append(w.mark);
    }
    QList<TraceNode> out;
    for (auto it = marksByCertificate.cbegin(); it != marksByCertificate.cend(); ++it) {
        auto node = link(standardId, usedOn, 0, {}, problems, it.key(), it.value().join(QStringLiteral(", ")));
        if (!node)
            return fail(node.error());
        out.append(*node);
    }
    return out;
}

Result<TraceNode> TraceService::traceStandard(Id standardId, const QDate& on)
{
    QStringList problems;
    return link(standardId, on, 0, {}, problems);
}

Result<Trace> TraceService::traceCertificate(const QString& number)
{
    auto record = m_lab.db().scalar(QStringLiteral("SELECT record_id FROM certificates WHERE number = ?"), {number});
    if (!record)
        return fail(record.error());
    if (record->isNull())
        return fail(Error::notFound(QStringLiteral("number"), Tr::tr("no certificate numbered “%1”").arg(number)));
    auto trace = traceRecord(record->toLongLong());
    if (trace)
        trace->number = number;
    return trace;
}

Result<QList<ImpactItem>> TraceService::impact(Id standardId, const std::optional<QDate>& from,
                                               const std::optional<QDate>& to)
{
    auto standard = StandardService(m_lab).fetchStandard(standardId);
    if (!standard)
        return fail(standard.error());
    // The standards it calibrated, transitively, each from the date its value came to depend on it.
    QHash<Id, QPair<QDate, QString>> affected{{standardId, {QDate(1900, 1, 1), QString()}}};
    QList<Id> frontier{standardId};
    while (!frontier.isEmpty()) {
        const Id parent = frontier.takeFirst();
        auto q = m_lab.db().exec(
            QStringLiteral("SELECT c.standard_id, c.date, s.name FROM standard_calibrations c JOIN standards s "
                           "ON s.id = c.standard_id WHERE c.by_standard_id = ? ORDER BY c.date"),
            {parent});
        if (!q)
            return fail(q.error());
        while (q->next()) {
            const Id child = q->value(0).toLongLong();
            const QDate since = QDate::fromString(q->value(1).toString(), Qt::ISODate);
            if (affected.contains(child))
                continue;
            affected.insert(child, {since, q->value(2).toString()});
            frontier.append(child);
        }
    }
    QList<ImpactItem> out;
    for (auto it = affected.cbegin(); it != affected.cend(); ++it) {
        const QDate start = std::max(it.value().first, from.value_or(QDate(1900, 1, 1)));
        auto q = m_lab.db().exec(
            QStringLiteral(
                "SELECT DISTINCT r.id, r.date, r.kind, i.serial, i.type_code, o.name, "
                "trim(coalesce(o.address, '') || ' ' || coalesce(o.commune, '') || ' ' || coalesce(o.province, '')), "
                "o.phone, c.number FROM readings g JOIN records r ON r.id = g.record_id JOIN instruments i ON "
                "i.id = r.instrument_id JOIN organisations o ON o.id = i.owner_id LEFT JOIN certificates c ON "
                "c.record_id = r.id WHERE g.standard_id = ? AND g.voided_at IS NULL AND r.date >= ? AND r.date <= ? "
                "ORDER BY r.date, r.id"),
            {it.key(), start.toString(Qt::ISODate), to.value_or(QDate(9999, 12, 31)).toString(Qt::ISODate)});
        if (!q)
            return fail(q.error());
        while (q->next()) {
            ImpactItem item{q->value(0).toLongLong(), QDate::fromString(q->value(1).toString(), Qt::ISODate),
                            q->value(2).toString(),   q->value(3).toString(),
                            q->value(4).toString(),   q->value(5).toString(),
                            q->value(6).toString(),   q->value(7).toString(),
                            q->value(8).toString(),   QString(),
                            it.value().second};
            out.append(item);
        }
    }
    for (ImpactItem& item : out) {
        if (item.certificate.isEmpty())
            continue;
        auto event =
            m_lab.db().scalar(QStringLiteral("SELECT e.event FROM certificate_events e JOIN certificates c ON c.id = "
                                             "e.certificate_id WHERE c.number = ? AND e.event <> 'suspect' ORDER BY "
                                             "e.id DESC LIMIT 1"),
                              {item.certificate});
        item.certificateStatus = event && !event->isNull() ? event->toString() : QStringLiteral("current");
    }
    std::sort(out.begin(), out.end(), [](const ImpactItem& a, const ImpactItem& b) {
        return a.date != b.date ? a.date < b.date : a.recordId < b.recordId;
    });
    // A record that used the standard and one of its children is listed once, as direct.
    QList<ImpactItem> unique;
    QSet<Id> seen;
    for (const ImpactItem& item : out) {
        if (!seen.contains(item.recordId)) {
            seen.insert(item.recordId);
            unique.append(item);
        } else if (item.via.isEmpty()) {
            for (ImpactItem& u : unique)
                if (u.recordId == item.recordId)
                    u.via.clear();
        }
    }
    return unique;
}

Result<int> TraceService::markSuspect(const Session& session, const QList<ImpactItem>& items, const QString& reason)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager}));
    if (reason.trimmed().isEmpty())
        return fail(
            Error::badInput(QStringLiteral("reason"), Tr::tr("a reason is required to mark certificates suspect")));
    ETALON_TRY(checkText(reason, QStringLiteral("reason"), 1000, true));
    return m_lab.write([&]() -> Result<int> {
        int marked = 0;
        for (const ImpactItem& item : items) {
            if (item.certificate.isEmpty() || item.certificateStatus != QStringLiteral("current"))
                continue;
            auto r = m_lab.db().exec(
                QStringLiteral("INSERT INTO certificate_events (certificate_id, event, reason, user_id, "
                               "created_at) SELECT id, 'suspect', ?, ?, ? FROM certificates WHERE number = ?"),
                {reason.trimmed(), session.userId, m_lab.nowText(), item.certificate});
            if (!r)
                return fail(r.error());
            ETALON_TRY(m_lab.logChange(session, QStringLiteral("certificate.suspect"), QStringLiteral("certificate"),
                                       std::nullopt, {},
                                       QJsonObject{{QStringLiteral("number"), item.certificate},
                                                   {QStringLiteral("reason"), reason.trimmed()}}));
            ++marked;
        }
        return marked;
    });
}

} // namespace Etalon
