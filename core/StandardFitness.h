// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"
#include "core/PointBudget.h"

#include <optional>

namespace Etalon {

/**
 * Whether a standard can serve one point of a record: it realises the instrument's quantity, the reference lies
 * within its range and within the instrument's, and (OIML R 76 3.7.1) its error there is at most a third of the
 * instrument's MPE. These are the rules; the use case that records a reading applies them.
 */

/**
 * The quantity a standard realises, in the catalogue's words ("mass"): as registered, else its range's unit's,
 * else mass for a set of an OIML R 111 class; empty when nothing says.
 */
QString standardQuantity(const Standard& standard);

/**
 * The OIML R 111 weights (1, 2, 5 × 10ⁿ) of a set that realise \a load: per decade the fewest of a 1-2-2-5
 * set, above 5000 kg as many 5000 kg weights as needed. What is below 1 mg is left out.
 */
QList<Quantity> weightsRealising(const Quantity& load);

/**
 * What the standard's certificate says it realises at \a value: for a set registered weight by weight, the weights
 * that make up the value combined (core/WeightSet); else its calibration point at exactly that value.
 */
std::optional<CalibrationPoint> realisedPoint(const StandardCalibrationInfo& calibration, const Quantity& value);

/** The class bound at \a value: over the set's own weights that make it up, else over the 1-2-5 weights of its class.
 */
std::optional<Quantity> realisedClassBound(const StandardCalibrationInfo& calibration, const Quantity& value);

/**
 * The largest error the standard may have at \a value: the worse of its OIML R 111 class (the sum of the class's
 * MPEs over the weights realising it) and |correction| + U of a calibration point at exactly that value. Nothing
 * when neither is known.
 */
std::optional<Quantity> standardErrorBound(const Standard& standard,
                                           const std::optional<StandardCalibrationInfo>& calibration,
                                           const Quantity& value);

/**
 * The standard's own expanded uncertainty at \a value, for the test uncertainty ratio: a calibration point at
 * exactly that value, else its class's bound (R 111), else the nearest calibrated point's.
 */
std::optional<Quantity> standardUncertaintyAt(const StandardCalibrationInfo& calibration, const Quantity& value);

struct PointForStandard
{
    Standard standard;
    std::optional<StandardCalibrationInfo> calibration;
    Instrument instrument;
    QString instrumentQuantity; ///< the instrument type's quantity
    Quantity reference;
    bool weighingInstrument = false; ///< judged by OIML R 76: loads up to Max + 9 e
    bool legal = false; ///< a legal verification: the standard's quantity must be known
    std::optional<Quantity> mpe; ///< the instrument's MPE at the reference, when the point is a verification's
    QDate date; ///< of the work: each weight of a set used must be calibrated then
};

/** Refuses (exit 3) a standard unfit for the point, or (exit 2) a reference no instrument can take, naming why. */
Status checkStandardFitsPoint(const PointForStandard& point);

} // namespace Etalon
