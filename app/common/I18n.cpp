// SPDX-License-Identifier: Apache-2.0
#include "app/common/I18n.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QTranslator>

namespace Etalon::I18n {

QString install(const QString& language, const QString& fallback)
{
    QString wanted = language.isEmpty() ? qEnvironmentVariable("ETALON_LANG") : language;
    if (wanted.isEmpty())
        wanted = fallback == QStringLiteral("system") ? QLocale::system().name().left(2) : fallback;
    const QString code = wanted.startsWith(QStringLiteral("vi")) ? QStringLiteral("vi") : QStringLiteral("en");
    // Etalon's words and those of Qt's own dialogs, each a child of the application; switching replaces both.
    static QList<QTranslator*> current;
    for (QTranslator* t : std::as_const(current)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    current.clear();
    for (const QString& file :
         {QStringLiteral(":/i18n/etalon_%1.qm").arg(code), QStringLiteral(":/i18n/qt_%1.qm").arg(code)}) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(file)) {
            QCoreApplication::installTranslator(translator);
            current.append(translator);
        } else {
            delete translator; // English needs none of Qt's
        }
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
