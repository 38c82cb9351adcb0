// SPDX-License-Identifier: Apache-2.0
// Setting a lab up: organisations and instruments changed with their audit trail and the rules that keep what was
// printed true, verifier cards for the catalogue's fields and their removal, and what the lab still has to register.
#include "core/AuditWords.h"
#include "db/certificates/CertificateService.h"
#include "db/certificates/StampService.h"
#include "db/lab/SettingsService.h"
#include "db/lab/SetupService.h"
#include "db/lab/UserService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "db/trust/AuditService.h"
#include "support/TemporaryDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

QList<AuditEntry> trailOf(LabFixture& f, const QString& entity, Id id)
{
    AuditFilter filter;
    filter.entity = entity;
    filter.entityId = id;
    auto entries = AuditService(f.lab()).entries(f.admin, filter);
    REQUIRE(entries);
    return *entries;
}

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/** Issues a certificate of an approved verification of the fixture's scale. */
void issueCertificate(LabFixture& f)
{
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 3));
    ApprovedRecordInput in;
    in.indication = "20.01 kg";
    const Id record = approvedRecord(f, in);
    CertificateService certificates(
        f.lab(), [](const CertificateData& d, const QByteArray&, const QString&) -> Result<QByteArray> {
            return QByteArray("%PDF-1.4 ") + d.number.toUtf8();
        });
    IssueOptions options;
    options.passphrase = QStringLiteral("sign-pass-123");
    REQUIRE(certificates.issue(f.manager, record, options));
}

} // namespace

TEST_CASE("an organisation is changed as it was registered, with before and after in the trail", "[db][setup]")
{
    LabFixture f;
    RegistryService registry(f.lab());
    Organisation other;
    other.name = QStringLiteral("Công ty Cổ phần Nước sạch");
    other.taxCode = QStringLiteral("5000111222");
    other.commune = QStringLiteral("Phường Minh Xuân");
    REQUIRE(registry.addOrganisation(f.technician, other));

    auto o = registry.fetchOrganisation(f.customer);
    REQUIRE(o);
    o->name = QStringLiteral("  Công ty TNHH Minh Phát Tuyên Quang ");
    o->taxCode = QStringLiteral("5000123456");
    o->phone = QStringLiteral("0207 3822 111");
    auto changed = registry.updateOrganisation(f.technician, *o);
    REQUIRE(changed);
    CHECK(changed->name == QStringLiteral("Công ty TNHH Minh Phát Tuyên Quang"));
    CHECK(registry.fetchOrganisation(f.customer)->taxCode == QStringLiteral("5000123456"));

    const QList<AuditEntry> trail = trailOf(f, QStringLiteral("organisation"), f.customer);
    REQUIRE(trail.size() == 2); // registered, then changed
    CHECK(trail.first().action == QStringLiteral("organisation.edit"));
    CHECK(trail.first().actionText == QStringLiteral("Organisation's details changed"));
    CHECK(json(trail.first().before).value(QStringLiteral("name")).toString() ==
          QStringLiteral("Công ty TNHH Minh Phát"));
    CHECK(json(trail.first().after).value(QStringLiteral("tax_code")).toString() == QStringLiteral("5000123456"));

    // Its own tax code is no duplicate; another's is, and nothing is written.
    REQUIRE(registry.updateOrganisation(f.technician, *changed));
    CHECK(trailOf(f, QStringLiteral("organisation"), f.customer).size() == 2); // nothing changed, nothing logged
    const QString before = f.snapshot();
    Organisation dup = *changed;
    dup.taxCode = QStringLiteral("5000111222");
    auto refused = registry.updateOrganisation(f.technician, dup);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("tax-code"));
    CHECK(refused.error().code == QStringLiteral("duplicate_tax_code"));
    // Validated as a registration is: a blank name, a commune the province does not have.
    Organisation blank = *changed;
    blank.name = QStringLiteral("  ");
    CHECK(registry.updateOrganisation(f.technician, blank).error().field == QStringLiteral("name"));
    Organisation nowhere = *changed;
    nowhere.commune = QStringLiteral("Xã Không Có");
    nowhere.province = QStringLiteral("Tuyên Quang");
    CHECK(registry.updateOrganisation(f.technician, nowhere).error().field == QStringLiteral("commune"));
    // It owns the scale: it stays a customer.
    Organisation lab = *changed;
    lab.kind = OrganisationKind::CalibrationLab;
    auto kind = registry.updateOrganisation(f.technician, lab);
    REQUIRE_FALSE(kind);
    CHECK(kind.error().kind == ErrorKind::Refused);
    CHECK(kind.error().field == QStringLiteral("kind"));
    // The institute calibrated the mass standard: it stays an institute.
    auto vmi = registry.fetchOrganisation(f.institute);
    vmi->kind = OrganisationKind::Customer;
    CHECK(registry.updateOrganisation(f.admin, *vmi).error().code == QStringLiteral("organisation_in_use"));
    // An auditor changes nothing; an unknown id is not found.
    CHECK(registry.updateOrganisation(f.admin, *changed).has_value());
    Session auditor{f.admin.userId, QStringLiteral("auditor"), Role::Auditor};
    CHECK(registry.updateOrganisation(auditor, *changed).error().kind == ErrorKind::Permission);
    Organisation ghost = *changed;
    ghost.id = 999;
    CHECK(registry.updateOrganisation(f.admin, ghost).error().kind == ErrorKind::NotFound);
    CHECK(f.snapshot() == before);
}

