// SPDX-License-Identifier: Apache-2.0
#include "app/gui/RecordEditor.h"

#include "app/gui/FieldForm.h"

#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "app/gui/ReadingGridModel.h"
#include "db/catalog/CatalogRepository.h"
#include "db/records/RecordEditing.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace Etalon {

QModelIndex EntryGridView::nextEditable(int row, int column) const
{
    const QAbstractItemModel* m = model();
    for (int r = std::max(0, row); r < m->rowCount(); ++r) {
        const int firstColumn = r == row ? column + 1 : 0;
        for (int c = firstColumn; c < m->columnCount(); ++c) {
            const QModelIndex i = m->index(r, c);
            // Reference and standard keep their defaults unless the technician goes back to them; a point
            // of their own starts with its reference.
            const bool wanted = i.data(Qt::EditRole).toString().isEmpty() &&
                (c >= ReadingGridModel::FirstIndication || (c == ReadingGridModel::Reference));
            if ((i.flags() & Qt::ItemIsEditable) && wanted)
                return i;
        }
    }
    return {};
}

void EntryGridView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QModelIndex current = currentIndex();
    if (hint != QAbstractItemDelegate::EditNextItem && hint != QAbstractItemDelegate::SubmitModelCache) {
        QTableView::closeEditor(editor, hint);
        return;
    }
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    // A refused row keeps the cursor: its message is in the row, and the fix is typed there.
    if (!current.siblingAtColumn(0).data(ReadingGridModel::MessageRole).toString().isEmpty()) {
        setCurrentIndex(current);
        return;
    }
    const QModelIndex next = nextEditable(current.row(), current.column());
    if (!next.isValid())
        return;
    setCurrentIndex(next);
    edit(next);
}

StandardDelegate::StandardDelegate(QList<Choice> choices, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QWidget* StandardDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    // Unusable on the date, or unfit for this row's load: listed with why, not selectable.
    const QVariantHash unfit = index.data(ReadingGridModel::UnfitStandardsRole).toHash();
    for (const Choice& c : m_choices) {
        const QString refusal = c.refusal.isEmpty() ? unfit.value(QString::number(c.id)).toString() : c.refusal;
        combo->addItem(refusal.isEmpty() ? c.label : QStringLiteral("%1 — %2").arg(c.label, refusal), qint64(c.id));
        if (!refusal.isEmpty()) {
            // Shown so the technician sees why a standard on the bench may not be used, but not selectable.
            auto* items = qobject_cast<QStandardItemModel*>(combo->model());
            items->item(combo->count() - 1)->setEnabled(false);
            combo->setItemData(combo->count() - 1, refusal, Qt::ToolTipRole);
        }
    }
    return combo;
}

void StandardDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
}

void StandardDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}

namespace {

/** The procedure's points as grid rows, with the readings already stored put back where they belong. */
QString pointLabel(const QString& test, const QString& position, const QString& fallback)
{
    if (!knownTests().contains(test))
        return fallback;
    const QString name = testName(test);
    return position.isEmpty()
        ? QStringLiteral("%1, %2").arg(name, Labels::quantity(fallback))
        : QStringLiteral("%1, %2 (%3)").arg(name, Labels::quantity(fallback), positionName(position));
}

// A grid laid out by a programme has rows of their own counts: a point added by hand is read once.
bool programmeRows(const QList<ReadingGridModel::Row>& rows)
{
    return std::any_of(rows.begin(), rows.end(), [](const ReadingGridModel::Row& r) { return !r.test.isEmpty(); });
}

// The rows of the grid: every reading taken, then what the programme still needs (its test, load, position and
// count), or the procedure's own points when it has no programme.
QList<ReadingGridModel::Row> rowsFor(const Procedure& procedure, const RecordDetails& details,
                                     const QList<MissingItem>& missing, int& repeats)
{
    QList<ReadingGridModel::Row> rows;
    repeats = 1;
    const QList<Point>& stored = details.record.points;
    for (int i = 0; i < stored.size(); ++i) {
        const Point& p = stored[i];
        ReadingGridModel::Row row;
        row.label = pointLabel(p.test, p.position, p.reference.toString());
        row.reference = p.reference.toString();
        row.standardId = p.standardId;
        for (const Quantity& q : p.indications)
            row.indications.append(q.toString());
        row.test = p.test;
        row.position = p.position;
        row.needed = int(p.indications.size());
        if (p.addedLoad)
            row.addedLoad = p.addedLoad->toString();
        if (details.evaluation && i < details.evaluation->points.size())
            row.evaluation = details.evaluation->points[i];
        repeats = std::max(repeats, row.needed);
        rows.append(row);
    }
    for (const VoidedReading& v : details.voided) {
        ReadingGridModel::Row row;
        row.label = pointLabel(v.point.test, v.point.position, v.point.reference.toString());
        row.reference = v.point.reference.toString();
        row.standardId = v.point.standardId;
        for (const Quantity& q : v.point.indications)
            row.indications.append(q.toString());
        row.needed = int(v.point.indications.size());
        row.voidReason = v.reason;
        rows.append(row);
    }
    bool programme = false;
    for (const MissingItem& m : missing) {
        if (!m.load)
            continue;
        programme = true;
        ReadingGridModel::Row row;
        row.label = pointLabel(m.test, m.position, m.load->toString());
        row.reference = m.load->toString();
        row.test = m.test;
        row.position = m.position;
        row.needed = m.count;
        repeats = std::max(repeats, m.count);
        rows.append(row);
    }
    if (programme || !stored.isEmpty())
        return rows;
    for (const ProcedurePoint& p : procedure.points) {
        ReadingGridModel::Row row;
        row.label = p.label.isEmpty() ? p.nominal.toString() : p.label;
        row.reference = p.nominal.toString();
        row.needed = p.repeats;
        repeats = std::max(repeats, p.repeats);
        rows.append(row);
    }
    return rows;
}

} // namespace

