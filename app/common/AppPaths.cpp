// SPDX-License-Identifier: Apache-2.0
#include "app/common/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace Etalon::AppPaths {

QString defaultDatabase()
{
    const QString fromEnv = qEnvironmentVariable("ETALON_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    dir += QStringLiteral("/Etalon");
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("lab.etalon"));
}

} // namespace Etalon::AppPaths
