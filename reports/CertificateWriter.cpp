// SPDX-License-Identifier: Apache-2.0
#include "reports/CertificateWriter.h"
#include "reports/AdministrativeLayout.h"

#include "core/Tr.h"
#include "reports/PageFlow.h"
#include "reports/QrCode.h"
#include "reports/ReportFonts.h"

#include "reports/ReportPdf.h"
#include <QBuffer>
#include <QFontDatabase>
#include <QImage>

#include <QPdfWriter>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentMap>

namespace Etalon {

namespace {

constexpr double PageWidth = 595.0; // A4 in points
constexpr double PageHeight = 842.0;
constexpr double Margin = 42.0;
constexpr double HeaderHeight = 72.0;
constexpr double FooterHeight = 30.0;

QString fontFamily()
{
    return ReportFonts::family();
}

struct Labels
{
    CertificateLanguage language;

    // The Vietnamese label, the English one (set smaller when bilingual), or the English alone.
    QPair<QString, QString> operator()(const char* vi, const char* en) const
    {
        switch (language) {
        case CertificateLanguage::Vietnamese:
            return {QString::fromUtf8(vi), QString()};
        case CertificateLanguage::English:
            return {QString::fromUtf8(en), QString()};
        case CertificateLanguage::Bilingual:
            return {QString::fromUtf8(vi), QString::fromUtf8(en)};
        }
        return {};
    }
    QString joined(const char* vi, const char* en) const
    {
        const auto [first, second] = (*this)(vi, en);
        return second.isEmpty() ? first : first + QStringLiteral(" / ") + second;
    }
};

// Days and the months January and February with their zero, as NĐ 30/2020 writes dates.
QString longDate(const QDate& d, CertificateLanguage language)
{
    const QString english = d.toString(QStringLiteral("d MMMM yyyy"));
    if (language == CertificateLanguage::English)
        return english;
    const QString vietnamese = QStringLiteral("ngày %1 tháng %2 năm %3")
                                   .arg(d.day(), 2, 10, QChar(u'0'))
                                   .arg(d.month(), d.month() < 3 ? 2 : 1, 10, QChar(u'0'))
                                   .arg(d.year());
    return language == CertificateLanguage::Bilingual ? vietnamese + QStringLiteral(" / ") + english : vietnamese;
}

QString shortDate(const QDate& d, CertificateLanguage language)
{
    return d.toString(language == CertificateLanguage::English ? QStringLiteral("yyyy-MM-dd")
                                                               : QStringLiteral("dd/MM/yyyy"));
}

class Document
{
public:
    Document(const CertificateData& data, const CertificateWriter::Options& options)
        : m_data(data)
        , m_options(options)
        , m_labels{data.language}
    {
    }

    Status paint(QPdfWriter& writer)
    {
        if (!m_data.logoPng.isEmpty())
            m_logo = QImage::fromData(m_data.logoPng);
        if (!m_options.qrPayload.isEmpty()) {
            auto qr = QrCode::encode(m_options.qrPayload);
            if (!qr)
                return fail(qr.error());
            m_qr = *qr;
        }
        const QRectF body(Margin, Margin + HeaderHeight, PageWidth - 2 * Margin,
                          PageHeight - 2 * Margin - HeaderHeight - FooterHeight);
        // The decision and the signatures stand on page 1 with the instrument, never alone: when the results do not
        // fit there with them, the results go to an annex page; when page 1 still overflows, its type is set smaller.
        // Then a failure record's checklist and the reasons it failed go to the annex too.
        const auto fits = [&](bool resultsInAnnex, bool inspectionsInAnnex, bool failuresInAnnex) {
            PageFlow probe(&writer, nullptr, body, 0, [](QPainter&, int, int) {});
            m_resultsInAnnex = resultsInAnnex;
            m_inspectionsInAnnex = inspectionsInAnnex;
            m_failuresInAnnex = failuresInAnnex;
            mainPage(probe);
            return probe.pages() == 1;
        };
        if (!fits(false, false, false) && !fits(true, false, false) && !fits(true, true, false) &&
            !fits(true, true, true)) {
            for (const double scale : {0.92, 0.85, 0.78}) {
                m_scale = scale;
                if (fits(true, true, true))
                    break;
            }
        }
        // First pass counts the pages; the second paints them knowing the total.
        PageFlow counting(&writer, nullptr, body, 0, [](QPainter&, int, int) {});
        flow(counting);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Error::internal(Tr::tr("cannot start the PDF document")));
        PageFlow painting(&writer, &painter, body, counting.pages(),
                          [this](QPainter& p, int page, int pages) { decorate(p, page, pages); });
        flow(painting);
        painter.end();
        return {};
    }

private:
    QString title() const
    {
        switch (m_data.kind) {
        case CertificateKind::Verification:
            return m_labels.joined("GIẤY CHỨNG NHẬN KIỂM ĐỊNH", "CERTIFICATE OF VERIFICATION");
        case CertificateKind::FailureRecord:
            return m_labels.joined("BIÊN BẢN KIỂM ĐỊNH", "VERIFICATION RECORD");
        case CertificateKind::Calibration:
            return m_labels.joined("GIẤY CHỨNG NHẬN HIỆU CHUẨN", "CALIBRATION CERTIFICATE");
        }
        return {};
    }

