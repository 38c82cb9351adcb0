// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/gui/TablePage.h"
#include "core/Domain.h"

class QTableWidget;

namespace Etalon {

/**
 * The lab's people (admins add users and reset passwords; admins and managers record verifier cards),
 * with the selected person's authorisations beside the list.
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
