// SPDX-License-Identifier: Apache-2.0
#include "db/Passwords.h"

#include <QCoreApplication>

#include <sodium.h>

namespace Etalon::Passwords {

namespace {

bool initialised()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

Result<QString> hash(const QString& password)
{
    if (!initialised())
        return fail(Error::internal(QCoreApplication::translate("Etalon", "the cryptography library failed to start")));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return fail(Error::internal(QCoreApplication::translate("Etalon", "out of memory while hashing the password")));
    return QString::fromLatin1(out);
}

bool verify(const QString& storedHash, const QString& password)
{
    if (!initialised())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

Status checkStrength(const QString& password)
{
    // At least 8 characters of at least two kinds (letters, digits, other signs).
    bool letter = false, digit = false, other = false;
    for (QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
        other = other || (!c.isLetterOrNumber() && !c.isSpace());
    }
    if (password.size() < 8 || int(letter) + int(digit) + int(other) < 2)
        return fail(Error::badInput(QStringLiteral("password"),
                                    QCoreApplication::translate("Etalon",
                                                                "the password must have at least 8 characters, of at "
                                                                "least two kinds (letters, digits, signs)"),
                                    QStringLiteral("weak_password")));
    return {};
}
} // namespace Etalon::Passwords
