// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>
#include <QList>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QStringList>

#include <functional>

namespace Etalon {

/**
 * Lays blocks of text and tables down A4 pages, breaking tables across pages with their header repeated.
 * A document is flowed twice: once to count the pages, once to paint them, so every page can say
 * "page x of y". Units are points (the device's resolution is 72 dpi).
 */
class PageFlow
{
public:
    /** Paints a page's fixed parts (header, footer, QR, watermark) given its number and the total. */
    using PageDecorator = std::function<void(QPainter&, int page, int pages)>;

    PageFlow(QPagedPaintDevice* device, QPainter* painter, const QRectF& body, int totalPages, PageDecorator decorate);

    void paragraph(const QString& text, const QFont& font, Qt::Alignment align = Qt::AlignLeft, double after = 4);
    /** A label (Vietnamese, with its English translation smaller beside it) and a value on one line. */
    void field(const QString& label, const QString& labelEn, const QString& value, const QFont& labelFont,
               const QFont& englishFont, const QFont& valueFont, double labelWidth);
    /** A table with a header row repeated on every page it spans. */
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<double>& widths,
               const QFont& headerFont, const QFont& font);
    /** Two blocks side by side (signatures), each centred in its half. */
    void columns(const QString& left, const QString& right, const QFont& font, double after);
    void space(double points);
    /** A drawing \a height points tall across the body (a chart), on one page. */
    void drawing(double height, const std::function<void(QPainter&, const QRectF&)>& paint);
    /** Moves to a new page unless \a points still fit on this one. */
    void keep(double points);
    /** Moves to a new page unless this one is still empty. */
    void pageBreak();

    int pages() const { return m_page; }

private:
    double heightOf(const QString& text, const QFont& font, double width) const;
    void newPage();
    void drawText(const QRectF& rect, const QString& text, const QFont& font, int flags);
    void row(const QStringList& cells, const QList<double>& widths, const QFont& font, bool header);

    QPagedPaintDevice* m_device;
    QPainter* m_painter; ///< null while counting pages
    QRectF m_body;
    int m_totalPages;
    PageDecorator m_decorate;
    double m_y;
    int m_page = 1;
};

} // namespace Etalon
