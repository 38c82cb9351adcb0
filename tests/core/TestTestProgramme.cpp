// SPDX-License-Identifier: Apache-2.0
#include "core/TestProgramme.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Etalon;

namespace {
Quantity q(const char* text)
{
    auto r = Quantity::parse(QString::fromUtf8(text));
    INFO(text);
    REQUIRE(r);
    return *r;
}

Instrument scale(const char* max, const char* e, const char* cls = "III")
{
    Instrument i;
    i.typeCode = QStringLiteral("NAWI");
    i.accuracyClass = QString::fromLatin1(cls);
    i.rangeMax = q(max);
    i.resolution = q(e);
    i.verificationInterval = q(e);
    return i;
}

// The programme seeded for ĐLVN 14:2009 (OIML R 76 A.4).
TestProgramme r76()
{
    auto p = TestProgramme::fromJson(QJsonDocument::fromJson(R"({ "tolerance_percent": "10", "tests": [
        { "test": "weighing", "loads": ["min", "500e", "2000e", "max"], "readings": 1 },
        { "test": "eccentricity", "loads": ["max/3"],
          "positions": ["centre", "front-left", "front-right", "back-left", "back-right"], "readings": 1 },
        { "test": "repeatability", "loads": ["max/2"], "readings": 3, "readings_by_class": { "I": 6, "II": 6 } } ] })")
                                         .object());
    REQUIRE(p);
    return *p;
}

Point reading(const char* test, const char* reference, int times = 1, const char* position = "")
{
    Point p;
    p.test = QString::fromLatin1(test);
    p.reference = q(reference);
    for (int i = 0; i < times; ++i)
        p.indications.append(q(reference));
    p.position = QString::fromLatin1(position);
    return p;
}

QStringList describe(const QList<MissingItem>& items)
{
    QStringList out;
    for (const MissingItem& m : items)
        out.append(QStringLiteral("%1 %2 %3 %4")
                       .arg(m.test, m.load ? m.load->toString() : QStringLiteral("-"), m.position)
                       .arg(m.count));
    return out;
}
} // namespace

TEST_CASE("a scale's loads follow from Min, e and Max as OIML R 76 names them", "[core][programme]")
{
    const Instrument s = scale("60 kg", "10 g");
    CHECK(nominalLoad(QStringLiteral("min"), s)->toString() == QStringLiteral("0.2 kg")); // 20 e (R 76 Table 3)
    CHECK(nominalLoad(QStringLiteral("500e"), s)->toString() == QStringLiteral("5 kg"));
    CHECK(nominalLoad(QStringLiteral("2000e"), s)->toString() == QStringLiteral("20 kg"));
    CHECK(nominalLoad(QStringLiteral("max"), s)->toString() == QStringLiteral("60 kg"));
    CHECK(nominalLoad(QStringLiteral("max/3"), s)->toString() == QStringLiteral("20 kg"));
    CHECK(nominalLoad(QStringLiteral("max/2"), s)->toString() == QStringLiteral("30 kg"));
    // 500 e and 2000 e are no loads for a scale of Max = 300 e.
    const Instrument small = scale("3 kg", "10 g");
    CHECK_FALSE(nominalLoad(QStringLiteral("500e"), small));
    CHECK_FALSE(nominalLoad(QStringLiteral("2000e"), small));
    // A pressure gauge's points are shares of its range.
    Instrument gauge;
    gauge.rangeMin = q("0 kPa");
    gauge.rangeMax = q("1000 kPa");
    gauge.resolution = q("10 kPa");
    CHECK(nominalLoad(QStringLiteral("25%"), gauge)->toString() == QStringLiteral("250 kPa"));
    CHECK(nominalLoad(QStringLiteral("20 L"), gauge)->toString() == QStringLiteral("20 L"));
}

