// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Uncertainty.h"

#include <QJsonObject>

namespace Etalon::BudgetJson {

/**
 * Reads an uncertainty budget file (the `etalon-cli uncertainty` format). A bad file gets an error naming
 * the contribution and the field at fault.
 */
Result<Budget> read(const QJsonObject& json);
/** Reads UTF-8 JSON text; a syntax error names the offset. */
Result<Budget> parse(const QByteArray& text);
/** The evaluated budget: the table, u_c, ν_eff (before truncation; null when infinite), k, U, result. */
QJsonObject write(const Budget& budget, const BudgetResult& result);

} // namespace Etalon::BudgetJson
