// SPDX-License-Identifier: Apache-2.0
#include "app/gui/InstrumentTableModel.h"

#include "app/gui/Labels.h"
#include "db/catalog/CatalogRepository.h"
#include "db/registry/RegistryService.h"

namespace Etalon {

InstrumentTableModel::InstrumentTableModel(Lab& lab, QObject* parent)
    : QAbstractTableModel(parent)
    , m_lab(lab)
{
    // Types by their names in the interface's language: a code such as NAWI means nothing at the counter.
    if (auto types = CatalogRepository(lab.db()).types())
        for (const InstrumentType& t : *types)
            m_typeNames.insert(t.code, Labels::typeName(t));
}

int InstrumentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstrumentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstrumentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Instrument& i = m_rows[index.row()];
    if (role == InstrumentIdRole)
        return qint64(i.id);
    if (role == Qt::ToolTipRole && index.column() != DueDate && index.column() != Id)
        return data(index, Qt::DisplayRole); // a cut-off name still reads whole
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return qint64(i.id);
    case Type:
        return m_typeNames.value(i.typeCode, i.typeCode);
    case Serial:
        return i.serial;
    case Model:
        return i.model;
    case Owner:
        return m_ownerNames.value(i.ownerId, QString::number(i.ownerId));
    case DueDate:
        return i.nextDue ? QVariant(*i.nextDue) : QVariant(); // the view writes it as the chosen language does
    }
    return {};
}

QVariant InstrumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Type:
        return tr("Type");
    case Serial:
        return tr("Serial");
    case Model:
        return tr("Model");
    case Owner:
        return tr("Owner");
    case DueDate:
        return tr("Due");
    }
    return {};
}

bool InstrumentTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void InstrumentTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    auto page = RegistryService(m_lab).instruments(filter(int(m_rows.size())));
    if (!page || page->isEmpty()) {
        m_atEnd = true;
        m_fetching = false;
        return;
    }
    m_atEnd = page->size() < PageSize;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
    m_fetching = false;
}

InstrumentFilter InstrumentTableModel::filter(int offset) const
{
    InstrumentFilter f;
    f.search = m_search;
    f.limit = PageSize;
    f.offset = offset;
    f.order = m_order;
    f.descending = m_descending;
    return f;
}

void InstrumentTableModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    reset();
}

void InstrumentTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, InstrumentOrder> orders{
        {Id, InstrumentOrder::Id},       {Type, InstrumentOrder::Type},   {Serial, InstrumentOrder::Serial},
        {Model, InstrumentOrder::Model}, {Owner, InstrumentOrder::Owner}, {DueDate, InstrumentOrder::NextDue}};
    m_order = orders.value(column, InstrumentOrder::Id);
    m_descending = order == Qt::DescendingOrder;
    reset();
}

void InstrumentTableModel::reset()
{
    // The first page is loaded inside the reset, so views see one consistent change.
    beginResetModel();
    m_ownerNames.clear();
    if (auto orgs = RegistryService(m_lab).organisations())
        for (const Organisation& o : *orgs)
            m_ownerNames.insert(o.id, o.name);
    auto page = RegistryService(m_lab).instruments(filter(0));
    m_rows = page ? *page : QList<Instrument>();
    m_atEnd = m_rows.size() < PageSize;
    // Listeners of modelReset must not fetch the next page before every listener has seen the reset.
    m_fetching = true;
    endResetModel();
    m_fetching = false;
}

qint64 InstrumentTableModel::idFromIndex(const QModelIndex& index) const
{
    return data(index, InstrumentIdRole).toLongLong();
}

} // namespace Etalon
