// SPDX-License-Identifier: Apache-2.0
#include "db/lab/Passwords.h"

#include <QCoreApplication>

#include <sodium.h>

#if ETALON_HAVE_PWQUALITY
#include <pwquality.h>

#include <memory>
#endif

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
    const QByteArray utf8 = password.normalized(QString::NormalizationForm_C).toUtf8();
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
    const auto matches = [&](const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    };
    const QString nfc = password.normalized(QString::NormalizationForm_C);
    return matches(nfc) || (nfc != password && matches(password));
}

Status checkStrength(const QString& password, const QString& userName, const QString& field)
{
    const QString nfc = password.normalized(QString::NormalizationForm_C);
    const auto refuse = [&](const QString& why) {
        return fail(Error::badInput(field, why, QStringLiteral("weak_password")));
    };
    // Bytes that are not UTF-8 all decode to U+FFFD: different passwords would be one.
    if (nfc.contains(QChar::ReplacementCharacter) || !nfc.isValidUtf16())
        return refuse(QCoreApplication::translate("Etalon", "the password is not valid UTF-8 text"));
    if (userName.size() >= 3 && nfc.contains(userName, Qt::CaseInsensitive))
        return refuse(QCoreApplication::translate("Etalon", "the password must not contain the user name"));
    // At least 8 characters of at least two kinds (letters, digits, other signs), wherever the checker runs.
    bool letter = false, digit = false, other = false;
    for (QChar c : nfc) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
        other = other || (!c.isLetterOrNumber() && !c.isSpace());
    }
    if (nfc.size() < 8 || int(letter) + int(digit) + int(other) < 2)
        return refuse(QCoreApplication::translate("Etalon",
                                                  "the password must have at least 8 characters, of at "
                                                  "least two kinds (letters, digits, signs)"));
#if ETALON_HAVE_PWQUALITY
    const std::unique_ptr<pwquality_settings_t, decltype(&pwquality_free_settings)> settings(
        pwquality_default_settings(), &pwquality_free_settings);
    if (!settings)
        return fail(
            Error::internal(QCoreApplication::translate("Etalon", "out of memory while checking the password")));
    pwquality_set_int_value(settings.get(), PWQ_SETTING_MIN_LENGTH, 8);
    const QByteArray utf8 = nfc.toUtf8(), user = userName.toUtf8();
    void* detail = nullptr;
    const int score = pwquality_check(settings.get(), utf8.constData(), nullptr,
                                      user.isEmpty() ? nullptr : user.constData(), &detail);
    if (score >= 0)
        return {};
    char text[PWQ_MAX_ERROR_MESSAGE_LEN];
    const QString checker = QString::fromUtf8(pwquality_strerror(text, sizeof text, score, detail));
    switch (score) {
    case PWQ_ERROR_CRACKLIB_CHECK:
    case PWQ_ERROR_BAD_WORDS:
        return refuse(
            QCoreApplication::translate("Etalon", "the password is a dictionary word or too simple (%1)").arg(checker));
    case PWQ_ERROR_USER_CHECK:
    case PWQ_ERROR_GECOS_CHECK:
        return refuse(QCoreApplication::translate("Etalon", "the password must not contain the user name"));
    case PWQ_ERROR_PALINDROME:
    case PWQ_ERROR_MAX_CONSECUTIVE:
    case PWQ_ERROR_MAX_SEQUENCE:
    case PWQ_ERROR_MAX_CLASS_REPEAT:
    case PWQ_ERROR_ROTATED:
    case PWQ_ERROR_CASE_CHANGES_ONLY:
        return refuse(QCoreApplication::translate("Etalon", "the password is too systematic (%1)").arg(checker));
    case PWQ_ERROR_MEM_ALLOC:
    case PWQ_ERROR_FATAL_FAILURE:
        return fail(
            Error::internal(QCoreApplication::translate("Etalon", "the password checker failed: %1").arg(checker)));
    default:
        return refuse(QCoreApplication::translate("Etalon", "the password is too weak (%1)").arg(checker));
    }
#else
    return {};
#endif
}
} // namespace Etalon::Passwords
