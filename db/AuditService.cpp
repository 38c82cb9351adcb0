// SPDX-License-Identifier: Apache-2.0
#include "db/AuditService.h"

#include "core/Tr.h"
#include "db/AuditCrossCheck.h"
#include "db/Signing.h"

namespace Etalon {

Result<AuditVerification> AuditService::verify()
{
    Signing signing(m_lab.db());
    QByteArray key;
    if (signing.hasKey()) {
        auto k = signing.publicKey();
        if (!k)
            return fail(k.error());
        key = *k;
    }
    auto result = AuditLog(m_lab.db()).verify(key);
    if (!result || result->firstBreak)
        return result;
    auto domain = checkDomainAgainstTrail(m_lab.db());
    if (!domain)
        return fail(domain.error());
    result->domainChecked = domain->checked;
    result->domainMismatch = domain->firstMismatch;
    return result;
}

Status AuditService::checkpoint(const Session& session, const QString& passphrase)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager, Role::Admin}));
    if (!Signing(m_lab.db()).hasKey())
        return fail(
            Error::refused(QStringLiteral("no_key"),
                           Tr::tr("the lab has no signing key yet; it is made when the first certificate is issued")));
    return m_lab.write([&]() -> Status {
        ETALON_TRY(
            m_lab.logChange(session, QStringLiteral("audit.checkpoint"), QStringLiteral("lab"), std::nullopt, {}, {}));
        return AuditLog(m_lab.db()).checkpoint(m_lab.now(), passphrase);
    });
}

} // namespace Etalon
