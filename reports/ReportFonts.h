// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>

namespace Etalon::ReportFonts {

/** The bundled DejaVu Sans, so documents look the same on every machine and keep every diacritic. */
QString family();
QFont font(double points, bool bold = false);

} // namespace Etalon::ReportFonts
