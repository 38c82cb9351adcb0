// SPDX-License-Identifier: Apache-2.0
#include "core/Communes.h"

#include <catch2/catch.hpp>

using namespace Etalon;

TEST_CASE("a commune is found by its registered name, whatever its case, spacing or prefix", "[core][communes]")
{
    const CommuneRegister communes(QStringLiteral("Tuyên Quang"),
                                   {QStringLiteral("Xã Tân Trào"), QStringLiteral("Phường Minh Xuân"),
                                    QStringLiteral("Xã An Tường"), QStringLiteral("Phường An Tường"),
                                    QStringLiteral("Xã Chiêm Hóa"), QStringLiteral("Xã Hòa An")});
    CHECK(communes.find(QStringLiteral("Xã Tân Trào")) == QStringLiteral("Xã Tân Trào"));
    CHECK(communes.find(QStringLiteral("  xã   tân trào ")) == QStringLiteral("Xã Tân Trào"));
    CHECK(communes.find(QStringLiteral("Tân Trào")) == QStringLiteral("Xã Tân Trào"));
    // Decomposed diacritics (as some keyboards type them) name the same commune.
    CHECK(communes.find(QStringLiteral("Minh Xuân").normalized(QString::NormalizationForm_D)) ==
          QStringLiteral("Phường Minh Xuân"));
    // A bare name two communes share is ambiguous; a wrong prefix is not the commune.
    CHECK_FALSE(communes.find(QStringLiteral("An Tường")));
    CHECK(communes.find(QStringLiteral("phường an tường")) == QStringLiteral("Phường An Tường"));
    CHECK_FALSE(communes.find(QStringLiteral("Phường Tân Trào")));
    CHECK_FALSE(communes.find(QStringLiteral("Tân")));
    CHECK_FALSE(communes.find(QString()));
    // The older tone placement names the same commune.
    CHECK(communes.find(QStringLiteral("Chiêm Hoá")) == QStringLiteral("Xã Chiêm Hóa"));
    CHECK(communes.find(QStringLiteral("xã hoà an")) == QStringLiteral("Xã Hòa An"));

    CHECK(communes.canonical(QStringLiteral("tân trào"), QStringLiteral("commune")).value() ==
          QStringLiteral("Xã Tân Trào"));
    CHECK(communes.canonical(QString(), QStringLiteral("commune")).value().isEmpty());
    const auto wrong = communes.canonical(QStringLiteral("Xã Không Có"), QStringLiteral("commune"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().field == QStringLiteral("commune"));
    CHECK(wrong.error().message.contains(QStringLiteral("Xã Không Có")));

    CHECK(communes.covers(QString()));
    CHECK(communes.covers(QStringLiteral("tỉnh Tuyên Quang")));
    CHECK(communes.covers(QStringLiteral("TUYÊN QUANG")));
    CHECK(communes.covers(QStringLiteral("tinh tuyen quang")));
    CHECK_FALSE(communes.covers(QStringLiteral("Hà Nội")));
}
