// SPDX-License-Identifier: Apache-2.0
#include "app/common/CsvFile.h"

#include "core/Tr.h"
#include "db/store/Database.h"

#include <QFile>
#include <QFileInfo>

namespace Etalon {

Result<QString> readCsvFile(const QString& path)
{
    constexpr qint64 maxBytes = 64 * 1024 * 1024;
    ETALON_TRY(Database::refuseOpenLabFile(path, QStringLiteral("file")));
    // A device or a pipe has no end to read to (/dev/zero).
    if (QFileInfo::exists(path) && !QFileInfo(path).isFile())
        return fail(Error::badInput(QStringLiteral("file"), Tr::tr("%1 is not a regular file").arg(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Error::badInput(QStringLiteral("file"), Tr::tr("cannot read %1: %2").arg(path, file.errorString())));
    if (file.size() > maxBytes)
        return fail(Error::badInput(QStringLiteral("file"), Tr::tr("%1 is larger than 64 MiB").arg(path)));
    QString text = QString::fromUtf8(file.readAll());
    // A spreadsheet that saved in a legacy code page gives bytes that are not UTF-8; refuse them rather
    // than import garbled Vietnamese.
    if (text.contains(QChar::ReplacementCharacter))
        return fail(Error::badInput(QStringLiteral("file"), Tr::tr("%1 is not UTF-8 text").arg(path)));
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

} // namespace Etalon
