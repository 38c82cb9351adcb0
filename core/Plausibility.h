// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

namespace Etalon {

/** Which OIML recommendation rules out implausible registrations of an instrument type. */
enum class InstrumentFamily {
    Other,
    Scale, ///< a non-automatic weighing instrument: OIML R 76
    Weight, ///< OIML R 111
};

/** A weight's type code starts with WEIGHT; any other type of mass is a weighing instrument. */
InstrumentFamily familyOf(const InstrumentType& type);

/**
 * What OIML R 76 or R 111 rule out for an instrument of \a family, refused as bad input naming the field:
 * for a scale an accuracy class outside I–IIII, d or e not 1, 2 or 5 × 10^k, d ≠ e in classes III and IIII,
 * and e or n = Max/e outside the class's limits; for a weight an unknown class or a nominal value that is not
 * one of R 111's (or not one its class has). Expects Instrument::validate() to have passed; e defaults to d.
 */
Status checkPlausible(const Instrument& instrument, InstrumentFamily family);

/** True for 1, 2 or 5 × 10^k of the unit's coherent SI unit (for mass: kg, g and mg alike). */
bool isOneTwoFive(const Quantity& q);

/** A date before 1900 is a typing error, not work anyone can still be doing: refused naming \a field. */
Status checkPlausibleDate(const QDate& date, const QString& field);

/** A standard's calibration may be valid at most \a maxMonths after its date (the lab's setting). */
Status checkCalibrationValidity(const StandardCalibration& calibration, int maxMonths);

} // namespace Etalon
