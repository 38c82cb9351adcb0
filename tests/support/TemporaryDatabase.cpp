// SPDX-License-Identifier: Apache-2.0
#include "TemporaryDatabase.h"

#include "db/lab/UserService.h"
#include "db/records/RecordService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"

#include "db/postgres/ConnectionUri.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <catch2/catch.hpp>

namespace Etalon::Test {

QDateTime fixtureNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(3, 0), QTimeZone::utc());
}

Quantity q(const char* text)
{
    auto r = Quantity::parse(QString::fromUtf8(text));
    REQUIRE(r);
    return *r;
}

bool testOnServer()
{
    return qEnvironmentVariable("ETALON_TEST_ENGINE") == QLatin1String("postgres");
}

namespace {

/** A connection to the test server's maintenance database, for creating and dropping test databases. */
QSqlDatabase maintenance()
{
    const QString name = QStringLiteral("etalon-test-maintenance");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const QString uri = qEnvironmentVariable("ETALON_TEST_SERVER");
    INFO("ETALON_TEST_ENGINE=postgres needs ETALON_TEST_SERVER, the test server's maintenance database URI");
    REQUIRE(!uri.isEmpty());
    auto address = Postgres::parseServerUri(uri);
    REQUIRE(address);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address->host);
    if (address->port)
        db.setPort(*address->port);
    db.setUserName(address->user);
    db.setDatabaseName(address->database);
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
    return db;
}

void run(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

/** The URI of database \a name on the test server. */
QString serverUri(const QString& name)
{
    auto address = Postgres::parseServerUri(qEnvironmentVariable("ETALON_TEST_SERVER"));
    REQUIRE(address);
    QString uri = QStringLiteral("postgresql://%1@/%2?host=%3").arg(address->user, name, address->host);
    if (address->port)
        uri += QStringLiteral("&port=%1").arg(*address->port);
    return uri;
}

} // namespace

void onServerAsSuperuser(const QString& sql)
{
    run(maintenance(), sql);
}

TemporaryLabLocation::TemporaryLabLocation()
{
    REQUIRE(m_dir.isValid());
    m_location = another(QStringLiteral("lab"));
}

QString TemporaryLabLocation::another(const QString& name)
{
    if (!testOnServer())
        return m_dir.filePath(name + QStringLiteral(".etalon"));
    const QString database =
        QStringLiteral("etalon_test_%1_%2").arg(name, QUuid::createUuid().toString(QUuid::Id128).left(16));
    run(maintenance(), QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(database));
    m_databases.append(database);
    return serverUri(database);
}

TemporaryLabLocation::~TemporaryLabLocation()
{
    for (const QString& database : std::as_const(m_databases)) {
        QSqlQuery drop(maintenance());
        drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    }
}

PasswordServerDatabase::PasswordServerDatabase()
    : m_database(QStringLiteral("etalon_pw_") + QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    QSqlDatabase db = maintenance();
    QSqlQuery exists(db);
    REQUIRE(exists.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = 'etalon_password_check'")));
    run(db,
        QStringLiteral("%1 ROLE etalon_password_check LOGIN PASSWORD '%2'")
            .arg(exists.next() ? QStringLiteral("ALTER") : QStringLiteral("CREATE"), QLatin1String(password)));
    run(db,
        QStringLiteral("CREATE DATABASE %1 OWNER etalon_password_check TEMPLATE template0 ENCODING 'UTF8'")
            .arg(m_database));
    const QString uri = serverUri(m_database);
    m_uri = QStringLiteral("postgresql://etalon_password_check") + uri.mid(uri.indexOf(u'@'));
}

PasswordServerDatabase::~PasswordServerDatabase()
{
    QSqlQuery drop(maintenance());
    drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
}

TemporaryDatabase::TemporaryDatabase()
    : m_clock(fixtureNow())
{
    m_path = m_place.location();
    auto opened = m_db.open(m_path);
    INFO((opened ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened);
    m_lab = std::make_unique<Lab>(m_db, m_clock);
}

QString TemporaryDatabase::snapshot()
{
    QString out;
    QSqlQuery tables(m_db.connection());
    tables.exec(m_db.isServer() ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                                 "ORDER BY tablename")
                                : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString& table : names) {
        QSqlQuery rows(m_db.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                      .arg(table, m_db.isServer() ? QStringLiteral("1") : QStringLiteral("rowid")));
        out += table + u'\n';
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < rows.record().count(); ++i)
                fields.append(rows.value(i).toString());
            out += fields.join(u'|') + u'\n';
        }
    }
    return out;
}

