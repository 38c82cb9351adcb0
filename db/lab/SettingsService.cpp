// SPDX-License-Identifier: Apache-2.0
#include "db/lab/SettingsService.h"

#include "core/Domain.h"
#include "core/Tr.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Etalon {

namespace {

Status validate(const QString& key, const QString& value)
{
    auto bad = [&](const QString& why) { return fail(Error::badInput(key, why)); };
    if (key == QStringLiteral("time_zone") && !QTimeZone::isTimeZoneIdAvailable(value.toUtf8()))
        return bad(Tr::tr("“%1” is not a time zone (e.g. Asia/Ho_Chi_Minh)").arg(value));
    if (key == QStringLiteral("lockout_attempts") || key == QStringLiteral("lockout_minutes")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0 || n > 1440)
            return bad(Tr::tr("%1 is a whole number from 0 to 1440 (0: never lock)").arg(key));
    }
    if (key == QStringLiteral("max_calibration_validity_months")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > 240)
            return bad(Tr::tr("%1 is a whole number of months from 1 to 240").arg(key));
    }
    if (key == QStringLiteral("logo")) {
        // The logo is kept as base64 PNG in the database, so every PC prints the same.
        const QByteArray png = QByteArray::fromBase64(value.toLatin1());
        if (!png.startsWith("\x89PNG\r\n\x1a\n") || png.size() > 512 * 1024)
            return bad(Tr::tr("the logo is a PNG image of at most 512 KiB"));
    }
    if (key == QStringLiteral("certificate_pattern") && !value.contains(QStringLiteral("{seq")))
        return bad(Tr::tr("the certificate number pattern needs {seq} (e.g. {seq:04}-{yy} or {year}/{seq:05})"));
    if ((key == QStringLiteral("allow_self_approval") || key == QStringLiteral("budget_annex") ||
         key == QStringLiteral("national_heading")) &&
        value != u'0' && value != u'1')
        return bad(Tr::tr("%1 is 0 or 1").arg(key));
    static const QRegularExpression prefix(QStringLiteral("^[A-Z0-9-]{1,12}$"));
    if (key == QStringLiteral("serial_prefix") && !prefix.match(value).hasMatch())
        return bad(Tr::tr("the serial prefix has 1 to 12 capital letters, digits or dashes"));
    if (key == QStringLiteral("lab_name") && value.trimmed().isEmpty())
        return bad(Tr::tr("the lab's name is required"));
    return {};
}

} // namespace

QStringList SettingsService::keys()
{
    return {QStringLiteral("lab_name"),
            QStringLiteral("lab_address"),
            QStringLiteral("designation_number"),
            QStringLiteral("place_of_issue"),
            QStringLiteral("time_zone"),
            QStringLiteral("allow_self_approval"),
            QStringLiteral("serial_prefix"),
            QStringLiteral("budget_annex"),
            QStringLiteral("certificate_pattern"),
            QStringLiteral("approver_title"),
            QStringLiteral("national_heading"),
            QStringLiteral("governing_body"),
            QStringLiteral("lab_email"),
            QStringLiteral("logo"),
            QStringLiteral("lockout_attempts"),
            QStringLiteral("lockout_minutes"),
            QStringLiteral("max_calibration_validity_months")};
}

Result<QMap<QString, QString>> SettingsService::all()
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    if (!q)
        return fail(q.error());
    QMap<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

Status SettingsService::setAll(const Session& session, const QList<std::pair<QString, QString>>& values)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    return m_lab.write([&]() -> Status {
        for (const auto& [key, value] : values)
            ETALON_TRY(set(session, key, value));
        return {};
    });
}

Status SettingsService::set(const Session& session, const QString& key, const QString& value)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    if (!keys().contains(key))
        return fail(Error::badInput(QStringLiteral("key"),
                                    Tr::tr("“%1” is not a setting; the settings are: %2").arg(key, keys().join(u", ")),
                                    QStringLiteral("unknown_setting")));
    if (key != QStringLiteral("logo"))
        ETALON_TRY(checkText(value, key, 300));
    ETALON_TRY(validate(key, value));
    return m_lab.write([&]() -> Status {
        const QString before = m_lab.setting(key);
        ETALON_TRY(m_lab.setSetting(key, value.trimmed()));
        return m_lab.logChange(session, QStringLiteral("settings.set"), QStringLiteral("setting"), std::nullopt,
                               QJsonObject{{key, before}}, QJsonObject{{key, value.trimmed()}});
    });
}

} // namespace Etalon
