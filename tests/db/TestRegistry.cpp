// SPDX-License-Identifier: Apache-2.0
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {
Instrument scale(Id owner, const QString& serial)
{
    Instrument i;
    i.typeCode = QStringLiteral("NAWI");
    i.serial = serial;
    i.manufacturer = QStringLiteral("Vicky");
    i.ownerId = owner;
    i.rangeMax = q("150 kg");
    i.resolution = q("50 g");
    i.accuracyClass = QStringLiteral("III");
    return i;
}
} // namespace

TEST_CASE("organisations are validated and Vietnamese text round-trips", "[db][registry]")
{
    LabFixture f;
    RegistryService registry(f.lab());
    Organisation o;
    o.name = QStringLiteral("Hợp tác xã Chè Tân Trào'); DROP TABLE instruments;--");
    o.taxCode = QStringLiteral("5000123456-001");
    o.commune = QStringLiteral("Xã Tân Trào");
    auto added = registry.addOrganisation(f.technician, o);
    REQUIRE(added);
    auto back = registry.fetchOrganisation(added->id);
    REQUIRE(back);
    CHECK(back->name == o.name);
    CHECK(back->commune == o.commune);
    CHECK(registry.organisations(QStringLiteral("Tân Trào"))->size() == 1);
    o.taxCode = QStringLiteral("12AB");
    auto bad = registry.addOrganisation(f.technician, o);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == QStringLiteral("tax-code"));
    o.taxCode.clear();
    o.name = QStringLiteral("   ");
    CHECK(registry.addOrganisation(f.technician, o).error().field == QStringLiteral("name"));
}

TEST_CASE("an organisation of the province names a registered commune; one elsewhere names its own",
          "[db][registry][communes]")
{
    LabFixture f;
    RegistryService registry(f.lab());
    Organisation o;
    o.name = QStringLiteral("Cửa hàng xăng dầu số 5");
    o.commune = QStringLiteral("  tân   trào ");
    auto added = registry.addOrganisation(f.technician, o);
    REQUIRE(added);
    CHECK(registry.fetchOrganisation(added->id)->commune == QStringLiteral("Xã Tân Trào"));

    const auto before = registry.organisations()->size();
    o.name = QStringLiteral("Cửa hàng số 6");
    o.commune = QStringLiteral("Xã Không Có Thật");
    auto wrong = registry.addOrganisation(f.technician, o);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().field == QStringLiteral("commune"));
    CHECK(registry.organisations()->size() == before);

    o.name = QStringLiteral("Cửa hàng số 7");
    o.province = QStringLiteral("tỉnh tuyên quang");
    o.commune = QStringLiteral("Tân Trào");
    auto inProvince = registry.addOrganisation(f.technician, o);
    REQUIRE(inProvince);
    CHECK(inProvince->province == QStringLiteral("Tuyên Quang")); // as registered, not as typed
    o.name = QStringLiteral("Cửa hàng số 6");
    o.province = QStringLiteral("Hà Nội");
    o.commune = QStringLiteral("Phường Cầu Giấy");
    auto elsewhere = registry.addOrganisation(f.technician, o);
    REQUIRE(elsewhere);
    CHECK(elsewhere->commune == QStringLiteral("Phường Cầu Giấy"));
}

TEST_CASE("a duplicate serial is refused and nothing is written", "[db][registry]")
{
    LabFixture f;
    RegistryService registry(f.lab());
    REQUIRE(registry.addInstrument(f.technician, scale(f.customer, QStringLiteral("X-1"))));
    const QString before = f.snapshot();
    auto dup = registry.addInstrument(f.technician, scale(f.customer, QStringLiteral("X-1")));
    REQUIRE_FALSE(dup);
    CHECK(dup.error().code == QStringLiteral("duplicate_serial"));
    CHECK(dup.error().field == QStringLiteral("serial"));
    CHECK(f.snapshot() == before);
    // Another maker's instrument may carry the same serial.
    Instrument other = scale(f.customer, QStringLiteral("X-1"));
    other.manufacturer = QStringLiteral("Nhơn Hòa");
    CHECK(registry.addInstrument(f.technician, other));
}

TEST_CASE("an instrument without a maker's serial gets a number from the lab", "[db][registry]")
{
    LabFixture f;
    RegistryService registry(f.lab());
    auto a = registry.addInstrument(f.technician, scale(f.customer, QString()));
    auto b = registry.addInstrument(f.technician, scale(f.customer, QString()));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->serialAssignedByLab);
    CHECK(a->serial.startsWith(QStringLiteral("LAB-2026-")));
    CHECK(a->serial != b->serial);
    CHECK(registry.fetchInstrument(a->id)->serialAssignedByLab);
}

