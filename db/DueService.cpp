// SPDX-License-Identifier: Apache-2.0
#include "db/DueService.h"

#include "core/DueDate.h"

#include <QCoreApplication>

namespace Etalon {

Result<QList<DueItem>> DueService::dueList(const QDate& asOf, int withinDays, DueScope scope, int limit)
{
    if (withinDays < 0 || withinDays > 3660)
        return fail(Error::badInput(QStringLiteral("within"),
                                    QCoreApplication::translate("Etalon", "--within takes 0 to 3660 days")));
    const QString until = asOf.addDays(withinDays).toString(Qt::ISODate);
    QList<DueItem> out;
    auto collect = [&](const QString& sql, const QString& kind) -> Status {
        auto q = m_lab.db().exec(sql, {until, limit});
        if (!q)
            return fail(q.error());
        while (q->next()) {
            DueItem item;
            item.kind = kind;
            item.id = q->value(0).toLongLong();
            item.serial = q->value(1).toString();
            item.name = q->value(2).toString();
            item.owner = q->value(3).toString();
            item.dueDate = QDate::fromString(q->value(4).toString(), Qt::ISODate);
            item.daysLeft = daysLeft(item.dueDate, asOf);
            out.append(item);
        }
        return {};
    };
    if (scope != DueScope::Instruments)
        ETALON_TRY(collect(QStringLiteral("SELECT s.id, s.serial, s.name, '', s.valid_until FROM standards s WHERE "
                                          "s.status <> 'retired' AND s.valid_until IS NOT NULL AND s.valid_until <= ? "
                                          "ORDER BY s.valid_until LIMIT ?"),
                           QStringLiteral("standard")));
    if (scope != DueScope::Standards)
        ETALON_TRY(
            collect(QStringLiteral("SELECT i.id, i.serial, t.name_vi, o.name, i.next_due FROM instruments i "
                                   "JOIN instrument_types t ON t.code = i.type_code "
                                   "JOIN organisations o ON o.id = i.owner_id "
                                   "WHERE i.next_due IS NOT NULL AND i.next_due <= ? ORDER BY i.next_due LIMIT ?"),
                    QStringLiteral("instrument")));
    std::stable_sort(out.begin(), out.end(), [](const DueItem& a, const DueItem& b) { return a.dueDate < b.dueDate; });
    return out;
}

} // namespace Etalon
