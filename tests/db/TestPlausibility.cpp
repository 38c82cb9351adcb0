// SPDX-License-Identifier: Apache-2.0
// What OIML R 76 / R 111 and common sense rule out is refused by the use cases themselves, so the command
// line, the desktop and the CSV import all refuse it, naming the field, with the lab left as it was.
#include "db/lab/SettingsService.h"
#include "db/records/RecordService.h"
#include "db/registry/ImportService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "support/TemporaryDatabase.h"

#include <functional>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

const char* const tables[] = {"instruments", "instrument_owners", "standard_calibrations", "records", "organisations",
                              "settings",    "audit_log"};

QMap<QString, qint64> rowCounts(Database& db)
{
    QMap<QString, qint64> counts;
    for (const char* table : tables)
        counts.insert(QString::fromLatin1(table),
                      db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))->toLongLong());
    return counts;
}

template <typename T>
Error errorOf(const Result<T>& r)
{
    return r ? Error{ErrorKind::Internal, QStringLiteral("unexpected_success"), {}, {}} : r.error();
}

Instrument nawi(LabFixture& f, const char* cls, const char* max, const char* d)
{
    Instrument i;
    i.typeCode = QStringLiteral("NAWI");
    i.serial = QStringLiteral("P-1");
    i.ownerId = f.customer;
    i.accuracyClass = QString::fromLatin1(cls);
    i.rangeMax = q(max);
    i.resolution = q(d);
    return i;
}

Instrument weight(LabFixture& f, const char* cls, const char* nominal)
{
    Instrument i;
    i.typeCode = QStringLiteral("WEIGHT");
    i.serial = QStringLiteral("W-1");
    i.ownerId = f.customer;
    i.accuracyClass = QString::fromLatin1(cls);
    i.nominal = q(nominal);
    return i;
}

StandardCalibration calibration(LabFixture& f, QDate date, QDate validUntil)
{
    StandardCalibration c;
    c.standardId = f.massStandard;
    c.date = date;
    c.validUntil = validUntil;
    c.certificate = QStringLiteral("VMI-P");
    c.byLabId = f.institute;
    return c;
}

StartRecordInput start(LabFixture& f, const char* temperature, const char* humidity)
{
    StartRecordInput in;
    in.instrumentId = f.scale;
    in.date = QDate(2026, 11, 20);
    if (*temperature)
        in.temperature = q(temperature);
    if (*humidity)
        in.humidity = q(humidity);
    return in;
}

struct Implausible
{
    const char* name;
    const char* field;
    std::function<Error(LabFixture&)> attempt;
};

} // namespace

TEST_CASE("implausible registrations and work are refused naming the field, changing nothing",
          "[db][plausibility][refusals]")
{
    const QList<Implausible> cases{
        {"class III scale with e ≠ d", "verification-interval",
         [](LabFixture& f) {
             Instrument i = nawi(f, "III", "60 kg", "10 g");
             i.verificationInterval = q("20 g");
             return errorOf(RegistryService(f.lab()).addInstrument(f.technician, i));
         }},
        {"class III scale with n = 12 000", "range-max",
         [](LabFixture& f) {
             return errorOf(RegistryService(f.lab()).addInstrument(f.technician, nawi(f, "III", "60 kg", "5 g")));
         }},
        {"class IIII scale with e = 2 g", "resolution",
         [](LabFixture& f) {
             return errorOf(RegistryService(f.lab()).addInstrument(f.technician, nawi(f, "IIII", "300 g", "2 g")));
         }},
        {"scale with d = 3 g", "resolution",
         [](LabFixture& f) {
             return errorOf(RegistryService(f.lab()).addInstrument(f.technician, nawi(f, "", "60 kg", "3 g")));
         }},
        {"scale of class 3", "class",
         [](LabFixture& f) {
             return errorOf(RegistryService(f.lab()).addInstrument(f.technician, nawi(f, "3", "60 kg", "10 g")));
         }},
        {"range with Min = Max", "range-min",
         [](LabFixture& f) {
             Instrument i = nawi(f, "", "60 kg", "10 g");
             i.rangeMin = q("60 kg");
             return errorOf(RegistryService(f.lab()).addInstrument(f.technician, i));
         }},
        {"resolution wider than the range", "resolution",
         [](LabFixture& f) {
             Instrument i;
             i.typeCode = QStringLiteral("PRESSURE-GAUGE");
             i.ownerId = f.customer;
             i.rangeMax = q("1 MPa");
             i.resolution = q("2 MPa");
             return errorOf(RegistryService(f.lab()).addInstrument(f.technician, i));
         }},
        {"weight of 3 kg", "nominal",
         [](LabFixture& f) {
             return errorOf(RegistryService(f.lab()).addInstrument(f.technician, weight(f, "M1", "3 kg")));
         }},
        {"weight of class Z9", "class",
         [](LabFixture& f) {
             return errorOf(RegistryService(f.lab()).addInstrument(f.technician, weight(f, "Z9", "1 kg")));
         }},
        {"transfer dated 1899", "date",
         [](LabFixture& f) {
             return errorOf(
                 RegistryService(f.lab()).transferInstrument(f.technician, f.scale, f.institute, QDate(1899, 12, 31)));
         }},
        {"calibration dated 1899", "date",
         [](LabFixture& f) {
             return errorOf(
                 StandardService(f.lab()).calibrate(f.manager, calibration(f, QDate(1899, 1, 1), QDate(1900, 1, 1))));
         }},
        {"calibration valid for 5 years and a day", "valid-until",
         [](LabFixture& f) {
             return errorOf(
                 StandardService(f.lab()).calibrate(f.manager, calibration(f, QDate(2026, 11, 1), QDate(2031, 11, 2))));
         }},
        {"work dated 1899", "date",
         [](LabFixture& f) {
             StartRecordInput in = start(f, "", "");
             in.date = QDate(1899, 11, 20);
             return errorOf(RecordService(f.lab()).start(f.technician, in));
         }},
        {"instrument received in 1899", "received",
         [](LabFixture& f) {
             StartRecordInput in = start(f, "", "");
             in.received = QDate(1899, 11, 20);
             return errorOf(RecordService(f.lab()).start(f.technician, in));
         }},
        {"room below absolute zero", "temperature",
         [](LabFixture& f) { return errorOf(RecordService(f.lab()).start(f.technician, start(f, "-300 °C", ""))); }},
        {"humidity of 120 %RH", "humidity",
         [](LabFixture& f) { return errorOf(RecordService(f.lab()).start(f.technician, start(f, "", "120 %RH"))); }},
        {"maximum validity of 0 months", "max_calibration_validity_months",
         [](LabFixture& f) {
             return errorOf(SettingsService(f.lab()).set(f.admin, QStringLiteral("max_calibration_validity_months"),
                                                         QStringLiteral("0")));
         }},
    };
    for (const Implausible& c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            LabFixture f;
            const auto counts = rowCounts(f.db());
            const QString before = f.snapshot();
            const Error e = c.attempt(f);
            INFO(e.message.toStdString());
            CHECK(e.kind == ErrorKind::BadInput);
            CHECK(e.field == QString::fromLatin1(c.field));
            CHECK_FALSE(e.message.isEmpty());
            CHECK(rowCounts(f.db()) == counts);
            CHECK(f.snapshot() == before);
        }
    }
}

