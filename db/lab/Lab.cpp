// SPDX-License-Identifier: Apache-2.0
#include "db/lab/Lab.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

namespace Etalon {

Lab::Lab(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db)
    , m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

QString Lab::desk() const
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("?") : name;
}

QDate Lab::today()
{
    return m_clock.today(labTimeZone(setting(QStringLiteral("time_zone"))));
}

QDateTime Lab::localNow()
{
    return now().toTimeZone(labTimeZone(setting(QStringLiteral("time_zone"))));
}

QString Lab::setting(const QString& key, const QString& fallback)
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return v && !v->isNull() ? v->toString() : fallback;
}

Status Lab::setSetting(const QString& key, const QString& value)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, value});
    if (!r)
        return fail(r.error());
    return {};
}

bool Lab::isInitialised()
{
    return !setting(QStringLiteral("lab_name")).isEmpty();
}

Status Lab::logChange(const Session& session, const QString& action, const QString& entity, std::optional<Id> entityId,
                      const QJsonObject& before, const QJsonObject& after)
{
    Pending entry{
        now(),  session.name, action, entity, entityId ? std::optional<qint64>(qint64(*entityId)) : std::nullopt,
        before, after};
    if (m_depth == 0) // a caller running its own transaction writes the entry after its changes
        return m_audit.append(entry.at, entry.user, entry.action, entry.entity, entry.entityId, entry.before,
                              entry.after);
    m_pending.append(entry);
    return {};
}

Status Lab::markRowLog()
{
    auto last = m_db.scalar(QStringLiteral("SELECT max(id) FROM row_log"));
    if (!last)
        return fail(last.error());
    m_rowMark = last->toLongLong();
    return {};
}

Status Lab::flushEntries(std::optional<qint64> checkpointNumber)
{
    const QList<Pending> entries = std::exchange(m_pending, {});
    ETALON_TRY(m_db.holdChainLock());
    // The rows sealed by the last entry, and whether there is one: until the first, the schema's seeded rows wait.
    // The same read gives what the first entry follows.
    auto head = m_audit.head();
    if (!head)
        return fail(head.error());
    const qint64 sealed = head->seal.upto;
    const bool anyEntry = head->id > 0;
    if (!entries.isEmpty() && anyEntry && m_rowMark > sealed)
        return fail(Error::refused(QStringLiteral("lab_tampered"),
                                   Tr::tr("the lab holds changes made outside Etalon that no audit entry accounts for; "
                                          "nothing was written: run audit verify, and restore the lab from a backup")));
    AuditLog::Head last = *head;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Pending& e = entries[i];
        auto next = m_audit.appendAfter(last, e.at, e.user, e.action, e.entity, e.entityId, e.before, e.after,
                                        i + 1 == entries.size() ? checkpointNumber : std::nullopt);
        if (!next)
            return fail(next.error());
        last = *next;
    }
    if (!entries.isEmpty())
        return {};
    auto table = m_db.scalar(QStringLiteral("SELECT tbl FROM row_log WHERE id > ? ORDER BY id LIMIT 1"),
                             {std::max(m_rowMark, sealed)});
    if (!table)
        return fail(table.error());
    if (!table->isNull())
        return fail(Error::internal(Tr::tr("a change was about to be stored without an audit entry; nothing was "
                                           "written (table %1)")
                                        .arg(table->toString()),
                                    QStringLiteral("unaudited_change")));
    return {};
}

Status Lab::checkpoint(const QString& passphrase)
{
    auto number = m_audit.nextCheckpointNumber();
    if (!number)
        return fail(number.error());
    if (m_pending.isEmpty())
        return fail(Error::internal(Tr::tr("a checkpoint needs the entry that announces it")));
    ETALON_TRY(flushEntries(*number));
    return m_audit.checkpoint(now(), passphrase, *number);
}

Status Lab::requireRole(const Session& session, std::initializer_list<Role> roles)
{
    if (session.mustChangePassword)
        return fail(Error::permission(
            QStringLiteral("password_change_required"),
            Tr::tr("%1 must choose a new password first (etalon-cli user passwd)").arg(session.name)));
    for (Role r : roles) {
        if (session.role == r)
            return {};
    }
    QStringList names;
    for (Role r : roles)
        names.append(toName(r));
    return fail(
        Error::permission(QStringLiteral("permission_denied"),
                          QCoreApplication::translate("Etalon", "%1 (%2) may not do this; it needs the role: %3")
                              .arg(session.name, toName(session.role), names.join(QStringLiteral(" or ")))));
}

} // namespace Etalon
