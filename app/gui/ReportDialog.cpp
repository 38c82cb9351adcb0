// SPDX-License-Identifier: Apache-2.0
#include "app/gui/ReportDialog.h"

#include "app/common/ReportDocuments.h"
#include "app/gui/FieldForm.h"
#include "app/gui/FileDialogs.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "db/programme/ActivityReportService.h"
#include "db/programme/AdministrativeFormService.h"
#include "db/programme/AnnualReportService.h"
#include "reports/CsvWriter.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Etalon {

namespace {

Status writeWhole(const QString& path, const QByteArray& bytes, const QString& field)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::badInput(
            field, ReportDialog::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    return {};
}

Result<QByteArray> csvBytes(const QList<QStringList>& rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    for (const QStringList& row : rows)
        if (auto written = csv.writeRow(row); !written)
            return fail(written.error());
    return bytes;
}

} // namespace

ReportDialog::ReportDialog(LabSession& lab, Kind kind, int year, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(kind == Kind::Annual ? tr("Annual report of the programme") : tr("Activity report"));
    setMinimumWidth(560);
    m_form = new FieldForm(this);
    m_year = new QSpinBox;
    m_year->setRange(2026, 2100);
    m_year->setValue(year);
    m_year->setGroupSeparatorShown(false);
    m_form->addField(QStringLiteral("year"), tr("&Year:"), m_year);
    m_from = new QLineEdit;
    m_to = new QLineEdit;
    if (kind == Kind::Activity) {
        m_from->setPlaceholderText(tr("empty: 1 January of the year"));
        m_to->setPlaceholderText(tr("empty: the end of the year, or today"));
        m_form->addField(QStringLiteral("from"), tr("&From:"), m_from);
        m_form->addField(QStringLiteral("to"), tr("&To:"), m_to);
    }
    m_language = new QComboBox;
    m_language->addItem(tr("Vietnamese"), QStringLiteral("vi"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_form->addField(QStringLiteral("language"), tr("&Language of the report:"), m_language);
    m_number = new QLineEdit;
    m_number->setPlaceholderText(tr("e.g. 12/BC-TTKT"));
    m_form->addField(QStringLiteral("number"), tr("&Number:"), m_number);
    m_recipient = new QLineEdit;
    m_recipient->setPlaceholderText(tr("empty: the lab's governing body"));
    m_form->addField(QStringLiteral("recipient"), tr("&Recipient (Kính gửi):"), m_recipient);
    auto* buttons = dialogButtons(QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->addButton(tr("&Save as PDF and CSV…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveReportButton"));
    connect(save, &QPushButton::clicked, this, &ReportDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
}

void ReportDialog::chooseFileAndSave()
{
    const QString name = m_kind == Kind::Annual ? tr("annual-report-%1.pdf").arg(m_year->value())
                                                : tr("activity-report-%1.pdf").arg(m_year->value());
    const QString pdf = FileDialogs::saveFile(this, windowTitle(), name, tr("PDF files (*.pdf)"));
    if (!pdf.isEmpty() && save(pdf))
        accept();
}

bool ReportDialog::save(const QString& pdf)
{
    m_form->clearErrors();
    const int year = m_year->value();
    auto form = AdministrativeFormService(m_lab.lab()).form(m_lab.session(), m_number->text(), m_recipient->text());
    Result<ReportDocument> report = fail(Error::internal(QString()));
    if (!form) {
        m_form->showError(form.error());
        return false;
    }
    const QString language = m_language->currentData().toString();
    if (m_kind == Kind::Annual) {
        auto figures = AnnualReportService(m_lab.lab()).figures(year);
        report = figures ? annualReport(*figures, *form, language, m_lab.lab().localNow())
                         : Result<ReportDocument>(fail(figures.error()));
    } else {
        const QDate today = m_lab.lab().today();
        auto from = m_from->text().trimmed().isEmpty() ? Result<QDate>(QDate(year, 1, 1))
                                                       : Labels::typedDate(m_from->text(), QStringLiteral("from"));
        auto to = m_to->text().trimmed().isEmpty() ? Result<QDate>(std::min(QDate(year, 12, 31), today))
                                                   : Labels::typedDate(m_to->text(), QStringLiteral("to"));
        for (const auto* date : {&from, &to})
            if (!*date) {
                m_form->showError(date->error());
                return false;
            }
        auto figures = ActivityReportService(m_lab.lab()).figures(*from, *to);
        report = figures ? activityReport(*figures, *form, language, m_lab.lab().localNow())
                         : Result<ReportDocument>(fail(figures.error()));
    }
    if (!report) {
        m_form->showError(report.error());
        return false;
    }
    auto csv = csvBytes(report->csvRows);
    QString csvPath = pdf;
    csvPath.replace(QRegularExpression(QStringLiteral("\\.pdf$"), QRegularExpression::CaseInsensitiveOption),
                    QStringLiteral(".csv"));
    if (csvPath == pdf)
        csvPath += QStringLiteral(".csv");
    Status written = csv ? writeWhole(csvPath, *csv, QStringLiteral("csv")) : Status(fail(csv.error()));
    if (written)
        written = writeWhole(pdf, report->pdf, QStringLiteral("pdf"));
    if (!written)
        m_form->showError(written.error());
    return bool(written);
}

} // namespace Etalon