QString typeLabel(LabSession& lab, const QString& typeCode)
{
    auto type = CatalogRepository(lab.db()).fetchType(typeCode);
    return type ? Labels::typeName(*type) : typeCode;
}

QList<ReadingGridModel::Row> readingRows(LabSession& lab, const RecordDetails& details, int& repeats, bool& programme)
{
    auto procedure = CatalogRepository(lab.db()).fetchProcedure(details.record.procedureCode);
    const auto missing = RecordService(lab.lab()).missing(details.record.id);
    const QList<ReadingGridModel::Row> rows =
        rowsFor(procedure ? *procedure : Procedure{}, details, missing ? *missing : QList<MissingItem>(), repeats);
    programme = programmeRows(rows);
    return rows;
}

RecordEditor::RecordEditor(LabSession& lab, Id recordId, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_recordId(recordId)
{
    setWindowTitle(tr("Record %1").arg(recordId));
    resize(1180, 700);
    auto* layout = new QVBoxLayout(this);
    auto* header = new QLabel(this);
    header->setObjectName(QStringLiteral("recordHeaderLabel"));
    header->setTextFormat(Qt::RichText);
    layout->addWidget(header);
    m_elsewhere = new QLabel(this);
    m_elsewhere->setObjectName(QStringLiteral("editedElsewhereLabel"));
    m_elsewhere->setWordWrap(true);
    m_elsewhere->setStyleSheet(QStringLiteral("background:#fff3cd; color:#664d03; padding:6px"));
    m_elsewhere->hide();
    layout->addWidget(m_elsewhere);
    m_view = new EntryGridView(this);
    m_view->setObjectName(QStringLiteral("readingGridView"));
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::DoubleClicked);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("recordMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(
        tr("Checklist (each click is saved: not checked → passed → failed → not checked; every item must be set):"),
        this));
    m_checklist = new QListWidget(this);
    m_checklist->setObjectName(QStringLiteral("checklistWidget"));
    m_checklist->setMaximumHeight(110);
    layout->addWidget(m_checklist);
    auto* buttons = dialogButtons(QDialogButtonBox::Close, this);
    m_void = buttons->addButton(tr("&Void reading…"), QDialogButtonBox::ActionRole);
    m_void->setObjectName(QStringLiteral("voidButton"));
    m_void->setAutoDefault(false);
    connect(m_void, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Void reading"), tr("Why is this reading void? (kept, never printed)"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            voidSelected(reason);
    });
    // Completing is an act of its own: a summary first, then a confirmation. No button is a default one, so
    // Enter in the grid only ever moves on.
    m_complete = buttons->addButton(tr("Com&plete…"), QDialogButtonBox::ActionRole);
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_complete->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_complete, &QPushButton::clicked, this, &RecordEditor::requestCompletion);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto details = RecordService(lab.lab()).details(recordId);
    if (!details) {
        m_message->setText(details.error().message);
        m_complete->setEnabled(false);
        return;
    }
    const Record& record = details->record;
    auto procedure = CatalogRepository(lab.db()).fetchProcedure(record.procedureCode);
    auto owner = RegistryService(lab.lab()).fetchOrganisation(details->instrument.ownerId);
    header->setText(tr("<b>%1 %2</b> — %3<br>%4, %5, procedure %6 — <i>%7</i>")
                        .arg(typeLabel(m_lab, details->instrument.typeCode).toHtmlEscaped(),
                             details->instrument.serial.toHtmlEscaped(),
                             owner ? owner->name.toHtmlEscaped() : QString(), Labels::recordKind(record.kind),
                             Labels::date(record.date), record.procedureCode.toHtmlEscaped(),
                             Labels::recordStatus(record.status)));
    int repeats = 1;
    bool programme = false;
    QList<ReadingGridModel::Row> rows = readingRows(lab, *details, repeats, programme);
    // A draft open at another desk is shown here as it stands, not changed from two places at once.
    const bool draft =
        record.status == RecordStatus::Draft && lab.session().userId == record.technicianId && claimForEditing();
    const QList<StandardDelegate::Choice> choices = standardChoices(record.date);
    if (draft)
        chooseStandards(rows, choices);
    m_grid = new ReadingGridModel(
        rows, repeats, [this](const ReadingGridModel::Entry& e) { return submit(e); }, draft, this, programme ? 1 : 0);
    QHash<Id, QString> names;
    for (const auto& c : choices)
        names.insert(c.id, c.label);
    m_grid->setStandardNames(names);
    if (!m_grid->lastStandard()) {
        const auto usable =
            std::find_if(choices.begin(), choices.end(), [](const auto& c) { return c.refusal.isEmpty(); });
        if (usable != choices.end())
            m_grid->setLastStandard(usable->id);
    }
    m_view->setModel(m_grid);
    m_view->setItemDelegateForColumn(ReadingGridModel::Standard, new StandardDelegate(choices, m_view));
    connect(m_grid, &ReadingGridModel::rowRecorded, this, [this](int row, bool ok) {
        const auto& r = m_grid->row(row);
        m_message->setStyleSheet(ok ? QString() : QStringLiteral("color:#b02a37"));
        m_message->setText(ok ? tr("Point %1 recorded: error %2").arg(row + 1).arg(r.evaluation->error.toString())
                              : tr("Point %1 not recorded: %2").arg(row + 1).arg(r.message));
    });
    fillChecklist(procedure ? procedure->checklist : QStringList(), record.checks);
    connect(m_checklist, &QListWidget::itemChanged, this, &RecordEditor::storeCheck);
    m_complete->setEnabled(draft);
    m_void->setEnabled(draft);
    m_checklist->setEnabled(draft);
    if (!details->rejectionReason.isEmpty() && record.status == RecordStatus::Draft)
        m_message->setText(tr("Sent back by the manager: %1").arg(details->rejectionReason));
}

