// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reports/CalibrationChart.h"

#include <QWidget>

namespace Etalon {

/** Shows a standard's calibration history with the reports layer's painter, the same drawing as on paper. */
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget* parent = nullptr);
    void setData(CalibrationChartData data);
    const CalibrationChartData& data() const { return m_data; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    CalibrationChartData m_data;
};

} // namespace Etalon
