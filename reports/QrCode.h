// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>

namespace Etalon {

/** A QR code's modules (libqrencode, error correction M): true is dark. */
struct QrCode
{
    int size = 0;
    QList<bool> modules; ///< row-major, size × size

    bool dark(int x, int y) const { return modules[y * size + x]; }
    static Result<QrCode> encode(const QByteArray& payload);
};

} // namespace Etalon
