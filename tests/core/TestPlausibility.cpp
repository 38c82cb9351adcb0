// SPDX-License-Identifier: Apache-2.0
// What OIML R 76 and R 111 rule out is refused at registration, each refusal naming its field: a table of
// accepted and refused cases per rule, with the limits of R 76 Table 3 on both sides of every edge.
#include "core/Environment.h"
#include "core/Plausibility.h"

#include "support/ReferenceData.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using Etalon::Test::referenceCsv;

namespace {

std::optional<Quantity> q(const char* text)
{
    if (!*text)
        return std::nullopt;
    auto r = Quantity::parse(QString::fromUtf8(text));
    INFO(text);
    REQUIRE(r);
    return *r;
}

/** The field a refusal names, or "" when the check passes. */
QString refusedField(const Status& s)
{
    return s ? QString() : s.error().field;
}

struct ScaleCase
{
    const char* cls;
    const char* max;
    const char* d;
    const char* e; ///< "": e is d
    const char* field; ///< "": accepted
};

Instrument scale(const ScaleCase& c)
{
    Instrument i;
    i.typeCode = QStringLiteral("NAWI");
    i.ownerId = 1;
    i.accuracyClass = QString::fromLatin1(c.cls);
    i.rangeMax = q(c.max);
    i.resolution = q(c.d);
    i.verificationInterval = q(c.e);
    return i;
}

InstrumentType type(const char* code, const char* quantity)
{
    InstrumentType t;
    t.code = QString::fromLatin1(code);
    t.quantity = QString::fromLatin1(quantity);
    return t;
}

} // namespace

TEST_CASE("scales, weights and the rest are told apart by their type", "[core][plausibility]")
{
    CHECK(familyOf(type("NAWI", "mass")) == InstrumentFamily::Scale);
    CHECK(familyOf(type("NAWI-SPRING", "mass")) == InstrumentFamily::Scale);
    CHECK(familyOf(type("TRUCK-SCALE", "mass")) == InstrumentFamily::Scale);
    CHECK(familyOf(type("WEIGHT", "mass")) == InstrumentFamily::Weight);
    CHECK(familyOf(type("WEIGHT-E2", "mass")) == InstrumentFamily::Weight);
    CHECK(familyOf(type("PRESSURE-GAUGE", "pressure")) == InstrumentFamily::Other);
}

TEST_CASE("1, 2 or 5 × 10^k whatever the unit of mass", "[core][plausibility]")
{
    for (const char* good : {"1 mg", "2 mg", "5 mg", "0.01 g", "0.02 kg", "50 g", "0.5 kg", "100 kg", "2 t", "10.0 g"})
        CHECK(isOneTwoFive(*q(good)));
    for (const char* bad : {"3 g", "2.5 g", "25 g", "0.03 kg", "4 mg", "15 kg", "0 g", "-1 g", "-2 g"})
        CHECK_FALSE(isOneTwoFive(*q(bad)));
}

