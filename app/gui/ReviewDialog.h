// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QBuffer>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Etalon {

class LabSession;
struct RecordDetails;

/**
 * Where a manager reviews a record and signs its certificate: its readings, the warnings kept with it (test
 * uncertainty ratios, conditions), its environment, checklist and uncertainty budgets, and a preview of the
 * certificate it would get; then approve, or send back with a reason written here, and issue with the lab's
 * signing passphrase. A refusal is shown in the dialog, which stays open; once issued, the certificate is
 * printed or opened from here.
 */
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    /** \a amends: the number of the certificate this record's certificate replaces, when it is a revision. */
    ReviewDialog(LabSession& lab, Id recordId, const QString& amends = QString(), QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* warningsLabel() const { return m_warnings; }
    QPdfDocument* preview() const { return m_document; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    /** The number of the certificate issued from here, empty until then. */
    QString issuedNumber() const { return m_issued; }

public slots:
    void approve();
    void sendBack();
    void issue();
    void openIssued();
    void printIssued();

signals:
    void recordChanged(Id recordId);
    void certificateIssued(const QString& number);

private:
    void load();
    QWidget* conditionsTab(const RecordDetails& details);
    QWidget* budgetsTab(const RecordDetails& details);
    void showPreview();
    void showMessage(const QString& text, bool error);
    void updateButtons();

    LabSession& m_lab;
    Id m_recordId = 0;
    QString m_amends;
    RecordStatus m_status = RecordStatus::Draft;
    QString m_issued;
    QLabel* m_header = nullptr;
    QLabel* m_warnings = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPdfDocument* m_document = nullptr;
    QBuffer m_bytes;
    QPlainTextEdit* m_reason = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QComboBox* m_language = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_sendBack = nullptr;
    QPushButton* m_issue = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace Etalon
