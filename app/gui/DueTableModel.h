// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QAbstractTableModel>

namespace Etalon {

class Lab;

/**
 * Standards and instruments overdue or due within a window, soonest first, and those not fit for use (flagged in
 * their own column and marked, whatever the window).
 */
class DueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /** NotFit: why it may not be used (a failed verification or inspection, a quarantined standard), else empty. */
    enum Column { Kind, Serial, Name, Owner, DueDate, DaysLeft, Status, NotFit, ColumnCount };
    enum Roles { NotFitForUseRole = Qt::UserRole + 1 };

    explicit DueTableModel(Lab& lab, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Reloads what falls due within \a days of today; returns an error message or an empty string. */
    QString reload(int days);
    const QList<DueItem>& items() const { return m_items; }
    /** Why \a item may not be used, in words; empty when nothing says so. */
    static QString notFitText(const DueItem& item);

private:
    Lab& m_lab;
    QList<DueItem> m_items;
};

} // namespace Etalon
