// SPDX-License-Identifier: Apache-2.0
#include "reports/ReportPdf.h"

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

} // namespace Etalon::ReportPdf
