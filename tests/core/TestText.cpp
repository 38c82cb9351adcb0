// SPDX-License-Identifier: Apache-2.0
#include "core/Domain.h"

#include <catch2/catch.hpp>

using namespace Etalon;

TEST_CASE("free text is bounded in length and free of control characters", "[core][text]")
{
    const QString field = QStringLiteral("name");
    CHECK(checkText(QStringLiteral("Công ty TNHH Đo lường"), field));
    CHECK(checkText(QString(300, u'x'), field));

    auto tooLong = checkText(QString(301, u'x'), field);
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().code == QStringLiteral("too_long"));
    CHECK(tooLong.error().field == field);

    auto bell = checkText(QStringLiteral("a\u0007b"), field);
    REQUIRE_FALSE(bell);
    CHECK(bell.error().code == QStringLiteral("control_character"));
    CHECK(bell.error().message.contains(QStringLiteral("U+0007")));

    // Line breaks belong in reasons and notes, not in a name.
    CHECK_FALSE(checkText(QStringLiteral("two\nlines"), field));
    CHECK(checkText(QStringLiteral("two\nlines\tand a tab"), QStringLiteral("reason"), 1000, true));
    CHECK_FALSE(checkText(QString::fromUtf16(u"nul\u0000inside", 11), QStringLiteral("reason"), 1000, true));
}
