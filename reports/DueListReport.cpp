// SPDX-License-Identifier: Apache-2.0
#include "reports/DueListReport.h"

#include "reports/CsvWriter.h"

namespace Etalon::DueListReport {

Status writeCsv(QIODevice* out, const QList<DueItem>& items)
{
    CsvWriter csv(out);
    ETALON_TRY(csv.writeRow({QStringLiteral("kind"), QStringLiteral("track"), QStringLiteral("status"),
                             QStringLiteral("id"), QStringLiteral("serial"), QStringLiteral("name"),
                             QStringLiteral("owner"), QStringLiteral("due_date"), QStringLiteral("days_left"),
                             QStringLiteral("not_fit_for_use"), QStringLiteral("unfit")}));
    for (const DueItem& item : items) {
        ETALON_TRY(csv.writeRow({item.kind, item.track, item.status, QString::number(item.id), item.serial, item.name,
                                 item.owner, item.dueDate.toString(Qt::ISODate), QString::number(item.daysLeft),
                                 item.notFitForUse() ? QStringLiteral("yes") : QStringLiteral("no"), item.unfit}));
    }
    return {};
}

} // namespace Etalon::DueListReport