    void decorate(QPainter& p, int page, int pages) const
    {
        p.setPen(Qt::black);
        p.setFont(font(8, true));
        double textLeft = Margin;
        if (!m_logo.isNull()) {
            const QSizeF size = QSizeF(m_logo.size()).scaled(QSizeF(48, 48), Qt::KeepAspectRatio);
            p.drawImage(QRectF(QPointF(Margin, Margin), size), m_logo);
            textLeft += size.width() + 8;
        }
        const QRectF header(textLeft, Margin, PageWidth - Margin - textLeft - 70, HeaderHeight - 8);
        QString lab = m_data.labName;
        if (!m_data.labAddress.isEmpty())
            lab += u'\n' + m_data.labAddress;
        if (!m_data.designationNumber.isEmpty())
            lab += u'\n' + m_labels.joined("Số đăng ký", "Registration No") + QStringLiteral(": ") +
                m_data.designationNumber;
        p.drawText(header, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lab);
        if (m_qr.size > 0) {
            const double side = 64;
            const double cell = side / (m_qr.size + 2);
            const QPointF origin(PageWidth - Margin - side, Margin);
            p.fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
            for (int y = 0; y < m_qr.size; ++y)
                for (int x = 0; x < m_qr.size; ++x)
                    if (m_qr.dark(x, y))
                        p.fillRect(QRectF(origin.x() + (x + 1) * cell, origin.y() + (y + 1) * cell, cell, cell),
                                   Qt::black);
        }
        p.setPen(QPen(QColor(0x40, 0x40, 0x40), 0.5));
        p.drawLine(QPointF(Margin, Margin + HeaderHeight - 6), QPointF(PageWidth - Margin, Margin + HeaderHeight - 6));
        p.setFont(font(7.5));
        const QString footer = m_labels.joined("Số", "No") + QStringLiteral(": ") + m_data.number +
            QStringLiteral("    ") + m_labels.joined("Trang %1/%2", "Page %1 of %2").arg(page).arg(pages);
        p.drawText(QRectF(Margin, PageHeight - Margin - FooterHeight + 10, PageWidth - 2 * Margin, 14), Qt::AlignRight,
                   footer);
        if (m_data.demo) {
            watermark(p, QStringLiteral("MẪU / SAMPLE"), QColor(0xe4, 0xe4, 0xe4));
            p.setPen(QColor(0xc0, 0x10, 0x20));
            p.setFont(font(8, true));
            p.drawText(QRectF(Margin, Margin + HeaderHeight - 20, PageWidth - 2 * Margin - 70, 12), Qt::AlignLeft,
                       QStringLiteral("MẪU — DỮ LIỆU THỬ / SAMPLE — DEMO DATA"));
            p.setPen(Qt::black);
        }
        if (!m_options.mark.isEmpty()) {
            watermark(p, m_options.mark, QColor(0xf4, 0xc4, 0xc8));
            // The status also in plain, upright text, so any reader (and a text search) finds it.
            p.setPen(QColor(0xc0, 0x10, 0x20));
            p.setFont(font(8, true));
            p.drawText(QRectF(Margin, Margin + HeaderHeight - 32, PageWidth - 2 * Margin - 70, 12), Qt::AlignLeft,
                       m_options.mark);
            p.setPen(Qt::black);
        }
    }

