// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Result.h"
#include "db/AuditLog.h"
#include "db/Database.h"

#include <QJsonObject>

#include <initializer_list>

namespace Etalon {

/** Who is acting: every use case takes one and checks the role it needs. */
struct Session
{
    Id userId = 0;
    QString name;
    Role role = Role::Auditor;
    bool mustChangePassword = false; ///< after an admin's reset: nothing but a new password until then
};

/**
 * The context every use case runs in: the database, the clock, the lab's settings and the audit
 * trail. `write()` runs a use case as one transaction that commits whole or not at all.
 */
class Lab final
{
public:
    explicit Lab(Database& db, const Clock& clock = Clock::system());

    Database& db() { return m_db; }
    AuditLog& audit() { return m_audit; }
    const Clock& clock() const { return m_clock; }
    QDateTime now() const { return m_clock.nowUtc(); }
    /** Today in the lab's time zone (setting "time_zone", Asia/Ho_Chi_Minh by default). */
    QDate today();
    /** Now in the lab's time zone, for what reports print. */
    QDateTime localNow();
    QString nowText() const { return now().toString(Qt::ISODateWithMs); }

    QString setting(const QString& key, const QString& fallback = QString());
    Status setSetting(const QString& key, const QString& value);
    bool isInitialised();

    /** Runs \a body inside BEGIN IMMEDIATE … COMMIT; any failure rolls everything back. */
    template <typename F>
    auto write(F&& body) -> decltype(body())
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return fail(tx.beginError());
        auto result = body();
        if (!result)
            return result;
        auto committed = tx.commit();
        if (!committed)
            return fail(committed.error());
        return result;
    }

    /** Writes an audit entry for \a session's change; call inside write(). */
    Status logChange(const Session& session, const QString& action, const QString& entity, std::optional<Id> entityId,
                     const QJsonObject& before, const QJsonObject& after);

    static Status requireRole(const Session& session, std::initializer_list<Role> roles);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog m_audit;
};

} // namespace Etalon
