// SPDX-License-Identifier: Apache-2.0
// Uncertainty budgets, adequacy, environmental limits and decision rules in the record workflow.
#include "db/catalog/CatalogService.h"
#include "db/records/RecordService.h"
#include "db/standards/StandardService.h"
#include "support/TemporaryDatabase.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

StartRecordInput start(Id instrument, RecordKind kind, const QString& procedure = QString())
{
    StartRecordInput in;
    in.instrumentId = instrument;
    in.kind = kind;
    in.date = QDate(2026, 11, 20);
    in.temperature = q("20 °C");
    in.humidity = q("55 %RH");
    in.procedureCode = procedure;
    return in;
}

ReadingInput reading(Id standard, const char* reference, std::initializer_list<const char*> indications)
{
    ReadingInput r;
    r.standardId = standard;
    r.reference = q(reference);
    for (const char* i : indications)
        r.indications.append(q(i));
    return r;
}

} // namespace

TEST_CASE("each calibration point gets a budget from the standard, the resolution and the repeats", "[db][budget]")
{
    LabFixture f;
    RecordService records(f.lab());
    auto record = records.start(f.technician, start(f.scale, RecordKind::Calibration, QStringLiteral("QTHC-KL")));
    REQUIRE(record);
    auto point = records.addReading(f.technician, record->id,
                                    reading(f.massStandard, "20 kg", {"20.01 kg", "20.02 kg", "20.02 kg"}));
    REQUIRE(point);
    REQUIRE(point->budgetResult);
    const BudgetResult& b = *point->budgetResult;
    REQUIRE(b.contributions.size() == 3);
    // The M1 set's certificate: U = 0.5 g (k = 2) → 0.25 g; d = 10 g → 5 g/√3; three repeats → s/√3.
    CHECK(b.contributions[0].standardUncertainty == Approx(0.00025));
    CHECK(b.contributions[1].standardUncertainty == Approx(0.005 / std::sqrt(3.0)));
    CHECK(b.contributions[2].dof == 2);
    CHECK(b.combined == Approx(0.0044166).epsilon(1e-4));
    CHECK(b.effectiveDofUsed == 6);
    CHECK(b.coverageFactor == Approx(2.52).margin(0.005));
    CHECK(b.expandedRounded.toString() == QStringLiteral("0.011"));
    CHECK_FALSE(point->uncertaintyEntered);
    completeProgramme(f, record->id);
    auto done = records.complete(f.technician, record->id);
    REQUIRE(done);
    CHECK(f.db()
              .scalar(QStringLiteral("SELECT expanded_computed FROM readings WHERE record_id = ?"), {record->id})
              ->toString() == QStringLiteral("0.011 kg"));
    const QJsonObject budget =
        QJsonDocument::fromJson(
            f.db()
                .scalar(QStringLiteral("SELECT budget FROM readings WHERE record_id = ?"), {record->id})
                ->toString()
                .toUtf8())
            .object();
    CHECK(budget.value(QStringLiteral("result")).toString().contains(QStringLiteral("0.011 kg")));
}

TEST_CASE("the drift of a standard between its calibrations enters the budget", "[db][budget]")
{
    LabFixture f;
    StandardCalibration older;
    older.standardId = f.massStandard;
    older.date = QDate(2025, 1, 10);
    older.validUntil = QDate(2026, 1, 9);
    older.certificate = QStringLiteral("V25-0099/VMI");
    older.byLabId = f.institute;
    older.points = {CalibrationPoint{q("20 kg"), q("0.2 g"), q("1 g"), Decimal(2, 0), {}}};
    REQUIRE(StandardService(f.lab()).calibrate(f.manager, older));
    RecordService records(f.lab());
    auto record = records.start(f.technician, start(f.scale, RecordKind::Calibration, QStringLiteral("QTHC-KL")));
    REQUIRE(record);
    auto point = records.addReading(f.technician, record->id, reading(f.massStandard, "20 kg", {"20.01 kg"}));
    REQUIRE(point);
    bool drift = false;
    for (const ContributionResult& c : point->budgetResult->contributions) {
        if (c.name.contains(QStringLiteral("drift"))) {
            drift = true;
            CHECK(c.standardUncertainty == Approx(0.0003 / std::sqrt(3.0))); // 0.5 g − 0.2 g, rectangular
        }
    }
    CHECK(drift);
}

