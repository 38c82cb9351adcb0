// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/AuditLog.h"
#include "db/Lab.h"

namespace Etalon {

/** Checking the audit trail, and anchoring it with checkpoints signed by the lab's key. */
class AuditService final
{
public:
    explicit AuditService(Lab& lab)
        : m_lab(lab)
    {
    }

    /** The chain, and every signed checkpoint against the lab's public key. */
    Result<AuditVerification> verify();
    /** Signs the chain's head now (run at least daily; issuing a certificate does it too). */
    Status checkpoint(const Session& session, const QString& passphrase);

private:
    Lab& m_lab;
};

} // namespace Etalon
