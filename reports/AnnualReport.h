// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AdministrativeForm.h"
#include "core/AnnualFigures.h"

#include <QByteArray>
#include <QDateTime>
#include <QRectF>

class QPainter;

namespace Etalon::AnnualReport {

struct Options
{
    QDateTime generatedAt;
    AdministrativeForm form; ///< number, date, recipient and signatory of the report as sent
    bool english = false; ///< the installed language is English (the form's fixed words follow it)
};

/**
 * The programme's annual report as a PDF in the installed language: every figure for the year and since
 * 2026, and a progress chart per target towards its goal.
 */
Result<QByteArray> render(const AnnualFigures& figures, const Options& options);

/** The same figures as CSV rows (section, key, year, cumulative, target, by year), header first. */
QList<QStringList> csvRows(const AnnualFigures& figures);

/** One bar per target, achieved against goal, drawn with QPainter (also for the screen). */
void paintTargets(QPainter& painter, const QRectF& area, const QList<TargetProgress>& targets);

/** The words a target key is shown with, in the installed language. */
QString targetLabel(const QString& key);

} // namespace Etalon::AnnualReport