    // Opaque, light and painted first, under the content: PDF/A-1 allows no transparency.
    /** The bundled font at \a points, set smaller when page 1 would not hold the decision and signatures. */
    QFont font(double points, bool bold = false) const { return ReportFonts::font(points * m_scale, bold); }

    static void watermark(QPainter& p, const QString& text, const QColor& color)
    {
        p.save();
        p.translate(PageWidth / 2, PageHeight / 2);
        p.rotate(-40);
        p.setPen(color);
        p.setFont(ReportFonts::font(52, true));
        p.drawText(QRectF(-PageWidth, -60, 2 * PageWidth, 120), Qt::AlignCenter, text);
        p.restore();
    }

    void field(PageFlow& f, const char* vi, const char* en, const QString& value) const
    {
        const auto [label, english] = m_labels(vi, en);
        f.field(label + QStringLiteral(":"), english.isEmpty() ? QString() : english + QStringLiteral(":"), value,
                font(9.5), font(7.5), font(9.5, true), 185);
    }

    /**
     * The head of the model forms: the governing body and the lab on the left, the Quốc hiệu and its underlined
     * tiêu ngữ on the right, always in Vietnamese.
     */
    void nationalHeading(PageFlow& f) const
    {
        AdministrativeForm head;
        head.governingBody = m_data.governingBody;
        head.organisation = m_data.labName;
        // Vietnamese always (a Vietnamese legal document), with the English beside it when the certificate is in
        // English too.
        AdministrativeLayout::heading(f, head,
                                      m_data.language == CertificateLanguage::Vietnamese
                                          ? AdministrativeLayout::Language::Vietnamese
                                          : AdministrativeLayout::Language::Bilingual);
    }

    void identification(PageFlow& f) const
    {
        if (m_data.nationalHeading)
            nationalHeading(f);
        // The English title sits below the Vietnamese one, smaller (TT 24/2013 Điều 41.2).
        const QStringList titles = title().split(QStringLiteral(" / "));
        f.paragraph(titles.first(), font(15, true), Qt::AlignHCenter, 1);
        if (titles.size() > 1)
            f.paragraph(titles.last(), font(10, true), Qt::AlignHCenter, 4);
        f.paragraph(m_labels.joined("Số", "N°") + QStringLiteral(": ") + m_data.number, font(11, true),
                    Qt::AlignHCenter, 4);
        if (!m_data.replaces.isEmpty())
            f.paragraph(m_labels.joined("Thay thế giấy chứng nhận số", "Replaces certificate No") +
                            QStringLiteral(" ") + m_data.replaces,
                        font(9), Qt::AlignHCenter, m_data.amendmentReason.isEmpty() ? 4 : 1);
        if (!m_data.replaces.isEmpty() && !m_data.amendmentReason.isEmpty())
            f.paragraph(m_labels.joined("Lý do sửa đổi", "Reason for the amendment") + QStringLiteral(": ") +
                            m_data.amendmentReason,
                        font(9), Qt::AlignHCenter, 4);
        f.space(8);
        field(f, "Tên phương tiện đo", "Measuring instrument",
              m_data.language == CertificateLanguage::English && !m_data.instrumentNameEn.isEmpty()
                  ? m_data.instrumentNameEn
                  : m_data.instrumentName);
        field(f, "Kiểu", "Type", m_data.model);
        field(f, "Số", "Serial No", m_data.serial);
        // Maker and country are separate facts (TT 24/2013 Điều 41.5).
        field(f, "Cơ sở sản xuất", "Manufacturer", m_data.manufacturer);
        field(f, "Nước sản xuất", "Country of manufacture", m_data.country);
        field(f, "Năm sản xuất", "Year", m_data.year);
        field(f, "Đặc trưng kỹ thuật đo lường", "Specifications", m_data.characteristics.join(QStringLiteral("; ")));
        QStringList user{m_data.ownerName, m_data.ownerAddress};
        if (!m_data.ownerPhone.isEmpty())
            user.append(m_labels.joined("Điện thoại", "Phone") + QStringLiteral(": ") + m_data.ownerPhone);
        user.removeAll(QString());
        field(f, "Cơ sở sử dụng", "User", user.join(u'\n'));
        field(f, "Nơi sử dụng", "Place", m_data.placeOfUse);
        field(f, "Phương pháp thực hiện",
              m_data.kind == CertificateKind::Calibration ? "Method of calibration" : "Method of verification",
              m_data.procedureCode + QStringLiteral(" — ") + m_data.procedureTitle);
        if (m_data.kind != CertificateKind::Calibration)
            field(f, "Chế độ kiểm định", "Type of verification", m_data.mode);
        field(f, m_data.kind == CertificateKind::Calibration ? "Ngày hiệu chuẩn" : "Ngày kiểm định",
              m_data.kind == CertificateKind::Calibration ? "Date of calibration" : "Date of verification",
              shortDate(m_data.dateOfWork, m_data.language));
        if (m_data.dateOfReceipt)
            field(f, "Ngày nhận", "Date of receipt", shortDate(*m_data.dateOfReceipt, m_data.language));
        if (!m_data.itemCondition.isEmpty())
            field(f, "Tình trạng khi nhận", "Condition on receipt", m_data.itemCondition);
        if (!m_data.workSite.isEmpty())
            field(f, "Địa điểm thực hiện", "Place of work", m_data.workSite);
        if (!m_data.environment.isEmpty())
            field(f, "Điều kiện môi trường", "Environmental conditions", m_data.environment);
    }