TEST_CASE("OIML R 76: class, scale intervals and n = Max/e at registration", "[core][plausibility][r76]")
{
    const ScaleCase cases[] = {
        // The usual market scale, and e given equal to d in another unit.
        {"III", "60 kg", "10 g", "", ""},
        {"III", "60 kg", "10 g", "0.01 kg", ""},
        // Rule 1: in classes III and IIII e = d; classes I and II may show a finer d.
        {"III", "60 kg", "10 g", "20 g", "verification-interval"},
        {"IIII", "30 kg", "100 g", "50 g", "verification-interval"},
        {"II", "200 g", "0.001 g", "0.01 g", ""},
        {"I", "220 g", "0.01 mg", "1 mg", ""},
        // Rule 3: d and e are 1, 2 or 5 × 10^k.
        {"III", "60 kg", "3 g", "", "resolution"},
        {"III", "60 kg", "2.5 g", "", "resolution"},
        {"II", "6 kg", "0.3 g", "1 g", "resolution"},
        {"II", "6 kg", "0.2 g", "0.3 g", "verification-interval"},
        {"", "60 kg", "25 g", "", "resolution"},
        // Rule 2, class III: 0.1 g ≤ e ≤ 2 g gives 100 ≤ n ≤ 10 000; 5 g ≤ e gives 500 ≤ n ≤ 10 000.
        {"III", "200 g", "2 g", "", ""},
        {"III", "198 g", "2 g", "", "range-max"},
        {"III", "20 kg", "2 g", "", ""},
        {"III", "20.002 kg", "2 g", "", "range-max"},
        {"III", "500 g", "2 g", "", ""},
        {"III", "1 kg", "5 g", "", "range-max"},
        {"III", "2.5 kg", "5 g", "", ""},
        {"III", "2.495 kg", "5 g", "", "range-max"},
        {"III", "50 kg", "5 g", "", ""},
        {"III", "50.005 kg", "5 g", "", "range-max"},
        {"III", "1 kg", "0.1 g", "", ""},
        {"III", "1 kg", "0.05 g", "", "resolution"},
        {"III", "1 kg", "0.05 g", "0.05 g", "verification-interval"},
        // Class IIII: 5 g ≤ e, 100 ≤ n ≤ 1 000.
        {"IIII", "500 g", "5 g", "", ""},
        {"IIII", "495 g", "5 g", "", "range-max"},
        {"IIII", "5 kg", "5 g", "", ""},
        {"IIII", "5.005 kg", "5 g", "", "range-max"},
        {"IIII", "200 g", "2 g", "", "resolution"},
        // Class II: 1 mg ≤ e ≤ 50 mg gives 100 ≤ n ≤ 100 000; 0.1 g ≤ e gives 5 000 ≤ n ≤ 100 000.
        {"II", "5 g", "50 mg", "", ""},
        {"II", "4.95 g", "50 mg", "", "range-max"},
        {"II", "5 kg", "50 mg", "", ""},
        {"II", "500 g", "0.1 g", "", ""},
        {"II", "499.9 g", "0.1 g", "", "range-max"},
        {"II", "10 kg", "0.1 g", "", ""},
        {"II", "10.0001 kg", "0.1 g", "", "range-max"},
        {"II", "1 g", "0.5 mg", "", "resolution"},
        // Class I: 1 mg ≤ e, n ≥ 50 000 with no upper limit.
        {"I", "50 g", "1 mg", "", ""},
        {"I", "49.999 g", "1 mg", "", "range-max"},
        {"I", "10 kg", "1 mg", "", ""},
        {"I", "100 g", "0.5 mg", "", "resolution"},
        // R 76 knows four classes, spelt as it spells them; without a class only the form of d and e is checked.
        {"3", "60 kg", "10 g", "", "class"},
        {"iii", "60 kg", "10 g", "", "class"},
        {"", "60 kg", "1 mg", "", ""},
        {"", "60 kg", "10 g", "20 g", ""},
        {"III", "", "10 g", "", ""},
    };
    for (const ScaleCase& c : cases) {
        INFO(c.cls << " Max " << c.max << " d " << c.d << " e " << c.e);
        const Instrument i = scale(c);
        REQUIRE(i.validate());
        const Status s = checkPlausible(i, InstrumentFamily::Scale);
        CHECK(refusedField(s) == QString::fromLatin1(c.field));
        if (!s) {
            CHECK(s.error().kind == ErrorKind::BadInput);
            CHECK_FALSE(s.error().message.isEmpty());
        }
    }
}

TEST_CASE("a refused n says what it is and what the class needs", "[core][plausibility][r76]")
{
    const Status s = checkPlausible(scale({"III", "1 kg", "5 g", "", ""}), InstrumentFamily::Scale);
    REQUIRE_FALSE(s);
    CHECK(s.error().code == QStringLiteral("n_outside_class"));
    CHECK(s.error().message.contains(QStringLiteral("200")));
    CHECK(s.error().message.contains(QStringLiteral("500 ≤ n ≤ 10000")));
    // Not a scale: the R 76 rules do not apply.
    CHECK(checkPlausible(scale({"III", "1 kg", "3 g", "7 g", ""}), InstrumentFamily::Other));
}

TEST_CASE("OIML R 111: a weight's class and nominal value", "[core][plausibility][r111]")
{
    struct Case
    {
        const char* cls;
        const char* nominal;
        const char* field;
    };
    const Case cases[] = {
        {"M1", "1 kg", ""},
        {"M1", "500 g", ""},
        {"M1", "0.5 kg", ""},
        {"F1", "5000 kg", ""},
        {"", "2 g", ""},
        {"m1", "1 kg", ""},
        {"M1-2", "50 kg", ""},
        {"E2", "1 mg", ""},
        {"M1", "3 kg", "nominal"},
        {"M1", "2.5 kg", "nominal"},
        {"", "0.5 mg", "nominal"},
        {"", "10000 kg", "nominal"},
        {"", "10 t", "nominal"},
        {"F2", "", ""},
        {"Z9", "", "class"},
        {"III", "1 kg", "class"},
        // Each class covers part of the series only: M3 starts at 1 g, E1 stops at 50 kg, M1-2 starts at 50 kg.
        {"M3", "1 mg", "nominal"},
        {"M3", "1 g", ""},
        {"E1", "100 kg", "nominal"},
        {"M1-2", "1 kg", "nominal"},
    };
    for (const Case& c : cases) {
        INFO(c.cls << " " << c.nominal);
        Instrument w;
        w.typeCode = QStringLiteral("WEIGHT");
        w.ownerId = 1;
        w.accuracyClass = QString::fromLatin1(c.cls);
        w.nominal = q(c.nominal);
        REQUIRE(w.validate());
        CHECK(refusedField(checkPlausible(w, InstrumentFamily::Weight)) == QString::fromLatin1(c.field));
    }
}

