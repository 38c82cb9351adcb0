// SPDX-License-Identifier: Apache-2.0
#include "app/gui/SignInDialog.h"
#include "db/postgres/ConnectionUri.h"

#include "app/gui/FieldForm.h"

#include "db/lab/UserService.h"
#include "db/trust/SigningKeyService.h"

#include "app/gui/FileDialogs.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    // A server's address is kept without its password, never as a path.
    const auto server = Postgres::parseServerUri(path);
    const QString clean = Postgres::isServerUri(path) ? (server ? server->redacted() : QString())
                                                      : QDir::cleanPath(QDir::fromNativeSeparators(path));
    if (clean.isEmpty())
        return;
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
    auto* create = new QPushButton(tr("&New lab…"), this);
    create->setObjectName(QStringLiteral("newLabButton"));
    connect(create, &QPushButton::clicked, this, &SignInDialog::askNewLab);
    auto* labRow = new QHBoxLayout;
    labRow->addWidget(m_lab, 1);
    labRow->addWidget(browse);
    labRow->addWidget(create);

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
    // Labels made with their buddy, so "&Lab:" shows as an underlined mnemonic and Alt+L goes to the field.
    for (const auto& [text, buddy, row] :
         {std::tuple<QString, QWidget*, QObject*>{tr("&Lab:"), m_lab, labRow},
          std::tuple<QString, QWidget*, QObject*>{tr("&User:"), m_user, m_user},
          std::tuple<QString, QWidget*, QObject*>{tr("&Password:"), m_password, m_password}}) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        if (auto* layout = qobject_cast<QLayout*>(row))
            form->addRow(label, layout);
        else
            form->addRow(label, static_cast<QWidget*>(row));
    }
    auto* buttons = dialogButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
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
    const QString file = FileDialogs::openFile(this, tr("Open a lab"), m_lab->currentText(),
                                               tr("Etalon labs (*.etalon);;All files (*)"));
    if (!file.isEmpty())
        m_lab->setCurrentText(QDir::toNativeSeparators(file));
}

void SignInDialog::askNewLab()
{
    const QString path =
        FileDialogs::saveFile(this, tr("Create a lab"), QStringLiteral("lab.etalon"), tr("Etalon labs (*.etalon)"));
    if (path.isEmpty())
        return;
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("newLabDialog"));
    ask.setWindowTitle(tr("Create a lab"));
    ask.setMinimumWidth(560);
    auto* form = new FieldForm(&ask);
    auto* name = new QLineEdit;
    auto* password = new QLineEdit;
    auto* passwordAgain = new QLineEdit;
    auto* signing = new QLineEdit;
    auto* signingAgain = new QLineEdit;
    for (QLineEdit* secret : {password, passwordAgain, signing, signingAgain})
        secret->setEchoMode(QLineEdit::Password);
    form->addField(QStringLiteral("lab-name"), tr("Lab's &name:"), name);
    form->addField(QStringLiteral("password"), tr("&Password of its administrator, “admin”:"), password);
    form->addField(QStringLiteral("password-again"), tr("Password &again:"), passwordAgain);
    form->addField(QStringLiteral("signing-passphrase"), tr("Lab's &signing passphrase:"), signing);
    form->addField(QStringLiteral("signing-passphrase-again"), tr("Signing passphrase a&gain:"), signingAgain);
    auto* note = new QLabel(tr("The signing passphrase unlocks the key that signs every certificate and audit "
                               "checkpoint. Keep it apart from the passwords; an admin can change it later."),
                            &ask);
    note->setWordWrap(true);
    auto* buttons = dialogButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    auto* layout = new QVBoxLayout(&ask);
    layout->addWidget(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &ask, [&] {
        form->clearErrors();
        if (password->text() != passwordAgain->text())
            return form->showError(Error::badInput(QStringLiteral("password-again"), tr("The two passwords differ.")));
        if (signing->text() != signingAgain->text())
            return form->showError(
                Error::badInput(QStringLiteral("signing-passphrase-again"), tr("The two signing passphrases differ.")));
        const Status made = makeLab(path, name->text(), QStringLiteral("admin"), password->text(), signing->text());
        if (!made)
            return form->showError(made.error());
        ask.accept();
    });
    ask.exec();
}

QString SignInDialog::createLab(const QString& path, const QString& labName, const QString& admin,
                                const QString& password, const QString& signingPassphrase)
{
    const Status made = makeLab(path, labName, admin, password, signingPassphrase);
    return made ? QString() : made.error().message;
}

Status SignInDialog::makeLab(const QString& path, const QString& labName, const QString& admin, const QString& password,
                             const QString& signingPassphrase)
{
    if (QFileInfo::exists(path))
        return fail(Error::badInput(
            QStringLiteral("path"),
            tr("%1 exists already; choose a new file for a new lab").arg(QDir::toNativeSeparators(path))));
    Status created = [&]() -> Status {
        Database db;
        ETALON_TRY(db.open(path, true));
        Lab lab(db);
        return lab.write([&]() -> Status {
            auto session = UserService(lab).initialise(labName, admin, password);
            if (!session)
                return fail(session.error());
            if (signingPassphrase.isEmpty())
                return {};
            return SigningKeyService(lab).create(*session, signingPassphrase);
        });
    }();
    if (!created) {
        // A refused lab leaves no file behind to be mistaken for one later.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return created;
    }
    m_lab->setCurrentText(QDir::toNativeSeparators(path));
    m_user->setText(admin);
    m_password->clear();
    m_password->setFocus();
    m_error->clear();
    return {};
}

void SignInDialog::signIn()
{
    const QString typed = m_lab->currentText().trimmed();
    const QString path = Postgres::isServerUri(typed) ? typed : QDir::fromNativeSeparators(typed);
    auto opened = LabSession::open(path, m_user->text(), m_password->text(), Clock::system(), m_serverPassword);
    // Neither the URI, PGPASSWORD nor ~/.pgpass gave the database password (or the one typed was wrong): asked.
    while (!opened && opened.error().code == QStringLiteral("server_password") && askServerPassword(path))
        opened = LabSession::open(path, m_user->text(), m_password->text(), Clock::system(), m_serverPassword);
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

bool SignInDialog::askServerPassword(const QString& lab)
{
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("serverPasswordDialog"));
    ask.setWindowTitle(tr("Database password"));
    auto address = Postgres::parseServerUri(lab);
    const QString redacted = address ? address->redacted() : lab;
    ask.setLabelText(m_serverPassword.isEmpty()
                         ? tr("The server of %1 asks for the password of its database user (not your Etalon "
                              "password; it is kept only until Etalon closes):")
                               .arg(redacted)
                         : tr("The server of %1 refused that database password. Type it again:").arg(redacted));
    ask.setTextEchoMode(QLineEdit::Password);
    if (ask.exec() != QDialog::Accepted)
        return false;
    m_serverPassword = ask.textValue();
    return true;
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
