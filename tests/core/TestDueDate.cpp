// SPDX-License-Identifier: Apache-2.0
#include "core/Clock.h"
#include "core/DueDate.h"

#include <catch2/catch.hpp>

using namespace Etalon;

TEST_CASE("a verification is valid until the last day of the month its cycle ends", "[core][due]")
{
    CHECK(verificationValidUntil(QDate(2026, 4, 16), 12) == QDate(2027, 4, 30));
    CHECK(verificationValidUntil(QDate(2026, 1, 31), 1) == QDate(2026, 2, 28));
    CHECK(verificationValidUntil(QDate(2027, 1, 1), 13) == QDate(2028, 2, 29));
    CHECK(verificationValidUntil(QDate(2026, 12, 31), 18) == QDate(2028, 6, 30));
    CHECK(verificationValidUntil(QDate(2026, 6, 1), 60) == QDate(2031, 6, 30));
}

TEST_CASE("a calibration falls due after its interval in calendar months", "[core][due]")
{
    CHECK(calibrationNextDue(QDate(2026, 1, 31), 1) == QDate(2026, 2, 28));
    CHECK(calibrationNextDue(QDate(2028, 1, 31), 1) == QDate(2028, 2, 29));
    CHECK(calibrationNextDue(QDate(2026, 4, 16), 12) == QDate(2027, 4, 16));
    CHECK_FALSE(calibrationNextDue(QDate(2026, 4, 16), std::nullopt));
}

TEST_CASE("days left are negative when overdue", "[core][due]")
{
    CHECK(daysLeft(QDate(2026, 5, 1), QDate(2026, 4, 1)) == 30);
    CHECK(daysLeft(QDate(2026, 4, 1), QDate(2026, 4, 3)) == -2);
}

TEST_CASE("today is the lab's calendar day, not UTC's", "[core][due]")
{
    // 20:00 UTC on 31 December is already 1 January in Vietnam (UTC+7).
    FixedClock clock(QDateTime(QDate(2026, 12, 31), QTime(20, 0), QTimeZone::utc()));
    CHECK(clock.today(labTimeZone(QStringLiteral("Asia/Ho_Chi_Minh"))) == QDate(2027, 1, 1));
    CHECK(clock.today(QTimeZone::utc()) == QDate(2026, 12, 31));
}
