// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QString>

namespace Etalon {

/**
 * What a report sent to an authority carries as an administrative document (NĐ 30/2020/NĐ-CP, Phụ lục I):
 * the issuing body under its governing body, the document's number, the place and date, "Kính gửi", and the
 * signature block with the signatory's title and name.
 */
struct AdministrativeForm
{
    QString governingBody; ///< "SỞ KHOA HỌC VÀ CÔNG NGHỆ TUYÊN QUANG"
    QString organisation; ///< the lab
    QString number; ///< "15/BC-TTKT"; empty: left for the office to write in
    QString place; ///< "Tuyên Quang"
    QDate date;
    QString recipient; ///< "Kính gửi: …"
    QString signatoryTitle; ///< "GIÁM ĐỐC", or "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
    QString signatoryName;
};

} // namespace Etalon
