// SPDX-License-Identifier: Apache-2.0
#include "app/gui/DueTableModel.h"

#include "db/records/DueService.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

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
    if (role == NotFitForUseRole)
        return item.notFitForUse();
    if (role == Qt::ForegroundRole && (item.daysLeft < 0 || item.notFitForUse()))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::BackgroundRole && item.notFitForUse())
        return QBrush(QColor(0xf8, 0xd7, 0xda));
    if (role == Qt::DecorationRole && index.column() == NotFit && item.notFitForUse())
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole)
        return item.notFitForUse() && index.column() == NotFit ? notFitText(item)
                                                               : data(index, Qt::DisplayRole).toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        if (item.kind == QStringLiteral("standard"))
            return tr("Standard");
        return item.track == QStringLiteral("calibration") ? tr("Instrument (calibration)")
                                                           : tr("Instrument (verification)");
    case Status:
        if (item.status == QStringLiteral("failed") || item.status == QStringLiteral("quarantined"))
            return tr("Not fit for use");
        return item.status == QStringLiteral("overdue") ? tr("Overdue") : tr("Due");
    case NotFit:
        return notFitText(item);
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
    case NotFit:
        return tr("Not fit for use");
    }
    return {};
}

QString DueTableModel::notFitText(const DueItem& item)
{
    if (item.unfit == QStringLiteral("quarantined"))
        return tr("Quarantined: taken out of service");
    if (item.unfit == QStringLiteral("failed"))
        return item.unfitRecordKind == QStringLiteral("inspection")
            ? tr("Failed its in-service inspection (record %1)").arg(item.unfitRecordId)
            : tr("Failed its verification (record %1)").arg(item.unfitRecordId);
    return item.unfit;
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
