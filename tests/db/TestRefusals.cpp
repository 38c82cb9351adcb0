// SPDX-License-Identifier: Apache-2.0
// Every refusal of every use case leaves the database's logical content exactly as it was.
#include "db/catalog/CatalogService.h"
#include "db/lab/SettingsService.h"
#include "db/lab/UserService.h"
#include "db/records/RecordService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "support/TemporaryDatabase.h"

#include <functional>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

struct Refusal
{
    const char* name;
    const char* code;
    std::function<Error(LabFixture&, Id)> attempt;
    std::function<Id(LabFixture&)> setup = [](LabFixture&) { return Id(0); };
};

template <typename T>
Error errorOf(const Result<T>& r)
{
    return r ? Error{ErrorKind::Internal, QStringLiteral("unexpected_success"), {}, {}} : r.error();
}

Id draft(LabFixture& f, RecordKind kind = RecordKind::Periodic)
{
    StartRecordInput in;
    in.instrumentId = f.scale;
    in.kind = kind;
    in.date = QDate(2026, 11, 20);
    auto r = RecordService(f.lab()).start(f.technician, in);
    REQUIRE(r);
    return r->id;
}

Id completed(LabFixture& f)
{
    const Id id = draft(f);
    ReadingInput r;
    r.standardId = f.massStandard;
    r.reference = q("20 kg");
    r.indications = {q("20 kg")};
    REQUIRE(RecordService(f.lab()).addReading(f.technician, id, r));
    completeProgramme(f, id);
    REQUIRE(RecordService(f.lab()).complete(f.technician, id));
    return id;
}

Id draftOf(LabFixture& f)
{
    return draft(f);
}

Id completedOf(LabFixture& f)
{
    return completed(f);
}

ReadingInput reading(LabFixture& f, const char* indication)
{
    ReadingInput r;
    r.standardId = f.massStandard;
    r.reference = q("20 kg");
    r.indications = {q(indication)};
    return r;
}

} // namespace