TEST_CASE("a verification lists every test, load, position and checklist item still to do", "[core][programme]")
{
    const Instrument s = scale("60 kg", "10 g");
    const QStringList checklist{QStringLiteral("Visual inspection"), QStringLiteral("Seals")};
    const auto all = missingFromProgramme(r76(), s, {}, checklist, {});
    CHECK(describe(all) ==
          QStringList{QStringLiteral("weighing 0.2 kg  1"), QStringLiteral("weighing 5 kg  1"),
                      QStringLiteral("weighing 20 kg  1"), QStringLiteral("weighing 60 kg  1"),
                      QStringLiteral("eccentricity 20 kg centre 1"), QStringLiteral("eccentricity 20 kg front-left 1"),
                      QStringLiteral("eccentricity 20 kg front-right 1"),
                      QStringLiteral("eccentricity 20 kg back-left 1"),
                      QStringLiteral("eccentricity 20 kg back-right 1"), QStringLiteral("repeatability 30 kg  3"),
                      QStringLiteral("checklist -  1"), QStringLiteral("checklist -  1")});
    CHECK(all.last().item == QStringLiteral("Seals"));
    CHECK(all.first().toJson().value(QStringLiteral("position")).isNull());

    // One reading at 20 kg is a weighing test, not the programme.
    const auto one = missingFromProgramme(r76(), s, {reading("weighing", "20 kg")}, checklist, {});
    CHECK(one.size() == all.size() - 1);

    QList<Point> done{reading("weighing", "0.2 kg"), reading("weighing", "5 kg"), reading("weighing", "20 kg"),
                      reading("weighing", "60 kg"), reading("repeatability", "30 kg", 3)};
    for (const char* position : {"Centre", "front-left", "front-right", "back-left", "back-right"})
        done.append(reading("eccentricity", "20 kg", 1, position));
    const QList<CheckItem> checks{{QStringLiteral("Visual inspection"), true, {}},
                                  {QStringLiteral("Seals"), false, {}}};
    CHECK(missingFromProgramme(r76(), s, done, checklist, checks).isEmpty()); // a failed item is set too
}

TEST_CASE("a reading counts for a nominal load within the programme's tolerance", "[core][programme]")
{
    const Instrument s = scale("50 kg", "20 g"); // Min 0.4 kg, 500 e = 10 kg, 2000 e = 40 kg
    const auto near = missingFromProgramme(r76(), s, {reading("weighing", "48 kg")}, {}, {});
    for (const MissingItem& m : near)
        CHECK_FALSE((m.test == QStringLiteral("weighing") && m.load->toString() == QStringLiteral("50 kg")));
    const auto far = missingFromProgramme(r76(), s, {reading("weighing", "5 kg")}, {}, {});
    CHECK(far.size() == missingFromProgramme(r76(), s, {}, {}, {}).size());
    // A reading of another test, or at no named position, does not count.
    const auto other = missingFromProgramme(r76(), s, {reading("eccentricity", "50 kg", 1, "centre")}, {}, {});
    CHECK(other.size() == far.size());
}

TEST_CASE("repeatability counts its loadings, and class I and II scales need six", "[core][programme]")
{
    const Instrument s = scale("60 kg", "10 g");
    // Loadings at 30, 30 and 28 kg are no series: R 76 A.4.10 repeats one load.
    auto mixed = missingFromProgramme(
        r76(), s, {reading("repeatability", "30 kg", 2), reading("repeatability", "28 kg", 1)}, {}, {});
    for (const MissingItem& m : mixed)
        if (m.test == QStringLiteral("repeatability"))
            CHECK(m.count == 1);
    auto missing = missingFromProgramme(r76(), s, {reading("repeatability", "30 kg", 2)}, {}, {});
    bool found = false;
    for (const MissingItem& m : missing) {
        if (m.test == QStringLiteral("repeatability")) {
            CHECK(m.count == 1);
            found = true;
        }
    }
    CHECK(found);
    const Instrument fine = scale("200 g", "0.001 g", "II");
    for (const MissingItem& m : missingFromProgramme(r76(), fine, {}, {}, {}))
        if (m.test == QStringLiteral("repeatability"))
            CHECK(m.count == 6);
}

TEST_CASE("a programme names known tests only", "[core][programme]")
{
    auto bad = TestProgramme::fromJson(
        QJsonDocument::fromJson(R"({ "tests": [ { "test": "weighting", "loads": ["max"] } ] })").object());
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == QStringLiteral("programme"));
    auto zero = TestProgramme::fromJson(
        QJsonDocument::fromJson(R"({ "tests": [ { "test": "weighing", "loads": ["max"], "readings": 0 } ] })")
            .object());
    CHECK_FALSE(zero);
}

TEST_CASE("a discrimination reading is one test, whatever its two indications", "[core][programme]")
{
    auto p = TestProgramme::fromJson(QJsonDocument::fromJson(R"({ "tests": [
        { "test": "discrimination", "loads": ["min", "max/2", "max"], "readings": 1 } ] })")
                                         .object());
    REQUIRE(p);
    const Instrument s = scale("60 kg", "10 g");
    const auto missing = missingFromProgramme(*p, s, {reading("discrimination", "30 kg", 2)}, {}, {});
    INFO(describe(missing).join(u'|').toStdString());
    CHECK(describe(missing) ==
          QStringList{QStringLiteral("discrimination 0.2 kg  1"), QStringLiteral("discrimination 60 kg  1")});
}
