// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTabWidget;
class QTimer;

namespace Etalon {

class ChangeWatcher;

class LabSession;
class InstrumentsPage;
class OrganisationsPage;
class StandardsPage;
class WorkPage;
class ApprovalsPage;
class CertificatesPage;
class DuePage;
class AuditPage;
class PeoplePage;
class CataloguePage;
class StampsPage;
class ProgrammePage;
class LabSettingsPage;
class GettingStartedPage;

/**
 * The lab's main window for the signed-in user: the pages their role uses (a technician's workbench, a
 * manager's approvals, an auditor's certificates and audit trail, the registries and what falls due),
 * in Vietnamese or English, with the layout remembered between sessions.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Shows \a session's lab; the window owns it from now on. */
    /** Reads the page shown again: F5, and what another desk changed. */
    void reloadCurrentPage();
    void openSession(std::unique_ptr<LabSession> session);
    /** Opens \a path and signs \a user in; returns an error message or an empty string. */
    QString openLab(const QString& path, const QString& user, const QString& password);
    LabSession* session() const { return m_session.get(); }

    /** Switches the interface to "vi" or "en" and remembers the choice. */
    void setLanguage(const QString& code);
    /** Makes today's backup into the configured folder when due; returns what happened, for the status bar. */
    QString runDailyBackup();

    QTabWidget* tabs() const { return m_tabs; }
    InstrumentsPage* instrumentsPage() const { return m_instruments; }
    OrganisationsPage* organisationsPage() const { return m_organisations; }
    StandardsPage* standardsPage() const { return m_standards; }
    WorkPage* workPage() const { return m_work; }
    ApprovalsPage* approvalsPage() const { return m_approvals; }
    CertificatesPage* certificatesPage() const { return m_certificates; }
    DuePage* duePage() const { return m_due; }
    AuditPage* auditPage() const { return m_audit; }
    PeoplePage* peoplePage() const { return m_people; }
    CataloguePage* cataloguePage() const { return m_catalogue; }
    StampsPage* stampsPage() const { return m_stamps; }
    ProgrammePage* programmePage() const { return m_programme; }
    LabSettingsPage* settingsPage() const { return m_settings; }
    /** The set-up checklist (admins and managers); a tab while the lab is not set up, or when asked for. */
    GettingStartedPage* gettingStartedPage() const { return m_gettingStarted; }
    /** Shows the set-up checklist as a tab of its own (Help ▸ Getting started). */
    void showGettingStarted();
    /** Adds synthetic instruments and records to a demo lab, off the GUI thread; the error, or empty. */
    QString generateDemoData(int instruments, int records);

    /** Renders the main screens into PNG files in \a directory (for the documentation); false on failure. */
    bool writeScreenshots(const QString& directory);

signals:
    /** The user chose to sign out; the application shows the sign-in dialog again. */
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void buildMenus();
    void buildPages();
    void showBackupSettings();
    void openSetupStep(const QString& key);

    std::unique_ptr<LabSession> m_session;
    std::unique_ptr<ChangeWatcher> m_watcher; ///< what other desks change, shown as it happens
    QTabWidget* m_tabs = nullptr;
    QLabel* m_banner = nullptr;
    QTimer* m_backupTimer = nullptr;
    InstrumentsPage* m_instruments = nullptr;
    OrganisationsPage* m_organisations = nullptr;
    StandardsPage* m_standards = nullptr;
    WorkPage* m_work = nullptr;
    ApprovalsPage* m_approvals = nullptr;
    CertificatesPage* m_certificates = nullptr;
    DuePage* m_due = nullptr;
    AuditPage* m_audit = nullptr;
    PeoplePage* m_people = nullptr;
    CataloguePage* m_catalogue = nullptr;
    StampsPage* m_stamps = nullptr;
    ProgrammePage* m_programme = nullptr;
    LabSettingsPage* m_settings = nullptr;
    GettingStartedPage* m_gettingStarted = nullptr;
};

} // namespace Etalon
