// SPDX-License-Identifier: Apache-2.0
#include "db/records/RecordEditing.h"

#include "core/Tr.h"
#include "db/records/RecordService.h"

namespace Etalon {

namespace {

const QString columns = QStringLiteral("e.record_id, e.user_id, COALESCE(NULLIF(u.full_name, ''), u.name), e.desk, "
                                       "e.instance, e.since, e.seen_at FROM record_edits e "
                                       "LEFT JOIN users u ON u.id = e.user_id");

QDateTime stored(const QVariant& text)
{
    QDateTime at = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

} // namespace

Result<QList<EditClaim>> RecordEditing::claims(std::optional<Id> recordId)
{
    auto q = recordId ? m_lab.db().exec(QStringLiteral("SELECT %1 WHERE e.record_id = ?").arg(columns), {*recordId})
                      : m_lab.db().exec(QStringLiteral("SELECT %1 ORDER BY e.record_id").arg(columns));
    if (!q)
        return fail(q.error());
    QList<EditClaim> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString(), stored(q->value(5)), stored(q->value(6))});
    return out;
}

bool RecordEditing::live(const EditClaim& claim) const
{
    // A desk whose clock runs ahead makes its claim look fresh for longer; one running behind, shorter.
    return claim.instance != m_lab.instance() && claim.seenAt.isValid() &&
        claim.seenAt.secsTo(m_lab.now()) < LeaseSeconds;
}

QString RecordEditing::describe(const EditClaim& claim)
{
    const QDateTime since = claim.since.toTimeZone(labTimeZone(m_lab.setting(QStringLiteral("time_zone"))));
    const QString when = since.date() == m_lab.today() ? since.toString(QStringLiteral("HH:mm"))
                                                       : since.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    return Tr::tr("being edited by %1 at %2 since %3").arg(claim.userName, claim.desk, when);
}

Error RecordEditing::takenError(const EditClaim& holder)
{
    const QString who = describe(holder);
    return Error::refused(QStringLiteral("record_being_edited"),
                          Tr::tr("record %1 is %2; it can be changed once they close it (or %3 minutes after their "
                                 "desk last answered)")
                              .arg(holder.recordId)
                              .arg(who)
                              .arg(LeaseSeconds / 60),
                          QStringLiteral("record"));
}

Result<std::optional<EditClaim>> RecordEditing::elsewhere(Id recordId)
{
    auto found = claims(recordId);
    if (!found)
        return fail(found.error());
    if (found->isEmpty() || !live(found->first()))
        return std::optional<EditClaim>();
    return std::optional<EditClaim>(found->first());
}

Result<QHash<Id, EditClaim>> RecordEditing::othersEditing()
{
    auto found = claims(std::nullopt);
    if (!found)
        return fail(found.error());
    QHash<Id, EditClaim> out;
    for (const EditClaim& c : std::as_const(*found)) {
        if (live(c))
            out.insert(c.recordId, c);
    }
    return out;
}

Status RecordEditing::refuseIfElsewhere(Id recordId)
{
    auto holder = elsewhere(recordId);
    if (!holder)
        return fail(holder.error());
    if (*holder)
        return fail(takenError(**holder));
    return {};
}

Result<EditClaim> RecordEditing::claim(const Session& session, Id recordId)
{
    return m_lab.write([&]() -> Result<EditClaim> {
        ETALON_TRY(RecordService(m_lab).mayEdit(session, recordId));
        const QString now = m_lab.nowText();
        // A claim of this program is kept as it was (its since); a lapsed one of another desk is taken over.
        ETALON_TRY(m_lab.db().exec(QStringLiteral("DELETE FROM record_edits WHERE record_id = ? AND instance <> ?"),
                                   {recordId, m_lab.instance()}));
        auto renewed =
            m_lab.db().exec(QStringLiteral("UPDATE record_edits SET seen_at = ? WHERE record_id = ?"), {now, recordId});
        if (!renewed)
            return fail(renewed.error());
        if (renewed->numRowsAffected() == 0)
            ETALON_TRY(m_lab.db().exec(QStringLiteral("INSERT INTO record_edits (record_id, user_id, desk, instance, "
                                                      "since, seen_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                       {recordId, session.userId, m_lab.desk(), m_lab.instance(), now, now}));
        auto mine = claims(recordId);
        if (!mine)
            return fail(mine.error());
        return mine->first();
    });
}

Status RecordEditing::renew(const Session& session, Id recordId)
{
    // Not a change others need to hear of: outside write(), so no desk reloads its page for it.
    auto renewed =
        m_lab.db().exec(QStringLiteral("UPDATE record_edits SET seen_at = ? WHERE record_id = ? AND instance = ?"),
                        {m_lab.nowText(), recordId, m_lab.instance()});
    if (!renewed)
        return fail(renewed.error());
    if (renewed->numRowsAffected() > 0)
        return {};
    auto taken = claim(session, recordId);
    if (!taken)
        return fail(taken.error());
    return {};
}

Status RecordEditing::release(Id recordId)
{
    return m_lab.write([&]() -> Status {
        ETALON_TRY(m_lab.db().exec(QStringLiteral("DELETE FROM record_edits WHERE record_id = ? AND instance = ?"),
                                   {recordId, m_lab.instance()}));
        return {};
    });
}

} // namespace Etalon
