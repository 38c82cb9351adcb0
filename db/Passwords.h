// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QString>

namespace Etalon::Passwords {

/** Argon2id hash (libsodium crypto_pwhash_str, interactive limits) in its self-describing text form. */
Result<QString> hash(const QString& password);
/** True when \a password matches \a storedHash. */
bool verify(const QString& storedHash, const QString& password);
/** Refuses passwords too short to protect signed legal records. */
Status checkStrength(const QString& password);

} // namespace Etalon::Passwords
