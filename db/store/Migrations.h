// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/store/Engine.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace Etalon::Migrations {

/**
 * Forward-only schema migrations, one ordered list of versions with a script per engine per step: entry i brings
 * schema version i to i + 1, and runs in one transaction. Never edit a released entry; add a new one, for both
 * engines. The scripts are in db/sqlite/ and db/postgres/.
 */
const QStringList& all(Engine engine);

/**
 * Every trigger the migrations create (immutability, append-only), as name and statement: a lab opened without
 * one (a file whose triggers were dropped) gets it back.
 */
QList<QPair<QString, QString>> triggers(Engine engine);

const QStringList& sqliteSteps();
const QStringList& postgresSteps();

/** The migration that gives procedures their test programme: the seeded ones get theirs as it runs. */
constexpr int TestProgrammes = 8;
/** The migration that gives calibration procedures their minimum number of repeats. */
constexpr int MinRepeats = 9;
/** The migration that starts the row log: the lab's rows as they stand are its first state. */
constexpr int RowLog = 10;
/** The migration after which every audit entry records the security log's head. */
constexpr int SecurityAnchor = 12;
/** The migration after which a server's row-log triggers take the chain lock (WriteScope): their functions anew. */
constexpr int ChainLock = 16;

} // namespace Etalon::Migrations
