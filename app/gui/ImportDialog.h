// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/registry/ExportService.h"
#include "db/registry/ImportService.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Etalon {

class LabSession;
class ListTableModel;

/**
 * Importing organisations or instruments from a CSV file: every row is first checked as the import would
 * (nothing stored) and shown with its verdict; the import stores all rows, or none while any is bad unless
 * the user asks for the good ones only. Both run off the GUI thread and can be cancelled.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(LabSession& lab, ImportKind kind, QWidget* parent = nullptr);

    ListTableModel* preview() const { return m_preview; }
    QCheckBox* onlyValidBox() const { return m_onlyValid; }
    QPushButton* importButton() const { return m_import; }
    QLabel* summaryLabel() const { return m_summary; }

public slots:
    /** Reads \a path and checks every row (a dry run); false when the file itself is refused. */
    bool check(const QString& path);
    /** Imports the checked file; false when nothing was stored. */
    bool importRows();

private:
    void showReport(const ImportReport& report);
    void updateImportButton();
    Result<ImportReport> run(const ImportOptions& options);

    LabSession& m_lab;
    ImportKind m_kind;
    QString m_text;
    int m_invalid = 0;
    int m_rows = 0;
    ListTableModel* m_preview = nullptr;
    QCheckBox* m_onlyValid = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_summary = nullptr;
};

/** Exports a register to a CSV file the user chooses, off the GUI thread. */
void exportTable(LabSession& lab, ExportTable table, QWidget* parent);
/** The same to \a path, without asking; the error message, or empty on success. */
QString exportTableTo(LabSession& lab, ExportTable table, const QString& path, QWidget* parent);

} // namespace Etalon
