// SPDX-License-Identifier: Apache-2.0
#include "app/gui/DueTableModel.h"

#include "db/DueService.h"

#include <QBrush>
#include <QColor>

namespace Etalon {

DueTableModel::DueTableModel(Lab& lab, QObject* parent)
    : QAbstractTableModel(parent)
    , m_lab(lab)
{
}

int DueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const DueItem& item = m_items[index.row()];
    if (role == Qt::ForegroundRole && (item.daysLeft < 0 || item.status == QStringLiteral("failed")))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        if (item.kind == QStringLiteral("standard"))
            return tr("Standard");
        return item.track == QStringLiteral("calibration") ? tr("Instrument (calibration)")
                                                           : tr("Instrument (verification)");
    case Status:
        if (item.status == QStringLiteral("failed"))
            return tr("Not fit for use");
        return item.status == QStringLiteral("overdue") ? tr("Overdue") : tr("Due");
    case Serial:
        return item.serial;
    case Name:
        return item.name;
    case Owner:
        return item.owner;
    case DueDate:
        return item.dueDate; // the view writes it as the chosen language does
    case DaysLeft:
        return item.daysLeft;
    }
    return {};
}

QVariant DueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Serial:
        return tr("Serial");
    case Name:
        return tr("Name");
    case Owner:
        return tr("Owner");
    case DueDate:
        return tr("Due date");
    case DaysLeft:
        return tr("Days left");
    case Status:
        return tr("Status");
    }
    return {};
}

QString DueTableModel::reload(int days)
{
    auto items = DueService(m_lab).dueList(m_lab.today(), days, DueScope::All, 5000);
    beginResetModel();
    m_items = items ? *items : QList<DueItem>();
    endResetModel();
    return items ? QString() : items.error().message;
}

} // namespace Etalon
