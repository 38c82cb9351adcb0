// SPDX-License-Identifier: Apache-2.0
// A server lab's one write lock: a transaction refused while taking it (a lock wait cut short, a deadlock's victim)
// begins again, three times at most, and then says the database is busy. These run on the test server only.
#include "db/store/Database.h"
#include "support/TemporaryDatabase.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Etalon;
using Etalon::Test::TemporaryLabLocation;

namespace {

/** Holds the lab's write lock from a connection of its own, on a thread of its own, for \a hold. */
class LockHolder
{
public:
    LockHolder(const QString& where, std::chrono::milliseconds hold)
        : m_thread([this, where, hold] {
            Database db;
            if (db.open(where, false)) {
                Transaction tx(db);
                m_holding = tx.isActive();
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

} // namespace

TEST_CASE("a server write refused while waiting for the lab's lock begins again, three times at most", "[db][postgres]")
{
    REQUIRE(Test::testOnServer());
    TemporaryLabLocation where;
    {
        Database made;
        REQUIRE(made.open(where.location(), true));
    }
    Database desk;
    REQUIRE(desk.open(where.location(), false));
    // The wait each attempt allows, shortened from the desks' 30 s so the test need not wait that long.
    REQUIRE(desk.exec(QStringLiteral("SET lock_timeout = '300ms'")));

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
