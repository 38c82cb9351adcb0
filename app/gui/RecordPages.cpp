// SPDX-License-Identifier: Apache-2.0
#include "app/gui/RecordPages.h"

#include "app/gui/FieldForm.h"
#include "app/gui/ImportDialog.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "app/gui/RecordEditor.h"
#include "app/gui/ReviewDialog.h"
#include "core/Environment.h"
#include "core/Tr.h"
#include "db/certificates/CertificateService.h"
#include "db/records/RecordEditing.h"
#include "db/records/RecordService.h"
#include "reports/CertificateWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Etalon {

StartRecordDialog::StartRecordDialog(LabSession& lab, Id instrumentId, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_instrumentId(instrumentId)
{
    setWindowTitle(tr("Start work on instrument %1").arg(instrumentId));
    setMinimumWidth(560);
    m_form = new FieldForm(this);
    m_kind = new QComboBox;
    for (RecordKind k : {RecordKind::Periodic, RecordKind::Initial, RecordKind::AfterRepair, RecordKind::Calibration,
                         RecordKind::Inspection})
        m_kind->addItem(Labels::recordKind(k), toName(k));
    // A date is typed as text and read only on OK: a digit typed never turns it into another date silently.
    m_date = new QLineEdit(Labels::typingDate(lab.lab().today()));
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    m_temperature = new QLineEdit;
    m_temperature->setPlaceholderText(tr("°C, e.g. 25 or 24,5"));
    m_humidity = new QLineEdit;
    m_humidity->setPlaceholderText(tr("%RH, e.g. 60"));
    m_site = new QComboBox;
    m_site->addItem(tr("in the lab"), toName(WorkSite::Lab));
    m_site->addItem(tr("on site, at the customer's"), toName(WorkSite::OnSite));
    m_siteAddress = new QLineEdit;
    m_siteAddress->setPlaceholderText(tr("empty: the instrument's place of use, else the owner's address"));
    m_condition = new QLineEdit;
    m_condition->setPlaceholderText(tr("e.g. seal intact, pan scratched"));
    m_interval = new QSpinBox;
    m_interval->setRange(0, 120);
    m_interval->setSpecialValueText(tr("not agreed"));
    m_conformity = new QCheckBox(tr("the customer asked for a statement of &conformity"));
    m_form->addField(QStringLiteral("kind"), tr("&Kind of work:"), m_kind);
    m_form->addField(QStringLiteral("date"), tr("&Date:"), m_date);
    m_form->addField(QStringLiteral("temperature"), tr("&Temperature:"), m_temperature);
    m_form->addField(QStringLiteral("humidity"), tr("&Humidity:"), m_humidity);
    m_form->addField(QStringLiteral("site"), tr("&Where:"), m_site);
    m_form->addField(QStringLiteral("site-address"), tr("Site &address:"), m_siteAddress);
    m_form->addField(QStringLiteral("condition"), tr("C&ondition on receipt:"), m_condition);
    m_form->addField(QStringLiteral("interval-months"), tr("Calibration &interval (months):"), m_interval);
    m_form->addField(QStringLiteral("conformity"), QString(), m_conformity);
    auto* buttons = dialogButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StartRecordDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &StartRecordDialog::showFieldsOfKind);
    connect(m_site, &QComboBox::currentIndexChanged, this, &StartRecordDialog::showFieldsOfKind);
    showFieldsOfKind();
}

void StartRecordDialog::showFieldsOfKind()
{
    // An interval and a statement of conformity are agreed for a calibration only; a verification's cycle and
    // verdict are the law's (the use case refuses them elsewhere too).
    const bool calibration = m_kind->currentData().toString() == toName(RecordKind::Calibration);
    m_form->setFieldVisible(QStringLiteral("interval-months"), calibration);
    m_form->setFieldVisible(QStringLiteral("conformity"), calibration);
    if (!calibration)
        m_conformity->setChecked(false);
    m_form->setFieldVisible(QStringLiteral("site-address"),
                            m_site->currentData().toString() == toName(WorkSite::OnSite));
    adjustSize();
}

