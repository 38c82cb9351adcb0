// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

class QPdfDocument;
class QPrinter;
class QWidget;

namespace Etalon {

/**
 * Asks for a printer and prints \a pdf (shown in \a document) as \a name. The PDF itself goes to the printer, so
 * pages stay vector and small; see sendPdf(). Returns what was done, or why not; empty when cancelled.
 */
QString printPdf(const QByteArray& pdf, QPdfDocument* document, const QString& name, QWidget* parent);

/**
 * Sends \a pdf to the printer \a printer was set up for: printing to a file writes the PDF itself there; a print
 * server that takes PDF (CUPS's `lp`) gets the file as it is. Only where neither exists are the pages of
 * \a document drawn as images at the printer's resolution.
 */
Status sendPdf(const QByteArray& pdf, QPdfDocument* document, QPrinter& printer);

} // namespace Etalon