LabFixture::LabFixture()
{
    UserService users(lab());
    auto a = users.initialise(QStringLiteral("Trung tâm Kỹ thuật TĐC Tuyên Quang"), QStringLiteral("admin"),
                              QStringLiteral("Tuyen-Quang-2030"));
    REQUIRE(a);
    admin = *a;
    auto add = [&](const char* name, Role role) {
        auto p =
            users.addUser(admin, QString::fromLatin1(name), role,
                          QStringLiteral("Người %1").arg(QString::fromLatin1(name)), QStringLiteral("Mien-Bac-2026"));
        REQUIRE(p);
        return Session{p->id, p->name, p->role};
    };
    manager = add("manager", Role::Manager);
    technician = add("tech", Role::Technician);
    unauthorised = add("novice", Role::Technician);
    REQUIRE(users.authorize(admin, QStringLiteral("tech"), QStringLiteral("mass"), QStringLiteral("KĐV-001"),
                            QDate(2027, 12, 31)));
    REQUIRE(users.authorize(admin, QStringLiteral("manager"), QStringLiteral("mass"), QStringLiteral("KĐV-002"),
                            QDate(2027, 12, 31)));
    RegistryService registry(lab());
    Organisation c;
    c.name = QStringLiteral("Công ty TNHH Minh Phát");
    c.commune = QStringLiteral("Phường Minh Xuân");
    auto cust = registry.addOrganisation(technician, c);
    REQUIRE(cust);
    customer = cust->id;
    Organisation v;
    v.name = QStringLiteral("Viện Đo lường Việt Nam");
    v.kind = OrganisationKind::NationalInstitute;
    auto vmi = registry.addOrganisation(admin, v);
    REQUIRE(vmi);
    institute = vmi->id;
    StandardService standards(lab());
    Standard s;
    s.name = QStringLiteral("Bộ quả cân M1");
    s.serial = QStringLiteral("QC-01");
    s.accuracyClass = QStringLiteral("M1");
    auto std = standards.addStandard(manager, s);
    REQUIRE(std);
    massStandard = std->id;
    StandardCalibration cal;
    cal.standardId = massStandard;
    cal.date = QDate(2026, 1, 10);
    cal.validUntil = QDate(2027, 1, 9);
    cal.certificate = QStringLiteral("V26-0123/VMI");
    // An M1 20 kg weight: |correction| + U within δm = 1 g (OIML R 111).
    cal.byLabId = institute;
    cal.points = {CalibrationPoint{q("20 kg"), q("0.5 g"), q("0.5 g"), Decimal(2, 0), {}}};
    REQUIRE(standards.calibrate(manager, cal));
    Instrument i;
    i.typeCode = QStringLiteral("NAWI");
    i.serial = QStringLiteral("S-123");
    i.manufacturer = QStringLiteral("Nhơn Hòa");
    i.ownerId = customer;
    i.accuracyClass = QStringLiteral("III");
    i.rangeMax = q("60 kg");
    i.resolution = q("10 g");
    i.patternApproval = QStringLiteral("PDM 123-2020");
    auto inst = registry.addInstrument(technician, i);
    REQUIRE(inst);
    scale = inst->id;
}

Id startVerification(LabFixture& f)
{
    StartRecordInput in;
    in.instrumentId = f.scale;
    in.kind = RecordKind::Periodic;
    in.date = QDate(2026, 11, 20);
    in.temperature = q("20 °C");
    auto r = RecordService(f.lab()).start(f.technician, in);
    REQUIRE(r);
    return r->id;
}

void completeProgramme(LabFixture& f, Id record, std::optional<Id> standard)
{
    completeProgramme(f, f.technician, record, standard);
}

void completeProgramme(LabFixture& f, const Session& who, Id record)
{
    completeProgramme(f, who, record, std::nullopt);
}

void completeProgramme(LabFixture& f, const Session& who, Id record, std::optional<Id> standard)
{
    RecordService records(f.lab());
    auto missing = records.missing(record);
    REQUIRE(missing);
    for (const MissingItem& m : *missing) {
        if (m.test == QStringLiteral("checklist")) {
            REQUIRE(records.addCheck(who, record, m.item, true, QString()));
            continue;
        }
        REQUIRE(m.load);
        ReadingInput reading;
        reading.reference = *m.load;
        reading.test = m.test;
        reading.position = m.position;
        for (int i = 0; i < m.count; ++i)
            reading.indications.append(*m.load);
        // The standard asked for where it realises the load, else the fixture's mass set, as at the bench.
        reading.standardId = standard.value_or(f.massStandard);
        auto taken = records.addReading(who, record, reading);
        if (!taken && reading.standardId != f.massStandard) {
            reading.standardId = f.massStandard;
            taken = records.addReading(who, record, reading);
        }
        INFO(m.why.toStdString() << " " << (taken ? std::string() : taken.error().message.toStdString()));
        REQUIRE(taken);
    }
}

Id approvedRecord(LabFixture& f, const ApprovedRecordInput& input)
{
    RecordService records(f.lab());
    StartRecordInput in;
    in.instrumentId = f.scale;
    in.kind = input.kind;
    in.date = input.date;
    in.temperature = q("20 °C");
    in.procedureCode = input.procedure;
    auto r = records.start(f.technician, in);
    REQUIRE(r);
    ReadingInput reading;
    reading.standardId = input.standard.value_or(f.massStandard);
    reading.reference = q("20 kg");
    reading.indications = {q(input.indication)};
    REQUIRE(records.addReading(f.technician, r->id, reading));
    completeProgramme(f, r->id, input.standard);
    REQUIRE(records.complete(f.technician, r->id));
    REQUIRE(records.approve(f.manager, r->id));
    return r->id;
}

} // namespace Etalon::Test
