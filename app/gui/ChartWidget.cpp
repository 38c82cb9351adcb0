// SPDX-License-Identifier: Apache-2.0
#include "app/gui/ChartWidget.h"

#include <QPainter>

namespace Etalon {

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(360, 240);
}

void ChartWidget::setData(CalibrationChartData data)
{
    m_data = std::move(data);
    update();
}

void ChartWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintCalibrationChart(painter, rect(), m_data);
}

} // namespace Etalon