RecordEditor::~RecordEditor()
{
    if (m_claimed)
        (void)RecordEditing(m_lab.lab()).release(m_recordId);
}

bool RecordEditor::claimForEditing()
{
    auto claimed = RecordEditing(m_lab.lab()).claim(m_lab.session(), m_recordId);
    if (!claimed) {
        showEditedElsewhere(claimed.error().message);
        return false;
    }
    m_claimed = true;
    auto* renewal = new QTimer(this);
    renewal->setInterval(RecordEditing::RenewSeconds * 1000);
    connect(renewal, &QTimer::timeout, this, [this, renewal] {
        auto renewed = RecordEditing(m_lab.lab()).renew(m_lab.session(), m_recordId);
        if (renewed || renewed.error().code != QStringLiteral("record_being_edited"))
            return; // a passing storage error: the next renewal tries again
        m_claimed = false;
        renewal->stop();
        showEditedElsewhere(renewed.error().message);
        m_complete->setEnabled(false);
        m_void->setEnabled(false);
        m_checklist->setEnabled(false);
    });
    renewal->start();
    return true;
}

void RecordEditor::showEditedElsewhere(const QString& why)
{
    m_elsewhere->setText(tr("Shown only, not for changing: %1").arg(why));
    m_elsewhere->show();
}

