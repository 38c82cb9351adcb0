// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace Etalon {

/**
 * The translation context of every message outside Qt's own object classes: `Tr::tr("…")` is found by
 * lupdate and looked up in the "Etalon" context of etalon_vi.ts and etalon_en.ts.
 */
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Etalon)
};

} // namespace Etalon
