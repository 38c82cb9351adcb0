// SPDX-License-Identifier: Apache-2.0
#include "db/programme/AdministrativeFormService.h"

#include "core/Tr.h"
#include "db/lab/UserService.h"

namespace Etalon {

Result<AdministrativeForm> AdministrativeFormService::form(const Session& session, const QString& number,
                                                           const QString& recipient)
{
    // A report to an authority is signed by the head of the lab or the manager signing for them, never a technician.
    ETALON_TRY(Lab::requireRole(session, {Role::Manager, Role::Admin}));
    AdministrativeForm f;
    f.governingBody = m_lab.setting(QStringLiteral("governing_body"));
    f.organisation = m_lab.setting(QStringLiteral("lab_name"));
    f.number = number.simplified();
    f.place = m_lab.setting(QStringLiteral("place_of_issue"), QStringLiteral("Tuyên Quang"));
    f.date = m_lab.today();
    // Reports on the programme go to the province's science and technology department unless told otherwise.
    f.recipient = recipient.simplified();
    if (f.recipient.isEmpty())
        f.recipient = !f.governingBody.isEmpty() ? f.governingBody
                                                 : QStringLiteral("Sở Khoa học và Công nghệ tỉnh %1").arg(f.place);
    if (f.number.size() > 60)
        return fail(Error::badInput(QStringLiteral("number"), Tr::tr("a document number has at most 60 characters")));
    if (f.recipient.size() > 300)
        return fail(Error::badInput(QStringLiteral("recipient"), Tr::tr("a recipient has at most 300 characters")));
    auto signatory = UserService(m_lab).fetchUser(session.name);
    if (!signatory)
        return fail(signatory.error());
    f.signatoryName = signatory->fullName.isEmpty() ? signatory->name : signatory->fullName;
    f.signatoryTitle = signatory->signatoryTitle();
    if (f.signatoryTitle.isEmpty())
        f.signatoryTitle = m_lab.setting(QStringLiteral("approver_title"), QStringLiteral("GIÁM ĐỐC"));
    return f;
}

} // namespace Etalon
