// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/PointBudget.h"
#include "db/lab/Lab.h"

namespace Etalon {

/** The lab's reference, working and check standards and their calibration history. */
class StandardService final
{
public:
    explicit StandardService(Lab& lab)
        : m_lab(lab)
    {
    }

    Result<Standard> addStandard(const Session& session, Standard standard);
    Result<Standard> setStatus(const Session& session, Id id, StandardStatus status, const QString& reason);
    /**
     * Sets (or with nullopt clears) the largest correction the lab accepts from the standard's
     * calibrations; beyond it a calibration reports the standard out of tolerance. Audited with a reason.
     */
    Result<Standard> setToleranceLimit(const Session& session, Id id, const std::optional<Quantity>& limit,
                                       const QString& reason);
    /**
     * Records a calibration of the standard by an external lab or by another of the lab's standards, valid
     * for at most the lab's setting max_calibration_validity_months (60 unless set) after its date.
     */
    Result<StandardCalibration> calibrate(const Session& session, StandardCalibration calibration);
    /**
     * Registers one weight of a set (OIML R 111: a nominal value of the 1-2-5 series its class has, a mark unique
     * in the set). Once a set has weights, what it realises at a load comes from the weights that make it up.
     */
    Result<WeightItem> addWeightItem(const Session& session, WeightItem item);
    Result<QList<WeightItem>> weightItems(Id standardId);
    Result<QList<Standard>> standards();
    Result<Standard> fetchStandard(Id id);
    Result<QList<StandardCalibration>> calibrations(Id standardId);
    /** The last \a count calibrations made on or before \a date (all when negative), oldest first. */
    Result<QList<StandardCalibration>> latestCalibrations(Id standardId, const QDate& date, int count);

    /**
     * Whether the standard may be used for work on \a date: in service then, and with a calibration
     * whose validity covers it. The error names the standard and its expiry.
     */
    Status checkUsable(Id standardId, const QDate& date);
    Status checkUsable(const Standard& standard, const QDate& date);
    /** The standard's latest calibration made on or before \a date and the one before it, for budgets. */
    Result<std::optional<StandardCalibrationInfo>> calibrationInfo(Id standardId, const QDate& date);
    Result<std::optional<StandardCalibrationInfo>> calibrationInfo(const Standard& standard, const QDate& date);

private:
    int maxValidityMonths();
    Status checkItemPoints(const StandardCalibration& calibration);
    Status updateSetValidity(Id standardId);
    static void weightByWeight(StandardCalibrationInfo& info, const QList<StandardCalibration>& history,
                               const QDate& date);

    Lab& m_lab;
};

} // namespace Etalon
