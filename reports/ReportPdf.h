// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPageLayout>
#include <QString>

class QPdfWriter;

namespace Etalon::ReportPdf {

/**
 * Sets up \a writer as every Etalon document is: PDF/A-1b, A4 without printer margins (each report
 * keeps its own), 72 dpi so one unit is one point, and the creator and title in the document's metadata.
 */
void setUp(QPdfWriter& writer, QPageLayout::Orientation orientation, const QString& title);

} // namespace Etalon::ReportPdf