TEST_CASE("refused use cases change nothing", "[db][rules][refusals]")
{
    const QList<Refusal> refusals{
        {"auditor adds an organisation", "permission_denied",
         [](LabFixture& f, Id) {
             Organisation o;
             o.name = QStringLiteral("X");
             return errorOf(RegistryService(f.lab()).addOrganisation(
                 Session{f.admin.userId, QStringLiteral("a"), Role::Auditor}, o));
         }},
        {"technician adds a user", "permission_denied",
         [](LabFixture& f, Id) {
             return errorOf(UserService(f.lab()).addUser(f.technician, QStringLiteral("x1"), Role::Admin,
                                                         QStringLiteral("X"), QStringLiteral("Mien-Bac-2026")));
         }},
        {"duplicate user", "duplicate_user",
         [](LabFixture& f, Id) {
             return errorOf(UserService(f.lab()).addUser(f.admin, QStringLiteral("tech"), Role::Technician,
                                                         QStringLiteral("X"), QStringLiteral("Mien-Bac-2026")));
         }},
        {"weak password", "weak_password",
         [](LabFixture& f, Id) {
             return errorOf(UserService(f.lab()).changePassword(f.admin, QStringLiteral("tech"), QStringLiteral("x")));
         }},
        {"duplicate user in another case", "duplicate_user",
         [](LabFixture& f, Id) {
             return errorOf(UserService(f.lab()).addUser(f.admin, QStringLiteral("Manager"), Role::Admin,
                                                         QStringLiteral("X"), QStringLiteral("Mien-Bac-2026")));
         }},
        {"dictionary password", "weak_password",
         [](LabFixture& f, Id) {
             return errorOf(
                 UserService(f.lab()).changePassword(f.admin, QStringLiteral("tech"), QStringLiteral("password123")));
         }},
        {"password of invalid UTF-8", "weak_password",
         [](LabFixture& f, Id) {
             return errorOf(UserService(f.lab()).changePassword(f.admin, QStringLiteral("manager"),
                                                                QString::fromUtf8("Tuyen-Quang-2030\xff")));
         }},
        {"password holding the user name", "weak_password",
         [](LabFixture& f, Id) {
             return errorOf(UserService(f.lab()).changePassword(f.admin, QStringLiteral("manager"),
                                                                QStringLiteral("MANAGER-2026x")));
         }},
        {"full name with a direction override", "invisible_character",
         [](LabFixture& f, Id) {
             return errorOf(UserService(f.lab()).addUser(f.admin, QStringLiteral("x2"), Role::Technician,
                                                         QStringLiteral("Nguy\u202En Văn A"),
                                                         QStringLiteral("Mien-Bac-2026")));
         }},
        {"technician changes another's password", "permission_denied",
         [](LabFixture& f, Id) {
             return errorOf(UserService(f.lab()).changePassword(f.technician, QStringLiteral("manager"),
                                                                QStringLiteral("password-9")));
         }},
        {"authorise an unknown user", "not_found",
         [](LabFixture& f, Id) {
             return errorOf(UserService(f.lab()).authorize(f.admin, QStringLiteral("ghost"), QStringLiteral("mass"),
                                                           QStringLiteral("C"), QDate(2030, 1, 1)));
         }},
        {"transfer to an unknown owner", "not_found",
         [](LabFixture& f, Id) {
             return errorOf(
                 RegistryService(f.lab()).transferInstrument(f.technician, f.scale, 999, QDate(2026, 11, 1)));
         }},
        {"standard without a serial", "missing_field",
         [](LabFixture& f, Id) {
             Standard s;
             s.name = QStringLiteral("X");
             return errorOf(StandardService(f.lab()).addStandard(f.manager, s));
         }},
        {"calibration in the future", "date_in_future",
         [](LabFixture& f, Id) {
             StandardCalibration c;
             c.standardId = f.massStandard;
             c.date = QDate(2026, 12, 1);
             c.validUntil = QDate(2027, 12, 1);
             c.certificate = QStringLiteral("X");
             c.byLabId = f.institute;
             return errorOf(StandardService(f.lab()).calibrate(f.manager, c));
         }},
        {"record for an unknown instrument", "not_found",
         [](LabFixture& f, Id) {
             StartRecordInput in;
             in.instrumentId = 999;
             in.date = QDate(2026, 11, 20);
             return errorOf(RecordService(f.lab()).start(f.technician, in));
         }},
        {"auditor starts a record", "permission_denied",
         [](LabFixture& f, Id) {
             StartRecordInput in;
             in.instrumentId = f.scale;
             in.date = QDate(2026, 11, 20);
             return errorOf(
                 RecordService(f.lab()).start(Session{f.admin.userId, QStringLiteral("a"), Role::Auditor}, in));
         }},
        {"unknown procedure", "not_found",
         [](LabFixture& f, Id) {
             StartRecordInput in;
             in.instrumentId = f.scale;
             in.date = QDate(2026, 11, 20);
             in.procedureCode = QStringLiteral("ĐLVN 999");
             return errorOf(RecordService(f.lab()).start(f.technician, in));
         }},
        {"procedure of another quantity", "procedure_mismatch",
         [](LabFixture& f, Id) {
             StartRecordInput in;
             in.instrumentId = f.scale;
             in.date = QDate(2026, 11, 20);
             in.procedureCode = QStringLiteral("ĐLVN 08:2011");
             return errorOf(RecordService(f.lab()).start(f.technician, in));
         }},
        {"reading with an unknown standard", "not_found",
         [](LabFixture& f, Id id) {
             ReadingInput r = reading(f, "20 kg");
             r.standardId = 999;
             return errorOf(RecordService(f.lab()).addReading(f.technician, id, r));
         },
         draftOf},
        {"another technician's draft", "not_record_technician",
         [](LabFixture& f, Id id) {
             return errorOf(RecordService(f.lab()).addReading(f.unauthorised, id, reading(f, "20 kg")));
         },
         draftOf},
        {"k below 1", "bad_input",
         [](LabFixture& f, Id id) {
             ReadingInput r = reading(f, "20 kg");
             r.k = Decimal(5, 1);
             return errorOf(RecordService(f.lab()).addReading(f.technician, id, r));
         },
         draftOf},
        {"check without an item", "bad_input",
         [](LabFixture& f, Id id) {
             return errorOf(RecordService(f.lab()).addCheck(f.technician, id, QStringLiteral(" "), true, {}));
         },
         draftOf},
        {"complete an empty record", "programme_incomplete",
         [](LabFixture& f, Id id) { return errorOf(RecordService(f.lab()).complete(f.technician, id)); }, draftOf},
        {"complete twice", "record_read_only",
         [](LabFixture& f, Id id) { return errorOf(RecordService(f.lab()).complete(f.technician, id)); }, completedOf},
        {"approve a draft", "not_completed",
         [](LabFixture& f, Id id) { return errorOf(RecordService(f.lab()).approve(f.manager, id)); }, draftOf},
        {"technician rejects", "permission_denied",
         [](LabFixture& f, Id id) {
             return errorOf(RecordService(f.lab()).reject(f.technician, id, QStringLiteral("x")));
         },
         completedOf},
        {"manager allows a standard for a verification", "no_override_for_verification",
         [](LabFixture& f, Id id) {
             return errorOf(RecordService(f.lab()).allowStandard(f.manager, id, f.massStandard, QStringLiteral("x")));
         },
         draftOf},
        {"manager edits the scope", "permission_denied",
         [](LabFixture& f, Id) {
             return errorOf(CatalogService(f.lab()).removeFromScope(f.manager, QStringLiteral("NAWI")));
         }},
        {"unknown setting", "unknown_setting",
         [](LabFixture& f, Id) {
             return errorOf(SettingsService(f.lab()).set(f.admin, QStringLiteral("colour"), QStringLiteral("red")));
         }},
        {"bad time zone", "bad_input",
         [](LabFixture& f, Id) {
             return errorOf(
                 SettingsService(f.lab()).set(f.admin, QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus")));
         }},
        {"manager changes a setting", "permission_denied",
         [](LabFixture& f, Id) {
             return errorOf(
                 SettingsService(f.lab()).set(f.manager, QStringLiteral("allow_self_approval"), QStringLiteral("1")));
         }},
    };
    for (const Refusal& r : refusals) {
        DYNAMIC_SECTION(r.name)
        {
            LabFixture f;
            const Id context = r.setup(f);
            const QString before = f.snapshot();
            const Error e = r.attempt(f, context);
            INFO(e.message.toStdString());
            CHECK(e.code == QString::fromLatin1(r.code));
            CHECK_FALSE(e.message.isEmpty());
            CHECK(f.snapshot() == before);
        }
    }
}
