// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/gui/TablePage.h"
#include "app/gui/TraceTree.h"
#include "core/Trace.h"
#include "db/certificates/CertificateService.h"

#include <QBuffer>

class QPdfDocument;
class QPdfView;

namespace Etalon {

/**
 * The certificates as issued: each previewed exactly as stored (the signed PDF bytes), printed or saved;
 * its traceability shown as a tree; any PDF file checked against the database.
 */
class CertificatesPage : public TablePage
{
    Q_OBJECT
public:
    CertificatesPage(LabSession& lab, QWidget* parent = nullptr);
    void reload() override;

    QPdfDocument* document() const { return m_document; }
    TraceTree* traceTree() const { return m_trace; }
    /** The number of the selected certificate, empty when none. */
    QString selectedNumber() const;
    /** Shows \a number in the preview and its traceability beside it; false when it cannot be loaded. */
    bool preview(const QString& number);
    /**
     * Checks a PDF file against the lab and says what it is: ✓ and the certificate when it is one of the lab's,
     * exactly as issued and current; else ✗ and the exact reason (not a PDF, not issued by this lab, altered,
     * withdrawn, replaced). \a verdict, when given, receives the use case's verdict (unset when it could not run).
     */
    QString verifyFile(const QString& path, std::optional<FileVerdict>* verdict = nullptr);
    /**
     * Starts the correction of the selected certificate: a new draft of its record, to complete and approve;
     * its certificate then amends this one. Returns the new record's id, or the error.
     */
    Result<Id> reviseSelected();
    /** Withdraws the selected certificate with \a reason (a manager's act, audited); the error, or empty. */
    QString withdrawSelected(const QString& reason);
    /**
     * Writes the stored PDF of every certificate the list shows (after filtering) into \a directory, off the
     * GUI thread, for printing in a batch; each file is whole. Returns how many, or the error.
     */
    Result<int> saveListed(const QString& directory);

private:
    void print();
    void saveAs();

    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    TraceTree* m_trace = nullptr;
    QBuffer m_bytes;
    QHash<qint64, QString> m_numberById;
};

} // namespace Etalon
