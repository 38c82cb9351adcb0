// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"
#include "db/store/Database.h"

#include <initializer_list>
#include <memory>

namespace Etalon {

/**
 * An open lab and the user signed in to it: what every page of the desktop client works with. Each
 * use case still checks the role itself; the client only hides what the user may not do.
 */
class LabSession final
{
public:
    /**
     * Opens \a path (never creating it) and signs \a user in; the error is the one the user sees. A server lab's
     * database password, when neither its URI, PGPASSWORD nor ~/.pgpass gives it, is \a serverPassword.
     */
    static Result<std::unique_ptr<LabSession>> open(const QString& path, const QString& user, const QString& password,
                                                    const Clock& clock = Clock::system(),
                                                    const QString& serverPassword = QString());

    Database& db() { return *m_db; }
    Lab& lab() { return *m_lab; }
    const Session& session() const { return m_session; }
    void setSession(const Session& session) { m_session = session; }
    QString path() const { return m_db->path(); }
    bool isDemo() { return m_lab->setting(QStringLiteral("demo")) == u'1'; }
    bool hasRole(std::initializer_list<Role> roles) const;

private:
    LabSession() = default;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Lab> m_lab;
    Session m_session;
};

} // namespace Etalon
