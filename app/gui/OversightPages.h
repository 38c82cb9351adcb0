// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/gui/TablePage.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTableView;
class QTimer;

namespace Etalon {

class DueTableModel;

/** What falls due: standards and customers' instruments, overdue and within 30 / 60 / 90 days, per owner. */
class DuePage : public QWidget
{
    Q_OBJECT
public:
    DuePage(LabSession& lab, QWidget* parent = nullptr);

    DueTableModel* model() const { return m_model; }
    QLabel* countsLabel() const { return m_counts; }
    /** The counts per owner: overdue, within 30, 31–60 and 61–90 days; a click lists that owner's items. */
    QTableWidget* ownersTable() const { return m_owners; }
    QSpinBox* daysSpin() const { return m_days; }
    void reload();

private:
    LabSession& m_lab;
    DueTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QSpinBox* m_days = nullptr;
    QLabel* m_counts = nullptr;
    QTableWidget* m_owners = nullptr;
    QLineEdit* m_filter = nullptr;
};

/**
 * The audit trail for auditors and managers, in words: each entry's action, the certificate, record and instrument
 * it concerns, the time in the lab's local time and the user's name; the raw details only on request. Filtered by
 * user, entity and date, searched by certificate number or any text, and the chain checked, with a jump to the
 * entry a failed check names.
 */
class AuditPage : public TablePage
{
    Q_OBJECT
public:
    enum Column {
        EntryColumn,
        WhenColumn,
        UserColumn,
        ActionColumn,
        CertificateColumn,
        RecordColumn,
        InstrumentColumn,
        ConcernsColumn
    };

    AuditPage(LabSession& lab, QWidget* parent = nullptr);
    void reload() override;

    QComboBox* userCombo() const { return m_user; }
    QComboBox* entityCombo() const { return m_entity; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    /** Searches all dates for a certificate number, a serial, a name, an action in words or any text of the details. */
    QLineEdit* searchEdit() const { return m_search; }
    /** Shows the selected entry's raw details (before and after, as stored). */
    QCheckBox* detailsCheck() const { return m_showDetails; }
    QPlainTextEdit* detailEdit() const { return m_detail; }
    /** Offered when the last check named an entry: selects and shows it. */
    QPushButton* jumpButton() const { return m_jump; }
    /** The entry the last failed check named, 0 when none. */
    qint64 findingEntry() const { return m_findingEntry; }
    /** Runs `audit verify` and shows its finding; returns what it showed. */
    QString verifyChain();
    /** Lists, selects and scrolls to entry \a id, widening the filters when they hide it; false when there is none. */
    bool showEntry(qint64 id);

private:
    QComboBox* m_user = nullptr;
    QComboBox* m_entity = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QCheckBox* m_showDetails = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QPushButton* m_jump = nullptr;
    qint64 m_findingEntry = 0;
    QHash<qint64, QString> m_details;
};

} // namespace Etalon
