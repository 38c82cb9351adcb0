// SPDX-License-Identifier: Apache-2.0
#include "app/gui/ReviewDialog.h"

#include "app/gui/FieldForm.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "app/gui/PdfPrinting.h"
#include "app/gui/ReadingGridModel.h"
#include "app/gui/RecordEditor.h"
#include "db/certificates/CertificateService.h"
#include "db/records/RecordService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "reports/CertificateWriter.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Etalon {

namespace {

CertificateRenderer renderer()
{
    return [](const CertificateData& data, const QByteArray& qr, const QString& mark) {
        return CertificateWriter::render(data, {qr, mark});
    };
}

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void addRow(QTableWidget* t, const QStringList& cells)
{
    const int r = t->rowCount();
    t->insertRow(r);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        t->setItem(r, c, item);
    }
}

QString outcome(const PointEvaluation& p)
{
    if (p.decisionOutcome == QStringLiteral("conditional-pass"))
        return ReviewDialog::tr("conditional pass");
    if (p.decisionOutcome == QStringLiteral("conditional-fail"))
        return ReviewDialog::tr("conditional fail");
    return Labels::verdict(p.verdict);
}

QString number(double value, int digits = 2)
{
    return QLocale().toString(value, 'g', digits + 1);
}

} // namespace

ReviewDialog::ReviewDialog(LabSession& lab, Id recordId, const QString& amends, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_recordId(recordId)
    , m_amends(amends)
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review record %1").arg(recordId));
    resize(1180, 780);
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("reviewWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("background:#fff3cd;color:#664d03;padding:6px"));
    layout->addWidget(m_warnings);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    layout->addWidget(m_tabs, 1);
    m_document = new QPdfDocument(this);

    auto* decision = new QFormLayout;
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reviewReasonEdit"));
    m_reason->setMaximumHeight(60);
    m_reason->setPlaceholderText(m_amends.isEmpty() ? tr("Why it goes back to the technician (required to send back)")
                                                    : tr("Why certificate %1 is amended (printed on the new one); "
                                                         "or why the record goes back")
                                                          .arg(m_amends));
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    decision->addRow(reasonLabel, m_reason);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("signingPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto* passLabel = new QLabel(tr("Lab's &signing passphrase:"), this);
    passLabel->setBuddy(m_passphrase);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("certificateLanguageCombo"));
    auto* languageLabel = new QLabel(tr("Certificate &language:"), this);
    languageLabel->setBuddy(m_language);
    auto* issueRow = new QHBoxLayout;
    issueRow->addWidget(m_passphrase, 1);
    issueRow->addWidget(languageLabel);
    issueRow->addWidget(m_language);
    decision->addRow(passLabel, issueRow);
    layout->addLayout(decision);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = dialogButtons(QDialogButtonBox::Close, this);
    m_approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::ActionRole);
    m_sendBack = buttons->addButton(tr("Send &back"), QDialogButtonBox::ActionRole);
    m_issue = buttons->addButton(tr("&Sign and issue"), QDialogButtonBox::ActionRole);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_open = buttons->addButton(tr("&Open PDF"), QDialogButtonBox::ActionRole);
    for (auto [b, name] :
         {std::pair{m_approve, "approveButton"}, std::pair{m_sendBack, "sendBackButton"},
          std::pair{m_issue, "issueButton"}, std::pair{m_print, "printButton"}, std::pair{m_open, "openPdfButton"}}) {
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
    }
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_approve, &QPushButton::clicked, this, &ReviewDialog::approve);
    connect(m_sendBack, &QPushButton::clicked, this, &ReviewDialog::sendBack);
    connect(m_issue, &QPushButton::clicked, this, &ReviewDialog::issue);
    connect(m_print, &QPushButton::clicked, this, &ReviewDialog::printIssued);
    connect(m_open, &QPushButton::clicked, this, &ReviewDialog::openIssued);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load();
}

