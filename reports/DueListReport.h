// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QIODevice>

namespace Etalon::DueListReport {

/** The due list as CSV (kind, id, serial, name, owner, due date, days left), for the manager's planning. */
Status writeCsv(QIODevice* out, const QList<DueItem>& items);

} // namespace Etalon::DueListReport
