// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

namespace Etalon {

/**
 * The points of \a calibration where the standard's correction exceeds the MPE of its class less the point's U
 * (OIML R 111 classes for weights: |c| + U ≤ δm). Such a standard was out of tolerance while in use, so the work done
 * with it since its previous calibration is suspect (see impact). A limit set on the standard takes the class's place;
 * standards with neither give no findings.
 */
QList<ToleranceFinding> outOfTolerance(const Standard& standard, const StandardCalibration& calibration);

} // namespace Etalon