TEST_CASE("an instrument is changed as it was registered; its serial stays unique but for itself", "[db][setup]")
{
    LabFixture f;
    RegistryService registry(f.lab());
    Instrument other;
    other.typeCode = QStringLiteral("NAWI");
    other.serial = QStringLiteral("S-999");
    other.manufacturer = QStringLiteral("Nhơn Hòa");
    other.ownerId = f.customer;
    other.accuracyClass = QStringLiteral("III");
    other.rangeMax = q("60 kg");
    other.resolution = q("10 g");
    REQUIRE(registry.addInstrument(f.technician, other));

    auto i = registry.fetchInstrument(f.scale);
    REQUIRE(i);
    i->place = QStringLiteral("Chợ Tam Cờ");
    i->model = QStringLiteral("TCS-60");
    i->rangeMax = q("100 kg");
    auto changed = registry.updateInstrument(f.technician, *i);
    REQUIRE(changed);
    CHECK(changed->place == QStringLiteral("Chợ Tam Cờ"));
    CHECK(changed->rangeMax->toString() == QStringLiteral("100 kg"));
    const QList<AuditEntry> trail = trailOf(f, QStringLiteral("instrument"), f.scale);
    REQUIRE(trail.first().action == QStringLiteral("instrument.edit"));
    CHECK(json(trail.first().before).value(QStringLiteral("range_max")) == QJsonValue(q("60 kg").toJson()));
    CHECK(json(trail.first().after).value(QStringLiteral("range_max")) == QJsonValue(q("100 kg").toJson()));
    CHECK(json(trail.first().after).value(QStringLiteral("place")).toString() == QStringLiteral("Chợ Tam Cờ"));

    const QString before = f.snapshot();
    Instrument dup = *changed;
    dup.serial = QStringLiteral("S-999");
    auto refused = registry.updateInstrument(f.technician, dup);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("serial"));
    CHECK(refused.error().code == QStringLiteral("duplicate_serial"));
    Instrument kpa = *changed;
    kpa.rangeMax = q("100 kPa");
    CHECK(registry.updateInstrument(f.technician, kpa).error().field == QStringLiteral("range-max"));
    Instrument moved = *changed;
    moved.ownerId = f.institute;
    auto owner = registry.updateInstrument(f.technician, moved);
    REQUIRE_FALSE(owner);
    CHECK(owner.error().field == QStringLiteral("owner"));
    CHECK(owner.error().kind == ErrorKind::Refused);
    CHECK(f.snapshot() == before);

    // An empty serial keeps the one it has; a lab-assigned number stays the lab's until a maker's serial is given.
    Instrument unnumbered = other;
    unnumbered.serial.clear();
    auto assigned = registry.addInstrument(f.technician, unnumbered);
    REQUIRE(assigned);
    REQUIRE(assigned->serialAssignedByLab);
    Instrument keep = *assigned;
    keep.serial.clear();
    keep.place = QStringLiteral("Kho");
    auto kept = registry.updateInstrument(f.technician, keep);
    REQUIRE(kept);
    CHECK(kept->serial == assigned->serial);
    CHECK(kept->serialAssignedByLab);
    keep.serial = QStringLiteral("MAKER-42");
    auto numbered = registry.updateInstrument(f.technician, keep);
    REQUIRE(numbered);
    CHECK_FALSE(numbered->serialAssignedByLab);
}