Result<PointEvaluation> RecordEditor::submit(const ReadingGridModel::Entry& entry)
{
    RecordService records(m_lab.lab());
    ReadingInput base;
    base.standardId = entry.standardId;
    base.test = entry.test;
    base.position = entry.position;
    auto in = records.readingFrom(m_recordId, entry.typed, base);
    if (!in)
        return fail(in.error());
    if (!entry.replaces)
        return records.addReading(m_lab.session(), m_recordId, *in);
    return records.correctReading(m_lab.session(), m_recordId, *entry.replaces, *in,
                                  tr("typed again at the bench (was %1)").arg(entry.was));
}

QList<StandardDelegate::Choice> RecordEditor::standardChoices(const QDate& date)
{
    QList<StandardDelegate::Choice> out;
    StandardService standards(m_lab.lab());
    auto list = standards.standards();
    if (!list)
        return out;
    for (const Standard& s : *list) {
        if (s.status == StandardStatus::Retired)
            continue;
        auto usable = standards.checkUsable(s.id, date);
        out.append(
            {s.id, QStringLiteral("%1 (%2)").arg(s.name, s.serial), usable ? QString() : usable.error().message});
    }
    return out;
}

void RecordEditor::chooseStandards(QList<ReadingGridModel::Row>& rows, const QList<StandardDelegate::Choice>& choices)
{
    // Each row still to read starts with a standard that can realise its load, so a programme of loads beyond one
    // set's range is not refused row after row; those that cannot are listed in the row's choice with why.
    RecordService records(m_lab.lab());
    QHash<QString, QHash<Id, QString>> unfitByLoad;
    for (ReadingGridModel::Row& row : rows) {
        if (row.evaluation || !row.voidReason.isEmpty() || row.reference.isEmpty())
            continue;
        auto load = Quantity::parse(row.reference, QStringLiteral("reference"));
        if (!load)
            continue;
        if (!unfitByLoad.contains(row.reference)) {
            QHash<Id, QString> unfit;
            for (const StandardDelegate::Choice& c : choices)
                if (c.refusal.isEmpty())
                    if (auto fits = records.standardFits(m_recordId, c.id, *load); !fits)
                        unfit.insert(c.id, fits.error().message);
            unfitByLoad.insert(row.reference, unfit);
        }
        row.unfitStandards = unfitByLoad.value(row.reference);
        if (row.standardId && !row.unfitStandards.contains(row.standardId))
            continue;
        for (const StandardDelegate::Choice& c : choices)
            if (c.refusal.isEmpty() && !row.unfitStandards.contains(c.id)) {
                row.standardId = c.id;
                break;
            }
    }
}

void RecordEditor::startTyping()
{
    const QModelIndex first = m_view->nextEditable(0, -1);
    if (!first.isValid())
        return;
    m_view->setFocus();
    m_view->setCurrentIndex(first);
    m_view->edit(first);
}

void RecordEditor::voidSelected(const QString& reason)
{
    voidRow(m_view->currentIndex().row(), reason);
}

void RecordEditor::voidRow(int row, const QString& reason)
{
    if (row < 0 || row >= m_grid->rowCount() || !m_grid->row(row).evaluation ||
        !m_grid->row(row).voidReason.isEmpty()) {
        m_message->setText(tr("Select a recorded reading to void."));
        return;
    }
    auto voided =
        RecordService(m_lab.lab()).voidReading(m_lab.session(), m_recordId, m_grid->row(row).evaluation->seq, reason);
    if (!voided) {
        m_message->setStyleSheet(QStringLiteral("color:#b02a37"));
        m_message->setText(voided.error().message);
        return;
    }
    m_grid->markVoided(row, reason.trimmed());
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Reading %1 voided: read it again in the new row.").arg(row + 1));
}

namespace {

QString checkWords(Qt::CheckState state)
{
    return state == Qt::PartiallyChecked ? RecordEditor::tr("not checked")
        : state == Qt::Checked           ? RecordEditor::tr("passed")
                                         : RecordEditor::tr("failed");
}

} // namespace

