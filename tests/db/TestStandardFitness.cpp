// SPDX-License-Identifier: Apache-2.0
// A standard serves a point only if it is of the instrument's quantity, realises the load within its range,
// the load is one the instrument can take, and (OIML R 76 3.7.1) its error there is at most a third of the MPE.
#include "core/StandardFitness.h"
#include "db/records/RecordService.h"
#include "db/standards/StandardService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

Id addStandard(LabFixture& f, const char* name, const char* cls, const char* rangeMax,
               std::optional<CalibrationPoint> point = std::nullopt)
{
    StandardService standards(f.lab());
    Standard s;
    s.name = QString::fromUtf8(name);
    s.serial = QStringLiteral("SN-") + s.name;
    s.accuracyClass = QString::fromUtf8(cls);
    if (rangeMax)
        s.rangeMax = q(rangeMax);
    auto added = standards.addStandard(f.manager, s);
    REQUIRE(added);
    StandardCalibration cal;
    cal.standardId = added->id;
    cal.date = QDate(2026, 1, 10);
    cal.validUntil = QDate(2027, 1, 9);
    cal.certificate = QStringLiteral("CAL-") + s.name;
    cal.byLabId = f.institute;
    if (point)
        cal.points = {*point};
    REQUIRE(standards.calibrate(f.manager, cal));
    return added->id;
}

Result<PointEvaluation> read(LabFixture& f, Id record, Id standard, const char* reference, const char* indication)
{
    ReadingInput in;
    in.standardId = standard;
    in.reference = q(reference);
    in.indications = {q(indication)};
    return RecordService(f.lab()).addReading(f.technician, record, in);
}

// The refusal names its code and field, and the lab holds exactly what it held before.
void refusedUnchanged(LabFixture& f, Id record, Id standard, const char* reference, const char* code, const char* field,
                      ErrorKind kind = ErrorKind::Refused)
{
    INFO(reference << " " << code);
    const QString before = f.snapshot();
    auto r = read(f, record, standard, reference, reference);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == QString::fromLatin1(code));
    CHECK(r.error().field == QString::fromLatin1(field));
    CHECK(r.error().kind == kind);
    CHECK(f.snapshot() == before);
}

} // namespace

TEST_CASE("a standard of another quantity cannot serve a scale", "[db][standards][fitness]")
{
    LabFixture f;
    const Id gauge = addStandard(f, "Áp kế chuẩn", "0.1", "1 MPa");
    const Id record = startVerification(f);
    refusedUnchanged(f, record, gauge, "20 kg", "standard_wrong_quantity", "standard");
}

TEST_CASE("a standard realises no load above its range, and a load is never negative", "[db][standards][fitness]")
{
    LabFixture f;
    const Id small = addStandard(f, "Quả cân 1 kg", "M1", "1 kg");
    const Id record = startVerification(f);
    refusedUnchanged(f, record, small, "20 kg", "standard_out_of_range", "reference");
    CHECK(read(f, record, small, "1 kg", "1.00 kg"));
    refusedUnchanged(f, record, f.massStandard, "-1 kg", "negative_load", "reference", ErrorKind::BadInput);
}

TEST_CASE("a scale takes loads up to Max + 9 e and no further", "[db][standards][fitness]")
{
    LabFixture f; // Max 60 kg, e = d = 10 g: up to 60.09 kg
    const Id record = startVerification(f);
    CHECK(read(f, record, f.massStandard, "60.09 kg", "60.09 kg"));
    refusedUnchanged(f, record, f.massStandard, "60.1 kg", "beyond_instrument_range", "reference");
}

TEST_CASE("OIML R 76 3.7.1: the weights' error may be at most a third of the scale's MPE", "[db][standards][r76]")
{
    LabFixture f;
    const Id m2 = addStandard(f, "Bộ quả cân M2", "M2", "100 kg");
    const Id m3 = addStandard(f, "Bộ quả cân M3", "M3", "100 kg");
    const Id record = startVerification(f);
    // At 20 kg (2000 e) the MPE is 1 e = 10 g: an M2 20 kg weight (δm 3 g) serves, an M3 one (δm 10 g) does not.
    CHECK(read(f, record, m2, "20 kg", "20.00 kg"));
    refusedUnchanged(f, record, m3, "20 kg", "standard_inadequate", "standard");
    auto refusal = read(f, record, m3, "20 kg", "20.00 kg");
    REQUIRE_FALSE(refusal);
    CHECK(refusal.error().message.contains(QStringLiteral("M3")));
    CHECK(refusal.error().message.contains(QStringLiteral("1.00")));
    // At 48 kg the M2 set realises 20 + 20 + 5 + 2 + 1 kg: 7.26 g against a third of 15 g.
    refusedUnchanged(f, record, m2, "48 kg", "standard_inadequate", "standard");
    // The M1 set: 2.4 g at 48 kg.
    CHECK(read(f, record, f.massStandard, "48 kg", "48.00 kg"));
}

