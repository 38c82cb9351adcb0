// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace Etalon {

/**
 * What a PDF file says of itself, read without rendering it: whether it is a PDF at all, its title (the
 * certificate number Etalon writes into both the document information and the XMP metadata) and the first part of
 * its file identifier (the trailer's /ID), which PDF tools keep when they save a changed file again.
 */
struct PdfIdentity
{
    bool isPdf = false;
    QString title;
    QByteArray documentId; ///< lower-case hex, empty when the file has none

    /** Reads \a bytes; never fails (what cannot be found stays empty). */
    static PdfIdentity read(const QByteArray& bytes);
};

} // namespace Etalon
