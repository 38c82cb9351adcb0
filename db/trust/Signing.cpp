// SPDX-License-Identifier: Apache-2.0
#include "db/trust/Signing.h"

#include "core/Tr.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <sodium.h>

namespace Etalon {

namespace {

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

Result<QByteArray> deriveKey(const QString& passphrase, const QByteArray& salt)
{
    QByteArray key(crypto_secretbox_KEYBYTES, '\0');
    const QByteArray utf8 = passphrase.toUtf8();
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), quint64(key.size()), utf8.constData(),
                      quint64(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(Error::internal(Tr::tr("out of memory while deriving the signing key")));
    return key;
}

} // namespace

bool Signing::hasKey()
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM signing_keys")).value_or(0).toInt() > 0;
}

Status Signing::checkStrength(const QString& passphrase)
{
    if (passphrase.size() < 8)
        return fail(Error::badInput(QStringLiteral("signing-passphrase"),
                                    Tr::tr("the signing passphrase must have at least 8 characters"),
                                    QStringLiteral("weak_password")));
    return {};
}

Result<QStringList> Signing::seal(const QByteArray& secretKey, const QString& passphrase)
{
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    auto key = deriveKey(passphrase, salt);
    if (!key)
        return fail(key.error());
    QByteArray box(crypto_secretbox_MACBYTES + secretKey.size(), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()),
                          reinterpret_cast<const unsigned char*>(secretKey.constData()), quint64(secretKey.size()),
                          reinterpret_cast<const unsigned char*>(nonce.constData()),
                          reinterpret_cast<const unsigned char*>(key->constData()));
    return QStringList{QString::fromLatin1(box.toBase64()), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(nonce.toBase64())};
}

Status Signing::createKey(const QString& passphrase)
{
    if (!ready())
        return fail(Error::internal(Tr::tr("the cryptography library failed to start")));
    ETALON_TRY(checkStrength(passphrase));
    if (hasKey())
        return fail(Error::refused(QStringLiteral("key_exists"), Tr::tr("the lab already has a signing key")));
    // A lab that signed before and has no key lost it: a new one would sign on as if nothing happened.
    auto signedBefore = m_db.scalar(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM certificates) + (SELECT COUNT(*) FROM audit_checkpoints) + (SELECT COUNT(*) "
        "FROM row_log WHERE tbl = 'signing_keys')"));
    if (!signedBefore)
        return fail(signedBefore.error());
    if (signedBefore->toLongLong() > 0)
        return fail(Error::refused(QStringLiteral("signing_key_missing"),
                                   Tr::tr("the lab's signing key is missing though the lab has signed with it; restore "
                                          "the lab from a backup (audit verify shows what else changed)")));
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                        reinterpret_cast<unsigned char*>(secretKey.data()));
    auto sealed = seal(secretKey, passphrase);
    sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    if (!sealed)
        return fail(sealed.error());
    auto r = m_db.exec(
        QStringLiteral(
            "INSERT INTO signing_keys (public_key, secret_box, salt, nonce, created_at) VALUES (?, ?, ?, ?, ?)"),
        {QString::fromLatin1(publicKey.toBase64()), sealed->at(0), sealed->at(1), sealed->at(2),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!r)
        return fail(r.error());
    return {};
}

Status Signing::changePassphrase(const QString& current, const QString& fresh)
{
    if (!ready())
        return fail(Error::internal(Tr::tr("the cryptography library failed to start")));
    ETALON_TRY(checkStrength(fresh));
    auto opened = openSecretKey(current);
    if (!opened)
        return fail(opened.error());
    auto sealed = seal(opened->second, fresh);
    sodium_memzero(opened->second.data(), size_t(opened->second.size()));
    if (!sealed)
        return fail(sealed.error());
    auto r = m_db.exec(QStringLiteral("UPDATE signing_keys SET secret_box = ?, salt = ?, nonce = ? WHERE id = ?"),
                       {sealed->at(0), sealed->at(1), sealed->at(2), opened->first});
    if (!r)
        return fail(r.error());
    return {};
}

Result<QByteArray> Signing::publicKey()
{
    auto v = m_db.scalar(QStringLiteral("SELECT public_key FROM signing_keys ORDER BY id DESC LIMIT 1"));
    if (!v)
        return fail(v.error());
    if (v->isNull())
        return fail(Error::notFound(QStringLiteral("key"),
                                    Tr::tr("the lab has no signing key yet; it is made when the first "
                                           "certificate is issued")));
    return QByteArray::fromBase64(v->toString().toLatin1());
}

Result<std::pair<qint64, QByteArray>> Signing::openSecretKey(const QString& passphrase)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, secret_box, salt, nonce FROM signing_keys ORDER BY id DESC LIMIT 1"));
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("key"), Tr::tr("the lab has no signing key")));
    const qint64 id = q->value(0).toLongLong();
    const QByteArray box = QByteArray::fromBase64(q->value(1).toString().toLatin1());
    const QByteArray salt = QByteArray::fromBase64(q->value(2).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(q->value(3).toString().toLatin1());
    auto key = deriveKey(passphrase, salt);
    if (!key)
        return fail(key.error());
    if (box.size() < int(crypto_secretbox_MACBYTES))
        return fail(Error::permission(QStringLiteral("wrong_passphrase"), Tr::tr("wrong signing passphrase")));
    QByteArray secretKey(box.size() - int(crypto_secretbox_MACBYTES), '\0');
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(secretKey.data()),
                                   reinterpret_cast<const unsigned char*>(box.constData()), quint64(box.size()),
                                   reinterpret_cast<const unsigned char*>(nonce.constData()),
                                   reinterpret_cast<const unsigned char*>(key->constData())) != 0)
        return fail(Error::permission(QStringLiteral("wrong_passphrase"), Tr::tr("wrong signing passphrase")));
    return std::pair{id, secretKey};
}

Result<QByteArray> Signing::sign(const QByteArray& message, const QString& passphrase)
{
    if (!ready())
        return fail(Error::internal(Tr::tr("the cryptography library failed to start")));
    auto opened = openSecretKey(passphrase);
    if (!opened)
        return fail(opened.error());
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char*>(opened->second.constData()));
    sodium_memzero(opened->second.data(), size_t(opened->second.size()));
    return signature;
}

QString Signing::fingerprint(const QByteArray& publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
}

bool Signing::verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey)
{
    if (!ready() || signature.size() != int(crypto_sign_BYTES) || publicKey.size() != int(crypto_sign_PUBLICKEYBYTES))
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

} // namespace Etalon
