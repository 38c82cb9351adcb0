// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace Etalon {

/** RFC 4180 CSV text into rows of fields; quoted fields may hold commas, quotes and newlines. */
Result<QList<QStringList>> parseCsv(const QString& text);

} // namespace Etalon