void ReviewDialog::load()
{
    auto details = RecordService(m_lab.lab()).details(m_recordId);
    if (!details) {
        showMessage(details.error().message, true);
        updateButtons();
        return;
    }
    const Record& r = details->record;
    m_status = r.status;
    auto owner = RegistryService(m_lab.lab()).fetchOrganisation(details->instrument.ownerId);
    m_header->setText(tr("<b>%1 %2</b> — %3<br>%4, %5, procedure %6 — <i>%7</i>")
                          .arg(typeLabel(m_lab, details->instrument.typeCode).toHtmlEscaped(),
                               details->instrument.serial.toHtmlEscaped(),
                               owner ? owner->name.toHtmlEscaped() : QString(), Labels::recordKind(r.kind),
                               Labels::date(r.date), r.procedureCode.toHtmlEscaped(), Labels::recordStatus(r.status)));
    auto summary = RecordService(m_lab.lab()).completionSummary(m_recordId);
    QStringList warnings = summary ? summary->warnings : QStringList();
    for (const QString& a : details->allowances)
        warnings << tr("standard allowed by a manager: %1").arg(a);
    if (!details->voided.isEmpty())
        warnings << tr("readings voided by the technician: %1 (see Readings)").arg(details->voided.size());
    m_warnings->setText(warnings.isEmpty() ? tr("No warnings are kept with this record.")
                                           : tr("Warnings: ") + warnings.join(QStringLiteral(" · ")));

    m_language->clear();
    if (r.kind == RecordKind::Calibration)
        m_language->addItem(tr("English"), toName(CertificateLanguage::English));
    m_language->insertItem(0, tr("Vietnamese"), toName(CertificateLanguage::Vietnamese));
    m_language->insertItem(1, tr("Vietnamese and English"), toName(CertificateLanguage::Bilingual));
    m_language->setCurrentIndex(0);

    while (m_tabs->count() > 0) {
        m_tabs->widget(0)->deleteLater();
        m_tabs->removeTab(0);
    }
    int repeats = 1;
    bool programme = false;
    auto* grid = new ReadingGridModel(readingRows(m_lab, *details, repeats, programme), repeats, {}, false, this);
    QHash<Id, QString> names;
    if (auto standards = StandardService(m_lab.lab()).standards())
        for (const Standard& s : *standards)
            names.insert(s.id, QStringLiteral("%1 (%2)").arg(s.name, s.serial));
    grid->setStandardNames(names);
    auto* view = new QTableView(this);
    view->setObjectName(QStringLiteral("reviewGridView"));
    view->setModel(grid);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(view, tr("Readings"));
    m_tabs->addTab(conditionsTab(*details), tr("Conditions and checklist"));
    m_tabs->addTab(budgetsTab(*details), tr("Uncertainty"));
    auto* pdf = new QPdfView(this);
    pdf->setObjectName(QStringLiteral("reviewPdfView"));
    pdf->setDocument(m_document);
    pdf->setPageMode(QPdfView::PageMode::MultiPage);
    pdf->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_tabs->addTab(pdf, tr("Certificate preview"));
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReviewDialog::showPreview);
    showPreview();
    updateButtons();
}

QWidget* ReviewDialog::conditionsTab(const RecordDetails& details)
{
    const Record& r = details.record;
    auto* t = table({tr("What"), tr("As recorded")}, this);
    t->setObjectName(QStringLiteral("reviewConditionsTable"));
    addRow(t, {tr("Temperature"), r.temperature ? Labels::quantity(r.temperature) : tr("not recorded")});
    addRow(t, {tr("Humidity"), r.humidity ? Labels::quantity(r.humidity) : tr("not recorded")});
    addRow(t, {tr("Where"), r.site == WorkSite::OnSite ? tr("on site: %1").arg(r.siteAddress) : tr("in the lab")});
    if (!r.itemCondition.isEmpty())
        addRow(t, {tr("Condition on receipt"), r.itemCondition});
    for (const CheckItem& c : r.checks)
        addRow(t, {tr("Checklist: %1").arg(c.item), c.passed ? tr("passed") : tr("failed")});
    for (const VoidedReading& v : details.voided)
        addRow(t, {tr("Voided reading at %1").arg(Labels::quantity(v.point.reference.toString())), v.reason});
    if (!details.rejectionReason.isEmpty())
        addRow(t, {tr("Last sent back because"), details.rejectionReason});
    return t;
}

QWidget* ReviewDialog::budgetsTab(const RecordDetails& details)
{
    auto* t = table({tr("Point"), tr("U"), tr("k"), tr("TUR"), tr("Decision"), tr("Largest contribution")}, this);
    t->setObjectName(QStringLiteral("reviewBudgetsTable"));
    if (!details.evaluation)
        return t;
    for (const PointEvaluation& p : details.evaluation->points) {
        QString largest;
        if (p.budgetResult && !p.budgetResult->contributions.isEmpty()) {
            const auto top = std::max_element(
                p.budgetResult->contributions.begin(), p.budgetResult->contributions.end(),
                [](const ContributionResult& a, const ContributionResult& b) { return a.share < b.share; });
            largest = QStringLiteral("%1 (%2 %)").arg(top->name, number(top->share * 100, 2));
        }
        addRow(t,
               {Labels::quantity(p.reference.toString()),
                p.expandedUncertainty ? Labels::quantity(p.expandedUncertainty) : tr("none"),
                p.coverageFactor ? number(*p.coverageFactor, 3) : QString(), p.tur ? number(*p.tur, 2) : QString(),
                outcome(p), largest});
    }
    return t;
}

