// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QPdfDocument;
class QWidget;

namespace Etalon {

/** Asks for a printer and prints every page of \a document, named \a name in the print queue. */
void printPdf(QPdfDocument* document, const QString& name, QWidget* parent);

} // namespace Etalon
