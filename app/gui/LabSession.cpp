// SPDX-License-Identifier: Apache-2.0
#include "app/gui/LabSession.h"

#include "core/Tr.h"
#include "db/lab/UserService.h"
#include "db/postgres/ConnectionUri.h"

#include <QFileInfo>

namespace Etalon {

Result<std::unique_ptr<LabSession>> LabSession::open(const QString& path, const QString& user, const QString& password,
                                                     const Clock& clock, const QString& serverPassword)
{
    if (!Postgres::isServerUri(path) && !QFileInfo::exists(path))
        return fail(Error::notFound(QStringLiteral("lab"), Tr::tr("there is no lab database at %1").arg(path)));
    std::unique_ptr<LabSession> s(new LabSession);
    s->m_db = std::make_unique<Database>();
    s->m_db->setServerPassword(serverPassword);
    ETALON_TRY(s->m_db->open(path, false));
    s->m_lab = std::make_unique<Lab>(*s->m_db, clock);
    if (!s->m_lab->isInitialised())
        return fail(
            Error::refused(QStringLiteral("not_initialised"),
                           Tr::tr("%1 is not an Etalon lab yet; create it with etalon-cli init").arg(s->m_db->path()),
                           QStringLiteral("lab")));
    auto signedIn = UserService(*s->m_lab).signIn(user.trimmed(), password);
    if (!signedIn)
        return fail(signedIn.error());
    s->m_session = *signedIn;
    return s;
}

bool LabSession::hasRole(std::initializer_list<Role> roles) const
{
    for (Role r : roles)
        if (m_session.role == r)
            return true;
    return false;
}

} // namespace Etalon
