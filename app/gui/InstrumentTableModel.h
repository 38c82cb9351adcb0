// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"
#include "db/registry/RegistryService.h"

#include <QAbstractTableModel>

namespace Etalon {

class Lab;

/**
 * The instrument registry, fetched page by page from SQL as the view scrolls and filtered in SQL, so a
 * lab of 100,000 instruments opens at once.
 */
class InstrumentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Type, Serial, Model, Owner, DueDate, ColumnCount };
    enum Roles { InstrumentIdRole = Qt::UserRole };

    explicit InstrumentTableModel(Lab& lab, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /** Sorts in SQL and starts again from the first page. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Shows only instruments whose serial, model, maker or place contains \a text. */
    void setSearch(const QString& text);
    qint64 idFromIndex(const QModelIndex& index) const;

private:
    InstrumentFilter filter(int offset) const;
    void reset();

    static constexpr int PageSize = 256;
    Lab& m_lab;
    QString m_search;
    InstrumentOrder m_order = InstrumentOrder::Id;
    bool m_descending = false;
    QHash<Etalon::Id, QString> m_ownerNames;
    QHash<QString, QString> m_typeNames;
    QList<Instrument> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false; // views and testers may ask again while rows are being inserted
};

} // namespace Etalon