void StartRecordDialog::start()
{
    m_form->clearErrors();
    StartRecordInput in;
    in.instrumentId = m_instrumentId;
    in.kind = enumFromName<RecordKind>(m_kind->currentData().toString(), {}).value_or(RecordKind::Periodic);
    auto date = Labels::typedDate(m_date->text(), QStringLiteral("date"));
    if (!date) {
        m_form->showError(date.error());
        return;
    }
    in.date = *date;
    for (const auto& [edit, field, member] :
         {std::tuple{m_temperature, QStringLiteral("temperature"), &StartRecordInput::temperature},
          std::tuple{m_humidity, QStringLiteral("humidity"), &StartRecordInput::humidity}}) {
        auto q = typedCondition(Labels::typedNumber(edit->text().trimmed()), field);
        if (!q) {
            m_form->showError(q.error());
            return;
        }
        in.*member = *q;
    }
    in.site = enumFromName<WorkSite>(m_site->currentData().toString(), {}).value_or(WorkSite::Lab);
    if (in.site == WorkSite::OnSite)
        in.siteAddress = m_siteAddress->text();
    in.itemCondition = m_condition->text();
    if (m_interval->value() > 0 && m_interval->isVisibleTo(this))
        in.intervalMonths = m_interval->value();
    in.conformityRequested = m_conformity->isChecked();
    auto started = RecordService(m_lab.lab()).start(m_lab.session(), in);
    if (!started) {
        m_form->showError(started.error());
        return;
    }
    m_recordId = started->id;
    accept();
}

QStringList recordHeaders()
{
    return {Tr::tr("Record"), Tr::tr("Date"),       Tr::tr("Kind"),   Tr::tr("Type"),    Tr::tr("Serial"),
            Tr::tr("Owner"),  Tr::tr("Technician"), Tr::tr("Status"), Tr::tr("Verdict"), Tr::tr("Certificate")};
}

QList<ListTableModel::Row> recordRows(const QList<RecordSummary>& records, const QHash<Id, QString>& editing)
{
    QList<ListTableModel::Row> rows;
    for (const RecordSummary& r : records) {
        QColor colour;
        if (r.verdict == Verdict::Fail)
            colour = QColor(0xf8, 0xd7, 0xda);
        QString status = Labels::recordStatus(r.status);
        if (editing.contains(r.id)) {
            status = Tr::tr("%1, %2").arg(status, editing.value(r.id));
            colour = QColor(0xff, 0xf3, 0xcd);
        }
        rows.append({r.id,
                     {qint64(r.id), Labels::dateCell(r.date), Labels::recordKind(r.kind), r.typeCode, r.serial, r.owner,
                      r.technician, status, Labels::verdict(r.verdict), r.certificate},
                     colour,
                     {}});
    }
    return rows;
}

WorkPage::WorkPage(LabSession& lab, QWidget* parent)
    : TablePage(lab, QStringLiteral("work"), recordHeaders(), parent)
{
    addButton(tr("&Open"), QStringLiteral("openRecordButton"), [this] {
        if (const qint64 id = selectedId())
            openRecord(id);
    });
    connect(view(), &QTableView::activated, this, [this] {
        if (const qint64 id = selectedId())
            openRecord(id);
    });
    m_lapseCheck = new QTimer(this);
    m_lapseCheck->setInterval(RecordEditing::RenewSeconds * 1000);
    connect(m_lapseCheck, &QTimer::timeout, this, &WorkPage::reload);
    setStretchColumn(5);
    setEmptyHint(tr("Nothing in progress. Start a verification or calibration from the Instruments page: select "
                    "the instrument, then “Start verification or calibration…”."));
    reload();
}

void WorkPage::reload()
{
    // Drafts (including those sent back) and what waits for approval, each found through its status.
    QList<RecordSummary> open;
    for (RecordStatus status : {RecordStatus::Draft, RecordStatus::Completed}) {
        RecordFilter filter;
        filter.technicianId = lab().session().userId;
        filter.status = status;
        filter.limit = 500;
        auto list = RecordService(lab().lab()).summaries(filter);
        if (!list) {
            showStatus(list.error().message, true);
            return;
        }
        open += *list;
    }
    RecordEditing editing(lab().lab());
    QHash<Id, QString> elsewhere;
    for (const EditClaim& claim : editing.othersEditing().value_or(QHash<Id, EditClaim>()))
        elsewhere.insert(claim.recordId, editing.describe(claim));
    model()->setRows(recordRows(open, elsewhere));
    if (elsewhere.isEmpty())
        m_lapseCheck->stop();
    else if (!m_lapseCheck->isActive())
        m_lapseCheck->start();
    showStatus(tr("%n record(s) in progress", nullptr, int(open.size())));
}

bool WorkPage::watchingLapses() const
{
    return m_lapseCheck->isActive();
}

int WorkPage::openRecord(Id id)
{
    RecordEditor editor(lab(), id, this);
    editor.startTyping();
    const int result = editor.exec();
    reload();
    return result;
}