TEST_CASE("without a class, a calibration point bounds the standard's error by |correction| + U",
          "[db][standards][r76]")
{
    LabFixture f;
    const Id coarse = addStandard(f, "Quả cân không cấp", "", "50 kg",
                                  CalibrationPoint{q("20 kg"), q("2 g"), q("2 g"), Decimal(2, 0), {}});
    const Id fine =
        addStandard(f, "Quả cân tốt", "", "50 kg", CalibrationPoint{q("20 kg"), q("1 g"), q("1 g"), Decimal(2, 0), {}});
    const Id record = startVerification(f);
    refusedUnchanged(f, record, coarse, "20 kg", "standard_inadequate", "standard");
    auto ok = read(f, record, fine, "20 kg", "20.00 kg");
    REQUIRE(ok);
    // The test uncertainty ratio is the MPE over the standard's own U: 10 g / 1 g.
    REQUIRE(ok->tur);
    CHECK(*ok->tur == Approx(10));
}

TEST_CASE("a standard's quantity comes from its range's unit or is named, and must agree", "[db][standards]")
{
    LabFixture f;
    StandardService standards(f.lab());
    Standard s;
    s.name = QStringLiteral("Bình chuẩn");
    s.serial = QStringLiteral("B-1");
    s.quantity = QStringLiteral("volume");
    auto named = standards.addStandard(f.manager, s);
    REQUIRE(named);
    CHECK(standards.fetchStandard(named->id)->quantity == QStringLiteral("volume"));
    s.serial = QStringLiteral("B-2");
    s.quantity = QStringLiteral("weight");
    CHECK(standards.addStandard(f.manager, s).error().field == QStringLiteral("quantity"));
    s.quantity = QStringLiteral("volume");
    s.rangeMax = q("20 kg");
    CHECK(standards.addStandard(f.manager, s).error().field == QStringLiteral("quantity"));
}

