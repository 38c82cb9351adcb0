// SPDX-License-Identifier: Apache-2.0
#include "reports/AdministrativeLayout.h"

#include "reports/PageFlow.h"
#include "reports/ReportFonts.h"
#include "reports/ReportPdf.h"

#include <QLocale>

namespace Etalon::AdministrativeLayout {

namespace {

using ReportFonts::font;

/** Draws \a text centred at the top of \a column from \a top, returning the rectangle it took. */
QRectF centred(QPainter& p, const QRectF& column, double top, const QString& text, const QFont& f)
{
    p.setFont(f);
    QRectF used;
    p.drawText(QRectF(column.left(), top, column.width(), column.bottom() - top),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text, &used);
    return used;
}

void underline(QPainter& p, double left, double right, double y)
{
    p.setPen(QPen(Qt::black, 0.6));
    p.drawLine(QPointF(left, y), QPointF(right, y));
}

} // namespace

QString placeAndDate(const AdministrativeForm& form, bool english)
{
    if (english)
        return QStringLiteral("%1, %2").arg(
            form.place, QLocale(QLocale::English).toString(form.date, QStringLiteral("d MMMM yyyy")));
    const auto twoDigits = [](int n) { return n < 10 ? QStringLiteral("0%1").arg(n) : QString::number(n); };
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(form.place, twoDigits(form.date.day()),
             form.date.month() < 3 ? twoDigits(form.date.month()) : QString::number(form.date.month()))
        .arg(form.date.year());
}

void heading(PageFlow& flow, const AdministrativeForm& form, Language language)
{
    const bool english = language == Language::English;
    const bool numbered = form.date.isValid();
    const bool both = language == Language::Bilingual;
    flow.drawing((numbered ? 72 : 52) + (both ? 20 : 0), [&](QPainter& p, const QRectF& r) {
        const QRectF leftColumn(r.left(), r.top(), r.width() * 0.45, r.height());
        const QRectF rightColumn(r.left() + r.width() * 0.45, r.top(), r.width() * 0.55, r.height());
        p.setPen(Qt::black);
        // The governing body upright and regular, the issuing organisation bold below it (NĐ 30/2020, Phụ lục I).
        QRectF used(leftColumn.left(), r.top(), 0, 0);
        if (!form.governingBody.isEmpty())
            used = centred(p, leftColumn, r.top(), form.governingBody.toUpper(), font(8.5));
        used = centred(p, leftColumn, form.governingBody.isEmpty() ? r.top() : used.bottom(),
                       form.organisation.toUpper(), font(9, true));
        const double mid = leftColumn.center().x();
        underline(p, mid - 30, mid + 30, used.bottom() + 3);
        if (numbered) {
            p.setPen(Qt::black);
            const QString number = form.number.isEmpty() ? QStringLiteral("      /BC") : form.number;
            centred(p, leftColumn, used.bottom() + 8,
                    (english ? QStringLiteral("No.: ") : QStringLiteral("Số: ")) + number, font(9));
        }
        p.setPen(Qt::black);
        used = centred(p, rightColumn, r.top(),
                       english ? QStringLiteral("SOCIALIST REPUBLIC OF VIET NAM")
                               : QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                       font(9.5, true));
        used = centred(p, rightColumn, used.bottom() + 1,
                       english ? QStringLiteral("Independence - Freedom - Happiness")
                               : QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
                       font(10, true));
        underline(p, used.left(), used.right(), used.bottom() + 1.5);
        if (both) {
            p.setPen(Qt::black);
            used =
                centred(p, rightColumn, used.bottom() + 4,
                        QStringLiteral("SOCIALIST REPUBLIC OF VIET NAM\nIndependence - Freedom - Happiness"), font(7));
        }
        if (numbered) {
            QFont italic = font(9);
            italic.setItalic(true);
            p.setPen(Qt::black);
            centred(p, rightColumn, used.bottom() + 8, placeAndDate(form, english), italic);
        }
    });
    flow.space(6);
}

void recipient(PageFlow& flow, const AdministrativeForm& form, bool english)
{
    flow.paragraph((english ? QStringLiteral("To: ") : QStringLiteral("Kính gửi: ")) + form.recipient, font(10),
                   Qt::AlignHCenter, 8);
}

namespace {

constexpr double SignatureHeight = 110;

// NĐ 30/2020 Phụ lục I: "Nơi nhận" flush left, bold italic, its lines smaller below; the signatory's title,
// room to sign and stamp, and the name centred on the right.
void signatureBlock(PageFlow& flow, const AdministrativeForm& form, bool english)
{
    flow.drawing(SignatureHeight - 10, [&](QPainter& p, const QRectF& r) {
        const QRectF left(r.left(), r.top(), r.width() * 0.45, r.height());
        const QRectF right(r.left() + r.width() * 0.45, r.top(), r.width() * 0.55, r.height());
        p.setPen(Qt::black);
        QFont heading = font(9, true);
        heading.setItalic(true);
        p.setFont(heading);
        QRectF used;
        p.drawText(left, Qt::AlignLeft | Qt::AlignTop,
                   english ? QStringLiteral("Recipients:") : QStringLiteral("Nơi nhận:"), &used);
        p.setFont(font(8));
        p.drawText(QRectF(left.left(), used.bottom() + 1, left.width(), left.bottom() - used.bottom()),
                   Qt::AlignLeft | Qt::AlignTop,
                   english ? QStringLiteral("- As above;\n- Archived.") : QStringLiteral("- Như trên;\n- Lưu: VT."));
        used = centred(p, right, r.top(), form.signatoryTitle, font(9, true));
        centred(p, right, used.bottom() + 52, form.signatoryName, font(9, true));
    });
}

} // namespace

void signature(PageFlow& flow, const AdministrativeForm& form, bool english)
{
    flow.space(10);
    flow.keep(SignatureHeight);
    signatureBlock(flow, form, english);
}

Result<QByteArray> render(const AdministrativeForm& form, bool english, double margin, const ReportParts& parts)
{
    bool alone = false;
    bool lastOnNewPage = false;
    const auto content = [&](PageFlow& flow) {
        heading(flow, form, english ? Language::English : Language::Vietnamese);
        flow.paragraph(english ? QStringLiteral("REPORT") : QStringLiteral("BÁO CÁO"), font(13, true), Qt::AlignCenter,
                       2);
        flow.paragraph(parts.title, font(11, true), Qt::AlignCenter, 2);
        flow.paragraph(parts.period, font(9), Qt::AlignCenter, 6);
        recipient(flow, form, english);
        parts.body(flow);
        if (lastOnNewPage)
            flow.pageBreak();
        parts.last(flow);
        flow.space(10);
        const int before = flow.pages();
        flow.keep(SignatureHeight);
        alone = flow.pages() != before;
        signatureBlock(flow, form, english);
    };
    auto first = ReportPdf::renderFlowed(QPageLayout::Portrait, parts.title, margin, parts.footer, content);
    if (!first || !alone)
        return first;
    lastOnNewPage = true;
    return ReportPdf::renderFlowed(QPageLayout::Portrait, parts.title, margin, parts.footer, content);
}

} // namespace Etalon::AdministrativeLayout