TEST_CASE("every nominal value of the R 111 table is accepted without a class", "[core][plausibility][r111]")
{
    const auto rows = referenceCsv("oiml_r111_mpe_mg.csv");
    REQUIRE(rows.size() == 31);
    for (const QStringList& row : rows.mid(1)) {
        INFO(row[0].toStdString());
        Instrument w;
        w.typeCode = QStringLiteral("WEIGHT");
        w.ownerId = 1;
        w.nominal = Quantity::parse(row[0]).value();
        CHECK(checkPlausible(w, InstrumentFamily::Weight));
    }
}

TEST_CASE("a range is Min < Max and no step is wider than it, for any instrument", "[core][plausibility]")
{
    struct Case
    {
        const char* min;
        const char* max;
        const char* d;
        const char* field;
    };
    const Case cases[] = {
        {"100 kg", "60 kg", "", "range-min"},
        {"60 kg", "60 kg", "", "range-min"},
        {"60000 g", "60 kg", "", "range-min"},
        {"0 kg", "60 kg", "10 g", ""},
        {"", "60 kg", "60 kg", ""},
        {"", "60 kg", "100 kg", "resolution"},
        {"50 kg", "60 kg", "20 kg", "resolution"},
        {"-100 kPa", "0 kPa", "1 kPa", ""},
        {"-100 kPa", "0 kPa", "200 kPa", "resolution"},
        // A temperature step takes no offset: 0.1 K is 0.1 °C, 8 K is more than the 7 °C of the range.
        {"35 °C", "42 °C", "0.1 K", ""},
        {"35 °C", "42 °C", "8 K", "resolution"},
        {"308.15 K", "42 °C", "7 K", ""},
        // Without a minimum, a maximum at or below zero says nothing of the span.
        {"", "-20 °C", "1 K", ""},
    };
    for (const Case& c : cases) {
        INFO(c.min << " … " << c.max << " d " << c.d);
        Instrument i;
        i.typeCode = QStringLiteral("X");
        i.ownerId = 1;
        i.rangeMin = q(c.min);
        i.rangeMax = q(c.max);
        i.resolution = q(c.d);
        CHECK(refusedField(i.validate()) == QString::fromLatin1(c.field));
    }
    Instrument e;
    e.typeCode = QStringLiteral("X");
    e.ownerId = 1;
    e.rangeMax = q("60 kg");
    e.verificationInterval = q("100 kg");
    CHECK(refusedField(e.validate()) == QStringLiteral("verification-interval"));
}

TEST_CASE("a date before 1900 is refused naming its field", "[core][plausibility]")
{
    CHECK(refusedField(checkPlausibleDate(QDate(1899, 12, 31), QStringLiteral("date"))) == QStringLiteral("date"));
    CHECK(refusedField(checkPlausibleDate(QDate(1026, 1, 1), QStringLiteral("received"))) ==
          QStringLiteral("received"));
    CHECK(checkPlausibleDate(QDate(1900, 1, 1), QStringLiteral("date")));
    CHECK(checkPlausibleDate(QDate(), QStringLiteral("date"))); // missing: the caller's own message

    StandardCalibration c;
    c.date = QDate(1899, 6, 1);
    c.validUntil = QDate(1900, 6, 1);
    c.certificate = QStringLiteral("C");
    c.byLabId = 2;
    CHECK(refusedField(c.validate()) == QStringLiteral("date"));
}

TEST_CASE("a calibration is valid at most the lab's maximum after its date", "[core][plausibility]")
{
    StandardCalibration c;
    c.date = QDate(2026, 1, 10);
    c.validUntil = QDate(2031, 1, 10);
    CHECK(checkCalibrationValidity(c, 60));
    c.validUntil = QDate(2031, 1, 11);
    const Status s = checkCalibrationValidity(c, 60);
    CHECK(refusedField(s) == QStringLiteral("valid-until"));
    CHECK(s.error().kind == ErrorKind::BadInput);
    c.validUntil = QDate(2027, 1, 10);
    CHECK(checkCalibrationValidity(c, 12));
    c.validUntil = QDate(2027, 1, 11);
    CHECK_FALSE(checkCalibrationValidity(c, 12));
}

TEST_CASE("no room is below absolute zero or above 100 %RH", "[core][plausibility][environment]")
{
    const auto conditions = [](const char* t, const char* h) {
        return refusedField(checkPlausibleConditions(q(t), q(h)));
    };
    CHECK(conditions("23 °C", "55 %RH").isEmpty());
    CHECK(conditions("-273.15 °C", "").isEmpty());
    CHECK(conditions("0 K", "").isEmpty());
    CHECK(conditions("-273.16 °C", "") == QStringLiteral("temperature"));
    CHECK(conditions("-1 K", "") == QStringLiteral("temperature"));
    CHECK(conditions("", "0 %RH").isEmpty());
    CHECK(conditions("", "100 %RH").isEmpty());
    CHECK(conditions("", "100 %").isEmpty());
    CHECK(conditions("", "100.1 %RH") == QStringLiteral("humidity"));
    CHECK(conditions("", "-1 %RH") == QStringLiteral("humidity"));
    CHECK(conditions("", "").isEmpty());
}
