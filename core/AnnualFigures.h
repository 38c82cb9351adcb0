// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Programme.h"

namespace Etalon {

/** One line of a breakdown: a key (an instrument type, a commune…), its count in the year and since 2026. */
struct YearCount
{
    QString key;
    int year = 0;
    int cumulative = 0;
};

/** Whether a standard was covered by a valid calibration through the whole year (to the report's end). */
struct StandardYear
{
    QString name;
    QString serial;
    bool inDateAllYear = false;
    QDate firstGap; ///< the first day without a valid calibration, when there was one
};

/** A programme target and how far the lab has come towards it by the end of the reported period. */
struct TargetProgress
{
    QString key;
    int target = 0;
    int byYear = 2030;
    int achieved = 0; ///< cumulative since the programme began
    int thisYear = 0;

    double share() const { return target > 0 ? double(achieved) / target : 1.0; }
};

/**
 * The figures of the programme's annual report for one year: work done (by the date of the work),
 * certificates, standards, check-scale points, enterprises, people and assessments, each for the year and
 * since 2026, against the programme's targets.
 */
struct AnnualFigures
{
    int year = 2026;
    QDate periodEnd; ///< 31 December, or today while the year runs
    QString labName;

    YearCount work; ///< verifications and calibrations approved or issued
    QList<YearCount> workByType;
    QList<YearCount> workByGroup; ///< "group2" and "other"
    QList<YearCount> workByVerdict; ///< "pass" and "fail"
    QList<YearCount> workByCommune; ///< the place of use, else the owner's commune at the date of the work
    QList<YearCount> workBySector;
    YearCount certificates;
    YearCount certificatesWithdrawn; ///< of those issued, withdrawn since
    QList<StandardYear> standards;
    int pointsEquipped = 0; ///< equipped or in use at the period's end
    int pointsInDate = 0; ///< of those, scale and masses both in date at the end
    int massSetsEquipped = 0; ///< reference mass sets at points equipped or in use at the end
    int pointsOutOfUse = 0;
    YearCount enterprises; ///< enrolled
    double enterprisesInDateShare = 0; ///< the enrolled enterprises' instruments in date at the end, on average
    YearCount peopleTrained;
    YearCount peopleCertified;
    YearCount managersAndStaffTrained;
    YearCount labsAssessed;
    YearCount serviceOrganisationsAssessed;
    QList<TargetProgress> targets;
};

} // namespace Etalon
