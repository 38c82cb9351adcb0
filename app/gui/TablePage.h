// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/gui/ListTableModel.h"

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace Etalon {

class LabSession;

/** Restores \a view's column widths, order and visibility saved as \a name, keeps saving them, and offers a
 * column chooser on the header's context menu. */
void rememberColumns(QTableView* view, const QString& name);

/**
 * A page of the main window built around one list: a filter that narrows it as you type, the table
 * (sortable by any column, columns chosen from the header's menu, widths remembered), and its buttons.
 */
class TablePage : public QWidget
{
    Q_OBJECT
public:
    TablePage(LabSession& lab, const QString& name, QStringList headers, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    ListTableModel* model() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filter; }
    QLabel* statusLabel() const { return m_status; }
    /** The id of the selected row, 0 when none. */
    qint64 selectedId() const;
    /** Selects the row showing \a id; false when it is not listed. */
    bool selectId(qint64 id);

    /** What the list says when it is empty: what to do first (shown over the table). */
    void setEmptyHint(const QString& text);
    QLabel* emptyHintLabel() const { return m_emptyHint; }
    /** The column that takes the room left (a name or an owner); the others fit their contents. */
    void setStretchColumn(int column);

public slots:
    virtual void reload() = 0;

signals:
    /** Something was done and said on the page: the main window repeats it in its status bar. */
    void statusMessage(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;
    QPushButton* addButton(const QString& text, const QString& objectName, std::function<void()> action);
    void showStatus(const QString& text, bool error = false);
    LabSession& lab() { return m_lab; }
    QVBoxLayout* pageLayout() const { return m_layout; }
    QHBoxLayout* buttonRow() const { return m_buttons; }

private:
    void fitColumns();
    void showEmptyHint();

    LabSession& m_lab;
    QString m_name;
    QLabel* m_emptyHint = nullptr;
    int m_stretchColumn = -1;
    bool m_widthsRemembered = false;
    ListTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_status = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace Etalon
