// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>

#include <optional>

namespace Etalon {

/**
 * Valid-until date of a passed legal verification: the last day of the month in which the cycle
 * ends (TT 24/2013/TT-BKHCN Điều 41.10, "ngày cuối, tháng cuối của chu kỳ").
 * Work on 16/04/2026 with a 12-month cycle is valid until 30/04/2027.
 */
QDate verificationValidUntil(const QDate& dateOfWork, int cycleMonths);

/**
 * Next due date of a calibration: date of work plus the agreed interval in calendar months
 * (31 January + 1 month = 28/29 February); none when no interval was agreed.
 */
std::optional<QDate> calibrationNextDue(const QDate& dateOfWork, std::optional<int> intervalMonths);

/** Days from \a asOf to \a due; negative when overdue. */
int daysLeft(const QDate& due, const QDate& asOf);

} // namespace Etalon
