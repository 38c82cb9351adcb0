// SPDX-License-Identifier: Apache-2.0
#include "app/gui/ImportDialog.h"

#include "app/gui/FieldForm.h"

#include "app/common/CsvFile.h"
#include "app/gui/Background.h"
#include "app/gui/LabSession.h"
#include "app/gui/ListTableModel.h"
#include "reports/CsvWriter.h"

#include "app/gui/FileDialogs.h"
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace Etalon {

ImportDialog::ImportDialog(LabSession& lab, ImportKind kind, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_kind(kind)
{
    setWindowTitle(kind == ImportKind::Instruments ? tr("Import instruments") : tr("Import organisations"));
    resize(820, 520);
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(tr("A CSV file with a header row naming its columns: %1.")
                                .arg(ImportService::columns(kind).join(QStringLiteral(", "))),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto* choose = new QPushButton(tr("&Choose a file…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialogs::openFile(this, windowTitle(), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            check(path);
    });
    layout->addWidget(choose, 0, Qt::AlignLeft);
    m_preview = new ListTableModel({tr("Line"), tr("Row"), tr("Result")}, this);
    auto* view = new QTableView(this);
    view->setObjectName(QStringLiteral("importPreviewView"));
    view->setModel(m_preview);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(view, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_onlyValid = new QCheckBox(tr("Import only the valid rows"), this);
    m_onlyValid->setObjectName(QStringLiteral("onlyValidCheckBox"));
    connect(m_onlyValid, &QCheckBox::toggled, this, &ImportDialog::updateImportButton);
    layout->addWidget(m_onlyValid);
    auto* buttons = dialogButtons(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateImportButton();
}

Result<ImportReport> ImportDialog::run(const ImportOptions& options)
{
    const Session session = m_lab.session();
    const ImportKind kind = m_kind;
    const QString text = m_text;
    return runInBackground<ImportReport>(
        this, m_lab.path(), options.dryRun ? tr("Checking the rows…") : tr("Importing…"),
        [=](Lab& lab, const ProgressCallback& progress) {
            return ImportService(lab).importCsv(session, kind, text, options,
                                                [&](int done, int total) { return progress(done, total); });
        });
}

bool ImportDialog::check(const QString& path)
{
    m_text.clear();
    m_preview->setRows({});
    m_rows = m_invalid = 0;
    auto text = readCsvFile(path);
    if (text)
        m_text = *text;
    ImportOptions options;
    options.dryRun = true;
    auto report = text ? run(options) : Result<ImportReport>(fail(text.error()));
    if (!report) {
        m_text.clear();
        m_summary->setText(report.error().message);
        updateImportButton();
        return false;
    }
    showReport(*report);
    m_summary->setText(tr("%1 rows checked: %2 valid, %3 with errors. Nothing is stored yet.")
                           .arg(m_rows)
                           .arg(m_rows - m_invalid)
                           .arg(m_invalid));
    updateImportButton();
    return true;
}

bool ImportDialog::importRows()
{
    ImportOptions options;
    options.onlyValid = m_onlyValid->isChecked();
    auto report = run(options);
    if (!report) {
        m_summary->setText(report.error().message);
        return false;
    }
    showReport(*report);
    m_summary->setText(report->imported > 0 ? tr("%1 rows imported.").arg(report->imported)
                                            : tr("Nothing was imported: fix the rows marked, or import only the "
                                                 "valid ones."));
    if (report->imported > 0) {
        m_text.clear(); // imported once; importing the same file again would only find duplicates
        updateImportButton();
    }
    return report->imported > 0;
}

void ImportDialog::showReport(const ImportReport& report)
{
    QList<ListTableModel::Row> rows;
    for (const ImportRow& r : report.rows) {
        const QString result = r.error ? QStringLiteral("%1: %2").arg(r.error->field, r.error->message)
                                       : (r.id ? tr("stored as %1").arg(*r.id) : tr("valid"));
        rows.append({r.line, {r.line, r.label, result}, r.error ? QColor(0xf8, 0xd7, 0xda) : QColor(), {}});
    }
    m_preview->setRows(rows);
    m_rows = int(report.rows.size());
    m_invalid = report.invalid();
}

void ImportDialog::updateImportButton()
{
    m_import->setEnabled(!m_text.isEmpty() && m_rows > m_invalid && (m_invalid == 0 || m_onlyValid->isChecked()));
}

QString exportTableTo(LabSession& lab, ExportTable table, const QString& path, QWidget* parent)
{
    const Session session = lab.session();
    auto written = runInBackground<qint64>(
        parent, lab.path(), QCoreApplication::translate("Etalon", "Exporting…"),
        [=](Lab& worker, const ProgressCallback& progress) -> Result<qint64> {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return fail(Error::badInput(QStringLiteral("file"), file.errorString()));
            CsvWriter csv(&file);
            ETALON_TRY(csv.writeRow(ExportService::header(table)));
            qint64 rows = 0;
            Status status;
            ETALON_TRY(ExportService(worker).forEachRow(session, table, [&](const QStringList& row) {
                status = csv.writeRow(row);
                return status && progress(++rows, 0);
            }));
            ETALON_TRY(status);
            if (!file.commit())
                return fail(Error::internal(file.errorString()));
            return rows;
        });
    return written ? QString() : written.error().message;
}

void exportTable(LabSession& lab, ExportTable table, QWidget* parent)
{
    const QString name = ExportService::tableNames().value(int(table));
    const QString path = FileDialogs::saveFile(parent, QCoreApplication::translate("Etalon", "Export to CSV"),
                                               name + QStringLiteral(".csv"),
                                               QCoreApplication::translate("Etalon", "CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportTableTo(lab, table, path, parent);
    if (!error.isEmpty())
        QMessageBox::warning(parent, QCoreApplication::translate("Etalon", "Export to CSV"), error);
}

} // namespace Etalon
