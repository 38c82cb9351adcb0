// SPDX-License-Identifier: Apache-2.0
#include "app/gui/PdfPrinting.h"

#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>

namespace Etalon {

void printPdf(QPdfDocument* document, const QString& name, QWidget* parent)
{
    if (!document || document->pageCount() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(name);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    for (int page = 0; page < document->pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        const QRect target = painter.viewport();
        const QSizeF points = document->pagePointSize(page);
        const QSize pixels = (points * printer.resolution() / 72.0).toSize();
        const QImage image = document->render(page, pixels);
        painter.drawImage(QRect(target.topLeft(), pixels.scaled(target.size(), Qt::KeepAspectRatio)), image);
    }
}

} // namespace Etalon
