// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Programme.h"

#include <QHash>

namespace Etalon {

/** One line of a breakdown: a key (an instrument type, a commune…), its count in the year and since 2026. */
struct YearCount
{
    QString key;
    int year = 0;
    int cumulative = 0;
};

/** The keys of the commune breakdown that are not a registered commune's name. */
namespace CommuneKey {
inline const QString OutsideProvince = QStringLiteral("outside-province");
inline const QString NotRecorded = QStringLiteral("not-recorded");
} // namespace CommuneKey

/** An instrument type's names in the report's two languages. */
struct TypeNames
{
    QString vi;
    QString en;
};

/**
 * Whether a standard was in service and covered by a valid calibration on every day of the year (to the report's
 * end). A standard the lab took on during the year, or retired, is judged over the days it held it, and is never
 * "in date all year".
 */
struct StandardYear
{
    QString name;
    QString serial;
    QDate from; ///< 1 January, or the day the lab took it on (its registration or first calibration)
    QDate to; ///< the period's end, or the day before it was retired
    QDate firstGap; ///< the first day between from and to without a valid calibration or in quarantine
    QDate gapEnd; ///< the last day of that gap, when the standard was usable again before the period's end
    bool quarantined = false; ///< the gap is a quarantine (else no valid calibration)
    bool inDateAllYear = false;
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
    QList<YearCount> workByCommune; ///< registered commune of the place of use, else of the owner on the day
    QList<YearCount> workBySector;
    QHash<QString, TypeNames> typeNames; ///< of the types in workByType, by code
    YearCount certificates; ///< verification and calibration certificates, each counted once however amended
    YearCount certificatesWithdrawn; ///< of those, withdrawn since (and not replaced)
    YearCount failureRecords; ///< records of failed verification (biên bản), not certificates
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
