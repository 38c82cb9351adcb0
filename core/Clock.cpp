// SPDX-License-Identifier: Apache-2.0
#include "core/Clock.h"

namespace Etalon {

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

QDate Clock::today(const QTimeZone& zone) const
{
    return nowUtc().toTimeZone(zone).date();
}

const Clock& Clock::system()
{
    static const Clock clock;
    return clock;
}

QTimeZone labTimeZone(const QString& ianaId)
{
    QTimeZone zone(ianaId.isEmpty() ? QByteArrayLiteral("Asia/Ho_Chi_Minh") : ianaId.toUtf8());
    // Windows machines without ICU data still get Vietnam's offset (no daylight saving there).
    return zone.isValid() ? zone : QTimeZone(7 * 3600);
}

} // namespace Etalon
