// SPDX-License-Identifier: Apache-2.0
// A server lab's one write lock: a transaction refused while taking it (a lock wait cut short, a deadlock's victim)
// begins again, three times at most, and then says the database is busy. These run on the test server only.
#include "db/store/Database.h"
#include "support/TemporaryDatabase.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

using namespace Etalon;
using Etalon::Test::TemporaryLabLocation;

namespace {

/**
 * Holds the write locks of \a scope from a connection of its own, on a thread of its own, for \a hold, having run
 * \a inside first.
 */
class LockHolder
{
public:
    LockHolder(const QString& where, std::chrono::milliseconds hold, WriteScope scope = WriteScope::lab(),
               std::function<bool(Database&)> inside = {})
        : m_thread([this, where, hold, scope, inside] {
            Database db;
            if (db.open(where, false)) {
                Transaction tx(db, scope);
                m_holding = tx.isActive() && (!inside || inside(db));
                m_started = true;
                std::this_thread::sleep_for(hold);
            }
            m_started = true;
        })
    {
        while (!m_started)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~LockHolder() { m_thread.join(); }
    bool holding() const { return m_holding; }

private:
    std::atomic<bool> m_started{false};
    std::atomic<bool> m_holding{false};
    std::thread m_thread;
};

/** A new lab at \a where, opened at \a desk as a desk whose lock waits are cut short. */
void openDesk(const TemporaryLabLocation& where, Database& desk)
{
    {
        Database made;
        REQUIRE(made.open(where.location(), true));
    }
    REQUIRE(desk.open(where.location(), false));
    // The wait each attempt allows, shortened from the desks' 30 s so the test need not wait that long.
    REQUIRE(desk.exec(QStringLiteral("SET lock_timeout = '300ms'")));
}

} // namespace

TEST_CASE("a server write refused while waiting for the lab's lock begins again, three times at most", "[db][postgres]")
{
    REQUIRE(Test::testOnServer());
    TemporaryLabLocation where;
    Database desk;
    openDesk(where, desk);

    SECTION("the lock is let go during the second attempt: the write goes through")
    {
        const LockHolder other(where.location(), std::chrono::milliseconds(450));
        REQUIRE(other.holding());
        QElapsedTimer waited;
        waited.start();
        Transaction tx(desk);
        CHECK(tx.isActive());
        CHECK(waited.elapsed() >= 300); // the first attempt was cut short
        CHECK(tx.commit());
    }
    SECTION("the lock is held through all three attempts: the database is busy, nothing is half begun")
    {
        const LockHolder other(where.location(), std::chrono::milliseconds(2500));
        REQUIRE(other.holding());
        QElapsedTimer waited;
        waited.start();
        {
            Transaction tx(desk);
            CHECK_FALSE(tx.isActive());
            CHECK(tx.beginError().code == QStringLiteral("database_busy"));
        }
        CHECK(waited.elapsed() >= 900);
        CHECK(waited.elapsed() < 2500);
        CHECK_FALSE(desk.inTransaction());
        // The connection is usable again at once.
        CHECK(desk.scalar(QStringLiteral("SELECT COUNT(*) FROM users")));
    }
}

TEST_CASE("on a server, writes to different records' own rows go on at once; the same record's and the lab's wait",
          "[db][postgres]")
{
    REQUIRE(Test::testOnServer());
    TemporaryLabLocation where;
    Database desk;
    openDesk(where, desk);
    const auto begins = [&](WriteScope scope) {
        Transaction tx(desk, scope);
        return tx.isActive() ? QStringLiteral("begun") : tx.beginError().code;
    };

    SECTION("a write in progress to record 1's rows")
    {
        const LockHolder other(where.location(), std::chrono::milliseconds(3000), WriteScope::ofRecord(1));
        REQUIRE(other.holding());
        QElapsedTimer waited;
        waited.start();
        CHECK(begins(WriteScope::ofRecord(2)) == QStringLiteral("begun"));
        CHECK(waited.elapsed() < 300);
        CHECK(begins(WriteScope::ofRecord(1)) == QStringLiteral("database_busy"));
        CHECK(begins(WriteScope::lab()) == QStringLiteral("database_busy"));
    }
    SECTION("a write in progress to the lab")
    {
        const LockHolder other(where.location(), std::chrono::milliseconds(2000));
        REQUIRE(other.holding());
        CHECK(begins(WriteScope::ofRecord(2)) == QStringLiteral("database_busy"));
    }
    SECTION("a write to record 1's rows that has logged a row holds the chain: record 2's next logged row waits")
    {
        const LockHolder other(
            where.location(), std::chrono::milliseconds(2000), WriteScope::ofRecord(1), [](Database& db) {
                return bool(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('held', '1')")));
            });
        REQUIRE(other.holding());
        Transaction tx(desk, WriteScope::ofRecord(2));
        REQUIRE(tx.isActive());
        auto logged = desk.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('waits', '1')"));
        REQUIRE_FALSE(logged);
        CHECK(logged.error().code == QStringLiteral("database_busy"));
    }
}

namespace {

QStringList g_warnings;

void keepWarning(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_warnings.append(message);
}

} // namespace

TEST_CASE("a statement that fails inside a server transaction stays prepared, and nothing is said of freeing it",
          "[db][postgres]")
{
    REQUIRE(Test::testOnServer());
    TemporaryLabLocation where;
    Database db;
    REQUIRE(db.open(where.location(), true));
    const QString insert = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)");
    const auto prepared = [&] {
        return db.scalar(QStringLiteral("SELECT count(*) FROM pg_prepared_statements"))->toInt();
    };
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepWarning);
    {
        Transaction tx(db);
        REQUIRE(tx.isActive());
        REQUIRE(db.exec(insert, {QStringLiteral("a"), QStringLiteral("1")}));
        CHECK_FALSE(db.exec(insert, {QStringLiteral("a"), QStringLiteral("2")})); // the key is taken
    } // rolled back
    const int afterFailure = prepared();
    {
        Transaction tx(db);
        REQUIRE(db.exec(insert, {QStringLiteral("a"), QStringLiteral("3")}));
        REQUIRE(tx.commit());
    }
    qInstallMessageHandler(previous);
    CHECK(g_warnings.filter(QStringLiteral("Unable to free statement")).isEmpty());
    CHECK(prepared() == afterFailure); // the failed statement was taken up again, not prepared anew
    CHECK(db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'a'"))->toString() == QStringLiteral("3"));
}