TEST_CASE("what records were judged against and certificates printed does not change", "[db][setup]")
{
    LabFixture f;
    RegistryService registry(f.lab());
    // A draft only: the type is fixed, the characteristics are not yet.
    startVerification(f);
    auto i = registry.fetchInstrument(f.scale);
    REQUIRE(i);
    Instrument retyped = *i;
    retyped.typeCode = QStringLiteral("CRANE-SCALE");
    auto type = registry.updateInstrument(f.technician, retyped);
    REQUIRE_FALSE(type);
    CHECK(type.error().field == QStringLiteral("type"));
    CHECK(type.error().code == QStringLiteral("instrument_has_records"));

    issueCertificate(f);
    i = registry.fetchInstrument(f.scale);
    for (const auto& [field, change] :
         {std::pair<QString, std::function<void(Instrument&)>>{QStringLiteral("range-max"),
                                                               [](Instrument& x) { x.rangeMax = q("30 kg"); }},
          {QStringLiteral("resolution"), [](Instrument& x) { x.resolution = q("5 g"); }},
          {QStringLiteral("class"), [](Instrument& x) { x.accuracyClass = QStringLiteral("II"); }},
          {QStringLiteral("serial"), [](Instrument& x) { x.serial = QStringLiteral("S-124"); }},
          {QStringLiteral("manufacturer"), [](Instrument& x) { x.manufacturer = QStringLiteral("Vicky"); }}}) {
        INFO(field.toStdString());
        Instrument edited = *i;
        change(edited);
        auto refused = registry.updateInstrument(f.technician, edited);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == ErrorKind::Refused);
        CHECK(refused.error().field == field);
    }
    // Where it is used is no part of what was printed as judged; it may change.
    Instrument moved = *i;
    moved.place = QStringLiteral("Chợ Phan Thiết");
    REQUIRE(registry.updateInstrument(f.technician, moved));
}

TEST_CASE("a verifier card is for a field of the catalogue, and can be removed with its entry", "[db][setup]")
{
    LabFixture f;
    UserService users(f.lab());
    auto fields = users.cardFields();
    REQUIRE(fields);
    QStringList codes;
    for (const VerifierField& v : *fields)
        codes.append(v.code);
    CHECK(codes.contains(QStringLiteral("mass")));
    CHECK(codes.contains(QStringLiteral("flow")));
    const auto mass = std::find_if(fields->cbegin(), fields->cend(),
                                   [](const VerifierField& v) { return v.code == QStringLiteral("mass"); });
    CHECK(mass->nameVi == QStringLiteral("Khối lượng"));
    CHECK(mass->typeCodes.contains(QStringLiteral("NAWI")));

    auto unknown = users.authorize(f.admin, QStringLiteral("novice"), QStringLiteral("Mass "), QStringLiteral("K-1"),
                                   {2028, 1, 1});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().field == QStringLiteral("field"));
    CHECK(unknown.error().code == QStringLiteral("unknown_field"));
    REQUIRE(users.authorize(f.admin, QStringLiteral("novice"), QStringLiteral("flow"), QStringLiteral("K-2"),
                            {2028, 1, 1}));

    auto removed = users.revokeAuthorisation(f.manager, QStringLiteral("tech"), QStringLiteral("mass"));
    REQUIRE(removed);
    CHECK(*removed == 1);
    CHECK(users.authorisations(f.technician.userId)->isEmpty());
    auto refused = users.requireAuthorisation(f.technician.userId, QStringLiteral("mass"), QDate(2026, 11, 20));
    CHECK(refused.error().code == QStringLiteral("not_authorised"));
    AuditFilter filter;
    filter.entity = QStringLiteral("authorisation");
    auto entries = AuditService(f.lab()).entries(f.admin, filter);
    REQUIRE(entries);
    CHECK(entries->first().action == QStringLiteral("user.revoke"));
    CHECK(AuditWords::action(QStringLiteral("user.revoke")) == QStringLiteral("Verifier card removed"));
    CHECK(json(entries->first().before).value(QStringLiteral("certificate")).toString() == QStringLiteral("KĐV-001"));

    // Nothing to remove, a technician removing, a blank field: each refused by name.
    CHECK(users.revokeAuthorisation(f.manager, QStringLiteral("tech"), QStringLiteral("mass")).error().field ==
          QStringLiteral("field"));
    CHECK(users.revokeAuthorisation(f.technician, QStringLiteral("novice"), QStringLiteral("flow")).error().kind ==
          ErrorKind::Permission);
    CHECK(users.revokeAuthorisation(f.manager, QStringLiteral("novice"), QStringLiteral(" ")).error().field ==
          QStringLiteral("field"));
    CHECK(users.revokeAuthorisation(f.manager, QStringLiteral("ghost"), QStringLiteral("flow")).error().field ==
          QStringLiteral("name"));
    CHECK(AuditService(f.lab()).verify()->intact());
}

