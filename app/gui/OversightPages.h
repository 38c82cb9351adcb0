// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/gui/TablePage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTableView;

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

/** The audit trail for auditors and managers: filtered by user, entity and date, and the chain checked. */
class AuditPage : public TablePage
{
    Q_OBJECT
public:
    AuditPage(LabSession& lab, QWidget* parent = nullptr);
    void reload() override;

    QComboBox* userCombo() const { return m_user; }
    QComboBox* entityCombo() const { return m_entity; }
    QDateEdit* fromEdit() const { return m_from; }
    /** Runs `audit verify` and shows its finding; returns what it showed. */
    QString verifyChain();

private:
    QComboBox* m_user = nullptr;
    QComboBox* m_entity = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QHash<qint64, QString> m_details;
};

} // namespace Etalon
