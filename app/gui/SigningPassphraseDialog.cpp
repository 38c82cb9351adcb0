// SPDX-License-Identifier: Apache-2.0
#include "app/gui/SigningPassphraseDialog.h"

#include "app/gui/FieldForm.h"
#include "app/gui/LabSession.h"
#include "db/trust/SigningKeyService.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Etalon {

SigningPassphraseDialog::SigningPassphraseDialog(LabSession& lab, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_hasKey(SigningKeyService(lab.lab()).hasKey())
{
    setObjectName(QStringLiteral("signingPassphraseDialog"));
    setWindowTitle(m_hasKey ? tr("Change the signing passphrase") : tr("Set the signing passphrase"));
    setMinimumWidth(520);
    m_form = new FieldForm(this);
    m_current = new QLineEdit;
    m_fresh = new QLineEdit;
    m_again = new QLineEdit;
    for (QLineEdit* e : {m_current, m_fresh, m_again})
        e->setEchoMode(QLineEdit::Password);
    if (m_hasKey)
        m_form->addField(QStringLiteral("signing-passphrase"), tr("&Current signing passphrase:"), m_current);
    m_form->addField(QStringLiteral("new-signing-passphrase"), tr("&New signing passphrase:"), m_fresh);
    m_form->addField(QStringLiteral("again"), tr("New passphrase &again:"), m_again);
    auto* note = new QLabel(tr("The key that signs certificates and audit checkpoints stays the same: what it signed "
                               "still verifies. Tell the signatories the new passphrase."),
                            this);
    note->setWordWrap(true);
    auto* buttons = saveButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SigningPassphraseDialog::save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SigningPassphraseDialog::save()
{
    m_form->clearErrors();
    if (m_fresh->text() != m_again->text()) {
        m_form->showError(Error::badInput(QStringLiteral("again"), tr("The two passphrases differ.")));
        return;
    }
    SigningKeyService keys(m_lab.lab());
    Status done = m_hasKey ? keys.changePassphrase(m_lab.session(), m_current->text(), m_fresh->text())
                           : keys.create(m_lab.session(), m_fresh->text());
    if (!done) {
        Error e = done.error();
        if (e.code == QStringLiteral("weak_password") && !m_hasKey)
            e.field = QStringLiteral("new-signing-passphrase");
        m_form->showError(e);
        return;
    }
    accept();
}

} // namespace Etalon
