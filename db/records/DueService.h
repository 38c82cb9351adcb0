// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"

namespace Etalon {

enum class DueScope { All, Standards, Instruments };

/**
 * What falls due, on three tracks: standards by their calibration's validity, instruments by their legal
 * verification (and those found not fit for use, whatever the window) and by their calibration.
 */
class DueService final
{
public:
    explicit DueService(Lab& lab)
        : m_lab(lab)
    {
    }

    /** Everything overdue or due within \a withinDays of \a asOf, soonest first. */
    Result<QList<DueItem>> dueList(const QDate& asOf, int withinDays, DueScope scope, int limit = 10000);

private:
    Lab& m_lab;
};

} // namespace Etalon
