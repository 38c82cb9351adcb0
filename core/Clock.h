// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace Etalon {

/**
 * The source of "now". Every rule that depends on today asks a Clock, so tests can fix or advance
 * time; the lab's time zone decides which calendar day "today" is.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const;
    /** Today in \a zone (the lab's zone, Asia/Ho_Chi_Minh unless set otherwise). */
    QDate today(const QTimeZone& zone) const;

    static const Clock& system();
};

/** A clock that stands still until told to move; for tests and reproducible generators. */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void setNow(QDateTime now) { m_now = std::move(now); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

/** The lab's zone by IANA id; falls back to a fixed UTC+7 when the system has no zone data. */
QTimeZone labTimeZone(const QString& ianaId);

} // namespace Etalon
