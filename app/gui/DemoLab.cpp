// SPDX-License-Identifier: Apache-2.0
#include "app/gui/DemoLab.h"

#include "db/postgres/ConnectionUri.h"

#include "db/certificates/CertificateService.h"
#include "db/certificates/StampService.h"
#include "db/demo/DemoGenerator.h"
#include "db/demo/DemoWork.h"
#include "db/lab/SettingsService.h"
#include "db/lab/UserService.h"
#include "db/programme/ProgrammeService.h"
#include "db/records/RecordService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "db/store/Database.h"
#include "reports/CertificateWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Etalon::DemoLab {

namespace {

/**
 * Work in progress through the real use cases, so the demo opens on something to do: a scale being
 * verified (a draft), one waiting for the manager's approval, and one whose certificate was issued
 * (signed with the demo's published password).
 */
Status startWork(Lab& lab, const Session& technician, const Session& manager)
{
    InstrumentFilter scales;
    scales.typeCode = QStringLiteral("NAWI");
    scales.limit = 3;
    auto instruments = RegistryService(lab).instruments(scales);
    auto standards = StandardService(lab).standards();
    if (!instruments || !standards)
        return fail(!instruments ? instruments.error() : standards.error());
    RecordService records(lab);
    for (int n = 0; n < instruments->size(); ++n) {
        const Instrument& scale = instruments->at(n);
        if (!scale.rangeMax)
            continue;
        StartRecordInput in;
        in.instrumentId = scale.id;
        in.date = lab.today();
        in.temperature = Quantity::parse(QStringLiteral("27 °C")).value();
        auto record = records.start(technician, in);
        if (!record)
            return fail(record.error());
        // A load the demo's 20 kg weights can realise, or the scale's maximum when that is less.
        const Quantity twenty = Quantity::parse(QStringLiteral("20 kg")).value();
        const Quantity load =
            scale.rangeMax->compare(twenty).value_or(std::strong_ordering::greater) < 0 ? *scale.rangeMax : twenty;
        ReadingInput reading;
        reading.reference = load;
        reading.indications = {load};
        // The first mass standard the use case accepts today.
        bool recorded = false;
        for (const Standard& s : *standards) {
            reading.standardId = s.id;
            if ((recorded = records.addReading(technician, record->id, reading).has_value()))
                break;
        }
        if (!recorded || n == 0 || !DemoWork::carryOutProgramme(records, technician, record->id, *standards))
            continue;
        ETALON_TRY(records.complete(technician, record->id));
        if (n == 2) {
            ETALON_TRY(records.approve(manager, record->id));
            ETALON_TRY(StampService(lab).receive(manager, QStringLiteral("DEMO"), 1, 100));
            IssueOptions options;
            options.passphrase = QString::fromLatin1(Password);
            const CertificateRenderer renderer = [](const CertificateData& d, const QByteArray& qr, const QString& m) {
                return CertificateWriter::render(d, {qr, m});
            };
            ETALON_TRY(CertificateService(lab, renderer).issue(manager, record->id, options));
        }
    }
    return {};
}

/**
 * The programme's registers, so its page shows something: enterprises enrolled, two communes' check-scale
 * points with their scale and masses, a course with its attendees.
 */
Status seedProgramme(Lab& lab, const Session& manager)
{
    ProgrammeService programme(lab);
    RegistryService registry(lab);
    auto customers = registry.organisations();
    if (!customers)
        return fail(customers.error());
    int enrolled = 0;
    for (const Organisation& o : *customers) {
        if (o.kind != OrganisationKind::Customer || enrolled == 6)
            continue;
        Enrolment e;
        e.organisationId = o.id;
        e.enrolledOn = lab.today().addMonths(-(enrolled + 1));
        e.sector =
            std::array{ProgrammeSector::Fuel, ProgrammeSector::Water, ProgrammeSector::Electricity}[enrolled % 3];
        e.support = {SupportKind::Consultation, SupportKind::VerificationCalibration};
        ETALON_TRY(programme.enrol(manager, e));
        ++enrolled;
    }
    for (const char* commune : {"Xã Tân Trào", "Phường Minh Xuân"}) {
        Organisation owner;
        owner.name = QStringLiteral("UBND %1").arg(QString::fromUtf8(commune));
        owner.commune = QString::fromUtf8(commune);
        auto org = registry.addOrganisation(manager, owner);
        if (!org)
            return fail(org.error());
        Instrument scale;
        scale.typeCode = QStringLiteral("NAWI");
        scale.ownerId = org->id;
        scale.accuracyClass = QStringLiteral("III");
        scale.rangeMax = Quantity::parse(QStringLiteral("60 kg")).value();
        scale.resolution = Quantity::parse(QStringLiteral("20 g")).value();
        Instrument masses;
        masses.typeCode = QStringLiteral("WEIGHT");
        masses.ownerId = org->id;
        masses.accuracyClass = QStringLiteral("M1");
        masses.nominal = Quantity::parse(QStringLiteral("1 kg")).value();
        auto s = registry.addInstrument(manager, scale);
        auto m = registry.addInstrument(manager, masses);
        if (!s || !m)
            return fail(!s ? s.error() : m.error());
        CheckPoint p;
        p.commune = owner.commune;
        p.market = QStringLiteral("Chợ %1").arg(owner.commune.section(u' ', 1));
        p.scaleId = s->id;
        p.massSetId = m->id;
        p.responsible = QStringLiteral("Ban quản lý chợ");
        ETALON_TRY(programme.addCheckPoint(manager, p));
    }
    return {};
}

} // namespace

