// SPDX-License-Identifier: Apache-2.0
#include "reports/CalibrationChart.h"

#include "core/MpeRule.h"
#include "core/Tr.h"
#include "reports/ReportFonts.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Etalon {

namespace {

/** A tick step of 1, 2 or 5 × 10ⁿ giving about \a ticks ticks over \a span. */
double niceStep(double span, int ticks)
{
    const double raw = span / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

// Corrections, uncertainties and limits are differences: no offset between °C and K.
double inUnit(const Quantity& q, const Unit& unit)
{
    auto c = q.asDifference().convertedTo(unit);
    return c ? c->value().toDouble() : q.value().toDouble();
}

struct Scale
{
    QRectF plot;
    qint64 firstDay = 0, lastDay = 1;
    double low = -1, high = 1;

    double x(const QDate& d) const
    {
        return plot.left() + plot.width() * double(d.toJulianDay() - firstDay) / double(lastDay - firstDay);
    }
    double y(double v) const { return plot.bottom() - plot.height() * (v - low) / (high - low); }
};

Scale scaleFor(const QRectF& plot, const CalibrationChartData& data)
{
    Scale s;
    s.plot = plot;
    QDate first = data.points.isEmpty() ? QDate::currentDate() : data.points.first().date;
    QDate last = data.due.value_or(first);
    double high = data.limit.value_or(0);
    for (const ChartPoint& p : data.points) {
        first = std::min(first, p.date);
        last = std::max(last, p.date);
        high = std::max({high, std::abs(p.correction) + p.uncertainty});
    }
    // A margin of a month each side, so the first and last points are not on the frame.
    s.firstDay = first.addDays(-30).toJulianDay();
    s.lastDay = std::max(s.firstDay + 60, last.addDays(30).toJulianDay());
    high = high > 0 ? high * 1.15 : 1.0;
    s.low = -high;
    s.high = high;
    return s;
}

void drawAxes(QPainter& p, const Scale& s, const CalibrationChartData& data)
{
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 0));
    p.drawRect(s.plot);
    const double step = niceStep(s.high - s.low, 6);
    const QFontMetricsF metrics(p.font());
    for (double v = std::ceil(s.low / step) * step; v <= s.high; v += step) {
        const double y = s.y(v);
        p.setPen(QPen(std::abs(v) < step / 2 ? QColor(0x55, 0x55, 0x55) : QColor(0xdd, 0xdd, 0xdd), 0));
        p.drawLine(QPointF(s.plot.left(), y), QPointF(s.plot.right(), y));
        p.setPen(Qt::black);
        const QString label = QLocale().toString(std::abs(v) < step / 2 ? 0.0 : v, 'g', 4);
        p.drawText(QRectF(s.plot.left() - 70, y - 8, 64, 16), Qt::AlignRight | Qt::AlignVCenter, label);
    }
    // Ticks every year, half-year or quarter, whichever leaves room for their labels.
    const double years = double(s.lastDay - s.firstDay) / 365.25;
    const int months = years > 4 ? 12 : (years > 1.5 ? 6 : 3);
    const QString format = months == 12 ? QStringLiteral("yyyy") : QStringLiteral("MM/yyyy");
    for (QDate d(QDate::fromJulianDay(s.firstDay).year(), 1, 1); d.toJulianDay() <= s.lastDay;
         d = d.addMonths(months)) {
        if (d.toJulianDay() < s.firstDay)
            continue;
        const double x = s.x(d);
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
        p.drawLine(QPointF(x, s.plot.top()), QPointF(x, s.plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QRectF(x - 40, s.plot.bottom() + 4, 80, metrics.height()), Qt::AlignHCenter,
                   QLocale().toString(d, format));
    }
    p.save();
    p.translate(s.plot.left() - 78, s.plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-120, -14, 240, 16), Qt::AlignCenter, Tr::tr("correction (%1)").arg(data.unit));
    p.restore();
}

void drawLimitAndDue(QPainter& p, const Scale& s, const CalibrationChartData& data)
{
    if (data.limit) {
        p.setPen(QPen(QColor(0xb0, 0x2a, 0x37), 0, Qt::DashLine));
        for (double v : {*data.limit, -*data.limit})
            p.drawLine(QPointF(s.plot.left(), s.y(v)), QPointF(s.plot.right(), s.y(v)));
        p.drawText(QRectF(s.plot.left() + 4, s.y(*data.limit) - 16, 200, 14), Qt::AlignLeft,
                   Tr::tr("limit ± %1").arg(QLocale().toString(*data.limit, 'g', 4)));
    }
    if (data.due) {
        const double x = s.x(*data.due);
        p.setPen(QPen(QColor(0x66, 0x4d, 0x03), 0, Qt::DotLine));
        p.drawLine(QPointF(x, s.plot.top()), QPointF(x, s.plot.bottom()));
        p.drawText(QRectF(x - 100, s.plot.top() + 2, 96, 14), Qt::AlignRight,
                   Tr::tr("due %1").arg(QLocale().toString(*data.due, QLocale::ShortFormat)));
    }
}

