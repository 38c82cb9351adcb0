// SPDX-License-Identifier: Apache-2.0
#include "reports/ReportPdf.h"

#include "core/Tr.h"
#include "reports/PageFlow.h"
#include "reports/ReportFonts.h"

#include <QBuffer>
#include <QPdfWriter>

namespace Etalon::ReportPdf {

void setUp(QPdfWriter& writer, QPageLayout::Orientation orientation, const QString& title)
{
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("Etalon"));
    writer.setTitle(title);
}

QList<double> portraitColumns(std::initializer_list<double> shares, double margin)
{
    constexpr double A4Width = 595.0;
    QList<double> out;
    for (double share : shares)
        out.append(share * (A4Width - 2 * margin));
    return out;
}

void section(PageFlow& flow, const QString& title)
{
    flow.space(6);
    flow.keep(60);
    flow.paragraph(title, ReportFonts::font(11, true), Qt::AlignLeft, 4);
}

Result<QByteArray> renderFlowed(QPageLayout::Orientation orientation, const QString& title, double margin,
                                const QString& footer, const std::function<void(PageFlow&)>& content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUp(writer, orientation, title);
    const QSizeF page = writer.pageLayout().fullRectPoints().size();
    const QRectF body(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin - 20);
    const auto decorate = [&](QPainter& p, int number, int pages) {
        p.setFont(ReportFonts::font(7));
        p.setPen(Qt::black);
        const QRectF line(margin, page.height() - margin - 10, page.width() - 2 * margin, 12);
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, footer);
        p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("page %1 of %2").arg(number).arg(pages));
    };
    PageFlow counting(&writer, nullptr, body, 0, decorate);
    content(counting);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(Error::internal(Tr::tr("cannot start the PDF document")));
    PageFlow painting(&writer, &painter, body, counting.pages(), decorate);
    content(painting);
    painter.end();
    return bytes;
}

} // namespace Etalon::ReportPdf
