// SPDX-License-Identifier: Apache-2.0
#include "core/Csv.h"
#include "core/MpeRule.h"

#include <QFile>
#include <QJsonDocument>

#include "support/ReferenceData.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using Etalon::Test::referenceCsv;

namespace {
Quantity q(const QString& text)
{
    auto r = Quantity::parse(text);
    INFO(text.toStdString());
    REQUIRE(r);
    return *r;
}
Decimal d(const QString& text)
{
    return Decimal::parse(text).value();
}
MpeContext r76Context(const QString& load, const QString& e, const QString& cls, MpeMode mode)
{
    MpeContext ctx;
    ctx.reference = q(load);
    ctx.verificationInterval = q(e);
    ctx.accuracyClass = cls;
    ctx.mode = mode;
    return ctx;
}
} // namespace

TEST_CASE("OIML R 76: every band edge of the reference table", "[core][mpe][r76]")
{
    const auto rows = referenceCsv("oiml_r76_mpe.csv");
    REQUIRE(rows.size() == 13);
    for (const QStringList& row : rows.mid(1)) {
        const QString cls = row[0];
        const Decimal mpe = d(row[1]);
        const Decimal from = d(row[2]);
        INFO(cls.toStdString() << " band from " << row[2].toStdString());
        // Just above the lower edge, and (when there is one) exactly at the inclusive upper edge.
        CHECK(*oimlR76MpeInE(cls, from + Decimal(1, 0)) == mpe);
        if (!row[3].isEmpty()) {
            CHECK(*oimlR76MpeInE(cls, d(row[3])) == mpe);
            auto beyond = oimlR76MpeInE(cls, d(row[3]) + Decimal(1, 3));
            if (beyond)
                CHECK(*beyond > mpe);
        }
        if (from.isZero())
            CHECK(*oimlR76MpeInE(cls, Decimal()) == mpe);
        // In service: twice the verification MPE.
        CHECK(d(row[4]) == mpe * Decimal(2, 0));
    }
    CHECK_FALSE(oimlR76MpeInE(QStringLiteral("IIII"), Decimal(1001, 0)));
    CHECK_FALSE(oimlR76MpeInE(QStringLiteral("V"), Decimal(1, 0)));
}

TEST_CASE("OIML R 76 test vectors of the reference notes", "[core][mpe][r76]")
{
    const MpeRule rule = MpeRule::oimlR76();
    struct Vector
    {
        const char *cls, *e, *load, *initial, *inService;
    };
    for (const Vector& v :
         {Vector{"III", "5 g", "2.5 kg", "2.5 g", "5 g"}, Vector{"III", "5 g", "2.505 kg", "5 g", "10 g"},
          Vector{"III", "10 g", "30 kg", "15 g", "30 g"}, Vector{"II", "0.1 g", "500 g", "0.05 g", "0.1 g"},
          Vector{"II", "0.1 g", "2 kg", "0.1 g", "0.2 g"}, Vector{"I", "0.001 g", "100 g", "0.001 g", "0.002 g"},
          Vector{"IIII", "50 g", "10 kg", "50 g", "100 g"}}) {
        INFO(v.cls << " " << v.load);
        const auto initial = rule.evaluate(
            r76Context(QString::fromUtf8(v.load), QString::fromUtf8(v.e), QString::fromUtf8(v.cls), MpeMode::Initial));
        REQUIRE(initial);
        CHECK(*initial->compare(q(QString::fromUtf8(v.initial))) == std::strong_ordering::equal);
        const auto periodic = rule.evaluate(
            r76Context(QString::fromUtf8(v.load), QString::fromUtf8(v.e), QString::fromUtf8(v.cls), MpeMode::Periodic));
        CHECK(*periodic->compare(*initial) == std::strong_ordering::equal);
        const auto inService = rule.evaluate(r76Context(QString::fromUtf8(v.load), QString::fromUtf8(v.e),
                                                        QString::fromUtf8(v.cls), MpeMode::Inspection));
        REQUIRE(inService);
        CHECK(*inService->compare(q(QString::fromUtf8(v.inService))) == std::strong_ordering::equal);
    }
}

TEST_CASE("a procedure may override R 76's in-service factor", "[core][mpe][r76]")
{
    MpeRule rule = MpeRule::oimlR76(QStringLiteral("III"));
    rule.setModeFactor(MpeMode::Inspection, Decimal(1, 0));
    auto json = rule.toJson();
    auto back = MpeRule::fromJson(json);
    REQUIRE(back);
    auto mpe =
        back->evaluate(r76Context(QStringLiteral("30 kg"), QStringLiteral("10 g"), QString(), MpeMode::Inspection));
    REQUIRE(mpe);
    CHECK(*mpe == q(QStringLiteral("15 g")));
}