    void standardsTable(PageFlow& f) const
    {
        if (m_data.standards.isEmpty())
            return;
        f.paragraph(m_labels.joined("Chuẩn đo lường sử dụng và tính liên kết chuẩn",
                                    "Standards used and metrological traceability"),
                    font(10, true), Qt::AlignLeft, 3);
        QList<QStringList> rows;
        for (const CertificateStandard& s : m_data.standards)
            rows.append({s.name, s.serial, s.certificate, s.calibratedBy, shortDate(s.validUntil, m_data.language)});
        f.table({m_labels.joined("Chuẩn", "Standard"), m_labels.joined("Số", "Serial"),
                 m_labels.joined("Giấy chứng nhận", "Certificate"),
                 m_labels.joined("Đơn vị hiệu chuẩn", "Calibrated by"), m_labels.joined("Hiệu lực đến", "Valid until")},
                rows, {150, 65, 95, 121, 80}, font(8, true), font(8));
        // ISO/IEC 17025:2017 7.8.4.1: how the results are traceable, through the standards listed above.
        if (m_data.kind == CertificateKind::Calibration)
            f.paragraph(m_labels.joined("Kết quả hiệu chuẩn được liên kết chuẩn đến chuẩn quốc gia của Việt Nam và "
                                        "hệ đơn vị đo lường quốc tế (SI) thông qua các chuẩn nêu trên và giấy chứng "
                                        "nhận hiệu chuẩn của chúng.",
                                        "The results are metrologically traceable to the national measurement "
                                        "standards of Viet Nam and to the SI through the standards listed above and "
                                        "their calibration certificates."),
                        font(8), Qt::AlignLeft, 4);
    }

    void resultsTable(PageFlow& f) const
    {
        if (m_data.rows.isEmpty())
            return;
        const bool calibration = m_data.kind == CertificateKind::Calibration;
        if (m_data.kind == CertificateKind::FailureRecord) {
            stageChecks(f, CheckStage::Metrological, m_labels.joined("3. Kiểm tra đo lường", "3. Metrological tests"));
        } else {
            f.paragraph(m_labels.joined(calibration ? "Kết quả hiệu chuẩn" : "Kết quả kiểm định",
                                        calibration ? "Calibration results" : "Results"),
                        font(10, true), Qt::AlignLeft, 3);
        }
        // Results before and after an adjustment each in their own, labelled table (ISO/IEC 17025 7.8.4.1 c).
        const bool adjusted = std::any_of(m_data.rows.begin(), m_data.rows.end(),
                                          [](const CertificateRow& r) { return r.stage == Stage::AsLeft; });
        for (const Stage stage : {Stage::AsFound, Stage::AsLeft}) {
            QList<QStringList> rows;
            for (const CertificateRow& r : m_data.rows)
                if (r.stage == stage)
                    rows.append(
                        !calibration ? QStringList{r.label, r.reference, r.indication, r.error, r.mpe, r.verdict}
                            : m_data.conformityStatement
                            ? QStringList{r.label, r.reference, r.indication, r.error, r.uncertainty, r.mpe, r.verdict}
                            : QStringList{r.label, r.reference, r.indication, r.error, r.uncertainty});
            if (rows.isEmpty())
                continue;
            if (adjusted)
                f.paragraph(stage == Stage::AsFound ? m_labels.joined("Trước hiệu chỉnh (trạng thái ban đầu)",
                                                                      "As found, before adjustment")
                                                    : m_labels.joined("Sau hiệu chỉnh", "As left, after adjustment"),
                            font(9, true), Qt::AlignLeft, 2);
            resultRows(f, rows);
        }
        if (calibration)
            coverageStatement(f);
    }