TEST_CASE("instrument quantities must be of the type's dimension", "[db][registry]")
{
    LabFixture f;
    RegistryService registry(f.lab());
    Instrument i = scale(f.customer, QStringLiteral("P-1"));
    i.rangeMax = q("1 MPa");
    i.resolution.reset();
    const QString before = f.snapshot();
    auto r = registry.addInstrument(f.technician, i);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == QStringLiteral("unit_mismatch"));
    CHECK(r.error().field == QStringLiteral("range-max"));
    i = scale(f.customer, QStringLiteral("P-2"));
    i.typeCode = QStringLiteral("NOPE");
    CHECK(registry.addInstrument(f.technician, i).error().kind == ErrorKind::NotFound);
    i = scale(9999, QStringLiteral("P-3"));
    CHECK(registry.addInstrument(f.technician, i).error().kind == ErrorKind::NotFound);
    CHECK(f.snapshot() == before);
}

TEST_CASE("an auditor cannot register anything", "[db][registry]")
{
    LabFixture f;
    auto auditor = Session{99, QStringLiteral("auditor"), Role::Auditor};
    auto r = RegistryService(f.lab()).addInstrument(auditor, scale(f.customer, QStringLiteral("A-1")));
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == ErrorKind::Permission);
}

TEST_CASE("a transfer keeps the ownership history and refuses a future date", "[db][registry]")
{
    LabFixture f;
    RegistryService registry(f.lab());
    Organisation o;
    o.name = QStringLiteral("Chợ Tam Cờ");
    auto market = registry.addOrganisation(f.technician, o);
    REQUIRE(market);
    auto future = registry.transferInstrument(f.technician, f.scale, market->id, QDate(2026, 12, 1));
    REQUIRE_FALSE(future);
    CHECK(future.error().code == QStringLiteral("date_in_future"));
    auto moved = registry.transferInstrument(f.technician, f.scale, market->id, QDate(2026, 11, 25));
    REQUIRE(moved);
    CHECK(registry.fetchInstrument(f.scale)->ownerId == market->id);
    CHECK(f.db()
              .scalar(QStringLiteral("SELECT COUNT(*) FROM instrument_owners WHERE instrument_id = ?"), {f.scale})
              ->toInt() == 2);
    CHECK(f.db()
              .scalar(
                  QStringLiteral("SELECT COUNT(*) FROM instrument_owners WHERE instrument_id = ? AND to_date IS NULL"),
                  {f.scale})
              ->toInt() == 1);
}

TEST_CASE("standards: only managers add them, and a status change needs a reason", "[db][standards]")
{
    LabFixture f;
    StandardService standards(f.lab());
    Standard s;
    s.name = QStringLiteral("Áp kế chuẩn");
    s.serial = QStringLiteral("AK-1");
    CHECK(standards.addStandard(f.technician, s).error().kind == ErrorKind::Permission);
    auto added = standards.addStandard(f.manager, s);
    REQUIRE(added);
    CHECK(standards.setStatus(f.manager, added->id, StandardStatus::Quarantined, QString()).error().field ==
          QStringLiteral("reason"));
    auto q = standards.setStatus(f.manager, added->id, StandardStatus::Quarantined, QStringLiteral("dropped"));
    REQUIRE(q);
    CHECK(q->status == StandardStatus::Quarantined);
}

TEST_CASE("a standard's calibration names exactly one calibrator that is not a customer", "[db][standards]")
{
    LabFixture f;
    StandardService standards(f.lab());
    StandardCalibration c;
    c.standardId = f.massStandard;
    c.date = QDate(2026, 2, 1);
    c.validUntil = QDate(2027, 1, 31);
    c.certificate = QStringLiteral("X");
    CHECK(standards.calibrate(f.manager, c).error().field == QStringLiteral("by-lab"));
    c.byLabId = f.customer;
    CHECK(standards.calibrate(f.manager, c).error().field == QStringLiteral("by-lab"));
    c.byLabId.reset();
    c.byStandardId = f.massStandard;
    CHECK(standards.calibrate(f.manager, c).error().field == QStringLiteral("by-standard"));
    c.validUntil = QDate(2025, 1, 1);
    c.byStandardId.reset();
    c.byLabId = f.institute;
    CHECK(standards.calibrate(f.manager, c).error().field == QStringLiteral("valid-until"));
}
