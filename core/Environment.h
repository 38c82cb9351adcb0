// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Quantity.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Etalon {

/**
 * Checks the conditions of a record against a procedure's limits, e.g.
 * {"temperature": {"min": "17 °C", "max": "23 °C", "action": "refuse"}, "humidity": {…, "action": "warn"}}.
 * A condition outside a "refuse" limit is an error naming it; outside a "warn" limit, or missing where a
 * limit is set, it is returned as a warning to record with the work.
 */
Result<QStringList> checkEnvironment(const QJsonObject& limits, const std::optional<Quantity>& temperature,
                                     const std::optional<Quantity>& humidity);

/**
 * Conditions no room can have, refused as bad input naming the field whatever the procedure's limits: a
 * temperature below absolute zero, a relative humidity outside 0 to 100 %RH. Expects a temperature and a
 * dimensionless humidity.
 */
/**
 * A condition as typed: a bare number is a temperature in °C or a relative humidity in %RH, as a room's
 * thermohygrometer shows them; empty is none. Errors name \a field ("temperature" or "humidity").
 */
Result<std::optional<Quantity>> typedCondition(const QString& text, const QString& field);

Status checkPlausibleConditions(const std::optional<Quantity>& temperature, const std::optional<Quantity>& humidity);

} // namespace Etalon
