// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QString>

namespace Etalon::Passwords {

/**
 * Argon2id hash (libsodium crypto_pwhash_str, interactive limits) in its self-describing text form, of the password
 * in Unicode normalisation form C: “mật khẩu” typed with composed or combining accents is the same password.
 */
Result<QString> hash(const QString& password);
/** True when \a password matches \a storedHash (also as typed, for hashes made before normalisation). */
bool verify(const QString& storedHash, const QString& password);
/**
 * Refuses passwords too weak to protect signed legal records: libpwquality's checks with its cracklib dictionary
 * (at least 8 characters of two kinds, no dictionary word, nothing too systematic), and none holding the user's name
 * \a userName in any case. The message says which rule failed, naming the field \a field.
 */
Status checkStrength(const QString& password, const QString& userName = QString(),
                     const QString& field = QStringLiteral("password"));

} // namespace Etalon::Passwords
