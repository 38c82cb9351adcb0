// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QList>

namespace Etalon {

/**
 * Ordinary least squares y = y₁ + y₂·(x − x₀) with the uncertainties of intercept and slope and their
 * correlation, as in GUM H.3 (calibration of a thermometer).
 */
struct LinearFit
{
    double x0 = 0;
    double intercept = 0; ///< y₁
    double slope = 0; ///< y₂
    double interceptUncertainty = 0;
    double slopeUncertainty = 0;
    double correlation = 0; ///< r(y₁, y₂)
    double residualSd = 0; ///< s
    double sumSquaredResiduals = 0;
    int dof = 0; ///< n − 2

    /** The fitted value at \a x and its standard uncertainty (GUM H.3.5). */
    double predict(double x) const { return intercept + slope * (x - x0); }
    double predictionUncertainty(double x) const;
};

/** Fits \a x and \a y (same length, at least three points, x not all equal) about \a x0. */
Result<LinearFit> fitStraightLine(const QList<double>& x, const QList<double>& y, double x0 = 0);

} // namespace Etalon
