// SPDX-License-Identifier: Apache-2.0
#include "app/gui/LabPages.h"

#include "app/gui/FieldForm.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "db/CatalogRepository.h"
#include "db/StampService.h"
#include "db/UserService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Etalon {

namespace {

/** Asks for one line of text; empty when the user cancelled. */
QString ask(QWidget* parent, const QString& title, const QString& label, QLineEdit::EchoMode mode = QLineEdit::Normal)
{
    return QInputDialog::getText(parent, title, label, mode).trimmed();
}

} // namespace

UserDialog::UserDialog(LabSession& lab, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
{
    setWindowTitle(tr("Add user"));
    m_form = new FieldForm(this);
    m_role = new QComboBox;
    for (Role r : {Role::Technician, Role::Manager, Role::Auditor, Role::Admin})
        m_role->addItem(Labels::role(r), toName(r));
    for (const auto& [field, label, echo] :
         {std::tuple{QStringLiteral("name"), tr("&Sign-in name:"), QLineEdit::Normal},
          std::tuple{QStringLiteral("full-name"), tr("&Full name:"), QLineEdit::Normal},
          std::tuple{QStringLiteral("password"), tr("&Password:"), QLineEdit::Password}}) {
        auto* edit = new QLineEdit;
        edit->setEchoMode(echo);
        m_edits.insert(field, edit);
        m_form->addField(field, label, edit);
    }
    m_form->addField(QStringLiteral("role"), tr("&Role:"), m_role);
    auto* buttons = saveButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
}

void UserDialog::save()
{
    const Role role = enumFromName<Role>(m_role->currentData().toString(), {}).value_or(Role::Technician);
    auto added = UserService(m_lab.lab())
                     .addUser(m_lab.session(), m_edits.value(QStringLiteral("name"))->text().trimmed(), role,
                              m_edits.value(QStringLiteral("full-name"))->text(),
                              m_edits.value(QStringLiteral("password"))->text());
    if (!added) {
        m_form->showError(added.error());
        return;
    }
    m_added = *added;
    accept();
}

PeoplePage::PeoplePage(LabSession& lab, QWidget* parent)
    : TablePage(lab, QStringLiteral("people"), {tr("User"), tr("Full name"), tr("Role"), tr("Active")}, parent)
{
    m_cards = new QTableWidget(0, 3, this);
    m_cards->setObjectName(QStringLiteral("authorisationsTable"));
    m_cards->setHorizontalHeaderLabels({tr("Field"), tr("Verifier certificate"), tr("Valid until")});
    m_cards->horizontalHeader()->setStretchLastSection(true);
    m_cards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* split = new QSplitter(Qt::Vertical, this);
    pageLayout()->replaceWidget(view(), split);
    split->addWidget(view());
    split->addWidget(m_cards);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeoplePage::showCards);
    if (lab.hasRole({Role::Admin})) {
        addButton(tr("&Add user…"), QStringLiteral("addUserButton"), [this] {
            UserDialog dialog(this->lab(), this);
            if (dialog.exec() == QDialog::Accepted) {
                reload();
                selectId(dialog.added()->id);
            }
        });
        addButton(tr("&Reset password…"), QStringLiteral("resetPasswordButton"), [this] {
            const QString password = ask(this, tr("Reset password"),
                                         tr("A temporary password for %1:").arg(selectedName()), QLineEdit::Password);
            if (password.isEmpty())
                return;
            auto reset = UserService(this->lab().lab()).changePassword(this->lab().session(), selectedName(), password);
            showStatus(reset ? tr("%1 must choose a new password at the next sign-in").arg(selectedName())
                             : reset.error().message,
                       !reset);
        });
    }
    if (lab.hasRole({Role::Admin, Role::Manager}))
        addButton(tr("Record a &verifier card…"), QStringLiteral("authorizeButton"), [this] {
            const QString field = ask(this, tr("Verifier card"), tr("Field (e.g. mass, pressure):"));
            const QString card = field.isEmpty() ? QString() : ask(this, tr("Verifier card"), tr("Card number:"));
            if (card.isEmpty())
                return;
            const QString error = authorize(field, card, this->lab().lab().today().addYears(3));
            if (!error.isEmpty())
                showStatus(error, true);
        });
    reload();
}

void PeoplePage::reload()
{
    auto users = UserService(lab().lab()).users();
    if (!users) {
        showStatus(users.error().message, true);
        return;
    }
    QList<ListTableModel::Row> rows;
    for (const Person& p : *users)
        rows.append({p.id, {p.name, p.fullName, Labels::role(p.role), p.active ? tr("yes") : tr("no")}, {}, {}});
    model()->setRows(rows);
}

QString PeoplePage::selectedName() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void PeoplePage::showCards()
{
    m_cards->setRowCount(0);
    auto cards = UserService(lab().lab()).authorisations(selectedId());
    if (!cards)
        return;
    const QDate today = lab().lab().today();
    for (const Authorisation& a : *cards) {
        const int r = m_cards->rowCount();
        m_cards->insertRow(r);
        m_cards->setItem(r, 0, new QTableWidgetItem(a.field));
        m_cards->setItem(r, 1, new QTableWidgetItem(a.certificate));
        auto* until = new QTableWidgetItem(Labels::date(a.validUntil));
        if (a.validUntil < today.addDays(60))
            until->setBackground(QColor(0xff, 0xf3, 0xcd)); // expires soon or has expired
        m_cards->setItem(r, 2, until);
    }
}

