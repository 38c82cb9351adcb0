// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Etalon {

class LabSession;

/**
 * The audit trail of one organisation, instrument or other item, newest first: when, who, what, and each detail
 * that changed from what to what. Read through the audit use case, so only those who may read the trail see it.
 */
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(LabSession& lab, const QString& entity, Id id, const QString& title, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /** What the dialog says above the table: how many entries, or why there are none. */
    QLabel* messageLabel() const { return m_message; }

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace Etalon
