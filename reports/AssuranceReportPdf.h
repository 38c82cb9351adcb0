// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Programme.h"

#include <QByteArray>
#include <QDateTime>

namespace Etalon::AssuranceReportPdf {

struct Options
{
    QString labName;
    QDateTime generatedAt;
};

/** An enterprise's measurement assurance report: its instruments and where each stands, and the share in date. */
Result<QByteArray> render(const AssuranceReport& report, const Options& options);

} // namespace Etalon::AssuranceReportPdf