TEST_CASE("a test uncertainty ratio below the procedure's minimum is a warning kept with the point", "[db][budget]")
{
    LabFixture f;
    RecordService records(f.lab());
    // The ratio is the MPE over the standard's own U, not over the point's budget (whose resolution term alone
    // would put every class III scale below 3:1): MPE 10 g at 20 kg, the M1 set's U = 0.5 g there, TUR 20.
    auto record = records.start(f.technician, start(f.scale, RecordKind::Periodic));
    REQUIRE(record);
    auto adequate = records.addReading(f.technician, record->id, reading(f.massStandard, "20 kg", {"20.00 kg"}));
    REQUIRE(adequate);
    REQUIRE(adequate->tur);
    CHECK(*adequate->tur == Approx(20));
    CHECK(adequate->warnings.isEmpty());

    // A procedure asking 25:1 is not met by 20:1: a warning kept with the point.
    ProcedureChanges strict;
    strict.minTur = std::optional<Decimal>(Decimal(25, 0));
    REQUIRE(CatalogService(f.lab()).updateProcedure(f.admin, QStringLiteral("ĐLVN 14:2009"), strict));
    auto second = records.start(f.technician, start(f.scale, RecordKind::Periodic));
    REQUIRE(second);
    auto point = records.addReading(f.technician, second->id, reading(f.massStandard, "20 kg", {"20.00 kg"}));
    REQUIRE(point);
    REQUIRE(point->tur);
    CHECK(*point->tur < 25);
    REQUIRE(point->warnings.size() == 1);
    CHECK(point->verdict == Verdict::Pass);
    auto details = records.details(second->id);
    REQUIRE(details);
    REQUIRE(details->issues.size() == 1);
    CHECK(details->issues.first().contains(QStringLiteral("25:1")));

    // A point's number is never given again, not even after its reading was removed by hand: a new point does not
    // inherit the removed one's warning.
    // (Removed with the row log's trigger dropped too, or the lab would take no further entry.)
    REQUIRE(f.db().dropTrigger(f.db().isServer() ? QStringLiteral("rowlog_readings")
                                                 : QStringLiteral("rowlog_readings_delete")));
    REQUIRE(f.db().exec(QStringLiteral("DELETE FROM readings WHERE record_id = ?"), {second->id}));
    auto next = records.addReading(f.technician, second->id, reading(f.massStandard, "20 kg", {"20.00 kg"}));
    REQUIRE(next);
    CHECK(next->seq == point->seq + 1);
    const QStringList issues = records.details(second->id)->issues;
    REQUIRE(issues.size() == 2); // the removed point's and the new one's own, each under its number
    CHECK(issues[0].startsWith(QStringLiteral("point %1:").arg(point->seq)));
    CHECK(issues[1].startsWith(QStringLiteral("point %1:").arg(next->seq)));
}

TEST_CASE("conditions outside a procedure's limits are refused or warned as it says", "[db][environment]")
{
    LabFixture f;
    RecordService records(f.lab());
    StartRecordInput hot = start(f.scale, RecordKind::Calibration, QStringLiteral("QTHC-KL"));
    hot.temperature = q("25 °C");
    const QString before = f.snapshot();
    auto refused = records.start(f.technician, hot);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == QStringLiteral("environment_out_of_limits"));
    CHECK(refused.error().field == QStringLiteral("temperature"));
    CHECK(f.snapshot() == before);
    StartRecordInput humid = start(f.scale, RecordKind::Calibration, QStringLiteral("QTHC-KL"));
    humid.humidity = q("85 %RH");
    auto warned = records.start(f.technician, humid);
    REQUIRE(warned);
    CHECK(records.details(warned->id)->issues.size() == 1);
    StartRecordInput bare = start(f.scale, RecordKind::Periodic);
    bare.temperature.reset();
    bare.humidity.reset();
    auto missing = records.start(f.technician, bare);
    REQUIRE(missing);
    CHECK(records.details(missing->id)->issues.first().contains(QStringLiteral("temperature")));
}

