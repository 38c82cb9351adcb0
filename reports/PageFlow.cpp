// SPDX-License-Identifier: Apache-2.0
#include "reports/PageFlow.h"

#include <QFontMetricsF>

namespace Etalon {

namespace {
constexpr double CellPadding = 3;
}

PageFlow::PageFlow(QPagedPaintDevice* device, QPainter* painter, const QRectF& body, int totalPages,
                   PageDecorator decorate)
    : m_device(device)
    , m_painter(painter)
    , m_body(body)
    , m_totalPages(totalPages)
    , m_decorate(std::move(decorate))
    , m_y(body.top())
{
    if (m_painter)
        m_decorate(*m_painter, m_page, m_totalPages);
}

double PageFlow::heightOf(const QString& text, const QFont& font, double width) const
{
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PageFlow::newPage()
{
    ++m_page;
    m_y = m_body.top();
    if (m_painter) {
        m_device->newPage();
        m_decorate(*m_painter, m_page, m_totalPages);
    }
}

void PageFlow::pageBreak()
{
    if (m_y > m_body.top())
        newPage();
}

void PageFlow::keep(double points)
{
    if (m_y + points > m_body.bottom() && m_y > m_body.top())
        newPage();
}

void PageFlow::columns(const QString& left, const QString& right, const QFont& font, double after)
{
    const double half = m_body.width() / 2;
    const double h = std::max(heightOf(left, font, half), heightOf(right, font, half));
    keep(h);
    drawText(QRectF(m_body.left(), m_y, half, h), left, font, int(Qt::AlignHCenter | Qt::AlignTop));
    drawText(QRectF(m_body.left() + half, m_y, half, h), right, font, int(Qt::AlignHCenter | Qt::AlignTop));
    m_y += h + after;
}

void PageFlow::space(double points)
{
    m_y += points;
}

void PageFlow::drawing(double height, const std::function<void(QPainter&, const QRectF&)>& paint)
{
    keep(height);
    if (m_painter) {
        m_painter->save();
        paint(*m_painter, QRectF(m_body.left(), m_y, m_body.width(), height));
        m_painter->restore();
    }
    m_y += height;
}

void PageFlow::drawText(const QRectF& rect, const QString& text, const QFont& font, int flags)
{
    if (!m_painter)
        return;
    m_painter->setFont(font);
    m_painter->drawText(rect, flags | Qt::TextWordWrap, text);
}

void PageFlow::paragraph(const QString& text, const QFont& font, Qt::Alignment align, double after)
{
    const double h = heightOf(text, font, m_body.width());
    keep(h);
    drawText(QRectF(m_body.left(), m_y, m_body.width(), h), text, font, int(align));
    m_y += h + after;
}

void PageFlow::field(const QString& label, const QString& labelEn, const QString& value, const QFont& labelFont,
                     const QFont& englishFont, const QFont& valueFont, double labelWidth)
{
    const double valueWidth = m_body.width() - labelWidth;
    const double labelHeight =
        heightOf(label, labelFont, labelWidth) + (labelEn.isEmpty() ? 0 : heightOf(labelEn, englishFont, labelWidth));
    const double h = std::max(labelHeight, heightOf(value, valueFont, valueWidth));
    keep(h);
    const double labelTop = m_y;
    drawText(QRectF(m_body.left(), labelTop, labelWidth, h), label, labelFont, Qt::AlignLeft | Qt::AlignTop);
    if (!labelEn.isEmpty()) {
        const double below = heightOf(label, labelFont, labelWidth);
        drawText(QRectF(m_body.left(), labelTop + below, labelWidth, h), labelEn, englishFont,
                 Qt::AlignLeft | Qt::AlignTop);
    }
    drawText(QRectF(m_body.left() + labelWidth, m_y, valueWidth, h), value, valueFont, Qt::AlignLeft | Qt::AlignTop);
    m_y += h + 1.5;
}

void PageFlow::row(const QStringList& cells, const QList<double>& widths, const QFont& font, bool header)
{
    double h = 0;
    for (int i = 0; i < cells.size() && i < widths.size(); ++i)
        h = std::max(h, heightOf(cells[i], font, widths[i] - 2 * CellPadding));
    h += 2 * CellPadding;
    if (m_painter) {
        double x = m_body.left();
        for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
            const QRectF cell(x, m_y, widths[i], h);
            if (header)
                m_painter->fillRect(cell, QColor(0xe8, 0xec, 0xf2));
            m_painter->setPen(QPen(QColor(0x60, 0x60, 0x60), 0.5));
            m_painter->drawRect(cell);
            m_painter->setPen(Qt::black);
            drawText(cell.adjusted(CellPadding, CellPadding, -CellPadding, -CellPadding), cells[i], font,
                     int(header ? Qt::AlignCenter : (Qt::AlignLeft | Qt::AlignVCenter)));
            x += widths[i];
        }
    }
    m_y += h;
}

void PageFlow::table(const QStringList& header, const QList<QStringList>& rows, const QList<double>& widths,
                     const QFont& headerFont, const QFont& font)
{
    auto rowHeight = [&](const QStringList& cells, const QFont& f) {
        double h = 0;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i)
            h = std::max(h, heightOf(cells[i], f, widths[i] - 2 * CellPadding));
        return h + 2 * CellPadding;
    };
    const double headerHeight = rowHeight(header, headerFont);
    keep(headerHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), font)));
    row(header, widths, headerFont, true);
    for (const QStringList& cells : rows) {
        const double h = rowHeight(cells, font);
        if (m_y + h > m_body.bottom()) {
            newPage();
            row(header, widths, headerFont, true);
        }
        row(cells, widths, font, false);
    }
    m_y += 6;
}

} // namespace Etalon
