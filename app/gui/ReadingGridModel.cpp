// SPDX-License-Identifier: Apache-2.0
#include "app/gui/ReadingGridModel.h"

#include "app/gui/Labels.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace Etalon {

ReadingGridModel::ReadingGridModel(QList<Row> rows, int repeats, Submit submit, bool editable, QObject* parent,
                                   int newRowIndications)
    : QAbstractTableModel(parent)
    , m_rows(std::move(rows))
    , m_repeats(std::max(1, repeats))
    , m_submit(std::move(submit))
    , m_editable(editable)
    , m_newRowIndications(newRowIndications)
{
    for (Row& r : m_rows) {
        while (r.indications.size() < m_repeats)
            r.indications.append(QString());
        if (r.standardId)
            m_lastStandard = r.standardId;
        if (r.evaluation && r.lastTyped.isEmpty())
            r.lastTyped = typedText(r);
    }
    if (!m_editable)
        return;
    m_rows.append(Row{});
    m_rows.last().indications = QStringList(m_repeats, QString());
    m_rows.last().needed = m_newRowIndications;
}

void ReadingGridModel::appendNewRow()
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(Row{});
    m_rows.last().indications = QStringList(m_repeats, QString());
    m_rows.last().needed = m_newRowIndications;
    endInsertRows();
}

int ReadingGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReadingGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : verdictColumn() + 1;
}

QVariant ReadingGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const Row& r = m_rows[index.row()];
    const int c = index.column();
    if (!r.voidReason.isEmpty()) {
        if (role == Qt::FontRole) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        if (role == Qt::ToolTipRole)
            return tr("Voided: %1").arg(r.voidReason);
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x80, 0x80, 0x80));
    }
    if (role == MessageRole || (role == Qt::ToolTipRole && !r.message.isEmpty()))
        return Labels::quantity(r.message);
    if (role == Qt::DecorationRole && c == Label && !r.message.isEmpty())
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == StandardIdRole)
        return qint64(r.standardId ? r.standardId : m_lastStandard);
    if (role == UnfitStandardsRole) {
        QVariantHash unfit;
        for (auto it = r.unfitStandards.begin(); it != r.unfitStandards.end(); ++it)
            unfit.insert(QString::number(it.key()), it.value());
        return unfit;
    }
    if (role == Qt::BackgroundRole) {
        if (!r.message.isEmpty())
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (r.evaluation && c >= errorColumn())
            return QBrush(r.evaluation->verdict == Verdict::Fail ? QColor(0xf8, 0xd7, 0xda) : QColor(0xd1, 0xe7, 0xdd));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (c == Label)
        return r.label;
    // What was typed, shown with the interface's decimal sign like the values computed from it.
    if (c == Reference)
        return role == Qt::EditRole ? r.reference : Labels::quantity(r.reference);
    if (c == Standard) {
        const Id id = r.standardId ? r.standardId : m_lastStandard;
        return role == Qt::EditRole ? QVariant(qint64(id)) : QVariant(m_standardNames.value(id));
    }
    if (c == AddedLoad)
        return role == Qt::EditRole ? r.addedLoad : Labels::quantity(r.addedLoad);
    if (c < errorColumn())
        return role == Qt::EditRole ? r.indications.value(c - FirstIndication)
                                    : Labels::quantity(r.indications.value(c - FirstIndication));
    if (!r.evaluation)
        return {};
    if (c == errorColumn())
        return Labels::quantity(r.evaluation->error);
    if (c == mpeColumn()) {
        if (!r.evaluation->mpe)
            return QString();
        // Error and MPE side by side in one unit, so they compare at a glance.
        auto same = r.evaluation->mpe->convertedTo(r.evaluation->error.unit());
        return QStringLiteral("± ") + Labels::quantity(same ? *same : *r.evaluation->mpe);
    }
    switch (r.evaluation->verdict) {
    case Verdict::Pass:
        return tr("pass");
    case Verdict::Fail:
        return tr("fail");
    default:
        return tr("recorded");
    }
}

QVariant ReadingGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == Label)
        return tr("Point");
    if (section == Reference)
        return tr("Reference");
    if (section == Standard)
        return tr("Standard");
    if (section == AddedLoad)
        return tr("Additional load ΔL");
    if (section < errorColumn())
        return m_repeats == 1 ? tr("Indication") : tr("Indication %1").arg(section - FirstIndication + 1);
    if (section == errorColumn())
        return tr("Error");
    if (section == mpeColumn())
        return tr("MPE");
    if (section == verdictColumn())
        return tr("Verdict");
    return {};
}