TEST_CASE("OIML R 111: every cell of the weights table", "[core][mpe][r111]")
{
    const auto rows = referenceCsv("oiml_r111_mpe_mg.csv");
    const QStringList header = rows.first();
    int cells = 0;
    for (const QStringList& row : rows.mid(1)) {
        const Quantity nominal = q(row[0]);
        for (int c = 2; c <= 10; ++c) {
            const QString cls = QString(header[c]).replace(u'_', u'-');
            INFO(row[0].toStdString() << " " << cls.toStdString());
            auto mpe = oimlR111MpeMg(cls, nominal);
            if (row[c].isEmpty()) {
                CHECK_FALSE(mpe);
            } else {
                REQUIRE(mpe);
                CHECK(*mpe == d(row[c]));
                ++cells;
            }
        }
    }
    CHECK(cells > 200);
    CHECK_FALSE(oimlR111MpeMg(QStringLiteral("F1"), q(QStringLiteral("3 kg"))));
    CHECK_FALSE(oimlR111MpeMg(QStringLiteral("X9"), q(QStringLiteral("1 kg"))));
    CHECK(*oimlR111MpeMg(QStringLiteral("M1"), q(QStringLiteral("1000 g"))) == d(QStringLiteral("50")));
}

TEST_CASE("percent rules take the class when no percentage is given", "[core][mpe]")
{
    MpeContext ctx;
    ctx.reference = q(QStringLiteral("200 kPa"));
    ctx.rangeMin = q(QStringLiteral("0 kPa"));
    ctx.rangeMax = q(QStringLiteral("1 MPa"));
    ctx.accuracyClass = QStringLiteral("1.6");
    auto span = MpeRule::percentOfSpan(std::nullopt).evaluate(ctx);
    REQUIRE(span);
    CHECK(*span->compare(q(QStringLiteral("16 kPa"))) == std::strong_ordering::equal);
    auto reading = MpeRule::percentOfReading(Decimal(5, 1)).evaluate(ctx);
    REQUIRE(reading);
    CHECK(*reading == q(QStringLiteral("1.000 kPa")));
    ctx.accuracyClass = QStringLiteral("A");
    CHECK_FALSE(MpeRule::percentOfSpan(std::nullopt).evaluate(ctx));
}

TEST_CASE("a piecewise table picks the band below its transition", "[core][mpe]")
{
    const QByteArray json = R"({"kind":"piecewise","bands":[
        {"below":{"value":"0.16","unit":"m³/h"},"rule":{"kind":"percent-of-reading","percent":"5"}},
        {"rule":{"kind":"percent-of-reading","percent":"2"}}]})";
    auto rule = MpeRule::fromJson(QJsonDocument::fromJson(json).object());
    REQUIRE(rule);
    MpeContext ctx;
    ctx.reference = q(QStringLiteral("0.1 m³/h"));
    CHECK(*rule->evaluate(ctx)->compare(q(QStringLiteral("0.005 m³/h"))) == std::strong_ordering::equal);
    ctx.reference = q(QStringLiteral("0.16 m³/h"));
    CHECK(*rule->evaluate(ctx)->compare(q(QStringLiteral("0.0032 m³/h"))) == std::strong_ordering::equal);
    ctx.reference = q(QStringLiteral("2 L/min")); // 0.12 m³/h: lower band, in the reading's unit
    CHECK(*rule->evaluate(ctx)->compare(q(QStringLiteral("0.1 L/min"))) == std::strong_ordering::equal);
    CHECK(MpeRule::fromJson(rule->toJson())->toJson() == rule->toJson());
}

TEST_CASE("malformed MPE rules are refused", "[core][mpe]")
{
    CHECK_FALSE(MpeRule::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("magic")}}));
    CHECK_FALSE(MpeRule::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("piecewise")}}));
    MpeContext ctx;
    ctx.reference = q(QStringLiteral("1 kg"));
    CHECK_FALSE(MpeRule::fixed(q(QStringLiteral("1 kPa"))).evaluate(ctx));
    CHECK_FALSE(MpeRule::oimlR76(QStringLiteral("III")).evaluate(ctx)); // no e
}