TEST_CASE("a guard-banded procedure fails a result within the MPE but inside the guard band", "[db][decision]")
{
    LabFixture f;
    ProcedureChanges changes;
    changes.decisionRule = QJsonObject{{QStringLiteral("kind"), QStringLiteral("guard-banded")},
                                       {QStringLiteral("guard_factor"), QStringLiteral("1")},
                                       {QStringLiteral("conditional"), true}};
    CHECK(CatalogService(f.lab()).updateProcedure(f.manager, QStringLiteral("ĐLVN 14:2009"), changes).error().kind ==
          ErrorKind::Permission);
    REQUIRE(CatalogService(f.lab()).updateProcedure(f.admin, QStringLiteral("ĐLVN 14:2009"), changes));
    RecordService records(f.lab());
    auto record = records.start(f.technician, start(f.scale, RecordKind::Periodic));
    REQUIRE(record);
    // Error 10 g = MPE: passes simple acceptance, but U ≈ 5.9 g puts it in the guard band.
    auto point = records.addReading(f.technician, record->id, reading(f.massStandard, "20 kg", {"20.01 kg"}));
    REQUIRE(point);
    CHECK(point->decisionRule == QStringLiteral("guard-banded"));
    CHECK(point->decisionOutcome == QStringLiteral("conditional-fail"));
    CHECK(point->verdict == Verdict::Fail);
    auto small = records.addReading(f.technician, record->id, reading(f.massStandard, "20 kg", {"20.00 kg"}));
    REQUIRE(small);
    CHECK(small->verdict == Verdict::Pass);
}

TEST_CASE("procedure settings are checked before they are stored", "[db][catalog]")
{
    LabFixture f;
    CatalogService catalog(f.lab());
    ProcedureChanges bad;
    bad.envLimits = QJsonObject{{QStringLiteral("temperature"),
                                 QJsonObject{{QStringLiteral("min"), QStringLiteral("17 kg")},
                                             {QStringLiteral("max"), QStringLiteral("23 °C")}}}};
    CHECK(catalog.updateProcedure(f.admin, QStringLiteral("QTHC-KL"), bad).error().field ==
          QStringLiteral("env-limits"));
    ProcedureChanges rule;
    rule.decisionRule = QJsonObject{{QStringLiteral("kind"), QStringLiteral("coin")}};
    CHECK(catalog.updateProcedure(f.admin, QStringLiteral("QTHC-KL"), rule).error().field ==
          QStringLiteral("decision-rule"));
    ProcedureChanges tur;
    tur.minTur = std::optional<Decimal>(Decimal(-1, 0));
    CHECK(catalog.updateProcedure(f.admin, QStringLiteral("QTHC-KL"), tur).error().field == QStringLiteral("min-tur"));
    ProcedureChanges programme;
    programme.programme = QJsonObject{
        {QStringLiteral("tests"), QJsonArray{QJsonObject{{QStringLiteral("test"), QStringLiteral("weighting")}}}}};
    CHECK(catalog.updateProcedure(f.admin, QStringLiteral("QTHC-KL"), programme).error().field ==
          QStringLiteral("programme"));
    ProcedureChanges terms;
    terms.budgetTerms = QJsonArray{QJsonObject{
        {QStringLiteral("name"), QStringLiteral("temperature effect")},
        {QStringLiteral("value"),
         QJsonObject{{QStringLiteral("value"), QStringLiteral("2")}, {QStringLiteral("unit"), QStringLiteral("g")}}}}};
    REQUIRE(catalog.updateProcedure(f.admin, QStringLiteral("QTHC-KL"), terms));
    RecordService records(f.lab());
    auto record = records.start(f.technician, start(f.scale, RecordKind::Calibration, QStringLiteral("QTHC-KL")));
    REQUIRE(record);
    auto point = records.addReading(f.technician, record->id, reading(f.massStandard, "20 kg", {"20.01 kg"}));
    REQUIRE(point);
    CHECK(point->budgetResult->contributions.last().name == QStringLiteral("temperature effect"));
}
