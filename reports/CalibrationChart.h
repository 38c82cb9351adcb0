// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QDate>
#include <QRectF>

class QPainter;

namespace Etalon {

/** One calibration of a standard at one nominal value: its correction and expanded uncertainty. */
struct ChartPoint
{
    QDate date;
    double correction = 0;
    double uncertainty = 0; ///< U, drawn as the bar's half-length
    QString certificate;
};

/** A standard's history at one nominal value, in one unit, with its limit and when it falls due. */
struct CalibrationChartData
{
    QString title;
    QString unit; ///< of the corrections, uncertainties and limit
    QList<ChartPoint> points; ///< oldest first
    std::optional<double> limit; ///< ± the largest correction accepted: the lab's set limit or the class's MPE
    std::optional<QDate> due;

    /**
     * The history of \a standard at \a nominal from its calibrations: points without a correction are
     * left out; the limit is the standard's own, else its OIML R 111 class MPE at that value.
     */
    static CalibrationChartData fromHistory(const Standard& standard, const QList<StandardCalibration>& history,
                                            const Quantity& nominal);
    /** The nominal values the history has corrections for, in the order first calibrated. */
    static QList<Quantity> nominals(const QList<StandardCalibration>& history);
};

/**
 * Draws the chart with QPainter, so the same drawing serves the screen (a widget's paint event) and the
 * PDF reports: corrections over time with their uncertainty bars, the ± limit, and the due date.
 */
void paintCalibrationChart(QPainter& painter, const QRectF& area, const CalibrationChartData& data);

} // namespace Etalon
