// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Etalon {

/** Where a lab is kept: a SQLite file on one PC, or a PostgreSQL database on a server many desks share. */
enum class Engine {
    SQLite,
    PostgreSQL,
};

} // namespace Etalon
