// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLineEdit;

namespace Etalon {

class FieldForm;
class LabSession;

/**
 * An admin sets the lab's signing passphrase (a lab made without one) or changes it: the current one, the new
 * one twice. The key stays the same, so everything it signed still verifies.
 */
class SigningPassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SigningPassphraseDialog(LabSession& lab, QWidget* parent = nullptr);

    FieldForm* form() const { return m_form; }
    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* freshEdit() const { return m_fresh; }
    QLineEdit* againEdit() const { return m_again; }

public slots:
    void save();

private:
    LabSession& m_lab;
    bool m_hasKey = false;
    FieldForm* m_form = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_fresh = nullptr;
    QLineEdit* m_again = nullptr;
};

} // namespace Etalon
