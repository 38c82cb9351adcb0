// SPDX-License-Identifier: Apache-2.0
#include "db/Lab.h"

#include "core/Tr.h"

#include <QCoreApplication>

namespace Etalon {

Lab::Lab(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_audit(db)
{
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
    return m_audit.append(now(), session.name, action, entity,
                          entityId ? std::optional<qint64>(qint64(*entityId)) : std::nullopt, before, after);
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
