// SPDX-License-Identifier: Apache-2.0
#include "app/gui/LabPages.h"

#include "app/gui/FieldForm.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "core/MeasurementField.h"
#include "db/catalog/CatalogRepository.h"
#include "db/certificates/StampService.h"
#include "db/lab/UserService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
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

VerifierCardDialog::VerifierCardDialog(LabSession& lab, const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_user(userName)
{
    setWindowTitle(tr("Verifier card of %1").arg(userName));
    m_form = new FieldForm(this);
    m_field = new QComboBox;
    const bool english = QLocale().language() != QLocale::Vietnamese;
    if (auto fields = UserService(lab.lab()).cardFields()) {
        for (const VerifierField& f : *fields) {
            m_field->addItem(english ? f.nameEn : f.nameVi, f.code);
            m_field->setItemData(m_field->count() - 1, tr("Instrument types: %1").arg(f.typeCodes.join(u", ")),
                                 Qt::ToolTipRole);
        }
    }
    m_certificate = new QLineEdit;
    m_validUntil = new QLineEdit;
    m_validUntil->setText(Labels::typingDate(lab.lab().today().addYears(3)));
    m_validUntil->setPlaceholderText(tr("e.g. %1").arg(Labels::typingDate(lab.lab().today().addYears(3))));
    m_form->addField(QStringLiteral("field"), tr("&Field:"), m_field);
    m_form->addField(QStringLiteral("certificate"), tr("Card &number:"), m_certificate);
    m_form->addField(QStringLiteral("valid-until"), tr("&Valid until:"), m_validUntil);
    auto* buttons = saveButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &VerifierCardDialog::save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
}

void VerifierCardDialog::save()
{
    auto until = Labels::typedDate(m_validUntil->text(), QStringLiteral("valid-until"));
    if (!until) {
        m_form->showError(until.error());
        return;
    }
    auto card =
        UserService(m_lab.lab())
            .authorize(m_lab.session(), m_user, m_field->currentData().toString(), m_certificate->text(), *until);
    if (!card) {
        m_form->showError(card.error());
        return;
    }
    m_recorded = *card;
    accept();
}

PeoplePage::PeoplePage(LabSession& lab, QWidget* parent)
    : TablePage(lab, QStringLiteral("people"), {tr("User"), tr("Full name"), tr("Role"), tr("Active")}, parent)
{
    m_cards = new QTableWidget(0, 4, this);
    m_cards->setObjectName(QStringLiteral("authorisationsTable"));
    m_cards->setHorizontalHeaderLabels({tr("Field"), tr("Verifier certificate"), tr("Valid until"), tr("Status")});
    m_cards->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cards->setSelectionMode(QAbstractItemView::SingleSelection);
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
    if (lab.hasRole({Role::Admin, Role::Manager})) {
        addButton(tr("Record a &verifier card…"), QStringLiteral("authorizeButton"), [this] {
            if (selectedName().isEmpty()) {
                showStatus(tr("Choose the person in the list first"), true);
                return;
            }
            VerifierCardDialog dialog(this->lab(), selectedName(), this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            showCards();
            showStatus(tr("Verifier card %1 of %2 recorded").arg(dialog.recorded()->certificate, selectedName()));
        });
        addButton(tr("Re&move card"), QStringLiteral("revokeCardButton"), [this] {
            const QList<QTableWidgetItem*> chosen = m_cards->selectedItems();
            if (chosen.isEmpty()) {
                showStatus(tr("Choose the card to remove in the list of cards"), true);
                return;
            }
            const QString field = m_cards->item(chosen.first()->row(), 0)->text();
            if (QMessageBox::question(this, tr("Remove a verifier card"),
                                      tr("Remove %1's verifier card for %2? From now on they may not complete work "
                                         "in that field; work already done stays as it was judged.")
                                          .arg(selectedName(), field)) != QMessageBox::Yes)
                return;
            const QString error = revokeSelectedCard();
            if (!error.isEmpty())
                showStatus(error, true);
        });
    }
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
    const bool english = QLocale().language() != QLocale::Vietnamese;
    for (const Authorisation& a : *cards) {
        const int r = m_cards->rowCount();
        m_cards->insertRow(r);
        auto* field = new QTableWidgetItem(MeasurementField::catalogueFieldName(a.field, english));
        field->setData(Qt::UserRole, a.field);
        field->setToolTip(a.field);
        m_cards->setItem(r, 0, field);
        m_cards->setItem(r, 1, new QTableWidgetItem(a.certificate));
        m_cards->setItem(r, 2, new QTableWidgetItem(Labels::date(a.validUntil)));
        const qint64 left = today.daysTo(a.validUntil);
        auto* status = new QTableWidgetItem(left < 0         ? tr("expired")
                                                : left <= 60 ? tr("expires in %n day(s)", nullptr, int(left))
                                                             : tr("valid"));
        if (left < 0)
            status->setBackground(QColor(0xf8, 0xd7, 0xda));
        else if (left <= 60)
            status->setBackground(QColor(0xff, 0xf3, 0xcd));
        for (int c = 0; c < 3 && left <= 60; ++c)
            m_cards->item(r, c)->setBackground(status->background());
        m_cards->setItem(r, 3, status);
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

QString PeoplePage::revokeSelectedCard()
{
    const QList<QTableWidgetItem*> chosen = m_cards->selectedItems();
    if (chosen.isEmpty())
        return tr("Choose the card to remove in the list of cards");
    QTableWidgetItem* field = m_cards->item(chosen.first()->row(), 0);
    auto removed = UserService(lab().lab())
                       .revokeAuthorisation(lab().session(), selectedName(), field->data(Qt::UserRole).toString());
    if (!removed)
        return removed.error().message;
    showStatus(tr("%1's verifier card for %2 removed").arg(selectedName(), field->text()));
    showCards();
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
                     {t.code, vietnamese || t.nameEn.isEmpty() ? t.nameVi : t.nameEn,
                      MeasurementField::catalogueFieldName(t.quantity, !vietnamese), t.group2 ? tr("yes") : tr("no"),
                      t.cycleMonths ? QVariant(*t.cycleMonths) : QVariant(), t.defaultProcedure, t.legalBasis},
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
                     {s.label(), Labels::stampStatus(s.status),
                      s.certificateId ? QVariant(qint64(*s.certificateId)) : QVariant(), s.reason},
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
