// SPDX-License-Identifier: Apache-2.0
#include "db/certificates/StampService.h"

#include "core/Tr.h"

#include <QRegularExpression>

namespace Etalon {

namespace {

Stamp stampFrom(const QSqlQuery& q)
{
    Stamp s;
    s.id = q.value(0).toLongLong();
    s.series = q.value(1).toString();
    s.number = q.value(2).toLongLong();
    s.status = q.value(3).toString();
    if (!q.value(4).isNull())
        s.certificateId = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        s.recordId = q.value(5).toLongLong();
    s.reason = q.value(6).toString();
    return s;
}

const char* const columns = "id, series, number, status, certificate_id, record_id, reason";

} // namespace

Result<QPair<QString, qint64>> StampService::parseLabel(const QString& label)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([^/\\s]+)\\s*/\\s*(\\d{1,12})\\s*$"));
    const auto m = pattern.match(label);
    if (!m.hasMatch())
        return fail(Error::badInput(QStringLiteral("stamp"), Tr::tr("“%1” is not a stamp (SERIES/NUMBER)").arg(label)));
    return QPair<QString, qint64>(m.captured(1), m.captured(2).toLongLong());
}

Result<int> StampService::receive(const Session& session, const QString& series, qint64 from, qint64 to)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager, Role::Admin}));
    static const QRegularExpression seriesPattern(QStringLiteral("^[^/\\s]{1,20}$"));
    if (!seriesPattern.match(series).hasMatch())
        return fail(Error::badInput(QStringLiteral("series"),
                                    Tr::tr("a stamp series has 1 to 20 characters, no “/” or spaces")));
    if (from < 1 || to < from || to - from >= 100000)
        return fail(Error::badInput(QStringLiteral("to"),
                                    Tr::tr("the numbers run from --from to --to, at most 100000 at once")));
    return m_lab.write([&]() -> Result<int> {
        auto clash = m_lab.db().scalar(
            QStringLiteral("SELECT MIN(number) FROM stamps WHERE series = ? AND number BETWEEN ? AND ?"),
            {series, from, to});
        if (!clash)
            return fail(clash.error());
        if (!clash->isNull())
            return fail(
                Error::refused(QStringLiteral("duplicate_stamp"),
                               Tr::tr("stamp %1/%2 is already in the register").arg(series).arg(clash->toLongLong()),
                               QStringLiteral("from")));
        QSqlQuery insert(m_lab.db().connection());
        insert.prepare(QStringLiteral("INSERT INTO stamps (series, number, received_at) VALUES (?, ?, ?)"));
        for (qint64 n = from; n <= to; ++n) {
            insert.addBindValue(series);
            insert.addBindValue(n);
            insert.addBindValue(m_lab.nowText());
            if (!insert.exec())
                return fail(m_lab.db().sqlError(insert));
        }
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("stamp.receive"), QStringLiteral("stamp"), std::nullopt, {},
                                   QJsonObject{{QStringLiteral("series"), series},
                                               {QStringLiteral("from"), from},
                                               {QStringLiteral("to"), to}}));
        return int(to - from + 1);
    });
}

Result<QList<Stamp>> StampService::stamps(bool unusedOnly, int limit)
{
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT %1 FROM stamps %2 ORDER BY series, number LIMIT ?")
            .arg(QString::fromLatin1(columns), unusedOnly ? QStringLiteral("WHERE status = 'unused'") : QString()),
        {limit});
    if (!q)
        return fail(q.error());
    QList<Stamp> out;
    while (q->next())
        out.append(stampFrom(*q));
    return out;
}

Result<Query> StampService::findStamp(const QString& label)
{
    if (label.isEmpty())
        return m_lab.db().exec(
            QStringLiteral("SELECT %1 FROM stamps WHERE status = 'unused' ORDER BY series, number LIMIT 1")
                .arg(QString::fromLatin1(columns)));
    auto parsed = parseLabel(label);
    if (!parsed)
        return fail(parsed.error());
    return m_lab.db().exec(
        QStringLiteral("SELECT %1 FROM stamps WHERE series = ? AND number = ?").arg(QString::fromLatin1(columns)),
        {parsed->first, parsed->second});
}

Result<Stamp> StampService::take(const QString& label)
{
    auto q = findStamp(label);
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(label.isEmpty() ? Error::refused(QStringLiteral("no_stamp_left"),
                                                     Tr::tr("no unused verification stamp is left in the register"),
                                                     QStringLiteral("stamp"))
                                    : Error::notFound(QStringLiteral("stamp"),
                                                      Tr::tr("stamp %1 is not in the register").arg(label)));
    Stamp s = stampFrom(*q);
    if (s.status != QStringLiteral("unused"))
        return fail(Error::refused(QStringLiteral("stamp_used"),
                                   Tr::tr("stamp %1 is already %2").arg(s.label(), s.status), QStringLiteral("stamp")));
    return s;
}

Status StampService::markUsed(Id stampId, Id certificateId, Id recordId)
{
    auto r = m_lab.db().exec(
        QStringLiteral("UPDATE stamps SET status = 'used', certificate_id = ?, record_id = ?, changed_at = ? "
                       "WHERE id = ? AND status = 'unused'"),
        {certificateId, recordId, m_lab.nowText(), stampId});
    if (!r)
        return fail(r.error());
    if (r->numRowsAffected() != 1)
        return fail(Error::refused(QStringLiteral("stamp_used"), Tr::tr("the stamp was used meanwhile")));
    return {};
}

Status StampService::voidStamp(const Session& session, const QString& label, const QString& reason)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager, Role::Admin, Role::Technician}));
    if (reason.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("reason"), Tr::tr("a reason is required to void a stamp")));
    ETALON_TRY(checkText(reason, QStringLiteral("reason"), 1000, true));
    return m_lab.write([&]() -> Status {
        auto stamp = take(label);
        if (!stamp)
            return fail(stamp.error());
        auto r = m_lab.db().exec(
            QStringLiteral("UPDATE stamps SET status = 'void', reason = ?, changed_at = ? WHERE id = ?"),
            {reason.trimmed(), m_lab.nowText(), stamp->id});
        if (!r)
            return fail(r.error());
        return m_lab.logChange(session, QStringLiteral("stamp.void"), QStringLiteral("stamp"), stamp->id,
                               QJsonObject{{QStringLiteral("stamp"), stamp->label()},
                                           {QStringLiteral("status"), QStringLiteral("unused")}},
                               QJsonObject{{QStringLiteral("status"), QStringLiteral("void")},
                                           {QStringLiteral("reason"), reason.trimmed()}});
    });
}

} // namespace Etalon