void drawPoints(QPainter& p, const Scale& s, const CalibrationChartData& data)
{
    QPainterPath line;
    for (int i = 0; i < data.points.size(); ++i) {
        const ChartPoint& c = data.points[i];
        const QPointF at(s.x(c.date), s.y(c.correction));
        i == 0 ? line.moveTo(at) : line.lineTo(at);
    }
    p.setPen(QPen(QColor(0x9e, 0xc5, 0xfe), 0));
    p.drawPath(line);
    for (const ChartPoint& c : data.points) {
        const double x = s.x(c.date);
        const bool outside = data.limit && std::abs(c.correction) > *data.limit;
        const QColor colour = outside ? QColor(0xb0, 0x2a, 0x37) : QColor(0x0d, 0x6e, 0xfd);
        p.setPen(QPen(colour, 0));
        const double top = s.y(c.correction + c.uncertainty), bottom = s.y(c.correction - c.uncertainty);
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
        p.drawLine(QPointF(x - 4, top), QPointF(x + 4, top));
        p.drawLine(QPointF(x - 4, bottom), QPointF(x + 4, bottom));
        p.setBrush(colour);
        p.drawEllipse(QPointF(x, s.y(c.correction)), 3.5, 3.5);
        p.setBrush(Qt::NoBrush);
    }
}

} // namespace

QList<Quantity> CalibrationChartData::nominals(const QList<StandardCalibration>& history)
{
    QList<Quantity> out;
    QStringList seen;
    for (const StandardCalibration& c : history)
        for (const CalibrationPoint& p : c.points)
            if (p.correction && !seen.contains(p.value.toString())) {
                seen.append(p.value.toString());
                out.append(p.value);
            }
    return out;
}

CalibrationChartData CalibrationChartData::fromHistory(const Standard& standard,
                                                       const QList<StandardCalibration>& history,
                                                       const Quantity& nominal)
{
    CalibrationChartData data;
    data.title = Tr::tr("%1 (%2) at %3").arg(standard.name, standard.serial, nominal.toString());
    data.due = standard.validUntil;
    std::optional<Unit> unit;
    for (const StandardCalibration& c : history) {
        for (const CalibrationPoint& p : c.points) {
            if (!p.correction || p.value.toString() != nominal.toString())
                continue;
            if (!unit)
                unit = p.correction->unit();
            data.points.append({c.date, inUnit(*p.correction, *unit),
                                p.uncertainty ? inUnit(*p.uncertainty, *unit) : 0.0, c.certificate});
        }
    }
    if (!unit)
        return data;
    data.unit = unit->symbol();
    if (standard.toleranceLimit) {
        data.limit = inUnit(*standard.toleranceLimit, *unit);
    } else if (auto mpe = oimlR111MpeMg(standard.accuracyClass, nominal)) {
        if (auto mg = UnitCatalog::instance().find(QStringLiteral("mg")))
            data.limit = inUnit(Quantity(*mpe, *mg), *unit);
    }
    std::sort(data.points.begin(), data.points.end(),
              [](const ChartPoint& a, const ChartPoint& b) { return a.date < b.date; });
    return data;
}

void paintCalibrationChart(QPainter& painter, const QRectF& area, const CalibrationChartData& data)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, Qt::white);
    painter.setFont(ReportFonts::font(8));
    painter.setPen(Qt::black);
    QFont title = ReportFonts::font(10, true);
    painter.save();
    painter.setFont(title);
    painter.drawText(area.adjusted(8, 4, -8, 0), Qt::AlignTop | Qt::AlignHCenter, data.title);
    painter.restore();
    const QRectF plot = area.adjusted(96, 30, -16, -28);
    if (data.points.isEmpty() || plot.width() < 40 || plot.height() < 40) {
        painter.drawText(area, Qt::AlignCenter, Tr::tr("No calibration with a correction at this value yet"));
        painter.restore();
        return;
    }
    const Scale s = scaleFor(plot, data);
    drawAxes(painter, s, data);
    drawLimitAndDue(painter, s, data);
    drawPoints(painter, s, data);
    painter.restore();
}

} // namespace Etalon