TEST_CASE("a set registered weight by weight realises only what its weights make up, each by its own class",
          "[db][standards][weights]")
{
    LabFixture f;
    StandardService standards(f.lab());
    const Id set = addStandard(f, "Bộ quả cân từng quả", "M1", "50 kg");
    const auto add = [&](const char* nominal, const char* mark, const char* cls = "") {
        WeightItem w;
        w.standardId = set;
        w.nominal = q(nominal);
        w.mark = QString::fromUtf8(mark);
        w.accuracyClass = QString::fromUtf8(cls);
        return standards.addWeightItem(f.manager, w);
    };
    REQUIRE(add("20 kg", "20"));
    REQUIRE(add("10 kg", "10"));
    REQUIRE(add("5 kg", "5"));
    REQUIRE(add("2 kg", "2"));
    REQUIRE(add("2 kg", "2*"));
    REQUIRE(add("1 kg", "1", "M2"));
    // Each weight calibrated, at 2 mg per kilogram of U.
    const auto calibrateWeights = [&](const char* certificate, QDate date, QDate until, QStringList marks) {
        StandardCalibration cal;
        cal.standardId = set;
        cal.date = date;
        cal.validUntil = until;
        cal.certificate = QString::fromUtf8(certificate);
        cal.byLabId = f.institute;
        const auto items = standards.weightItems(set);
        REQUIRE(items);
        for (const WeightItem& w : *items) {
            if (!marks.isEmpty() && !marks.contains(w.mark))
                continue;
            const Quantity u = Quantity::difference(w.nominal.value() * Decimal(2, 0), q("1 mg").unit());
            cal.points.append(CalibrationPoint{w.nominal, q("1 mg"), u, Decimal(2, 0), w.mark});
        }
        return standards.calibrate(f.manager, cal);
    };
    REQUIRE(calibrateWeights("KĐ-26/1", QDate(2026, 1, 20), QDate(2027, 1, 19), {}));

    SECTION("a weight's value, mark and class are checked, and a refusal leaves the lab as it was")
    {
        const QString before = f.snapshot();
        CHECK(add("3 kg", "3").error().field == QStringLiteral("nominal")); // not of the 1-2-5 series
        CHECK(add("2 kg", "2").error().code == QStringLiteral("duplicate"));
        CHECK(add("100 kg", "100").error().field == QStringLiteral("nominal")); // beyond the set's range
        CHECK(add("1 m", "x").error().field == QStringLiteral("nominal"));
        CHECK(add("1 kg", "").error().field == QStringLiteral("mark"));
        CHECK(add("1 kg", "1b", "X9").error().field == QStringLiteral("class"));
        CHECK(f.snapshot() == before);
        CHECK(standards.weightItems(set)->size() == 6);
    }
    SECTION("a calibration point names a weight of the set, at its nominal value")
    {
        StandardCalibration cal;
        cal.standardId = set;
        cal.date = QDate(2026, 2, 1);
        cal.validUntil = QDate(2027, 1, 31);
        cal.certificate = QStringLiteral("KĐ-26/2");
        cal.byLabId = f.institute;
        cal.points = {CalibrationPoint{q("2 kg"), q("1 mg"), q("10 mg"), Decimal(2, 0), QStringLiteral("7")}};
        CHECK(standards.calibrate(f.manager, cal).error().field == QStringLiteral("item"));
        cal.points = {CalibrationPoint{q("5 kg"), q("1 mg"), q("10 mg"), Decimal(2, 0), QStringLiteral("2*")}};
        CHECK(standards.calibrate(f.manager, cal).error().field == QStringLiteral("value"));
        cal.points = {CalibrationPoint{q("2 kg"), q("1 mg"), q("10 mg"), Decimal(2, 0), QStringLiteral("2*")},
                      CalibrationPoint{q("2 kg"), q("2 mg"), q("10 mg"), Decimal(2, 0), QStringLiteral("2*")}};
        CHECK(standards.calibrate(f.manager, cal).error().field == QStringLiteral("item"));
        cal.points = {CalibrationPoint{q("3 kg"), q("1 mg"), q("10 mg"), Decimal(2, 0), {}}}; // the set as a whole
        CHECK(standards.calibrate(f.manager, cal).error().field == QStringLiteral("item"));
        cal.points = {CalibrationPoint{q("2 kg"), q("1 mg"), q("10 mg"), Decimal(2, 0), QStringLiteral("2*")}};
        REQUIRE(standards.calibrate(f.manager, cal));
        CHECK(standards.calibrations(set)->last().points.first().item == QStringLiteral("2*"));
    }
    SECTION("a load no combination of its weights makes up is refused")
    {
        const Id record = startVerification(f);
        CHECK(read(f, record, set, "40 kg", "40.00 kg")); // 20 + 10 + 5 + 2 + 2 + 1
        refusedUnchanged(f, record, set, "0.5 kg", "standard_cannot_realise", "reference");
        refusedUnchanged(f, record, set, "45 kg", "standard_cannot_realise", "reference");
    }
    SECTION("each weight is as good as its own latest calibration, and must be valid on the date of the work")
    {
        // A recalibration of the 20 kg weight alone: the others keep their January values and validity.
        REQUIRE(calibrateWeights("KĐ-26/9", QDate(2026, 9, 1), QDate(2027, 8, 31), {QStringLiteral("20")}));
        CHECK(standards.fetchStandard(set)->validUntil == QDate(2027, 1, 19)); // due with its first weight
        const Id record = startVerification(f);
        auto r = read(f, record, set, "21 kg", "21.00 kg"); // 20 + 1: U 40 + 2 mg
        REQUIRE(r);
        CHECK(r->budget->contributions.first().value == Approx(0.000042)); // in kg
        // A weight added since has no calibration: no load that needs it can be realised with it.
        WeightItem extra;
        extra.standardId = set;
        extra.nominal = q("500 g");
        extra.mark = QStringLiteral("500");
        REQUIRE(standards.addWeightItem(f.manager, extra));
        refusedUnchanged(f, record, set, "0.5 kg", "weight_uncalibrated", "standard");
    }
    SECTION("a weight whose calibration has lapsed serves no load")
    {
        auto info = standards.calibrationInfo(set, QDate(2027, 2, 1));
        REQUIRE(info);
        REQUIRE(*info);
        PointForStandard point{*standards.fetchStandard(set),
                               **info,
                               Instrument(),
                               QStringLiteral("mass"),
                               q("3 kg"),
                               true,
                               true,
                               std::nullopt,
                               QDate(2027, 2, 1)};
        auto expired = checkStandardFitsPoint(point);
        REQUIRE_FALSE(expired);
        CHECK(expired.error().code == QStringLiteral("standard_expired"));
        CHECK(expired.error().message.contains(QStringLiteral("KĐ-26/1")));
    }
}
