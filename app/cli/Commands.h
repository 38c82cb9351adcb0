// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/CliContext.h"

#include <QList>

namespace Etalon::Cli {

using Handler = Result<Output> (*)(Context&);

enum class Access {
    None, ///< no database needed
    Catalog, ///< an initialised database, no sign-in (public catalogue data)
    SignedIn, ///< a signed-in user
    Create, ///< creates the database (init)
};

struct CommandSpec
{
    const char* name; ///< "record start"
    Access access;
    Handler handler;
    const char* usage;
};

const QList<CommandSpec>& labCommands();
const QList<CommandSpec>& registryCommands();
const QList<CommandSpec>& recordCommands();
const QList<CommandSpec>& metrologyCommands();
const QList<CommandSpec>& certificateCommands();
const QList<CommandSpec>& trustCommands();
const QList<CommandSpec>& dataCommands();
const QList<CommandSpec>& programmeCommands();
const QList<CommandSpec>& reportCommands();

/** Shorthands used by every command file. */
#define ETALON_GET(var, expr) \
    auto var = (expr);        \
    if (!var)                 \
        return ::Etalon::fail(var.error());

} // namespace Etalon::Cli