ApprovalsPage::ApprovalsPage(LabSession& lab, QWidget* parent)
    : TablePage(lab, QStringLiteral("approvals"), recordHeaders(), parent)
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("approvalStatusCombo"));
    m_status->addItem(tr("Waiting for approval"), toName(RecordStatus::Completed));
    m_status->addItem(tr("Approved, certificate not issued"), toName(RecordStatus::Approved));
    m_status->addItem(tr("Certificate issued"), toName(RecordStatus::Issued));
    pageLayout()->insertWidget(0, m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ApprovalsPage::reload);
    addButton(tr("&Review…"), QStringLiteral("openApprovalButton"), [this] {
        if (const qint64 id = selectedId())
            review(id);
    });
    connect(view(), &QTableView::activated, this, [this] {
        if (const qint64 id = selectedId())
            review(id);
    });
    addButton(tr("&Approve"), QStringLiteral("approveButton"), [this] { approveSelected(); });
    addButton(tr("Send &back…"), QStringLiteral("sendBackButton"), [this] { sendBackSelected(); });
    addButton(tr("&Issue certificate…"), QStringLiteral("issueButton"), [this] { issueSelected(); });
    addButton(tr("&Export all records (CSV)…"), QStringLiteral("exportRecordsButton"),
              [this] { exportTable(this->lab(), ExportTable::Records, this); });
    setStretchColumn(5);
    setEmptyHint(tr("Nothing here: records appear once a technician completes them."));
    reload();
}

void ApprovalsPage::reload()
{
    RecordFilter filter;
    filter.status =
        enumFromName<RecordStatus>(m_status->currentData().toString(), {}).value_or(RecordStatus::Completed);
    filter.limit = 1000;
    auto list = RecordService(lab().lab()).summaries(filter);
    if (!list) {
        showStatus(list.error().message, true);
        return;
    }
    model()->setRows(recordRows(*list));
    m_amends.clear();
    for (const RecordSummary& r : *list)
        if (!r.amends.isEmpty())
            m_amends.insert(r.id, r.amends);
}

void ApprovalsPage::review(Id id)
{
    ReviewDialog dialog(lab(), id, m_amends.value(id), this);
    connect(&dialog, &ReviewDialog::certificateIssued, this, &ApprovalsPage::certificateIssued);
    connect(&dialog, &ReviewDialog::recordChanged, this, &ApprovalsPage::reload);
    connect(&dialog, &ReviewDialog::certificateIssued, this, &ApprovalsPage::reload);
    dialog.exec();
    reload();
}

void ApprovalsPage::approveSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    auto approved = RecordService(lab().lab()).approve(lab().session(), id);
    if (!approved) {
        showStatus(approved.error().message, true);
        return;
    }
    reload();
    showStatus(tr("Record %1 approved").arg(id));
}

void ApprovalsPage::sendBackSelected(QString reason)
{
    const qint64 id = selectedId();
    if (!id)
        return;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Send back"), tr("Why does record %1 go back to the technician?").arg(id), QString(), &ok);
        if (!ok)
            return;
    }
    auto rejected = RecordService(lab().lab()).reject(lab().session(), id, reason);
    if (!rejected) {
        showStatus(rejected.error().message, true);
        return;
    }
    reload();
    showStatus(tr("Record %1 sent back").arg(id));
}

void ApprovalsPage::issueSelected(QString passphrase, QString reason)
{
    const qint64 id = selectedId();
    if (!id)
        return;
    const QString amends = m_amends.value(id);
    if (!amends.isEmpty() && reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Amend certificate"), tr("This record revises certificate %1. Why is it amended?").arg(amends),
            QString(), &ok);
        if (!ok)
            return;
    }
    if (passphrase.isEmpty()) {
        bool ok = false;
        passphrase = QInputDialog::getText(this, tr("Issue certificate"), tr("The lab's signing passphrase:"),
                                           QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
    }
    IssueOptions options;
    options.passphrase = passphrase;
    options.language = CertificateLanguage::Vietnamese; // the legal document; the CLI offers the other languages
    const CertificateRenderer renderer = [](const CertificateData& data, const QByteArray& qr, const QString& mark) {
        return CertificateWriter::render(data, {qr, mark});
    };
    CertificateService certificates(lab().lab(), renderer);
    auto issued = amends.isEmpty() ? certificates.issue(lab().session(), id, options)
                                   : certificates.amend(lab().session(), amends, id, reason, options);
    if (!issued) {
        showStatus(issued.error().message, true);
        return;
    }
    reload();
    showStatus(tr("Certificate %1 issued").arg(issued->number));
    emit certificateIssued(issued->number);
}

} // namespace Etalon