bool wantedAt(const QString& path, bool remembered)
{
    return !remembered && !Postgres::isServerUri(path) && !QFileInfo::exists(path);
}

Status ensure(const QString& path, int instruments, int records)
{
    if (QFileInfo::exists(path))
        return {};
    if (Postgres::isServerUri(path)) // a demo lab is a file of its own, never put into a server's database
        return fail(
            Error::refused(QStringLiteral("demo_on_server"),
                           QCoreApplication::translate("Etalon", "a demo lab is made in a file, not on a server"),
                           QStringLiteral("db")));
    Database db;
    ETALON_TRY(db.open(path, true));
    Lab lab(db);
    UserService users(lab);
    const QString password = QString::fromLatin1(Password);
    auto admin = users.initialise(QCoreApplication::translate("Etalon",
                                                              "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng "
                                                              "Tuyên Quang (DEMO)"),
                                  QStringLiteral("admin"), password, LabKind::Demo);
    if (!admin)
        return fail(admin.error());
    for (const auto& [name, role, full] :
         {std::tuple{QStringLiteral("manager"), Role::Manager, QStringLiteral("Nguyễn Thị Lan")},
          std::tuple{QStringLiteral("technician"), Role::Technician, QStringLiteral("Trần Văn Minh")},
          std::tuple{QStringLiteral("auditor"), Role::Auditor, QStringLiteral("Lê Hoàng Anh")}}) {
        auto added = users.addUser(*admin, name, role, full, password);
        if (!added)
            return fail(added.error());
    }
    for (const QString& field :
         {QStringLiteral("mass"), QStringLiteral("flow"), QStringLiteral("pressure"), QStringLiteral("electricity"),
          QStringLiteral("taximeter"), QStringLiteral("temperature")}) {
        for (const QString& who : {QStringLiteral("technician"), QStringLiteral("manager")}) {
            auto card = users.authorize(*admin, who, field, QStringLiteral("KĐV-DEMO-%1").arg(field.toUpper()),
                                        lab.today().addYears(3));
            if (!card)
                return fail(card.error());
        }
    }
    // What its certificates print, so the demo lab opens set up (its set-up checklist done).
    SettingsService settings(lab);
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("governing_body"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TUYÊN QUANG")},
          std::pair{QStringLiteral("lab_address"), QStringLiteral("Phường Minh Xuân, tỉnh Tuyên Quang (DEMO)")},
          std::pair{QStringLiteral("designation_number"), QStringLiteral("DEMO-01/QĐ-TĐC")}})
        ETALON_TRY(settings.set(*admin, key, value));
    DemoOptions options;
    options.instruments = instruments;
    options.records = records;
    auto generated = DemoGenerator(lab).generate(*admin, options);
    if (!generated)
        return fail(generated.error());
    auto technician = users.signIn(QStringLiteral("technician"), password);
    auto manager = users.signIn(QStringLiteral("manager"), password);
    if (!technician || !manager)
        return fail(!technician ? technician.error() : manager.error());
    ETALON_TRY(startWork(lab, *technician, *manager));
    return seedProgramme(lab, *manager);
}

} // namespace Etalon::DemoLab
