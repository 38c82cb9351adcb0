// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ActivityFigures.h"
#include "db/lab/Lab.h"

namespace Etalon {

/** Computes the lab's verification activity over a period from its records, stamps, standards and people. */
class ActivityReportService final
{
public:
    explicit ActivityReportService(Lab& lab)
        : m_lab(lab)
    {
    }

    /**
     * The activity from \a from to \a to (both included; not after today, at most one year apart when \a year is
     * given by its dates). Errors name "from" or "to".
     */
    Result<ActivityFigures> figures(const QDate& from, const QDate& to);

private:
    Status countWork(ActivityFigures& f);
    Status countCertificatesAndStamps(ActivityFigures& f);
    Status listStandards(ActivityFigures& f);
    Status listVerifiers(ActivityFigures& f);

    Lab& m_lab;
};

} // namespace Etalon
