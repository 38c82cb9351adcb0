// SPDX-License-Identifier: Apache-2.0
// What another desk changes is told to this one within two seconds, on a lab file and on a server.
#include "db/registry/RegistryService.h"
#include "db/store/ChangeWatcher.h"
#include "support/TemporaryDatabase.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

/** Waits up to \a ms for \a watcher's signal; how long it took, or -1. */
qint64 waitForChange(ChangeWatcher& watcher, int ms)
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    bool seen = false;
    QObject::connect(&watcher, &ChangeWatcher::changed, &loop, [&] {
        seen = true;
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return seen ? clock.elapsed() : -1;
}

} // namespace

TEST_CASE("a change another desk commits is told within two seconds; one's own is not", "[db][watch]")
{
    LabFixture f;
    ChangeWatcher watcher(f.db());
    // This desk's own write is not news to it.
    Organisation own;
    own.name = QStringLiteral("Của bàn này");
    REQUIRE(RegistryService(f.lab()).addOrganisation(f.admin, own));
    CHECK(waitForChange(watcher, 1500) == -1);

    Database other;
    REQUIRE(other.open(f.path(), false));
    Lab otherLab(other, f.clock());
    Organisation theirs;
    theirs.name = QStringLiteral("Của bàn khác");
    REQUIRE(RegistryService(otherLab).addOrganisation(f.admin, theirs));
    const qint64 took = waitForChange(watcher, 3000);
    CHECK(took >= 0);
    CHECK(took < 2000);
}
