// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Certificate.h"

#include <QIODevice>

namespace Etalon {

/**
 * Renders a verification certificate, a record of a failed verification or a calibration certificate as a
 * PDF/A-1b document on A4, with the bundled font embedded, the number and "page x of y" and a QR code on
 * every page. Plain data in, bytes out: no database.
 */
class CertificateWriter final
{
public:
    struct Options
    {
        QByteArray qrPayload; ///< the signed payload anyone can check offline
        QString mark; ///< printed across every page of a marked copy, e.g. "ĐÃ BỊ THAY THẾ / REPLACED"
    };

    static Status write(QIODevice* out, const CertificateData& data, const Options& options);
    static Result<QByteArray> render(const CertificateData& data, const Options& options);
    /**
     * Renders many certificates on all cores (QtConcurrent); the results keep the order of \a items. The font
     * is registered first, on the calling thread.
     */
    static QList<Result<QByteArray>> renderBatch(const QList<QPair<CertificateData, Options>>& items);
    /** Writes atomically to \a path. */
    static Status write(const QString& path, const CertificateData& data, const Options& options);
};

} // namespace Etalon
