// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QByteArray>
#include <QDateTime>

namespace Etalon::StandardHistoryReport {

struct Options
{
    QString labName;
    QDateTime generatedAt; ///< in the lab's time zone
};

/**
 * A standard's calibration history as a PDF: for each nominal value a page with the chart the desktop
 * client shows (corrections with their uncertainty bars, the limit, the due date) and the calibrations
 * behind it, so drift is seen and filed.
 */
Result<QByteArray> render(const Standard& standard, const QList<StandardCalibration>& history, const Options& options);

} // namespace Etalon::StandardHistoryReport
