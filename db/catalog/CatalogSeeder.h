// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "db/store/Database.h"

namespace Etalon::CatalogSeeder {

/**
 * Seeds the instrument types and default procedures from the bundled resources: the curated list of
 * the lab's types (resources/catalog/instrument_types.csv) joined with Vietnam's Group 2 list for the
 * legal controls, cycle, basis and confidence, and resources/catalog/procedures.json. Values the list
 * marks uncertain are stored as unconfirmed. Also puts every type in the lab's designation scope.
 */
Status seed(Database& db);

/**
 * Gives the seeded procedures of a lab made before test programmes existed the programme their
 * document has (procedures.json), where the lab has set none: run once, when the schema gains them.
 */
Status addProgrammes(Database& db);

/** Gives the seeded procedures that state one their minimum number of repeats, where none is set yet. */
Status addMinRepeats(Database& db);

} // namespace Etalon::CatalogSeeder