Qt::ItemFlags ReadingGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Row& r = m_rows[index.row()];
    const bool used = index.column() < FirstIndication || index.column() - FirstIndication < neededIn(r);
    // A recorded reading is corrected by typing it again (standard aside: a different standard is a new reading).
    const bool correctable = r.voidReason.isEmpty() && (!r.evaluation || index.column() != Standard);
    if (m_editable && correctable && used && index.column() >= Reference && index.column() < errorColumn())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReadingGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Row& r = m_rows[index.row()];
    const int c = index.column();
    if (r.evaluation && value.toString().trimmed() == data(index, Qt::EditRole).toString())
        return true; // a recorded cell left as it was is not a correction
    // The reading as recorded, kept struck through once the correction is recorded, or put back if it is refused.
    m_before = r.evaluation ? std::optional<Row>(r) : std::nullopt;
    if (c == Reference) {
        r.reference = value.toString().trimmed();
        if (r.label.isEmpty())
            r.label = r.reference;
    } else if (c == Standard)
        r.standardId = value.toLongLong();
    else if (c == AddedLoad)
        r.addedLoad = value.toString().trimmed();
    else
        r.indications[c - FirstIndication] = value.toString().trimmed();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), verdictColumn()));
    const auto typed = r.indications.mid(0, neededIn(r));
    const bool complete = std::none_of(typed.begin(), typed.end(), [](const QString& s) { return s.isEmpty(); });
    if (isNewRow(index.row()) && !r.reference.isEmpty())
        appendNewRow(); // may move the rows: r is not used after this
    // The last indication of a row completes it: record it now, so the verdict shows at once. A recorded row
    // (or a refused one) is recorded again whichever of its cells was corrected.
    const bool again = m_rows[index.row()].evaluation || !m_rows[index.row()].message.isEmpty();
    if (complete && (c >= FirstIndication || again))
        submitRow(index.row());
    return true;
}

bool ReadingGridModel::submitRow(int rowIndex)
{
    Row& r = m_rows[rowIndex];
    Entry in;
    in.standardId = r.standardId ? r.standardId : m_lastStandard;
    in.test = r.test;
    in.position = r.position;
    in.typed.reference = Labels::typedNumber(r.reference);
    in.typed.addedLoad = Labels::typedNumber(r.addedLoad);
    for (int i = 0; i < neededIn(r); ++i)
        in.typed.indications.append(Labels::typedNumber(r.indications[i]));
    const Row before = m_before.value_or(r);
    m_before.reset();
    if (r.evaluation) {
        in.replaces = r.evaluation->seq;
        in.was = r.lastTyped;
    }
    r.message.clear();
    auto evaluation = m_submit(in);
    if (evaluation) {
        r.evaluation = *evaluation;
        r.standardId = in.standardId;
        r.lastTyped = typedText(r);
        m_lastStandard = in.standardId;
    } else {
        if (before.evaluation) {
            // A refused correction changed nothing stored: the row shows the reading as it stands.
            r.reference = before.reference;
            r.indications = before.indications;
            r.addedLoad = before.addedLoad;
        }
        r.message = evaluation.error().message;
    }
    emit dataChanged(index(rowIndex, 0), index(rowIndex, verdictColumn()));
    if (evaluation && before.evaluation)
        keepCorrected(before, rowIndex);
    emit rowRecorded(rowIndex, evaluation.has_value());
    return evaluation.has_value();
}

QString ReadingGridModel::typedText(const Row& r) const
{
    QStringList parts{r.reference};
    parts += r.indications.mid(0, neededIn(r));
    if (!r.addedLoad.isEmpty())
        parts.append(QStringLiteral("ΔL ") + r.addedLoad);
    return parts.join(QStringLiteral(" / "));
}

void ReadingGridModel::keepCorrected(const Row& before, int at)
{
    Row old = before;
    old.voidReason = tr("corrected to the reading of row %1").arg(at + 1);
    old.message.clear();
    const int end = m_editable ? int(m_rows.size()) - 1 : int(m_rows.size());
    beginInsertRows({}, end, end);
    m_rows.insert(end, old);
    endInsertRows();
}

void ReadingGridModel::markVoided(int row, const QString& reason)
{
    if (row < 0 || row >= m_rows.size() || isNewRow(row))
        return;
    m_rows[row].voidReason = reason;
    emit dataChanged(index(row, 0), index(row, verdictColumn()));
    Row again;
    again.label = m_rows[row].label;
    again.reference = m_rows[row].reference;
    again.standardId = m_rows[row].standardId;
    again.test = m_rows[row].test;
    again.position = m_rows[row].position;
    again.needed = m_rows[row].needed;
    again.unfitStandards = m_rows[row].unfitStandards;
    again.indications = QStringList(m_repeats, QString());
    const int at = m_editable ? int(m_rows.size()) - 1 : int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.insert(at, again);
    endInsertRows();
}

bool ReadingGridModel::allRecorded() const
{
    const auto end = m_editable ? m_rows.end() - 1 : m_rows.end();
    return m_rows.begin() != end && std::all_of(m_rows.begin(), end, [](const Row& r) {
               return r.evaluation.has_value() || !r.voidReason.isEmpty();
           });
}

} // namespace Etalon