    void resultRows(PageFlow& f, const QList<QStringList>& rows) const
    {
        // A statement of conformity shows the limit each result was judged against and the outcome.
        if (m_data.kind == CertificateKind::Calibration && m_data.conformityStatement)
            f.table({m_labels.joined("Điểm", "Point"), m_labels.joined("Giá trị chuẩn", "Reference value"),
                     m_labels.joined("Số chỉ", "Indication"), m_labels.joined("Sai số", "Error"),
                     m_labels.joined("Độ không đảm bảo đo U", "Expanded uncertainty U"),
                     m_labels.joined("Sai số cho phép", "MPE"), m_labels.joined("Kết quả", "Result")},
                    rows, {45, 78, 78, 70, 100, 70, 70}, font(8, true), font(8));
        else if (m_data.kind == CertificateKind::Calibration)
            f.table({m_labels.joined("Điểm", "Point"), m_labels.joined("Giá trị chuẩn", "Reference value"),
                     m_labels.joined("Số chỉ", "Indication"), m_labels.joined("Sai số", "Error"),
                     m_labels.joined("Độ không đảm bảo đo U", "Expanded uncertainty U")},
                    rows, {70, 105, 105, 95, 136}, font(8, true), font(8));
        else
            f.table({m_labels.joined("Điểm", "Point"), m_labels.joined("Giá trị chuẩn", "Reference"),
                     m_labels.joined("Số chỉ", "Indication"), m_labels.joined("Sai số", "Error"),
                     m_labels.joined("Sai số cho phép", "MPE"), m_labels.joined("Kết quả", "Result")},
                    rows, {60, 95, 95, 85, 85, 91}, font(8, true), font(8));
    }

    // EA-4/02 §6: a calibration certificate says how U was expanded and the probability it covers.
    void coverageStatement(PageFlow& f) const
    {
        QStringList percents;
        for (const CertificateMeasurement& m : m_data.measurements) {
            if (!m.expandedUncertainty)
                continue;
            const QString p = QString::number(qRound(m.coverageProbability * 100));
            if (!percents.contains(p))
                percents.append(p);
        }
        if (percents.isEmpty())
            return;
        f.paragraph(m_labels
                        .joined("Độ không đảm bảo đo mở rộng U bằng độ không đảm bảo đo chuẩn tổng hợp nhân với hệ số "
                                "phủ k ghi kèm, ứng với xác suất phủ xấp xỉ %1 %.",
                                "The expanded uncertainty U is the combined standard uncertainty multiplied by the "
                                "coverage factor k stated with it, for a coverage probability of approximately %1 %.")
                        .arg(percents.join(QStringLiteral(", "))),
                    font(8), Qt::AlignLeft, 3);
    }

    void failureReasons(PageFlow& f) const
    {
        for (const QString& failure : m_data.failures)
            f.paragraph(QStringLiteral("– ") + failure, font(9), Qt::AlignLeft, 2);
    }