TEST_CASE("plausible registrations at the limits are stored", "[db][plausibility]")
{
    LabFixture f;
    RegistryService registry(f.lab());
    Instrument atLimit = nawi(f, "III", "2.5 kg", "5 g"); // n = 500 exactly
    REQUIRE(registry.addInstrument(f.technician, atLimit));
    Instrument auxiliary = nawi(f, "II", "200 g", "0.001 g"); // class II may show d < e
    auxiliary.serial = QStringLiteral("P-2");
    auxiliary.verificationInterval = q("0.01 g");
    auto added = registry.addInstrument(f.technician, auxiliary);
    REQUIRE(added);
    CHECK(added->verificationInterval->toString() == QStringLiteral("0.01 g"));
    auto halfKilo = registry.addInstrument(f.technician, weight(f, "M1", "0.5 kg"));
    REQUIRE(halfKilo);
    CHECK(registry.addInstrument(f.technician, nawi(f, "IIII", "5 kg", "5 g")).error().field ==
          QStringLiteral("serial")); // plausible (n = 1000): refused only as a duplicate of P-1
}

TEST_CASE("the lab sets how long a standard's calibration may be valid", "[db][plausibility][settings]")
{
    LabFixture f;
    StandardService standards(f.lab());
    REQUIRE(standards.calibrate(f.manager, calibration(f, QDate(2026, 11, 1), QDate(2031, 11, 1))));
    REQUIRE(
        SettingsService(f.lab()).set(f.admin, QStringLiteral("max_calibration_validity_months"), QStringLiteral("12")));
    CHECK(standards.calibrate(f.manager, calibration(f, QDate(2026, 11, 2), QDate(2027, 11, 3))).error().field ==
          QStringLiteral("valid-until"));
    CHECK(standards.calibrate(f.manager, calibration(f, QDate(2026, 11, 2), QDate(2027, 11, 2))));
    for (const char* bad : {"abc", "241", "-1"})
        CHECK(SettingsService(f.lab())
                  .set(f.admin, QStringLiteral("max_calibration_validity_months"), QString::fromLatin1(bad))
                  .error()
                  .field == QStringLiteral("max_calibration_validity_months"));
}

TEST_CASE("an import refuses an implausible row like a registration, naming line and field",
          "[db][plausibility][import]")
{
    LabFixture f;
    const auto counts = rowCounts(f.db());
    const QString csv = QStringLiteral("type,owner,serial,class,range-max,resolution,verification-interval\n"
                                       "NAWI,%1,I-1,III,60 kg,10 g,\n"
                                       "NAWI,%1,I-2,III,60 kg,10 g,20 g\n"
                                       "NAWI,%1,I-3,IIII,60 kg,20 g,\n")
                            .arg(f.customer);
    auto report = ImportService(f.lab()).importCsv(f.technician, ImportKind::Instruments, csv, ImportOptions{});
    REQUIRE(report);
    CHECK(report->imported == 0);
    REQUIRE(report->rows.size() == 3);
    CHECK_FALSE(report->rows[0].error);
    REQUIRE(report->rows[1].error);
    CHECK(report->rows[1].line == 3);
    CHECK(report->rows[1].error->field == QStringLiteral("verification-interval"));
    REQUIRE(report->rows[2].error);
    CHECK(report->rows[2].error->field == QStringLiteral("range-max")); // n = 3000 > 1000
    CHECK(rowCounts(f.db()) == counts);
}
