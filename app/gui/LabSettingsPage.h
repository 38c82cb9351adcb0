// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Etalon {

class FieldForm;
class LabSession;

/**
 * The lab's own details for admins: what its certificates print (name, address, designation number, governing body,
 * place of issue, e-mail, logo, the pattern of their numbers) and the title each manager signs under. Everything is
 * written through the settings and user use cases, which check it; a refusal is shown at its field, and the page
 * says what was saved.
 */
class LabSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LabSettingsPage(LabSession& lab, QWidget* parent = nullptr);

    FieldForm* form() const { return m_form; }
    QLineEdit* edit(const QString& key) const { return m_edits.value(key); }
    FieldForm* signatoryForm() const { return m_signatoryForm; }
    QComboBox* signatoryCombo() const { return m_signatory; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* signsForEdit() const { return m_signsFor; }
    QTableWidget* signatories() const { return m_signatories; }
    QLabel* logoLabel() const { return m_logo; }
    QLabel* statusLabel() const { return m_status; }

    /** Shows the settings and signatories as stored now. */
    void reload();
    /** Saves the settings that were changed, in order; the first refusal is shown at its field. Its message, or empty.
     */
    QString save();
    /** Makes the PNG file at \a path the lab's logo; the error message (also shown at the logo), or empty. */
    QString setLogo(const QString& path);
    /** Saves the chosen manager's title and whom they sign for; the error message, or empty. */
    QString saveSignatory();

signals:
    /** Something was saved: the main window repeats it in its status bar. */
    void statusMessage(const QString& text);

private:
    void reloadSignatories();
    void showSignatory();
    void showStatus(const QString& text, bool error = false);

    LabSession& m_lab;
    FieldForm* m_form = nullptr;
    QHash<QString, QLineEdit*> m_edits;
    QHash<QString, QString> m_stored;
    QLabel* m_logo = nullptr;
    FieldForm* m_signatoryForm = nullptr;
    QComboBox* m_signatory = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_signsFor = nullptr;
    QTableWidget* m_signatories = nullptr;
    QList<Person> m_managers;
    QLabel* m_status = nullptr;
};

} // namespace Etalon
