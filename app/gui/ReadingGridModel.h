// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Evaluation.h"
#include "db/records/RecordService.h"

#include <QAbstractTableModel>

#include <functional>

namespace Etalon {

/**
 * The data-entry grid of a verification or calibration: one row per point of the procedure, a column
 * per repeated indication, and an empty last row where a further point is typed (its reference first).
 * A row is recorded the moment its last indication is typed, and then shows the error, the MPE and the
 * verdict the use case computed; a refused row keeps what was typed and says why (an icon and a tooltip in
 * the row). A recorded row of a draft typed again is recorded again: the reading it corrects is voided.
 */
class ReadingGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Reference, Standard, AddedLoad, FirstIndication };
    enum Roles { MessageRole = Qt::UserRole, StandardIdRole, UnfitStandardsRole };

    /** A row as typed, for the use case to read (a bare number in the instrument's unit) and record. */
    struct Entry
    {
        TypedReading typed;
        Id standardId = 0;
        QString test;
        QString position;
        std::optional<int> replaces; ///< the reading this one corrects: voided with it
        QString was; ///< the corrected reading as it was typed, for the reason kept with the void
    };
    /** Records one reading through the use case; the grid never evaluates anything itself. */
    using Submit = std::function<Result<PointEvaluation>(const Entry&)>;

    struct Row
    {
        QString label;
        QString reference;
        Id standardId = 0;
        QStringList indications; ///< as typed, one per repeat
        std::optional<PointEvaluation> evaluation; ///< set once recorded
        QString message; ///< why the last attempt was refused
        QString test; ///< the programme's test the row belongs to; empty: the record's first
        QString position; ///< where the load is applied (eccentricity), or the condition of the test
        int needed = 0; ///< the indications this row takes; 0: one per repeat column
        QString addedLoad; ///< ΔL of OIML R 76's change-point method, as typed (optional)
        QString voidReason; ///< set once the reading was voided: shown struck through, never counted
        QString lastTyped; ///< what was recorded, as typed: kept in the reason when it is corrected
        QHash<Id, QString> unfitStandards; ///< standards that cannot serve this row's load, with why
    };

    /**
     * Without \a editable (a record no longer a draft, or someone else's) the grid only shows. A point typed in
     * the empty last row takes \a newRowIndications indications (0: one per repeat column).
     */
    ReadingGridModel(QList<Row> rows, int repeats, Submit submit, bool editable = true, QObject* parent = nullptr,
                     int newRowIndications = 0);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int repeats() const { return m_repeats; }
    int errorColumn() const { return FirstIndication + m_repeats; }
    int mpeColumn() const { return errorColumn() + 1; }
    int verdictColumn() const { return errorColumn() + 2; }
    const Row& row(int r) const { return m_rows.at(r); }
    /** Names shown for standard ids in the Standard column. */
    void setStandardNames(const QHash<Id, QString>& names) { m_standardNames = names; }
    /** The standard a new row starts with: the last one used. */
    Id lastStandard() const { return m_lastStandard; }
    void setLastStandard(Id id) { m_lastStandard = id; }
    /** Every row but the empty last one is recorded, and there is at least one. */
    bool allRecorded() const;
    /** The empty last row, where a point beyond the procedure's is typed. */
    bool isNewRow(int row) const { return m_editable && row == m_rows.size() - 1; }
    /**
     * Shows a recorded row as voided (the use case voided it) and adds a fresh row for the same load, test and
     * position just above the empty last row, to be read again.
     */
    void markVoided(int row, const QString& reason);

signals:
    /** A row was recorded (or refused); the editor moves on or shows why. */
    void rowRecorded(int row, bool ok);

private:
    bool submitRow(int r);
    /** A recorded row typed again: the corrected reading is kept below, struck through. */
    void keepCorrected(const Row& before, int at);
    QString typedText(const Row& r) const;
    int neededIn(const Row& r) const { return r.needed > 0 ? std::min(r.needed, m_repeats) : m_repeats; }
    void appendNewRow();

    QList<Row> m_rows;
    int m_repeats = 1;
    Submit m_submit;
    bool m_editable = true;
    int m_newRowIndications = 0;
    QHash<Id, QString> m_standardNames;
    Id m_lastStandard = 0;
    std::optional<Row> m_before; ///< a recorded row as it was before the cell being corrected
};

} // namespace Etalon
