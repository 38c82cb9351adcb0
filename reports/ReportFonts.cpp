// SPDX-License-Identifier: Apache-2.0
#include "reports/ReportFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace Etalon::ReportFonts {

QString family()
{
    static const QString name = [] {
        const int regular = QFontDatabase::addApplicationFont(QStringLiteral(":/etalon/fonts/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/etalon/fonts/DejaVuSans-Bold.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(regular);
        return families.isEmpty() ? QStringLiteral("DejaVu Sans") : families.first();
    }();
    return name;
}

QFont font(double points, bool bold)
{
    QFont f(family());
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace Etalon::ReportFonts
