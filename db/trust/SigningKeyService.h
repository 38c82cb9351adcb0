// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"

namespace Etalon {

/**
 * The lab's signing passphrase: what unlocks the key that signs certificates and audit checkpoints. It is chosen
 * when the lab is created (or, for a lab made without one, at its first certificate) and only an admin changes it;
 * the key stays the same, so everything it signed still verifies.
 */
class SigningKeyService final
{
public:
    explicit SigningKeyService(Lab& lab)
        : m_lab(lab)
    {
    }

    bool hasKey();
    /** Makes the lab's key under \a passphrase (admin); refused when the lab has one. */
    Status create(const Session& session, const QString& passphrase);
    /** Encrypts the key under \a fresh instead of \a current (admin); a wrong \a current is a permission error. */
    Status changePassphrase(const Session& session, const QString& current, const QString& fresh);

private:
    Lab& m_lab;
};

} // namespace Etalon
