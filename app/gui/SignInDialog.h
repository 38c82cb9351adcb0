// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/gui/LabSession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Etalon {

/** The lab databases this computer opened, most recent first (QSettings). */
namespace RecentLabs {
QStringList list();
void remember(const QString& path);
} // namespace RecentLabs

/**
 * Signing in: which lab (recent ones offered, another browsed to), who, and the password. A user whose
 * password an admin reset chooses a new one before going on.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(const QString& suggestedLab, QWidget* parent = nullptr);

    /** The signed-in lab once the dialog was accepted. */
    std::unique_ptr<LabSession> takeSession() { return std::move(m_session); }

    QComboBox* labCombo() const { return m_lab; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* errorLabel() const { return m_error; }

    /**
     * Creates a new lab at \a path: the lab's organisation, its administrator and the catalogue. Nothing is
     * left behind when it is refused. Returns the error message, or empty; on success the lab is chosen.
     */
    QString createLab(const QString& path, const QString& labName, const QString& admin, const QString& password,
                      const QString& signingPassphrase = QString());
    /** As createLab(), with the lab's signing passphrase set with it (both or neither); the error names its field. */
    Status makeLab(const QString& path, const QString& labName, const QString& admin, const QString& password,
                   const QString& signingPassphrase);

public slots:
    void signIn();

private:
    void browse();
    void askNewLab();
    bool changePasswordIfRequired();
    /** Asks for a server's database password ("serverPasswordDialog"); false when the user cancels. */
    bool askServerPassword(const QString& lab);

    QComboBox* m_lab = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    std::unique_ptr<LabSession> m_session;
    QString m_serverPassword; ///< the database password typed for a server lab: in memory only, never saved
};

} // namespace Etalon