void ReviewDialog::showPreview()
{
    QByteArray bytes;
    if (!m_issued.isEmpty()) {
        auto stored = CertificateService(m_lab.lab()).pdf(m_issued, false);
        if (stored)
            bytes = *stored;
    } else if (m_status == RecordStatus::Completed || m_status == RecordStatus::Approved) {
        const auto language = certificateLanguageFromName(m_language->currentData().toString());
        auto preview = CertificateService(m_lab.lab(), renderer())
                           .preview(m_lab.session(), m_recordId, language.value_or(CertificateLanguage::Vietnamese));
        if (!preview) {
            showMessage(preview.error().message, true);
            return;
        }
        bytes = *preview;
    }
    m_document->close();
    m_bytes.close();
    m_bytes.setData(bytes);
    if (!bytes.isEmpty() && m_bytes.open(QIODevice::ReadOnly))
        m_document->load(&m_bytes);
}

void ReviewDialog::updateButtons()
{
    const bool manager = m_lab.hasRole({Role::Manager});
    m_approve->setEnabled(manager && m_status == RecordStatus::Completed);
    m_sendBack->setEnabled(manager && m_status == RecordStatus::Completed);
    m_reason->setEnabled(
        manager &&
        (m_status == RecordStatus::Completed || (m_status == RecordStatus::Approved && !m_amends.isEmpty())));
    const bool issuable = manager && m_status == RecordStatus::Approved && m_issued.isEmpty();
    m_issue->setEnabled(issuable);
    m_passphrase->setEnabled(issuable);
    m_language->setEnabled(issuable || m_status == RecordStatus::Completed);
    m_print->setEnabled(!m_issued.isEmpty());
    m_open->setEnabled(!m_issued.isEmpty());
}

void ReviewDialog::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#b02a37") : QString());
    m_message->setText(text);
}

void ReviewDialog::approve()
{
    auto approved = RecordService(m_lab.lab()).approve(m_lab.session(), m_recordId);
    if (!approved) {
        showMessage(approved.error().message, true);
        return;
    }
    emit recordChanged(m_recordId);
    load();
    showMessage(
        tr("Record %1 approved: sign and issue its certificate with the lab's signing passphrase.").arg(m_recordId),
        false);
    m_passphrase->setFocus();
}

void ReviewDialog::sendBack()
{
    auto rejected = RecordService(m_lab.lab()).reject(m_lab.session(), m_recordId, m_reason->toPlainText());
    if (!rejected) {
        showMessage(rejected.error().message, true);
        m_reason->setFocus();
        return;
    }
    emit recordChanged(m_recordId);
    load();
    showMessage(tr("Record %1 sent back to the technician.").arg(m_recordId), false);
}

void ReviewDialog::issue()
{
    IssueOptions options;
    options.passphrase = m_passphrase->text();
    options.language =
        certificateLanguageFromName(m_language->currentData().toString()).value_or(CertificateLanguage::Vietnamese);
    CertificateService certificates(m_lab.lab(), renderer());
    auto issued = m_amends.isEmpty()
        ? certificates.issue(m_lab.session(), m_recordId, options)
        : certificates.amend(m_lab.session(), m_amends, m_recordId, m_reason->toPlainText(), options);
    m_passphrase->clear();
    if (!issued) {
        showMessage(issued.error().message, true);
        m_passphrase->setFocus();
        return;
    }
    m_issued = issued->number;
    emit certificateIssued(m_issued);
    load();
    m_tabs->setCurrentIndex(m_tabs->count() - 1);
    showMessage(tr("Certificate %1 issued and signed: print it or open the PDF.").arg(m_issued), false);
}

void ReviewDialog::printIssued()
{
    if (const QString done = printPdf(m_bytes.data(), m_document, m_issued, this); !done.isEmpty())
        showMessage(done, false);
}

void ReviewDialog::openIssued()
{
    auto bytes = CertificateService(m_lab.lab()).pdf(m_issued, false);
    if (!bytes) {
        showMessage(bytes.error().message, true);
        return;
    }
    // The user's own cache, not a folder every user of the PC can read.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QString(m_issued).replace(u'/', u'-') + QStringLiteral(".pdf"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        showMessage(tr("Could not write %1").arg(QDir::toNativeSeparators(path)), true);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        showMessage(tr("No program to open PDF files was found; the certificate is saved as %1")
                        .arg(QDir::toNativeSeparators(path)),
                    true);
        return;
    }
    showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace Etalon
