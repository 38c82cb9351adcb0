// SPDX-License-Identifier: Apache-2.0
#include "core/DueDate.h"

namespace Etalon {

QDate verificationValidUntil(const QDate& dateOfWork, int cycleMonths)
{
    const QDate end = dateOfWork.addMonths(cycleMonths);
    return QDate(end.year(), end.month(), end.daysInMonth());
}

std::optional<QDate> calibrationNextDue(const QDate& dateOfWork, std::optional<int> intervalMonths)
{
    if (!intervalMonths || *intervalMonths <= 0)
        return std::nullopt;
    // QDate::addMonths clamps to the last day of a shorter month, which is the calendar rule wanted.
    return dateOfWork.addMonths(*intervalMonths);
}

int daysLeft(const QDate& due, const QDate& asOf)
{
    return int(asOf.daysTo(due));
}

} // namespace Etalon
