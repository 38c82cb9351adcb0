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
    auto collect = [&](const QString& sql, const QString& kind, const QString& track, bool failed) -> Status {
        auto q =
            m_lab.db().exec(sql, failed ? QVariantList{asOf.toString(Qt::ISODate), limit} : QVariantList{until, limit});
        if (!q)
            return fail(q.error());
        while (q->next()) {
            DueItem item;
            item.kind = kind;
            item.track = track;
            item.id = q->value(0).toLongLong();
            item.serial = q->value(1).toString();
            item.name = q->value(2).toString();
            item.owner = q->value(3).toString();
            item.dueDate = QDate::fromString(q->value(4).toString(), Qt::ISODate);
            item.daysLeft = daysLeft(item.dueDate, asOf);
            item.status = failed ? QStringLiteral("failed")
                                 : (item.daysLeft < 0 ? QStringLiteral("overdue") : QStringLiteral("due"));
            out.append(item);
        }
        return {};
    };
    const QString instruments = QStringLiteral("SELECT i.id, i.serial, t.name_vi, o.name, %1 FROM instruments i "
                                               "JOIN instrument_types t ON t.code = i.type_code "
                                               "JOIN organisations o ON o.id = i.owner_id %2 LIMIT ?");
    if (scope != DueScope::Instruments)
        ETALON_TRY(collect(QStringLiteral("SELECT s.id, s.serial, s.name, '', s.valid_until FROM standards s WHERE "
                                          "s.status <> 'retired' AND s.valid_until IS NOT NULL AND s.valid_until <= ? "
                                          "ORDER BY s.valid_until LIMIT ?"),
                           QStringLiteral("standard"), QStringLiteral("standard"), false));
    if (scope != DueScope::Standards) {
        // Found not fit for use: listed whatever the window, from the date of the failing work, until re-verified.
        ETALON_TRY(collect(instruments.arg(QStringLiteral("(SELECT date FROM records WHERE id = i.failed_record_id)"),
                                           QStringLiteral("WHERE i.failed_record_id IS NOT NULL AND (SELECT date "
                                                          "FROM records WHERE id = i.failed_record_id) <= ? "
                                                          "ORDER BY i.id")),
                           QStringLiteral("instrument"), QStringLiteral("legal"), true));
        ETALON_TRY(collect(instruments.arg(QStringLiteral("i.next_due"),
                                           QStringLiteral("WHERE i.next_due IS NOT NULL AND i.next_due <= ? AND "
                                                          "i.failed_record_id IS NULL ORDER BY i.next_due")),
                           QStringLiteral("instrument"), QStringLiteral("legal"), false));
        ETALON_TRY(collect(instruments.arg(QStringLiteral("i.calibration_due"),
                                           QStringLiteral("WHERE i.calibration_due IS NOT NULL AND i.calibration_due "
                                                          "<= ? ORDER BY i.calibration_due")),
                           QStringLiteral("instrument"), QStringLiteral("calibration"), false));
    }
    std::stable_sort(out.begin(), out.end(), [](const DueItem& a, const DueItem& b) { return a.dueDate < b.dueDate; });
    return out;
}

} // namespace Etalon
