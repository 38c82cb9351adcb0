// SPDX-License-Identifier: Apache-2.0
#include "app/gui/OversightPages.h"

#include "app/gui/DueTableModel.h"
#include "app/gui/LabSession.h"
#include "db/AuditService.h"

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
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
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
    view->horizontalHeader()->setStretchLastSection(true);
    m_owners = new QTableWidget(0, 5, this);
    m_owners->setObjectName(QStringLiteral("dueOwnersTable"));
    m_owners->setHorizontalHeaderLabels(
        {tr("Owner"), tr("Overdue"), tr("Within 30 days"), tr("31–60 days"), tr("61–90 days")});
    m_owners->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_owners->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_owners->verticalHeader()->hide();
    m_owners->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_owners->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_owners, &QTableWidget::cellClicked, this,
            [this](int row, int) { m_filter->setText(m_owners->item(row, 0)->data(Qt::UserRole).toString()); });
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_owners);
    split->addWidget(view);
    split->setSizes({420, 780});
    layout->addWidget(split, 1);
    connect(m_days, &QSpinBox::valueChanged, this, &DuePage::reload);
    reload();
}

void DuePage::reload()
{
    const QString error = m_model->reload(m_days->value());
    int overdue = 0, in30 = 0, in60 = 0, in90 = 0;
    QMap<QString, std::array<int, 4>> perOwner; // overdue, ≤30, ≤60, ≤90
    for (const DueItem& i : m_model->items()) {
        const int bucket = i.daysLeft < 0 ? 0 : i.daysLeft <= 30 ? 1 : i.daysLeft <= 60 ? 2 : i.daysLeft <= 90 ? 3 : -1;
        if (bucket < 0)
            continue;
        ++perOwner[i.owner][bucket];
        ++(bucket == 0 ? overdue : bucket == 1 ? in30 : bucket == 2 ? in60 : in90);
    }
    // Owners with the most overdue first: whom to call today.
    QList<std::pair<QString, std::array<int, 4>>> owners(perOwner.keyValueBegin(), perOwner.keyValueEnd());
    std::stable_sort(owners.begin(), owners.end(), [](const auto& a, const auto& b) {
        return std::tie(b.second[0], b.second[1]) < std::tie(a.second[0], a.second[1]);
    });
    m_owners->setRowCount(int(owners.size()));
    for (int r = 0; r < owners.size(); ++r) {
        // The lab's own standards have no customer as owner.
        auto* name = new QTableWidgetItem(owners[r].first.isEmpty() ? tr("the lab's standards") : owners[r].first);
        name->setData(Qt::UserRole, owners[r].first.isEmpty() ? tr("Standard") : owners[r].first);
        m_owners->setItem(r, 0, name);
        for (int c = 0; c < 4; ++c) {
            auto* n = new QTableWidgetItem;
            n->setData(Qt::DisplayRole, owners[r].second[c]);
            m_owners->setItem(r, c + 1, n);
        }
    }
    m_counts->setText(error.isEmpty() ? tr("Overdue: %1 · within 30 days: %2 · 31–60 days: %3 · 61–90 days: %4")
                                            .arg(overdue)
                                            .arg(in30)
                                            .arg(in60)
                                            .arg(in90)
                                      : error);
}

AuditPage::AuditPage(LabSession& lab, QWidget* parent)
    : TablePage(lab, QStringLiteral("audit"),
                {tr("Entry"), tr("When (UTC)"), tr("User"), tr("Action"), tr("Entity"), tr("Entity id")}, parent)
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
    for (const QString& e :
         {QStringLiteral("organisation"), QStringLiteral("instrument"), QStringLiteral("standard"),
          QStringLiteral("standard_calibration"), QStringLiteral("record"), QStringLiteral("reading"),
          QStringLiteral("certificate"), QStringLiteral("user"), QStringLiteral("import")})
        m_entity->addItem(e, e);
    m_from = new QDateEdit(lab.lab().today().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(lab.lab().today(), this);
    m_to->setCalendarPopup(true);
    filters->addWidget(m_user);
    filters->addWidget(m_entity);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    pageLayout()->insertLayout(0, filters);
    for (auto* combo : {m_user, m_entity})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    for (auto* date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &AuditPage::reload);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("auditDetailEdit"));
    m_detail->setReadOnly(true);
    auto* split = new QSplitter(Qt::Vertical, this);
    pageLayout()->replaceWidget(view(), split);
    split->addWidget(view());
    split->addWidget(m_detail);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_detail->setPlainText(m_details.value(selectedId())); });
    addButton(tr("&Check the audit chain"), QStringLiteral("verifyChainButton"), [this] { verifyChain(); });
    reload();
}

void AuditPage::reload()
{
    AuditFilter filter;
    filter.user = m_user->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    filter.from = m_from->date();
    filter.to = m_to->date();
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
        rows.append(
            {e.id, {e.id, e.at, e.user, e.action, e.entity, e.entityId ? QVariant(*e.entityId) : QVariant()}, {}, {}});
        m_details.insert(e.id, tr("Before:\n%1\nAfter:\n%2").arg(pretty(e.before), pretty(e.after)));
    }
    model()->setRows(rows);
    showStatus(tr("%1 entries").arg(rows.size()));
}

QString AuditPage::verifyChain()
{
    auto v = AuditService(lab().lab()).verify();
    if (!v) {
        showStatus(v.error().message, true);
        return v.error().message;
    }
    QString text;
    if (!v->corruption.isEmpty())
        text = tr("The lab file is damaged: %1").arg(v->corruption);
    else if (!v->schemaDifference.isEmpty())
        text = tr("The lab's schema was changed behind Etalon's back: %1").arg(v->schemaDifference);
    else if (v->firstBreak)
        text = tr("The audit trail is broken at entry %1: %2").arg(v->firstBreak->entryId).arg(v->firstBreak->reason);
    else if (v->domainMismatch)
        text = tr("The data differs from the audit trail: %1").arg(v->domainMismatch->reason);
    else
        text = tr("Audit trail intact: %1 entries, %2 signed checkpoints").arg(v->entries).arg(v->checkpoints);
    showStatus(text, !v->intact());
    return text;
}

} // namespace Etalon
