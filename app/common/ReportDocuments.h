// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ActivityFigures.h"
#include "core/AdministrativeForm.h"
#include "core/AnnualFigures.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Etalon {

/** A report to the authorities as it is sent: its PDF and the same figures as CSV rows. */
struct ReportDocument
{
    QByteArray pdf;
    QList<QStringList> csvRows;
};

/**
 * The annual report and the activity report in their own \a language ("vi" or "en"), whatever the screen's:
 * the translation is switched for the rendering and put back after. The command line and the desktop client
 * both make their reports here.
 */
Result<ReportDocument> annualReport(const AnnualFigures& figures, const AdministrativeForm& form,
                                    const QString& language, const QDateTime& generatedAt);
Result<ReportDocument> activityReport(const ActivityFigures& figures, const AdministrativeForm& form,
                                      const QString& language, const QDateTime& generatedAt);

} // namespace Etalon
