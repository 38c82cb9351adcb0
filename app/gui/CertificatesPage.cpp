// SPDX-License-Identifier: Apache-2.0
#include "app/gui/CertificatesPage.h"

#include "app/gui/Background.h"
#include "app/gui/ImportDialog.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "app/gui/PdfPrinting.h"
#include "app/gui/TraceTree.h"
#include "db/certificates/CertificateService.h"
#include "db/records/RecordService.h"
#include "db/standards/TraceService.h"

#include "app/gui/FileDialogs.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Etalon {

CertificatesPage::CertificatesPage(LabSession& lab, QWidget* parent)
    : TablePage(lab, QStringLiteral("certificates"),
                {tr("Number"), tr("Issued"), tr("Kind"), tr("Owner"), tr("Status"), tr("Valid until"), tr("Stamp")},
                parent)
{
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("certificatePdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_trace = new TraceTree(this);
    m_trace->setObjectName(QStringLiteral("traceTree"));
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_view);
    right->addWidget(m_trace);
    right->setStretchFactor(0, 3);
    auto* split = new QSplitter(Qt::Horizontal, this);
    pageLayout()->replaceWidget(view(), split);
    split->addWidget(view());
    split->addWidget(right);
    split->setSizes({480, 720});
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const QString n = selectedNumber(); !n.isEmpty())
            preview(n);
    });
    addButton(tr("&Print…"), QStringLiteral("printButton"), [this] { print(); });
    addButton(tr("&Save as…"), QStringLiteral("saveCertificateButton"), [this] { saveAs(); });
    addButton(tr("Save all &listed…"), QStringLiteral("saveListedButton"), [this] {
        const QString dir = FileDialogs::existingDirectory(this, tr("Folder for the certificates"));
        if (dir.isEmpty())
            return;
        auto saved = saveListed(dir);
        showStatus(saved ? tr("%1 certificates saved in %2").arg(*saved).arg(dir) : saved.error().message, !saved);
    });
    if (lab.hasRole({Role::Technician, Role::Manager}))
        addButton(tr("&Revise for an amendment"), QStringLiteral("reviseButton"), [this] {
            auto revised = reviseSelected();
            showStatus(revised ? tr("Record %1 is a new draft revising it: correct it, complete it, and once "
                                    "approved its certificate amends this one")
                                     .arg(*revised)
                               : revised.error().message,
                       !revised);
        });
    if (lab.hasRole({Role::Manager}))
        addButton(tr("&Withdraw…"), QStringLiteral("withdrawButton"), [this] {
            bool ok = false;
            const QString reason = QInputDialog::getMultiLineText(
                this, tr("Withdraw"), tr("Why is certificate %1 withdrawn?").arg(selectedNumber()), QString(), &ok);
            if (!ok)
                return;
            if (QMessageBox::question(this, tr("Withdraw"),
                                      tr("Withdraw certificate %1? It stays on record as withdrawn and cannot be "
                                         "made current again.")
                                          .arg(selectedNumber()),
                                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
                return;
            const QString error = withdrawSelected(reason);
            if (!error.isEmpty())
                showStatus(error, true);
        });
    addButton(tr("&Export CSV…"), QStringLiteral("exportCertificatesButton"),
              [this] { exportTable(this->lab(), ExportTable::Certificates, this); });
    setStretchColumn(3);
    setEmptyHint(tr("No certificates yet: a manager issues them from Approvals once a record is approved."));
    addButton(tr("&Verify a PDF file…"), QStringLiteral("verifyFileButton"), [this] {
        const QString path =
            FileDialogs::openFile(this, tr("Verify a certificate"), QString(), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        std::optional<FileVerdict> verdict;
        const QString text = verifyFile(path, &verdict);
        QMessageBox box(verdict == FileVerdict::Valid ? QMessageBox::Information : QMessageBox::Critical,
                        tr("Verify a certificate"), text, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("verifyResultBox"));
        box.exec();
    });
    reload();
}

void CertificatesPage::reload()
{
    auto list = CertificateService(lab().lab()).certificates(QString(), std::nullopt);
    if (!list) {
        showStatus(list.error().message, true);
        return;
    }
    QList<ListTableModel::Row> rows;
    m_numberById.clear();
    for (const CertificateInfo& c : *list) {
        QColor colour;
        if (c.status != QStringLiteral("current") || c.suspect)
            colour = QColor(0xff, 0xf3, 0xcd);
        QString status = Labels::certificateStatus(c.status);
        if (c.suspect)
            status += tr(", suspect");
        rows.append({c.id,
                     {c.number, Labels::dateCell(c.issueDate), Labels::certificateKind(c.kind), c.owner, status,
                      Labels::dateCell(c.validUntil), c.stamp},
                     colour,
                     c.reason});
        m_numberById.insert(c.id, c.number);
    }
    model()->setRows(rows);
    showStatus(tr("%1 certificates").arg(rows.size()));
}

QString CertificatesPage::selectedNumber() const
{
    return m_numberById.value(selectedId());
}

bool CertificatesPage::preview(const QString& number)
{
    // The stored bytes, so what is shown is exactly what was signed and issued (marked if withdrawn).
    auto info = CertificateService(lab().lab()).info(number);
    auto bytes = CertificateService(lab().lab()).pdf(number, info && info->status != QStringLiteral("current"));
    if (!bytes) {
        showStatus(bytes.error().message, true);
        return false;
    }
    m_document->close();
    m_bytes.close();
    m_bytes.setData(*bytes);
    m_bytes.open(QIODevice::ReadOnly);
    m_document->load(&m_bytes);
    auto trace = TraceService(lab().lab()).traceCertificate(number);
    if (trace)
        m_trace->showTrace(*trace);
    return m_document->status() == QPdfDocument::Status::Ready;
}

void CertificatesPage::print()
{
    if (const QString done = printPdf(m_bytes.data(), m_document, selectedNumber(), this); !done.isEmpty())
        showStatus(done);
}

void CertificatesPage::saveAs()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    const QString path =
        FileDialogs::saveFile(this, tr("Save the certificate"),
                              QString(number).replace(u'/', u'-') + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes.data()) != m_bytes.data().size() || !file.commit())
        showStatus(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
    else
        showStatus(tr("Saved %1").arg(path));
}

Result<Id> CertificatesPage::reviseSelected()
{
    auto info = CertificateService(lab().lab()).info(selectedNumber());
    if (!info)
        return fail(info.error());
    auto revised = RecordService(lab().lab()).revise(lab().session(), info->recordId);
    if (!revised)
        return fail(revised.error());
    return revised->id;
}

QString CertificatesPage::withdrawSelected(const QString& reason)
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return tr("Select a certificate first");
    auto withdrawn = CertificateService(lab().lab()).withdraw(lab().session(), number, reason);
    if (!withdrawn)
        return withdrawn.error().message;
    reload();
    selectId(withdrawn->id);
    showStatus(tr("Certificate %1 withdrawn").arg(number));
    return {};
}

