// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/gui/TablePage.h"
#include "core/Domain.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace Etalon {

class FieldForm;

/** Adds a user; a refused input is shown under its field (name, full name, password). */
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserDialog(LabSession& lab, QWidget* parent = nullptr);
    FieldForm* form() const { return m_form; }
    QLineEdit* edit(const QString& field) const { return m_edits.value(field); }
    QComboBox* roleCombo() const { return m_role; }
    std::optional<Person> added() const { return m_added; }

public slots:
    void save();

private:
    LabSession& m_lab;
    FieldForm* m_form = nullptr;
    QComboBox* m_role = nullptr;
    QHash<QString, QLineEdit*> m_edits;
    std::optional<Person> m_added;
};

/**
 * Records a verifier card of one user: its field chosen from the catalogue's fields (by name), the card's number and
 * the date it is valid until, typed as 25/11/2029; a refused input is shown at its field.
 */
class VerifierCardDialog : public QDialog
{
    Q_OBJECT
public:
    VerifierCardDialog(LabSession& lab, const QString& userName, QWidget* parent = nullptr);
    FieldForm* form() const { return m_form; }
    QComboBox* fieldCombo() const { return m_field; }
    QLineEdit* certificateEdit() const { return m_certificate; }
    QLineEdit* validUntilEdit() const { return m_validUntil; }
    std::optional<Authorisation> recorded() const { return m_recorded; }

public slots:
    void save();

private:
    LabSession& m_lab;
    QString m_user;
    FieldForm* m_form = nullptr;
    QComboBox* m_field = nullptr;
    QLineEdit* m_certificate = nullptr;
    QLineEdit* m_validUntil = nullptr;
    std::optional<Authorisation> m_recorded;
};

/**
 * The lab's people (admins add users and reset passwords; admins and managers record verifier cards),
 * with the selected person's verifier cards below the list: each field by its name, those expired or expiring within
 * 60 days flagged, and a card removed by its field.
 */
class PeoplePage : public TablePage
{
    Q_OBJECT
public:
    PeoplePage(LabSession& lab, QWidget* parent = nullptr);
    void reload() override;

    QTableWidget* authorisations() const { return m_cards; }
    /** Adds a user; the error message, or empty. */
    QString addUser(const QString& name, Role role, const QString& fullName, const QString& password);
    /** Records a verifier card of the selected user; the error message, or empty. */
    QString authorize(const QString& field, const QString& certificate, const QDate& validUntil);
    /** Removes the selected user's cards for the field of the selected card; the error message, or empty. */
    QString revokeSelectedCard();

private:
    void showCards();
    QString selectedName() const;

    QTableWidget* m_cards = nullptr;
};

/**
 * The catalogue: instrument types (what is under legal control, Group 2, its cycle and procedure) and,
 * below them, the procedures with their checklists.
 */
class CataloguePage : public TablePage
{
    Q_OBJECT
public:
    CataloguePage(LabSession& lab, QWidget* parent = nullptr);
    void reload() override;
    QTableWidget* procedures() const { return m_procedures; }

private:
    QTableWidget* m_procedures = nullptr;
};

/** The register of verification stamps: series received, each stamp unused, used (on which certificate) or void. */
class StampsPage : public TablePage
{
    Q_OBJECT
public:
    StampsPage(LabSession& lab, QWidget* parent = nullptr);
    void reload() override;

    /** Receives a series; the error message, or empty. */
    QString receive(const QString& series, qint64 from, qint64 to);
    /** Voids the selected stamp with \a reason; the error message, or empty. */
    QString voidSelected(const QString& reason);

private:
    QHash<qint64, QString> m_labels;
};

} // namespace Etalon
