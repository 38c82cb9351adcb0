// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "core/Trace.h"

#include <QByteArray>
#include <QDateTime>

namespace Etalon::TraceReport {

struct Options
{
    QString labName;
    QDateTime generatedAt; ///< in the lab's time zone
};

/**
 * The traceability chain of a certificate as a PDF an assessor can file: every link with the calibration
 * valid on the date it was used, up to the national standard or an external certificate, and each break.
 */
Result<QByteArray> render(const Trace& trace, const Options& options);

} // namespace Etalon::TraceReport