    void conclusion(PageFlow& f) const
    {
        switch (m_data.kind) {
        case CertificateKind::Verification:
            field(f, "Kết luận", "Conclusion",
                  m_labels.joined("Đạt yêu cầu kỹ thuật đo lường", "Meets the metrological requirements"));
            field(f, "Tem kiểm định số", "Verification stamp No", m_data.stamp);
            field(f, "Có hiệu lực đến", "Valid until",
                  m_data.validUntil ? shortDate(*m_data.validUntil, m_data.language) : QString());
            break;
        case CertificateKind::FailureRecord:
            field(
                f, "Kết luận", "Conclusion",
                m_labels.joined("Không đạt yêu cầu kỹ thuật đo lường", "Does not meet the metrological requirements"));
            if (m_failuresInAnnex)
                f.paragraph(
                    m_labels.joined("Lý do không đạt: xem Phụ lục kết quả", "Why it failed: see the results annex"),
                    font(9), Qt::AlignLeft, 2);
            else
                failureReasons(f);
            f.paragraph(m_labels.joined(
                            "Dấu kiểm định cũ (nếu có) đã được xóa bỏ. Không cấp giấy chứng nhận, không dán tem.",
                            "Any previous verification mark has been removed. No certificate and no stamp are issued."),
                        font(9), Qt::AlignLeft, 4);
            break;
        case CertificateKind::Calibration:
            if (m_data.conformityStatement) {
                field(f, "Tuyên bố sự phù hợp", "Statement of conformity",
                      (m_data.passed ? m_labels.joined("Phù hợp với sai số lớn nhất cho phép theo %1",
                                                       "Conforms to the maximum permissible errors of %1")
                                     : m_labels.joined("Không phù hợp với sai số lớn nhất cho phép theo %1",
                                                       "Does not conform to the maximum permissible errors of %1"))
                          .arg(m_data.procedureCode));
                field(f, "Quy tắc quyết định", "Decision rule", m_data.decisionRule);
            }
            for (const QString& d : m_data.deviations)
                field(f, "Sai khác so với phương pháp", "Deviation from the method", d);
            if (!m_data.recommendedInterval.isEmpty())
                field(f, "Chu kỳ hiệu chuẩn khuyến nghị", "Recommended calibration interval",
                      m_data.recommendedInterval);
            // ISO/IEC 17025:2017 7.8.2.1 p.
            f.paragraph(m_labels.joined("Kết quả chỉ có giá trị đối với đối tượng được hiệu chuẩn.",
                                        "The results relate only to the item calibrated."),
                        font(9), Qt::AlignLeft, 4);
            break;
        }
    }

    void signatures(PageFlow& f) const
    {
        f.space(6);
        f.keep(100);
        f.paragraph(m_data.placeOfIssue + QStringLiteral(", ") + longDate(m_data.issueDate, m_data.language), font(9.5),
                    Qt::AlignRight, 8);
        const QString left =
            m_labels.joined(m_data.kind == CertificateKind::Calibration ? "NGƯỜI THỰC HIỆN" : "KIỂM ĐỊNH VIÊN",
                            m_data.kind == CertificateKind::Calibration ? "Calibrated by" : "Verified by");
        const QString right = m_data.approverTitle;
        f.columns(left, right, font(9.5, true), 40);
        f.columns(m_data.verifierName, m_data.approverName, font(9.5, true), 4);
    }

    void annex(PageFlow& f) const
    {
        if (m_data.budgetAnnex.isEmpty())
            return;
        f.space(10);
        f.paragraph(m_labels.joined("Phụ lục: Bảng ngân sách độ không đảm bảo đo", "Annex: uncertainty budgets"),
                    font(10, true), Qt::AlignLeft, 4);
        for (const QString& block : m_data.budgetAnnex)
            f.paragraph(block, font(8), Qt::AlignLeft, 6);
    }

    /** A failure record's external and technical inspection, item by item (the ĐLVN procedures' order). */
    void inspections(PageFlow& f) const
    {
        if (m_data.kind != CertificateKind::FailureRecord)
            return;
        stageChecks(f, CheckStage::External, m_labels.joined("1. Kiểm tra bên ngoài", "1. External inspection"));
        stageChecks(f, CheckStage::Technical, m_labels.joined("2. Kiểm tra kỹ thuật", "2. Technical inspection"));
    }

    /** What page 1 says of the parts that went to the annex. */
    QString annexPointer() const
    {
        if (m_data.kind != CertificateKind::FailureRecord)
            return m_labels.joined("Chuẩn đo lường sử dụng và kết quả: xem Phụ lục kết quả",
                                   "Standards used and results: see the results annex");
        return m_inspectionsInAnnex
            ? m_labels.joined("Kiểm tra bên ngoài, kỹ thuật và đo lường: xem Phụ lục kết quả",
                              "External, technical and metrological inspection: see the results annex")
            : m_labels.joined("3. Kiểm tra đo lường: xem Phụ lục kết quả",
                              "3. Metrological tests: see the results annex");
    }

