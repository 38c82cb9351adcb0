// SPDX-License-Identifier: Apache-2.0
#include "app/gui/SignInDialog.h"

#include "db/UserService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Etalon {

namespace RecentLabs {

QStringList list()
{
    return QSettings().value(QStringLiteral("labs/recent")).toStringList();
}

void remember(const QString& path)
{
    QStringList recent = list();
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path));
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > 8)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("labs/recent"), recent);
}

} // namespace RecentLabs

SignInDialog::SignInDialog(const QString& suggestedLab, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign in to Etalon"));
    m_lab = new QComboBox(this);
    m_lab->setObjectName(QStringLiteral("labComboBox"));
    m_lab->setEditable(true);
    m_lab->setMinimumContentsLength(40);
    QStringList labs = RecentLabs::list();
    if (!suggestedLab.isEmpty() && !labs.contains(suggestedLab))
        labs.prepend(suggestedLab);
    m_lab->addItems(labs);
    if (!suggestedLab.isEmpty())
        m_lab->setCurrentText(suggestedLab);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SignInDialog::browse);
    auto* labRow = new QHBoxLayout;
    labRow->addWidget(m_lab, 1);
    labRow->addWidget(browse);

    m_user = new QLineEdit(QSettings().value(QStringLiteral("labs/lastUser")).toString(), this);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color:#b02a37"));
    m_error->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Lab:"), labRow);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void SignInDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a lab"), m_lab->currentText(),
                                                      tr("Etalon labs (*.etalon);;All files (*)"));
    if (!file.isEmpty())
        m_lab->setCurrentText(QDir::toNativeSeparators(file));
}

void SignInDialog::signIn()
{
    const QString path = QDir::fromNativeSeparators(m_lab->currentText().trimmed());
    auto opened = LabSession::open(path, m_user->text(), m_password->text());
    if (!opened) {
        m_error->setText(opened.error().message);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_session = std::move(*opened);
    if (!changePasswordIfRequired()) {
        m_session.reset();
        return;
    }
    RecentLabs::remember(path);
    QSettings().setValue(QStringLiteral("labs/lastUser"), m_user->text().trimmed());
    accept();
}

bool SignInDialog::changePasswordIfRequired()
{
    while (m_session->session().mustChangePassword) {
        bool ok = false;
        const QString fresh = QInputDialog::getText(this, tr("Choose a new password"),
                                                    tr("An administrator reset your password. Choose a new one (at "
                                                       "least 8 characters, letters and digits or signs):"),
                                                    QLineEdit::Password, QString(), &ok);
        if (!ok)
            return false;
        const QString again =
            QInputDialog::getText(this, tr("Choose a new password"), tr("Type it again:"), QLineEdit::Password);
        if (again != fresh) {
            m_error->setText(tr("The two passwords differ."));
            continue;
        }
        Session s = m_session->session();
        auto changed = UserService(m_session->lab()).changePassword(s, s.name, fresh);
        if (!changed) {
            m_error->setText(changed.error().message);
            continue;
        }
        s.mustChangePassword = false;
        m_session->setSession(s);
    }
    return true;
}

} // namespace Etalon