TEST_CASE("the set-up checklist counts what the lab holds, step by step", "[db][setup]")
{
    TemporaryDatabase t;
    auto admin = UserService(t.lab()).initialise(QStringLiteral("Phòng thí nghiệm"), QStringLiteral("admin"),
                                                 QStringLiteral("Tuyen-Quang-2030"));
    REQUIRE(admin);
    auto fresh = SetupService(t.lab()).progress();
    REQUIRE(fresh);
    QStringList keys;
    for (const SetupStep& s : fresh->steps)
        keys.append(s.key);
    CHECK(keys ==
          QStringList{QStringLiteral("lab"), QStringLiteral("customers"), QStringLiteral("institute"),
                      QStringLiteral("standards"), QStringLiteral("calibrations"), QStringLiteral("people"),
                      QStringLiteral("cards"), QStringLiteral("stamps")});
    CHECK(fresh->doneCount() == 0);
    CHECK_FALSE(fresh->complete());

    LabFixture f;
    auto p = SetupService(f.lab()).progress();
    REQUIRE(p);
    CHECK(p->step(QStringLiteral("customers"))->done);
    CHECK(p->step(QStringLiteral("customers"))->count == 1);
    CHECK(p->step(QStringLiteral("institute"))->done);
    CHECK(p->step(QStringLiteral("standards"))->done);
    CHECK(p->step(QStringLiteral("calibrations"))->done);
    CHECK(p->step(QStringLiteral("people"))->count == 3);
    // "novice" holds no card: not done until each of them does.
    CHECK(p->step(QStringLiteral("cards"))->count == 2);
    CHECK_FALSE(p->step(QStringLiteral("cards"))->done);
    CHECK_FALSE(p->step(QStringLiteral("stamps"))->done);
    CHECK_FALSE(p->step(QStringLiteral("lab"))->done);

    REQUIRE(UserService(f.lab()).authorize(f.admin, QStringLiteral("novice"), QStringLiteral("mass"),
                                           QStringLiteral("KĐV-003"), QDate(2027, 12, 31)));
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 10));
    p = SetupService(f.lab()).progress();
    CHECK(p->step(QStringLiteral("cards"))->done);
    CHECK(p->step(QStringLiteral("stamps"))->count == 10);
    CHECK(p->doneCount() == 7);
    SettingsService settings(f.lab());
    REQUIRE(settings.set(f.admin, QStringLiteral("lab_address"), QStringLiteral("Số 1, phường Minh Xuân")));
    REQUIRE(settings.set(f.admin, QStringLiteral("designation_number"), QStringLiteral("123/QĐ-TĐC")));
    CHECK(SetupService(f.lab()).progress()->step(QStringLiteral("lab"))->count == 2);
    REQUIRE(settings.set(f.admin, QStringLiteral("governing_body"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ")));
    CHECK(SetupService(f.lab()).progress()->complete());
    // A standard whose calibration has run out undoes its step.
    f.clock().setNow(QDateTime(QDate(2027, 2, 1), QTime(3, 0), QTimeZone::utc()));
    CHECK_FALSE(SetupService(f.lab()).progress()->step(QStringLiteral("calibrations"))->done);
}