    /** The checklist items of one stage with their outcomes, under the stage's title when there is one. */
    void stageChecks(PageFlow& f, CheckStage which, const QString& title) const
    {
        QList<QStringList> rows;
        for (const CertificateCheck& c : m_data.checks)
            if (c.stage == which)
                rows.append({c.item, c.result});
        if (!title.isEmpty())
            f.paragraph(title, font(10, true), Qt::AlignLeft, 2);
        if (rows.isEmpty() && which != CheckStage::Metrological)
            f.paragraph(m_labels.joined("Quy trình không có hạng mục này.", "The procedure has no such item."),
                        font(8.5), Qt::AlignLeft, 3);
        else if (!rows.isEmpty())
            f.table({m_labels.joined("Hạng mục", "Item"), m_labels.joined("Kết quả", "Result")}, rows, {331, 180},
                    font(8, true), font(8));
    }

    /** Page 1: the instrument, the results unless they go to the annex, the decision and the signatures. */
    void mainPage(PageFlow& f) const
    {
        identification(f);
        f.space(4);
        if (!m_inspectionsInAnnex)
            inspections(f);
        if (m_resultsInAnnex) {
            f.paragraph(annexPointer(), font(9.5, true), Qt::AlignLeft, 6);
        } else {
            standardsTable(f);
            resultsTable(f);
        }
        conclusion(f);
        signatures(f);
    }

    void flow(PageFlow& f) const
    {
        mainPage(f);
        if (m_resultsInAnnex) {
            f.pageBreak();
            f.paragraph(m_labels.joined("PHỤ LỤC KẾT QUẢ", "RESULTS ANNEX"), font(12, true), Qt::AlignHCenter, 1);
            f.paragraph(m_labels.joined("Kèm theo", "Attached to") + QStringLiteral(" ") + title() +
                            QStringLiteral(" — ") + m_labels.joined("Số", "N°") + QStringLiteral(": ") + m_data.number,
                        font(9), Qt::AlignHCenter, 8);
            if (m_inspectionsInAnnex)
                inspections(f);
            standardsTable(f);
            resultsTable(f);
            if (m_failuresInAnnex) {
                f.paragraph(m_labels.joined("Lý do không đạt", "Why it failed"), font(10, true), Qt::AlignLeft, 3);
                failureReasons(f);
            }
        }
        annex(f);
    }

    const CertificateData& m_data;
    const CertificateWriter::Options& m_options;
    Labels m_labels;
    QrCode m_qr;
    QImage m_logo;
    bool m_resultsInAnnex = false;
    bool m_inspectionsInAnnex = false; ///< a failure record's checklist goes with the results when page 1 is full
    bool m_failuresInAnnex = false; ///< and then the reasons it failed
    double m_scale = 1.0; ///< of every type size, below 1 only when page 1 would not hold the decision
};

} // namespace

Status CertificateWriter::write(QIODevice* out, const CertificateData& data, const Options& options)
{
    QPdfWriter writer(out);
    ReportPdf::setUp(writer, QPageLayout::Portrait, data.number);
    ETALON_TRY(Document(data, options).paint(writer));
    return {};
}

Result<QByteArray> CertificateWriter::render(const CertificateData& data, const Options& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ETALON_TRY(write(&buffer, data, options));
    buffer.close();
    return bytes;
}

QList<Result<QByteArray>> CertificateWriter::renderBatch(const QList<QPair<CertificateData, Options>>& items)
{
    fontFamily();
    return QtConcurrent::blockingMapped<QList<Result<QByteArray>>>(
        items, [](const QPair<CertificateData, Options>& item) { return render(item.first, item.second); });
}

Status CertificateWriter::write(const QString& path, const CertificateData& data, const Options& options)
{
    auto bytes = render(data, options);
    if (!bytes)
        return fail(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return fail(Error::internal(Tr::tr("cannot write %1: %2").arg(path, file.errorString()),
                                    QStringLiteral("write_failed")));
    return {};
}

} // namespace Etalon
