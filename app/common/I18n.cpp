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
    // One translator for the life of the program; it is a child of the application.
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/etalon_%1.qm").arg(code)))
        QCoreApplication::installTranslator(translator);
    if (code == QStringLiteral("vi"))
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    return code;
}

} // namespace Etalon::I18n
