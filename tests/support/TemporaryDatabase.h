// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Clock.h"
#include "db/lab/Lab.h"
#include "db/store/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace Etalon::Test {

/** The date the fixture's clock stands on: 25 November 2026, 10:00 in Vietnam. */
QDateTime fixtureNow();

/**
 * The engine tests run on: PostgreSQL when $ETALON_TEST_ENGINE is "postgres" (on the server whose maintenance
 * database $ETALON_TEST_SERVER names), SQLite otherwise.
 */
bool testOnServer();

/**
 * A fresh, empty lab database for one test: a file in a temporary folder, or a database of its own on the test
 * server, dropped when the test ends. Its location() is what --db takes.
 */
class TemporaryLabLocation
{
public:
    TemporaryLabLocation();
    ~TemporaryLabLocation();
    TemporaryLabLocation(const TemporaryLabLocation&) = delete;
    TemporaryLabLocation& operator=(const TemporaryLabLocation&) = delete;
    QString location() const { return m_location; }
    /** Another empty lab database beside the first (a second file in the folder, another server database). */
    QString another(const QString& name);

private:
    QTemporaryDir m_dir;
    QString m_location;
    QStringList m_databases; ///< server databases to drop
};

/** Runs \a sql on the test server's maintenance database, as the superuser the tests connect as. */
void onServerAsSuperuser(const QString& sql);

/**
 * An empty database on the test server owned by a role that must give its password (the test server's pg_hba
 * asks etalon_password_check for one): uri() names no password. Dropped when the test ends.
 */
class PasswordServerDatabase
{
public:
    static constexpr const char* password = "Db-Pass-4477";
    PasswordServerDatabase();
    ~PasswordServerDatabase();
    PasswordServerDatabase(const PasswordServerDatabase&) = delete;
    PasswordServerDatabase& operator=(const PasswordServerDatabase&) = delete;
    QString uri() const { return m_uri; }

private:
    QString m_database;
    QString m_uri;
};

/** A lab in a temporary SQLite file or server database, with a clock tests can move. */
class TemporaryDatabase
{
public:
    TemporaryDatabase();
    Database& db() { return m_db; }
    Lab& lab() { return *m_lab; }
    FixedClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    /** Every row of every table, as text: compare before and after to prove nothing changed. */
    QString snapshot();

private:
    TemporaryLabLocation m_place;
    QString m_path;
    FixedClock m_clock;
    Database m_db;
    std::unique_ptr<Lab> m_lab;
};

/**
 * A lab set up for the workflow: admin, a manager, two technicians (one authorised for mass), a customer,
 * a national institute, a calibrated mass standard and a class III scale.
 */
class LabFixture : public TemporaryDatabase
{
public:
    LabFixture();
    Session admin, manager, technician, unauthorised;
    Id customer = 0, institute = 0, massStandard = 0, scale = 0;
};

Quantity q(const char* text);

/** What an approved record is made of in most tests: the fixture's scale read once at 20 kg. */
struct ApprovedRecordInput
{
    QDate date = QDate(2026, 11, 20);
    const char* indication = "20 kg";
    std::optional<Id> standard; ///< the fixture's mass standard when absent
    RecordKind kind = RecordKind::Periodic;
    QString procedure; ///< the type's default when empty
};

/**
 * Carries out what the record still lacks of its programme, as a technician at the keyboard would: each missing
 * load read with the standard (the indication equal to the load, each reading as many times as needed), each
 * checklist item set to pass.
 */
void completeProgramme(LabFixture& f, Id record, std::optional<Id> standard = std::nullopt);
/** The same for a record \a who is doing (a manager verifying, say). */
void completeProgramme(LabFixture& f, const Session& who, Id record);
void completeProgramme(LabFixture& f, const Session& who, Id record, std::optional<Id> standard);

/** Starts a periodic verification of the fixture's scale on 20 November 2026 (the technician's); its id. */
Id startVerification(LabFixture& f);

/** Starts, reads, completes (the technician) and approves (the manager) a record; returns its id. */
Id approvedRecord(LabFixture& f, const ApprovedRecordInput& input = {});

} // namespace Etalon::Test
