// SPDX-License-Identifier: Apache-2.0
#include "db/records/DueService.h"

#include "core/DueDate.h"

#include <QCoreApplication>

namespace Etalon {

Result<QList<DueItem>> DueService::dueList(const QDate& asOf, int withinDays, DueScope scope, int limit)
{
    if (withinDays < 0 || withinDays > 3660)
        return fail(Error::badInput(QStringLiteral("within"),
                                    QCoreApplication::translate("Etalon", "--within takes 0 to 3660 days")));
    const QString until = asOf.addDays(withinDays).toString(Qt::ISODate);
    const QString today = asOf.toString(Qt::ISODate);
    QList<DueItem> out;
    // Columns: id, serial, name, owner, date, then what found it unfit (record id, record kind, or a standard's
    // status).
    auto collect = [&](const QString& sql, const QVariantList& values, const QString& kind, const QString& track,
                       const QString& listedAs) -> Status {
        auto q = m_lab.db().exec(sql, values);
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
            if (kind == QStringLiteral("standard")) {
                if (q->value(5).toString() == QStringLiteral("quarantined"))
                    item.unfit = QStringLiteral("quarantined");
            } else if (!q->value(5).isNull()) {
                item.unfit = QStringLiteral("failed");
                item.unfitRecordId = q->value(5).toLongLong();
                item.unfitRecordKind = q->value(6).toString();
            }
            item.status = !listedAs.isEmpty() ? listedAs
                                              : (item.daysLeft < 0 ? QStringLiteral("overdue") : QStringLiteral("due"));
            out.append(item);
        }
        return {};
    };
    const QString instruments =
        QStringLiteral("SELECT i.id, i.serial, t.name_vi, o.name, %1, i.failed_record_id, f.kind FROM instruments i "
                       "JOIN instrument_types t ON t.code = i.type_code "
                       "JOIN organisations o ON o.id = i.owner_id "
                       "LEFT JOIN records f ON f.id = i.failed_record_id %2 LIMIT ?");
    if (scope != DueScope::Instruments) {
        ETALON_TRY(collect(QStringLiteral("SELECT s.id, s.serial, s.name, '', s.valid_until, s.status FROM standards s "
                                          "WHERE s.status <> 'retired' AND s.valid_until IS NOT NULL AND "
                                          "s.valid_until <= ? ORDER BY s.valid_until LIMIT ?"),
                           {until, limit}, QStringLiteral("standard"), QStringLiteral("standard"), QString()));
        // Taken out of service (quarantined): not fit for use, listed whatever the window from the day it was.
        ETALON_TRY(collect(QStringLiteral("SELECT s.id, s.serial, s.name, '', coalesce((SELECT max(e.effective_date) "
                                          "FROM standard_status_events e WHERE e.standard_id = s.id AND e.status = "
                                          "'quarantined'), ?), s.status FROM standards s WHERE s.status = "
                                          "'quarantined' AND (s.valid_until IS NULL OR s.valid_until > ?) ORDER BY "
                                          "s.id LIMIT ?"),
                           {today, until, limit}, QStringLiteral("standard"), QStringLiteral("standard"),
                           QStringLiteral("quarantined")));
    }
    if (scope != DueScope::Standards) {
        // Found not fit for use: listed whatever the window, from the date of the failing work, until re-verified.
        // In the order of the failing work (its record's id), which the index of unfit instruments holds.
        ETALON_TRY(collect(instruments.arg(QStringLiteral("f.date"),
                                           QStringLiteral("WHERE i.failed_record_id IS NOT NULL AND f.date <= ? "
                                                          "ORDER BY i.failed_record_id")),
                           {today, limit}, QStringLiteral("instrument"), QStringLiteral("legal"),
                           QStringLiteral("failed")));
        ETALON_TRY(collect(instruments.arg(QStringLiteral("i.next_due"),
                                           QStringLiteral("WHERE i.next_due IS NOT NULL AND i.next_due <= ? AND "
                                                          "i.failed_record_id IS NULL ORDER BY i.next_due")),
                           {until, limit}, QStringLiteral("instrument"), QStringLiteral("legal"), QString()));
        // An instrument found not fit for use is flagged on its calibration track too.
        ETALON_TRY(collect(instruments.arg(QStringLiteral("i.calibration_due"),
                                           QStringLiteral("WHERE i.calibration_due IS NOT NULL AND i.calibration_due "
                                                          "<= ? ORDER BY i.calibration_due")),
                           {until, limit}, QStringLiteral("instrument"), QStringLiteral("calibration"), QString()));
    }
    std::stable_sort(out.begin(), out.end(), [](const DueItem& a, const DueItem& b) { return a.dueDate < b.dueDate; });
    return out;
}

} // namespace Etalon
