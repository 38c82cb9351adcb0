// SPDX-License-Identifier: Apache-2.0
#include "app/gui/OversightPages.h"

#include "app/gui/DueTableModel.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "core/AuditWords.h"
#include "core/Clock.h"
#include "db/trust/AuditService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace Etalon {

DuePage::DuePage(LabSession& lab, QWidget* parent)
    : QWidget(parent)
    , m_lab(lab)
{
    setObjectName(QStringLiteral("duePage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("dueDaysSpinBox"));
    m_days->setRange(0, 365);
    m_days->setValue(90);
    m_days->setPrefix(tr("Overdue or due within "));
    m_days->setSuffix(tr(" days"));
    auto* owner = m_filter = new QLineEdit(this);
    owner->setObjectName(QStringLiteral("dueFilterEdit"));
    owner->setPlaceholderText(tr("Filter by owner, serial or name…"));
    owner->setClearButtonEnabled(true);
    top->addWidget(m_days);
    top->addWidget(owner, 1);
    layout->addLayout(top);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("dueCountsLabel"));
    layout->addWidget(m_counts);
    m_model = new DueTableModel(lab.lab(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(owner, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto* view = new QTableView(this);
    view->setObjectName(QStringLiteral("dueTableView"));
    view->setModel(m_proxy);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    // One line per item, each column as wide as its contents (a long name is cut, and whole in its tooltip).
    connect(m_proxy, &QAbstractItemModel::modelReset, view, [view] {
        QHeaderView* header = view->horizontalHeader();
        for (int c = 0; c < header->count(); ++c) {
            view->resizeColumnToContents(c);
            header->resizeSection(c, std::min(header->sectionSize(c), 260));
        }
    });
    m_owners = new QTableWidget(0, 6, this);
    m_owners->setObjectName(QStringLiteral("dueOwnersTable"));
    m_owners->setHorizontalHeaderLabels(
        {tr("Owner"), tr("Overdue"), tr("Within 30 days"), tr("31–60 days"), tr("61–90 days"), tr("Not fit for use")});
    m_owners->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The owner keeps a readable width however long the counts' headers are in the chosen language.
    m_owners->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_owners->horizontalHeader()->resizeSection(0, 200);
    m_owners->setWordWrap(true);
    m_owners->verticalHeader()->hide();
    m_owners->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_owners->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_owners, &QTableWidget::cellClicked, this,
            [this](int row, int) { m_filter->setText(m_owners->item(row, 0)->data(Qt::UserRole).toString()); });
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_owners);
    split->addWidget(view);
    split->setSizes({560, 640});
    layout->addWidget(split, 1);
    connect(m_days, &QSpinBox::valueChanged, this, &DuePage::reload);
    reload();
}

void DuePage::reload()
{
    const QString error = m_model->reload(m_days->value());
    int overdue = 0, in30 = 0, in60 = 0, in90 = 0;
    QMap<QString, std::array<int, 5>> perOwner; // overdue, ≤30, ≤60, ≤90, not fit for use
    QSet<QString> unfit; // each instrument or standard once, whatever its tracks
    for (const DueItem& i : m_model->items()) {
        if (i.notFitForUse() && !unfit.contains(i.kind + QString::number(i.id))) {
            unfit.insert(i.kind + QString::number(i.id));
            ++perOwner[i.owner][4];
        }
        // Listed for being unfit, not for a date: counted as such, not as overdue.
        if (i.status == QStringLiteral("failed") || i.status == QStringLiteral("quarantined"))
            continue;
        const int bucket = i.daysLeft < 0 ? 0 : i.daysLeft <= 30 ? 1 : i.daysLeft <= 60 ? 2 : i.daysLeft <= 90 ? 3 : -1;
        if (bucket < 0)
            continue;
        ++perOwner[i.owner][bucket];
        ++(bucket == 0 ? overdue : bucket == 1 ? in30 : bucket == 2 ? in60 : in90);
    }
    // Owners with the most overdue first, then those with the most unfit: whom to call today.
    QList<std::pair<QString, std::array<int, 5>>> owners(perOwner.keyValueBegin(), perOwner.keyValueEnd());
    std::stable_sort(owners.begin(), owners.end(), [](const auto& a, const auto& b) {
        return std::tie(b.second[0], b.second[1], b.second[4]) < std::tie(a.second[0], a.second[1], a.second[4]);
    });
    m_owners->setRowCount(int(owners.size()));
    for (int r = 0; r < owners.size(); ++r) {
        // The lab's own standards have no customer as owner.
        auto* name = new QTableWidgetItem(owners[r].first.isEmpty() ? tr("the lab's standards") : owners[r].first);
        name->setData(Qt::UserRole, owners[r].first.isEmpty() ? tr("Standard") : owners[r].first);
        m_owners->setItem(r, 0, name);
        for (int c = 0; c < 5; ++c) {
            auto* n = new QTableWidgetItem;
            n->setData(Qt::DisplayRole, owners[r].second[c]);
            if (c == 4 && owners[r].second[c] > 0)
                n->setForeground(QColor(0xb0, 0x00, 0x20));
            m_owners->setItem(r, c + 1, n);
        }
    }
    m_counts->setText(
        error.isEmpty() ? tr("Not fit for use: %5 · overdue: %1 · within 30 days: %2 · 31–60 days: %3 · 61–90 days: %4")
                              .arg(overdue)
                              .arg(in30)
                              .arg(in60)
                              .arg(in90)
                              .arg(unfit.size())
                        : error);
    if (error.isEmpty() && m_model->items().isEmpty())
        m_counts->setText(m_counts->text() + QStringLiteral("\n") +
                          tr("Nothing falls due in this window. Instruments come here once registered and verified, "
                             "with the due dates their verifications and calibrations set."));
}

namespace {

QString localTimeHeader(LabSession& lab)
{
    const QTimeZone zone = labTimeZone(lab.lab().setting(QStringLiteral("time_zone")));
    return AuditPage::tr("When (local time, %1)").arg(zone.displayName(QTimeZone::StandardTime, QTimeZone::OffsetName));
}

} // namespace

AuditPage::AuditPage(LabSession& lab, QWidget* parent)
    : TablePage(lab, QStringLiteral("audit"),
                {tr("Entry"), localTimeHeader(lab), tr("User"), tr("Action"), tr("Certificate"), tr("Record"),
                 tr("Instrument"), tr("Concerns")},
                parent)
{
    auto* filters = new QHBoxLayout;
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserCombo"));
    m_user->addItem(tr("every user"), QString());
    if (auto users = AuditService(lab.lab()).users())
        for (const QString& u : *users)
            m_user->addItem(u, u);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditEntityCombo"));
    m_entity->addItem(tr("everything"), QString());
    for (const QString& e : AuditWords::entityCodes())
        m_entity->addItem(AuditWords::entity(e), e);
    m_from = new QDateEdit(lab.lab().today().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(lab.lab().today(), this);
    m_to->setObjectName(QStringLiteral("auditToEdit"));
    m_to->setCalendarPopup(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("auditSearchEdit"));
    m_search->setPlaceholderText(tr("Search all dates: certificate number, serial, user, action or any text…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_user);
    filters->addWidget(m_entity);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_search, 1);
    pageLayout()->insertLayout(0, filters);
    // The search runs in the lab's file over every date; the filter of the loaded rows would only see a month.
    filterEdit()->hide();
    for (auto* combo : {m_user, m_entity})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    for (auto* date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &AuditPage::reload);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &AuditPage::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("auditDetailEdit"));
    m_detail->setReadOnly(true);
    m_detail->setVisible(false);
    auto* split = new QSplitter(Qt::Vertical, this);
    pageLayout()->replaceWidget(view(), split);
    split->addWidget(view());
    split->addWidget(m_detail);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_detail->setPlainText(m_details.value(selectedId())); });
    addButton(tr("&Check the audit chain"), QStringLiteral("verifyChainButton"), [this] { verifyChain(); });
    m_jump = addButton(tr("&Show the entry found"), QStringLiteral("auditJumpButton"),
                       [this] { showEntry(m_findingEntry); });
    m_jump->setVisible(false);
    m_showDetails = new QCheckBox(tr("Show &details (as stored)"), this);
    m_showDetails->setObjectName(QStringLiteral("auditDetailsCheckBox"));
    connect(m_showDetails, &QCheckBox::toggled, m_detail, &QWidget::setVisible);
    buttonRow()->addWidget(m_showDetails);
    reload();
}

void AuditPage::reload()
{
    m_searchDelay->stop();
    AuditFilter filter;
    filter.user = m_user->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    filter.text = m_search->text().trimmed();
    if (filter.text.isEmpty()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.limit = 2000;
    auto entries = AuditService(lab().lab()).entries(lab().session(), filter);
    if (!entries) {
        showStatus(entries.error().message, true);
        return;
    }
    QList<ListTableModel::Row> rows;
    m_details.clear();
    const auto pretty = [](const QString& json) {
        return QString::fromUtf8(QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Indented));
    };
    for (const AuditEntry& e : *entries) {
        const QString when =
            Labels::date(e.localAt.date()) + u' ' + e.localAt.time().toString(QStringLiteral("HH:mm:ss"));
        const QString user = e.userFullName.isEmpty() ? e.user : tr("%1 (%2)").arg(e.userFullName, e.user);
        QString concerns = AuditWords::entity(e.entity);
        if (e.entityId)
            concerns += QStringLiteral(" %1").arg(*e.entityId);
        rows.append({e.id,
                     {e.id, when, user, e.actionText, e.certificateNumber,
                      e.recordId ? QVariant(*e.recordId) : QVariant(), e.instrumentSerial, concerns},
                     {},
                     e.action});
        m_details.insert(
            e.id,
            tr("%1 — %2\nBefore:\n%3\nAfter:\n%4").arg(e.actionText, e.action, pretty(e.before), pretty(e.after)));
    }
    model()->setRows(rows);
    showStatus(filter.text.isEmpty() ? tr("%1 entries").arg(rows.size())
                                     : tr("%1 entries mention “%2” (all dates)").arg(rows.size()).arg(filter.text));
}

QString AuditPage::verifyChain()
{
    auto v = AuditService(lab().lab()).verify();
    m_findingEntry = 0;
    m_jump->setVisible(false);
    if (!v) {
        showStatus(v.error().message, true);
        return v.error().message;
    }
    QString text;
    if (!v->corruption.isEmpty())
        text = tr("The lab file is damaged: %1").arg(v->corruption);
    else if (!v->schemaDifference.isEmpty())
        text = tr("The lab's schema was changed behind Etalon's back: %1").arg(v->schemaDifference);
    else if (v->firstBreak) {
        text = tr("The audit trail is broken at entry %1: %2").arg(v->firstBreak->entryId).arg(v->firstBreak->reason);
        m_findingEntry = v->firstBreak->entryId;
    } else if (v->domainMismatch) {
        text = tr("The data differs from the audit trail: %1").arg(v->domainMismatch->reason);
        m_findingEntry = v->domainMismatch->entryId;
    } else
        text = tr("Audit trail intact: %1 entries, %2 signed checkpoints").arg(v->entries).arg(v->checkpoints);
    for (const SchemaRepair& r : v->repairs)
        text += u'\n' +
            tr("Warning: %1")
                .arg(
                    AuditWords::schemaRepair(r.event, r.triggers, QLocale().toString(r.localAt, QLocale::ShortFormat)));
    if (m_findingEntry > 0) {
        m_jump->setText(tr("&Show entry %1").arg(m_findingEntry));
        m_jump->setVisible(true);
    }
    showStatus(text, !v->intact() || !v->repairs.isEmpty());
    return text;
}

bool AuditPage::showEntry(qint64 id)
{
    if (id <= 0)
        return false;
    if (!selectId(id)) {
        auto entry = AuditService(lab().lab()).entry(lab().session(), id);
        if (!entry) {
            showStatus(entry.error().message, true);
            return false;
        }
        // Widen what hides it: every user and kind, no search, its day within the dates.
        const QDate day = entry->localAt.date();
        {
            const QSignalBlocker user(m_user), entity(m_entity), search(m_search), from(m_from), to(m_to);
            m_user->setCurrentIndex(0);
            m_entity->setCurrentIndex(0);
            m_search->clear();
            if (day < m_from->date())
                m_from->setDate(day);
            if (day > m_to->date())
                m_to->setDate(day);
        }
        filterEdit()->clear();
        reload();
        if (!selectId(id)) {
            // More entries in the dates than are listed at once: that day alone.
            {
                const QSignalBlocker from(m_from), to(m_to);
                m_from->setDate(day);
                m_to->setDate(day);
            }
            reload();
            if (!selectId(id))
                return false;
        }
    }
    view()->scrollTo(view()->currentIndex(), QAbstractItemView::PositionAtCenter);
    view()->setFocus();
    showStatus(tr("Entry %1: %2").arg(id).arg(m_details.value(id).section(u'\n', 0, 0)), m_findingEntry == id);
    return true;
}

} // namespace Etalon
