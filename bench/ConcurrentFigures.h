// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"
#include "db/lab/Lab.h"

#include <QList>
#include <QString>

namespace Etalon::Bench {

struct ConcurrentRun
{
    QString location; ///< the lab file or server URI each desk opens its own connection to
    int clients = 16;
    QList<Id> instruments; ///< scales with no record open, shared out among the desks
    QList<Standard> standards;
    Session technician;
    Session manager;
};

/**
 * Many desks at once on one lab, each on its own connection and thread: every desk carries its scales from
 * start through the full R 76 programme to completion and approval. Prints the records carried per second and
 * the median and 95th percentile of each operation's wait.
 */
void concurrentFigures(const ConcurrentRun& run);

} // namespace Etalon::Bench
