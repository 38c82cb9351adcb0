// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/gui/ReadingGridModel.h"
#include "db/records/RecordService.h"

#include <QDialog>
#include <QStyledItemDelegate>
#include <QTableView>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Etalon {

class LabSession;

/** The grid's view: Enter, like Tab, commits a cell and goes on to the next one still to be typed. */
class EntryGridView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;
    /** The next indication still to be typed after (\a row, \a column), row by row; invalid at the end. */
    QModelIndex nextEditable(int row, int column) const;

protected:
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
};

/** Chooses the standard of a point; standards not usable on the record's date are listed, disabled, with why. */
class StandardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Choice
    {
        Id id = 0;
        QString label;
        QString refusal; ///< why it may not be used on the date; empty when it may
    };
    StandardDelegate(QList<Choice> choices, QObject* parent = nullptr);
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<Choice> m_choices;
};

/**
 * The rows of a record's grid: every reading taken, voided ones struck through, then what its programme still
 * needs (or the procedure's points); \a repeats and \a programme say how the grid is laid out.
 */
QList<ReadingGridModel::Row> readingRows(LabSession& lab, const RecordDetails& details, int& repeats, bool& programme);
/** An instrument type's name in the interface's language, for headers ("NAWI" reads as a scale's name). */
QString typeLabel(LabSession& lab, const QString& typeCode);

/**
 * A technician's verification or calibration at work: the procedure's points in a grid typed from the
 * keyboard, each recorded as it is completed, the checklist, and completion. A draft is in the database
 * from its first reading, so closing the window or the program loses nothing.
 */
class RecordEditor : public QDialog
{
    Q_OBJECT
public:
    RecordEditor(LabSession& lab, Id recordId, QWidget* parent = nullptr);
    ~RecordEditor() override;

    ReadingGridModel* grid() const { return m_grid; }
    EntryGridView* view() const { return m_view; }
    QListWidget* checklist() const { return m_checklist; }
    QLabel* messageLabel() const { return m_message; }
    /** Says who else has the record open ("editedElsewhereLabel"); hidden while this desk has it. */
    QLabel* editedElsewhereLabel() const { return m_elsewhere; }
    /** Focuses the first cell still to be typed and opens it for typing. */
    void startTyping();

    /** What completing would say now (points, failures, what is missing, the warnings), as shown before it. */
    QString completionSummaryText();

public slots:
    /** Shows the completion summary and asks to confirm (dialog "completionDialog"); nothing is completed yet. */
    void requestCompletion();
    /** Completes the record and closes; a refusal is shown and nothing changes. */
    void complete();
    /** Voids the selected recorded reading with \a reason; a fresh row for the same load follows. */
    void voidSelected(const QString& reason);
    void voidRow(int row, const QString& reason);

private:
    QList<StandardDelegate::Choice> standardChoices(const QDate& date);
    Result<PointEvaluation> submit(const ReadingGridModel::Entry& entry);
    void chooseStandards(QList<ReadingGridModel::Row>& rows, const QList<StandardDelegate::Choice>& choices);
    void fillChecklist(const QStringList& items, const QList<CheckItem>& stored);
    /** Stores a checklist item's new state at once: not checked, passed or failed. */
    void storeCheck(QListWidgetItem* item);
    /** Takes the draft for editing at this desk; false, with who has it shown, when another desk does. */
    bool claimForEditing();
    void showEditedElsewhere(const QString& why);

    LabSession& m_lab;
    Id m_recordId = 0;
    ReadingGridModel* m_grid = nullptr;
    EntryGridView* m_view = nullptr;
    QListWidget* m_checklist = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_complete = nullptr;
    QPushButton* m_void = nullptr;
    QLabel* m_elsewhere = nullptr;
    bool m_fillingChecklist = false;
    bool m_claimed = false; ///< this desk holds the record for editing, renewed while the window is open
};

} // namespace Etalon
