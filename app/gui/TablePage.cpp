// SPDX-License-Identifier: Apache-2.0
#include "app/gui/TablePage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Etalon {

TablePage::TablePage(LabSession& lab, const QString& name, QStringList headers, QWidget* parent)
    : QWidget(parent)
    , m_lab(lab)
    , m_name(name)
{
    setObjectName(name + QStringLiteral("Page"));
    m_layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(name + QStringLiteral("FilterEdit"));
    m_filter->setPlaceholderText(tr("Type to filter…"));
    m_filter->setClearButtonEnabled(true);
    m_layout->addWidget(m_filter);
    m_model = new ListTableModel(std::move(headers), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view = new QTableView(this);
    m_view->setObjectName(name + QStringLiteral("TableView"));
    m_view->setModel(m_proxy);
    // Lists come in their use case's order (newest records first); a click on a header sorts.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(name + QStringLiteral("StatusLabel"));
    m_status->setWordWrap(true);
    m_layout->addWidget(m_status);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);
    m_layout->addLayout(m_buttons);
    m_widthsRemembered = QSettings().contains(QStringLiteral("columns/") + m_name);
    rememberColumns(m_view, m_name);
    m_emptyHint = new QLabel(m_view->viewport());
    m_emptyHint->setObjectName(name + QStringLiteral("EmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setStyleSheet(QStringLiteral("color:#555;padding:24px"));
    m_emptyHint->hide();
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        showEmptyHint();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePage::showEmptyHint);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePage::showEmptyHint);
}

void TablePage::setEmptyHint(const QString& text)
{
    m_emptyHint->setText(text);
    showEmptyHint();
}

void TablePage::showEmptyHint()
{
    const bool empty = m_proxy->rowCount() == 0 && !m_emptyHint->text().isEmpty() && m_filter->text().isEmpty();
    m_emptyHint->setVisible(empty);
    if (empty)
        m_emptyHint->setGeometry(m_view->viewport()->rect());
}

void TablePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    showEmptyHint();
}

void TablePage::setStretchColumn(int column)
{
    m_stretchColumn = column;
    fitColumns();
}

void TablePage::fitColumns()
{
    // Widths a user set by hand are theirs; otherwise each column fits its contents within reason, and the name
    // or owner column takes the room left.
    if (m_widthsRemembered || m_model->rowCount() == 0)
        return;
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker quiet(header); // fitting is not a choice to remember
    for (int c = 0; c < header->count(); ++c) {
        m_view->resizeColumnToContents(c);
        header->resizeSection(c, std::min(header->sectionSize(c), 360));
    }
    if (m_stretchColumn >= 0) {
        header->setStretchLastSection(false);
        header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
    }
}

qint64 TablePage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ListTableModel::IdRole).toLongLong();
}

bool TablePage::selectId(qint64 id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(ListTableModel::IdRole).toLongLong() == id) {
            m_view->selectRow(r);
            m_view->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QPushButton* TablePage::addButton(const QString& text, const QString& objectName, std::function<void()> action)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, std::move(action));
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void TablePage::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color:#b02a37") : QString());
    m_status->setText(text);
    if (!error && !text.isEmpty())
        emit statusMessage(text);
}

void rememberColumns(QTableView* view, const QString& name)
{
    QHeaderView* header = view->horizontalHeader();
    const QString key = QStringLiteral("columns/") + name;
    const QByteArray state = QSettings().value(key).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    const auto save = [header, key] { QSettings().setValue(key, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header, [header, save](const QPoint& at) {
        // The column chooser: every column of the model, ticked when shown.
        QMenu menu(header);
        for (int c = 0; c < header->count(); ++c) {
            QAction* a = menu.addAction(header->model()->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            QObject::connect(a, &QAction::toggled, header, [header, save, c](bool shown) {
                header->setSectionHidden(c, !shown);
                save();
            });
        }
        menu.exec(header->mapToGlobal(at));
    });
}

} // namespace Etalon