void RecordEditor::fillChecklist(const QStringList& items, const QList<CheckItem>& stored)
{
    m_fillingChecklist = true;
    for (const QString& item : items) {
        auto* it = new QListWidgetItem(m_checklist);
        it->setData(Qt::UserRole, item);
        it->setFlags(it->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsUserTristate);
        const auto found =
            std::find_if(stored.begin(), stored.end(), [&](const CheckItem& c) { return c.item == item; });
        // Not checked until the technician says pass or fail: nothing is ticked for them.
        const Qt::CheckState state =
            found == stored.end() ? Qt::PartiallyChecked : (found->passed ? Qt::Checked : Qt::Unchecked);
        it->setCheckState(state);
        it->setText(QStringLiteral("%1 — %2").arg(item, checkWords(state)));
    }
    m_fillingChecklist = false;
}

void RecordEditor::storeCheck(QListWidgetItem* item)
{
    if (m_fillingChecklist)
        return;
    RecordService records(m_lab.lab());
    const QString key = item->data(Qt::UserRole).toString();
    const Qt::CheckState state = item->checkState();
    const Status stored = state == Qt::PartiallyChecked
        ? records.clearCheck(m_lab.session(), m_recordId, key)
        : records.addCheck(m_lab.session(), m_recordId, key, state == Qt::Checked, QString());
    m_fillingChecklist = true;
    item->setText(QStringLiteral("%1 — %2").arg(key, checkWords(state)));
    m_fillingChecklist = false;
    m_message->setStyleSheet(stored ? QString() : QStringLiteral("color:#b02a37"));
    m_message->setText(stored ? tr("Checklist: “%1” %2").arg(key, checkWords(state)) : stored.error().message);
}

QString RecordEditor::completionSummaryText()
{
    auto summary = RecordService(m_lab.lab()).completionSummary(m_recordId);
    if (!summary)
        return summary.error().message;
    QStringList lines;
    lines << tr("Points recorded: %1, of which failed: %2").arg(summary->points).arg(summary->failedPoints);
    if (summary->voidedReadings > 0)
        lines << tr("Readings voided: %1").arg(summary->voidedReadings);
    lines << tr("Checklist: %1 passed, %2 failed, %3 not checked")
                 .arg(summary->checksPassed)
                 .arg(summary->checksFailed)
                 .arg(summary->missingChecks.size());
    if (summary->verdict != Verdict::None)
        lines << tr("Verdict as it stands: %1").arg(Labels::verdict(summary->verdict));
    if (!summary->missingTests.isEmpty()) {
        lines << tr("Still missing of the test programme:");
        for (const MissingItem& m : summary->missingTests)
            lines << QStringLiteral("  • ") + Labels::quantity(m.why);
    }
    for (const MissingItem& m : summary->missingChecks)
        lines << tr("  • checklist item not checked: %1").arg(m.item);
    if (!summary->warnings.isEmpty()) {
        lines << tr("Warnings:");
        for (const QString& w : summary->warnings)
            lines << QStringLiteral("  • ") + w;
    }
    lines << QString()
          << (summary->canComplete() ? tr("Complete the record and send it for approval? It can no longer be edited.")
                                     : tr("The record cannot be completed until what is missing is done."));
    return lines.join(u'\n');
}

void RecordEditor::requestCompletion()
{
    auto* confirm = new QDialog(this);
    confirm->setObjectName(QStringLiteral("completionDialog"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setWindowTitle(tr("Complete record %1").arg(m_recordId));
    auto* layout = new QVBoxLayout(confirm);
    auto* text = new QLabel(completionSummaryText(), confirm);
    text->setObjectName(QStringLiteral("completionSummaryLabel"));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    auto* buttons = dialogButtons(QDialogButtonBox::Cancel, confirm);
    QPushButton* go = buttons->addButton(tr("Co&mplete"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmCompleteButton"));
    auto summary = RecordService(m_lab.lab()).completionSummary(m_recordId);
    go->setEnabled(summary && summary->canComplete());
    // Enter is Cancel here too: only a click (or Alt+M) completes.
    go->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, confirm, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, confirm, &QDialog::reject);
    connect(confirm, &QDialog::accepted, this, &RecordEditor::complete);
    layout->addWidget(buttons);
    confirm->open();
}

void RecordEditor::complete()
{
    auto done = RecordService(m_lab.lab()).complete(m_lab.session(), m_recordId);
    if (!done) {
        m_message->setStyleSheet(QStringLiteral("color:#b02a37"));
        m_message->setText(done.error().message);
        return;
    }
    accept();
}

} // namespace Etalon