Result<int> CertificatesPage::saveListed(const QString& directory)
{
    QStringList numbers;
    const QAbstractItemModel* shown = view()->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        numbers.append(m_numberById.value(shown->index(r, 0).data(ListTableModel::IdRole).toLongLong()));
    return runInBackground<int>(
        this, lab().path(), tr("Saving certificates…"),
        [numbers, directory](Lab& worker, const ProgressCallback& progress) -> Result<int> {
            CertificateService service(worker);
            int done = 0;
            for (const QString& number : numbers) {
                if (!progress(done, numbers.size()))
                    break;
                auto bytes = service.pdf(number, false);
                if (!bytes)
                    return fail(bytes.error());
                QSaveFile file(QDir(directory).filePath(QString(number).replace(u'/', u'-') + QStringLiteral(".pdf")));
                if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
                    return fail(Error::badInput(QStringLiteral("file"), file.errorString()));
                ++done;
            }
            return done;
        });
}

QString CertificatesPage::verifyFile(const QString& path, std::optional<FileVerdict>* verdict)
{
    if (verdict)
        verdict->reset();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    auto checked = CertificateService(lab().lab()).checkFile(file.readAll());
    if (!checked) {
        showStatus(checked.error().message, true);
        return checked.error().message;
    }
    if (verdict)
        *verdict = checked->verdict;
    const QString name = QFileInfo(path).fileName();
    QString text;
    switch (checked->verdict) {
    case FileVerdict::Valid:
        text = tr("✓ Valid: %1 is certificate %2, issued %3 by this lab, exactly as issued, and it is current.")
                   .arg(name, checked->number, Labels::date(checked->certificate->issueDate));
        break;
    case FileVerdict::NotPdf:
        text = tr("✗ Not a PDF: %1 is not a PDF file, so it is no certificate.").arg(name);
        break;
    case FileVerdict::NotThisLab:
        if (checked->detail == QStringLiteral("identity_mismatch"))
            text = tr("✗ Not issued by this lab: %1 says it is certificate %2, but it is not the document this lab "
                      "issued under that number (its PDF identifier differs).")
                       .arg(name, checked->number);
        else if (checked->detail == QStringLiteral("unknown_number"))
            text =
                tr("✗ Not issued by this lab: this lab never issued a certificate numbered %1.").arg(checked->number);
        else
            text = tr("✗ Not issued by this lab: %1 names no certificate number.").arg(name);
        break;
    case FileVerdict::Altered:
        text = tr("✗ Altered: %1 is certificate %2 as this lab issued it, changed since: its bytes differ from the "
                  "ones issued. Print it again from the lab (Certificates → Print).")
                   .arg(name, checked->number);
        break;
    case FileVerdict::Withdrawn:
        text = tr("✗ Withdrawn: certificate %1 is exactly as issued, but it was withdrawn on %2. Reason: %3")
                   .arg(checked->number, Labels::date(checked->eventDate), checked->reason);
        break;
    case FileVerdict::Replaced:
        text = tr("✗ Replaced: certificate %1 is exactly as issued, but it was replaced on %2 by certificate %3.")
                   .arg(checked->number, Labels::date(checked->eventDate), checked->replacedBy);
        break;
    }
    showStatus(text, !checked->valid());
    return text;
}

} // namespace Etalon
