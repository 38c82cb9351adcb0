// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AdministrativeForm.h"
#include "core/Result.h"

#include <QByteArray>

#include <functional>

namespace Etalon {
class PageFlow;
}

namespace Etalon::AdministrativeLayout {

/** The words of the form: a report in one language; a certificate in Vietnamese, with English when asked. */
enum class Language { Vietnamese, English, Bilingual };

/**
 * The two-column head of a Vietnamese administrative document (NĐ 30/2020/NĐ-CP, Phụ lục I): the governing body
 * and the organisation (underlined) with the number below on the left; the national name and motto (underlined)
 * with the place and date below on the right. The number and date lines are left out when the form has none
 * (a certificate's head). In English the national name and motto are translated.
 */
void heading(PageFlow& flow, const AdministrativeForm& form, Language language);

/** "Kính gửi: …", centred under the title. */
void recipient(PageFlow& flow, const AdministrativeForm& form, bool english);

/** "Nơi nhận" on the left, the signatory's title, room to sign and stamp, and their name on the right. */
void signature(PageFlow& flow, const AdministrativeForm& form, bool english);

/** A report's parts besides its form: what it is about, its period, and its sections. */
struct ReportParts
{
    QString title;
    QString period; ///< "Từ 01/01/2026 đến 31/12/2026"
    QString footer;
    std::function<void(PageFlow&)> body; ///< every section but the last
    std::function<void(PageFlow&)> last; ///< the last section, which the signature never leaves alone
};

/**
 * The report as an administrative document: head, "BÁO CÁO" and title, period, recipient, sections, signature.
 * When the signature would begin a page of its own, the last section moves to that page with it.
 */
Result<QByteArray> render(const AdministrativeForm& form, bool english, double margin, const ReportParts& parts);

/** "Tuyên Quang, ngày 05 tháng 01 năm 2027" (days and months below 3 with their zero, as NĐ 30 asks). */
QString placeAndDate(const AdministrativeForm& form, bool english);

} // namespace Etalon::AdministrativeLayout
