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

TEST_CASE("text that prints on certificates refuses invisible direction and width tricks and invalid UTF-8",
          "[core][text]")
{
    const QString field = QStringLiteral("full-name");
    // A right-to-left override makes “Nguyễn” print reversed; zero-width characters hide inside a name.
    for (const char16_t* trick :
         {u"Nguy\u202En", u"Lan\u200B", u"\uFEFFLan", u"A\u2066B\u2069", u"L\u200Dan", u"Lan\U000E0041", u"L\u034Fan",
          u"\u3164Lan", u"Lan\u2028B", u"Lan\uFE0F", u"\U0001D173Lan", u"\u115FLan"}) {
        const QString text = QStringView(trick).toString(); // fromUtf16 would take a leading U+FEFF for a BOM
        auto refused = checkText(text, field);
        INFO(text.toUtf8().toHex().toStdString());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == QStringLiteral("invisible_character"));
        CHECK(refused.error().field == field);
    }
    // What a decoder makes of invalid UTF-8 bytes, and a surrogate standing alone.
    CHECK(checkText(QString::fromUtf8("Lan \xff\xfe"), field).error().code == QStringLiteral("invalid_text"));
    const QString lone = QStringLiteral("a") + QChar(char16_t(0xD800)) + QStringLiteral("b");
    CHECK(checkText(lone, field).error().code == QStringLiteral("invalid_text"));
    // Vietnamese and characters beyond the first plane stay welcome.
    CHECK(checkText(QStringLiteral("Trần Thị Ngọc Ánh 𠀧"), field));
}