QString PeoplePage::addUser(const QString& name, Role role, const QString& fullName, const QString& password)
{
    auto added = UserService(lab().lab()).addUser(lab().session(), name, role, fullName, password);
    if (!added)
        return added.error().message;
    reload();
    selectId(added->id);
    return {};
}

QString PeoplePage::authorize(const QString& field, const QString& certificate, const QDate& validUntil)
{
    auto card = UserService(lab().lab()).authorize(lab().session(), selectedName(), field, certificate, validUntil);
    if (!card)
        return card.error().message;
    showCards();
    return {};
}

CataloguePage::CataloguePage(LabSession& lab, QWidget* parent)
    : TablePage(lab, QStringLiteral("catalogue"),
                {tr("Code"), tr("Name"), tr("Quantity"), tr("Group 2"), tr("Cycle (months)"), tr("Procedure"),
                 tr("Legal basis")},
                parent)
{
    m_procedures = new QTableWidget(0, 4, this);
    m_procedures->setObjectName(QStringLiteral("proceduresTable"));
    m_procedures->setHorizontalHeaderLabels({tr("Procedure"), tr("Title"), tr("Type"), tr("Checklist")});
    m_procedures->horizontalHeader()->setStretchLastSection(true);
    m_procedures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* split = new QSplitter(Qt::Vertical, this);
    pageLayout()->replaceWidget(view(), split);
    split->addWidget(view());
    split->addWidget(m_procedures);
    reload();
}

void CataloguePage::reload()
{
    if (auto procedures = CatalogRepository(lab().db()).procedures()) {
        const bool vi = QLocale().language() == QLocale::Vietnamese;
        m_procedures->setRowCount(int(procedures->size()));
        for (int r = 0; r < procedures->size(); ++r) {
            const Procedure& p = procedures->at(r);
            const QStringList cells{p.code, vi || p.titleEn.isEmpty() ? p.titleVi : p.titleEn, p.typeCode,
                                    p.checklist.join(QStringLiteral("; "))};
            for (int c = 0; c < cells.size(); ++c)
                m_procedures->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    }
    auto types = CatalogRepository(lab().db()).types();
    if (!types) {
        showStatus(types.error().message, true);
        return;
    }
    const bool vietnamese = QLocale().language() == QLocale::Vietnamese;
    QList<ListTableModel::Row> rows;
    qint64 n = 0;
    for (const InstrumentType& t : *types)
        rows.append({++n,
                     {t.code, vietnamese || t.nameEn.isEmpty() ? t.nameVi : t.nameEn, t.quantity,
                      t.group2 ? tr("yes") : tr("no"), t.cycleMonths ? QVariant(*t.cycleMonths) : QVariant(),
                      t.defaultProcedure, t.legalBasis},
                     {},
                     t.source});
    model()->setRows(rows);
    showStatus(tr("%1 instrument types").arg(rows.size()));
}

StampsPage::StampsPage(LabSession& lab, QWidget* parent)
    : TablePage(lab, QStringLiteral("stamps"), {tr("Stamp"), tr("Status"), tr("Certificate"), tr("Reason")}, parent)
{
    setEmptyHint(tr("No verification stamps yet. Receive the series the lab was given (Receive a series…): a "
                    "passed verification takes the next unused one."));
    addButton(tr("&Receive a series…"), QStringLiteral("receiveStampsButton"), [this] {
        const QString series = ask(this, tr("Receive stamps"), tr("Series:"));
        if (series.isEmpty())
            return;
        bool ok = false;
        const int from = QInputDialog::getInt(this, tr("Receive stamps"), tr("First number:"), 1, 1, 99999999, 1, &ok);
        const int to = ok
            ? QInputDialog::getInt(this, tr("Receive stamps"), tr("Last number:"), from + 99, from, 99999999, 1, &ok)
            : 0;
        if (!ok)
            return;
        const QString error = receive(series, from, to);
        if (!error.isEmpty())
            showStatus(error, true);
    });
    addButton(tr("&Void…"), QStringLiteral("voidStampButton"), [this] {
        const QString reason = ask(this, tr("Void a stamp"), tr("Why is %1 void?").arg(m_labels.value(selectedId())));
        if (reason.isEmpty())
            return;
        const QString error = voidSelected(reason);
        if (!error.isEmpty())
            showStatus(error, true);
    });
    reload();
}

void StampsPage::reload()
{
    auto stamps = StampService(lab().lab()).stamps(false);
    if (!stamps) {
        showStatus(stamps.error().message, true);
        return;
    }
    QList<ListTableModel::Row> rows;
    m_labels.clear();
    int unused = 0;
    for (const Stamp& s : *stamps) {
        unused += s.status == QStringLiteral("unused");
        m_labels.insert(s.id, s.label());
        rows.append({s.id,
                     {s.label(), s.status, s.certificateId ? QVariant(qint64(*s.certificateId)) : QVariant(), s.reason},
                     s.status == QStringLiteral("void") ? QColor(0xee, 0xee, 0xee) : QColor(),
                     {}});
    }
    model()->setRows(rows);
    showStatus(tr("%1 stamps, %2 unused").arg(rows.size()).arg(unused));
}

QString StampsPage::receive(const QString& series, qint64 from, qint64 to)
{
    auto received = StampService(lab().lab()).receive(lab().session(), series, from, to);
    if (!received)
        return received.error().message;
    reload();
    return {};
}

QString StampsPage::voidSelected(const QString& reason)
{
    auto voided = StampService(lab().lab()).voidStamp(lab().session(), m_labels.value(selectedId()), reason);
    if (!voided)
        return voided.error().message;
    reload();
    return {};
}

} // namespace Etalon
