// SPDX-License-Identifier: Apache-2.0
#include "reports/QrCode.h"

#include "core/Tr.h"

#include <qrencode.h>

#include <memory>

namespace Etalon {

Result<QrCode> QrCode::encode(const QByteArray& payload)
{
    const std::unique_ptr<QRcode, void (*)(QRcode*)> code(
        QRcode_encodeData(int(payload.size()), reinterpret_cast<const unsigned char*>(payload.constData()), 0,
                          QR_ECLEVEL_M),
        QRcode_free);
    if (!code)
        return fail(Error::internal(Tr::tr("the QR code could not be made (payload of %1 bytes)").arg(payload.size())));
    QrCode out;
    out.size = code->width;
    out.modules.reserve(out.size * out.size);
    for (int i = 0; i < out.size * out.size; ++i)
        out.modules.append((code->data[i] & 1) != 0);
    return out;
}

} // namespace Etalon
