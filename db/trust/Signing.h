// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "db/store/Database.h"

#include <QByteArray>

namespace Etalon {

/**
 * The lab's Ed25519 signing key (libsodium). The private key is stored only encrypted under a passphrase
 * (Argon2id key derivation, XSalsa20-Poly1305), so a copy of the database file alone cannot sign.
 */
class Signing final
{
public:
    explicit Signing(Database& db)
        : m_db(db)
    {
    }

    bool hasKey();
    /** Makes the key pair, encrypted under \a passphrase; refused when one exists. Call inside a transaction. */
    Status createKey(const QString& passphrase);
    /**
     * Encrypts the same key under \a fresh instead of \a current (a wrong one is a permission error): what it
     * signed stays verifiable. Call inside a transaction.
     */
    Status changePassphrase(const QString& current, const QString& fresh);
    /** The public key (32 bytes); not found when none was made. */
    Result<QByteArray> publicKey();
    /** Signs \a message (detached, 64 bytes); a wrong passphrase is a permission error. */
    Result<QByteArray> sign(const QByteArray& message, const QString& passphrase);
    static bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);
    /** The SHA-256 of a public key, in hex: what checkpoints name the key by. */
    static QString fingerprint(const QByteArray& publicKey);

private:
    /** The secret key, opened with \a passphrase, and the id of its row. */
    Result<std::pair<qint64, QByteArray>> openSecretKey(const QString& passphrase);
    static Status checkStrength(const QString& passphrase);
    /** \a secretKey encrypted under \a passphrase: box, salt, nonce, base64. */
    static Result<QStringList> seal(const QByteArray& secretKey, const QString& passphrase);

    Database& m_db;
};

} // namespace Etalon
