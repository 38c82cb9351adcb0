// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QColor>

namespace Etalon {

/**
 * A read-only table of rows a page has fetched from a use case (a few hundred or thousand at most; the
 * instrument list, which can be huge, has its own lazy model). Each row keeps the id of what it shows.
 */
class ListTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole };

    struct Row
    {
        qint64 id = 0;
        QVariantList cells;
        QColor background; ///< invalid: none
        QString toolTip;
    };

    explicit ListTableModel(QStringList headers, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(QList<Row> rows);
    const Row& rowAt(int row) const { return m_rows.at(row); }

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace Etalon
