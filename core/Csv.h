// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace Etalon {

/**
 * RFC 4180 CSV text into rows of fields; quoted fields may hold separators, quotes and newlines. The separator
 * is the comma, or the semicolon when the first line has semicolons and no comma outside quotes (what Excel
 * writes under Vietnamese regional settings, whose decimal separator is the comma).
 */
Result<QList<QStringList>> parseCsv(const QString& text);

/**
 * A text cell as a spreadsheet must show it: one starting with =, +, -, @, a tab or a carriage return would be
 * taken for a formula, so it gets a leading apostrophe (numbers such as -5 stay numbers). Lossless with
 * csvCellFromSpreadsheet(): a cell already starting with apostrophes before such a character gets one more.
 */
QString csvCellForSpreadsheet(const QString& cell);
/** Undoes csvCellForSpreadsheet(): an export imports unchanged. */
QString csvCellFromSpreadsheet(const QString& cell);

} // namespace Etalon
