// SPDX-License-Identifier: Apache-2.0
#include "db/trust/SigningKeyService.h"

#include "core/Tr.h"
#include "db/trust/Signing.h"

#include <QJsonObject>

namespace Etalon {

bool SigningKeyService::hasKey()
{
    return Signing(m_lab.db()).hasKey();
}

Status SigningKeyService::create(const Session& session, const QString& passphrase)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    return m_lab.write([&]() -> Status {
        Signing signing(m_lab.db());
        ETALON_TRY(signing.createKey(passphrase));
        auto key = signing.publicKey();
        if (!key)
            return fail(key.error());
        return m_lab.logChange(session, QStringLiteral("signing.key-created"), QStringLiteral("lab"), std::nullopt, {},
                               QJsonObject{{QStringLiteral("fingerprint"), Signing::fingerprint(*key)}});
    });
}

Status SigningKeyService::changePassphrase(const Session& session, const QString& current, const QString& fresh)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    if (current == fresh)
        return fail(Error::badInput(QStringLiteral("new-signing-passphrase"),
                                    Tr::tr("the new signing passphrase is the same as the current one")));
    return m_lab.write([&]() -> Status {
        Signing signing(m_lab.db());
        if (auto changed = signing.changePassphrase(current, fresh); !changed) {
            Error e = changed.error();
            if (e.code == QStringLiteral("weak_password"))
                e.field = QStringLiteral("new-signing-passphrase");
            return fail(e);
        }
        auto key = signing.publicKey();
        if (!key)
            return fail(key.error());
        // The key is the same: the entry says which one, never anything of the passphrases.
        return m_lab.logChange(session, QStringLiteral("signing.passphrase-changed"), QStringLiteral("lab"),
                               std::nullopt, {},
                               QJsonObject{{QStringLiteral("fingerprint"), Signing::fingerprint(*key)}});
    });
}

} // namespace Etalon
