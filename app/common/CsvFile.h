// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QString>

namespace Etalon {

/** A CSV file's text for an import: UTF-8 (with or without a byte-order mark), at most 64 MiB. */
Result<QString> readCsvFile(const QString& path);

} // namespace Etalon
