// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPdfWriter;

namespace Etalon {
class PageFlow;
}

namespace Etalon::ReportPdf {

/**
 * Sets up \a writer as every Etalon document is: PDF/A-1b, A4 without printer margins (each report
 * keeps its own), 72 dpi so one unit is one point, and the creator and title in the document's metadata.
 */
void setUp(QPdfWriter& writer, QPageLayout::Orientation orientation, const QString& title);

/**
 * A document laid down by \a content twice (to count the pages, then to paint them) on A4 pages with
 * \a margin points all round, each with \a footer on the left and "page x of y" on the right.
 */
/** Column widths in points from shares of the body of a portrait A4 page with \a margin points all round. */
QList<double> portraitColumns(std::initializer_list<double> shares, double margin);

/** A numbered section's title, kept with what follows it. */
void section(PageFlow& flow, const QString& title);

Result<QByteArray> renderFlowed(QPageLayout::Orientation orientation, const QString& title, double margin,
                                const QString& footer, const std::function<void(PageFlow&)>& content);

} // namespace Etalon::ReportPdf
