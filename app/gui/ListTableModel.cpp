// SPDX-License-Identifier: Apache-2.0
#include "app/gui/ListTableModel.h"

#include <QBrush>

namespace Etalon {

ListTableModel::ListTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{
}

int ListTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ListTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_headers.size())
        return {};
    const Row& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return r.cells.value(index.column());
    case IdRole:
        return r.id;
    case Qt::BackgroundRole:
        return r.background.isValid() ? QVariant(QBrush(r.background)) : QVariant();
    case Qt::ToolTipRole:
        // A cell cut off by its column still reads whole under the pointer.
        if (!r.toolTip.isEmpty())
            return r.toolTip;
        return r.cells.value(index.column()).typeId() == QMetaType::QString ? r.cells.value(index.column())
                                                                            : QVariant();
    default:
        return {};
    }
}

QVariant ListTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_headers.size())
        return {};
    return m_headers[section];
}

void ListTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace Etalon
