// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QIODevice>
#include <QStringList>

namespace Etalon {

/** RFC 4180 CSV in UTF-8 with a byte-order mark, so spreadsheet programs show Vietnamese text right. */
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice* out);
    Status writeRow(const QStringList& fields);
    static QString quote(const QString& field);

private:
    QIODevice* m_out;
    bool m_started = false;
};

} // namespace Etalon
