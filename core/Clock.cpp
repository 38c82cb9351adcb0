// SPDX-License-Identifier: Apache-2.0
#include "core/Clock.h"

#include <QHash>
#include <QMutex>

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
    // Building a zone reads the system's time-zone data; every "today" of every write asks for one.
    static QMutex mutex;
    static QHash<QString, QTimeZone> zones;
    const QMutexLocker lock(&mutex);
    if (auto found = zones.constFind(ianaId); found != zones.constEnd())
        return *found;
    QTimeZone zone(ianaId.isEmpty() ? QByteArrayLiteral("Asia/Ho_Chi_Minh") : ianaId.toUtf8());
    // Windows machines without ICU data still get Vietnam's offset (no daylight saving there).
    if (!zone.isValid())
        zone = QTimeZone(7 * 3600);
    if (zones.size() < 64) // the lab has one zone; a bound all the same
        zones.insert(ianaId, zone);
    return zone;
}

} // namespace Etalon
