// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <optional>

namespace Etalon {

/**
 * A set of weights registered weight by weight (OIML R 111): which of its weights make up a load, and what they
 * realise together according to the set's calibration certificate.
 */

/** The weights of \a items that make up \a load exactly, the largest first; nothing when no combination does. */
std::optional<QList<WeightItem>> itemsRealising(const QList<WeightItem>& items, const Quantity& load);

/**
 * The certificate's value for \a item: the point marked for it, else the one unmarked point at its nominal value.
 */
std::optional<CalibrationPoint> itemCalibration(const QList<CalibrationPoint>& points, const WeightItem& item);

/**
 * What the weights \a used realise together: their nominal sum with the sum of their corrections, and an expanded
 * uncertainty (k = 2) from their standard uncertainties added linearly, since weights calibrated against the same
 * reference are correlated (EURAMET cg-18, combination of weights). Nothing when a weight has no calibration
 * value or no uncertainty on the certificate.
 */
std::optional<CalibrationPoint> combinedCalibration(const QList<CalibrationPoint>& points,
                                                    const QList<WeightItem>& used);

/** The sum of the OIML R 111 MPEs of \a used, each of its own class, else of \a setClass. */
std::optional<Quantity> itemsClassBound(const QList<WeightItem>& used, const QString& setClass);

} // namespace Etalon
