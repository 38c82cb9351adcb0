// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QAbstractTableModel>

namespace Etalon {

class Lab;

/** Standards and instruments overdue or due within a window, soonest first. */
class DueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Serial, Name, Owner, DueDate, DaysLeft, Status, ColumnCount };

    explicit DueTableModel(Lab& lab, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Reloads what falls due within \a days of today; returns an error message or an empty string. */
    QString reload(int days);
    const QList<DueItem>& items() const { return m_items; }

private:
    Lab& m_lab;
    QList<DueItem> m_items;
};

} // namespace Etalon
