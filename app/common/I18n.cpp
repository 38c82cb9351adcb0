// SPDX-License-Identifier: Apache-2.0
#include "app/common/I18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Etalon::I18n {

QString install(const QString& language, const QString& fallback)
{
    QString wanted = language.isEmpty() ? qEnvironmentVariable("ETALON_LANG") : language;
    if (wanted.isEmpty())
        wanted = fallback == QStringLiteral("system") ? QLocale::system().name().left(2) : fallback;
    const QString code = wanted.startsWith(QStringLiteral("vi")) ? QStringLiteral("vi") : QStringLiteral("en");
    // One translator at a time, a child of the application; switching replaces it.
    static QTranslator* current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/etalon_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(translator);
        current = translator;
    } else {
        delete translator;
    }
    // Vietnamese number and date formats with the Vietnamese interface; English ones otherwise.
    QLocale::setDefault(code == QStringLiteral("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                     : QLocale(QLocale::English, QLocale::UnitedKingdom));
    return code;
}

QString current()
{
    return QLocale().language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

} // namespace Etalon::I18n
