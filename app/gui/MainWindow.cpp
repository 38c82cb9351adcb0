// SPDX-License-Identifier: Apache-2.0
#include "app/gui/MainWindow.h"
#include "db/store/ChangeWatcher.h"

#include "app/common/I18n.h"
#include "app/gui/Background.h"
#include "app/gui/CertificatesPage.h"
#include "app/gui/GettingStartedPage.h"
#include "app/gui/LabPages.h"
#include "app/gui/LabSession.h"
#include "app/gui/LabSettingsPage.h"
#include "app/gui/Labels.h"
#include "app/gui/OversightPages.h"
#include "app/gui/ProgrammePage.h"
#include "app/gui/RecordEditor.h"
#include "app/gui/RecordPages.h"
#include "app/gui/RegistryPages.h"
#include "app/gui/ReviewDialog.h"
#include "app/gui/SigningPassphraseDialog.h"
#include "app/gui/TablePage.h"
#include "app/gui/UncertaintyDialog.h"
#include "db/backup/BackupService.h"
#include "db/demo/DemoGenerator.h"

#include "app/gui/FileDialogs.h"
#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Etalon {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    resize(1200, 760);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(60 * 60 * 1000); // the use case makes at most one copy a day
    connect(m_backupTimer, &QTimer::timeout, this, [this] { statusBar()->showMessage(runDailyBackup()); });
}

MainWindow::~MainWindow() = default;

void MainWindow::reloadCurrentPage()
{
    if (!m_tabs)
        return;
    if (auto* table = qobject_cast<TablePage*>(m_tabs->currentWidget()))
        table->reload();
    else if (m_tabs->currentWidget() == m_due)
        m_due->reload();
    else if (m_tabs->currentWidget() == m_instruments)
        m_instruments->reload();
    else if (m_programme && m_tabs->currentWidget() == m_programme)
        m_programme->reload();
}

void MainWindow::openSession(std::unique_ptr<LabSession> session)
{
    m_watcher.reset();
    m_session = std::move(session);
    buildUi();
    m_watcher = std::make_unique<ChangeWatcher>(m_session->lab().db());
    connect(m_watcher.get(), &ChangeWatcher::changed, this, [this] {
        reloadCurrentPage();
        statusBar()->showMessage(tr("Updated: another desk changed the lab."), 5000);
    });
    if (const QString backup = runDailyBackup(); !backup.isEmpty())
        statusBar()->showMessage(backup, 10000);
    m_backupTimer->start();
}

QString MainWindow::openLab(const QString& path, const QString& user, const QString& password)
{
    auto opened = LabSession::open(path, user, password);
    if (!opened)
        return opened.error().message;
    openSession(std::move(*opened));
    return {};
}

void MainWindow::buildUi()
{
    menuBar()->clear();
    delete centralWidget();
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("bannerLabel"));
    m_banner->setStyleSheet(QStringLiteral("background:#fff3cd;color:#664d03;padding:6px;font-weight:bold"));
    m_banner->setText(tr("DEMO DATA — this lab is synthetic and for trying Etalon out only"));
    m_banner->setVisible(m_session->isDemo());
    layout->addWidget(m_banner);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    layout->addWidget(m_tabs);
    setCentralWidget(central);
    buildPages();
    buildMenus();
    const Session& s = m_session->session();
    setWindowTitle(tr("Etalon — %1 — %2 (%3)")
                       .arg(m_session->lab().setting(QStringLiteral("lab_name")), s.name, Labels::role(s.role)));
    statusBar()->showMessage(
        tr("Signed in as %1 (%2) — %3").arg(s.name, Labels::role(s.role), QDir::toNativeSeparators(m_session->path())));
    // The page last shown, by page and per user: a technician's "My work" is not an admin's "People".
    const QString tabKey = QStringLiteral("window/page/") + s.name;
    const QString lastPage = QSettings().value(tabKey).toString();
    if (auto* page = lastPage.isEmpty() ? nullptr : m_tabs->findChild<QWidget*>(lastPage);
        page && m_tabs->indexOf(page) >= 0)
        m_tabs->setCurrentWidget(page);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, tabKey](int index) {
        if (QWidget* page = m_tabs->widget(index))
            QSettings().setValue(tabKey, page->objectName());
    });
    for (TablePage* page : m_tabs->findChildren<TablePage*>())
        connect(page, &TablePage::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    if (m_settings)
        connect(m_settings, &LabSettingsPage::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    // Until the lab is set up, its admins and managers open on what is left to do.
    if (m_gettingStarted && !m_gettingStarted->progress().complete())
        showGettingStarted();
}

void MainWindow::showGettingStarted()
{
    if (!m_gettingStarted)
        return;
    m_gettingStarted->reload();
    if (m_tabs->indexOf(m_gettingStarted) < 0)
        m_tabs->insertTab(0, m_gettingStarted, tr("Getting started"));
    m_tabs->setCurrentWidget(m_gettingStarted);
}

void MainWindow::openSetupStep(const QString& key)
{
    const QHash<QString, QWidget*> pages{{QStringLiteral("lab"), m_settings},
                                         {QStringLiteral("customers"), m_organisations},
                                         {QStringLiteral("institute"), m_organisations},
                                         {QStringLiteral("standards"), m_standards},
                                         {QStringLiteral("calibrations"), m_standards},
                                         {QStringLiteral("people"), m_people},
                                         {QStringLiteral("cards"), m_people},
                                         {QStringLiteral("stamps"), m_stamps}};
    if (QWidget* page = pages.value(key); page && m_tabs->indexOf(page) >= 0)
        m_tabs->setCurrentWidget(page);
}

void MainWindow::buildPages()
{
    LabSession& lab = *m_session;
    m_work = nullptr;
    m_approvals = nullptr;
    m_audit = nullptr;
    // Managers verify too (and complete the revisions they start); a technician's work is theirs alone.
    if (lab.hasRole({Role::Technician, Role::Manager})) {
        m_work = new WorkPage(lab, m_tabs);
        m_tabs->addTab(m_work, tr("My work"));
    }
    if (lab.hasRole({Role::Manager})) {
        m_approvals = new ApprovalsPage(lab, m_tabs);
        m_tabs->addTab(m_approvals, tr("Approvals"));
    }
    m_due = new DuePage(lab, m_tabs);
    m_tabs->addTab(m_due, tr("Falls due"));
    m_instruments = new InstrumentsPage(lab, m_tabs);
    m_tabs->addTab(m_instruments, tr("Instruments"));
    m_organisations = new OrganisationsPage(lab, m_tabs);
    m_tabs->addTab(m_organisations, tr("Organisations"));
    m_standards = new StandardsPage(lab, m_tabs);
    m_tabs->addTab(m_standards, tr("Standards"));
    m_certificates = new CertificatesPage(lab, m_tabs);
    m_tabs->addTab(m_certificates, tr("Certificates"));
    if (lab.hasRole({Role::Auditor, Role::Manager, Role::Admin})) {
        m_audit = new AuditPage(lab, m_tabs);
        m_tabs->addTab(m_audit, tr("Audit trail"));
    }
    m_stamps = nullptr;
    m_people = nullptr;
    if (lab.hasRole({Role::Manager, Role::Admin})) {
        m_stamps = new StampsPage(lab, m_tabs);
        m_tabs->addTab(m_stamps, tr("Stamps"));
        m_people = new PeoplePage(lab, m_tabs);
        m_tabs->addTab(m_people, tr("People"));
    }
    m_programme = nullptr;
    if (lab.hasRole({Role::Manager, Role::Admin, Role::Auditor})) {
        m_programme = new ProgrammePage(lab, m_tabs);
        m_tabs->addTab(m_programme, tr("Programme"));
    }
    m_catalogue = new CataloguePage(lab, m_tabs);
    m_tabs->addTab(m_catalogue, tr("Catalogue"));
    m_settings = nullptr;
    if (lab.hasRole({Role::Admin})) {
        m_settings = new LabSettingsPage(lab, m_tabs);
        m_tabs->addTab(m_settings, tr("Lab settings"));
    }
    m_gettingStarted = nullptr;
    if (lab.hasRole({Role::Admin, Role::Manager})) {
        // Built for both, shown as a tab only while the lab is not set up or when asked for (Help menu).
        m_gettingStarted = new GettingStartedPage(lab, m_tabs);
        m_gettingStarted->hide();
        QSet<QString> available;
        for (const auto& [key, page] : {std::pair{QStringLiteral("lab"), static_cast<QWidget*>(m_settings)},
                                        std::pair{QStringLiteral("customers"), static_cast<QWidget*>(m_organisations)},
                                        std::pair{QStringLiteral("institute"), static_cast<QWidget*>(m_organisations)},
                                        std::pair{QStringLiteral("standards"), static_cast<QWidget*>(m_standards)},
                                        std::pair{QStringLiteral("calibrations"), static_cast<QWidget*>(m_standards)},
                                        std::pair{QStringLiteral("people"), static_cast<QWidget*>(m_people)},
                                        std::pair{QStringLiteral("cards"), static_cast<QWidget*>(m_people)},
                                        std::pair{QStringLiteral("stamps"), static_cast<QWidget*>(m_stamps)}})
            if (page)
                available.insert(key);
        m_gettingStarted->setAvailable(available);
        connect(m_gettingStarted, &GettingStartedPage::openRequested, this, &MainWindow::openSetupStep);
    }
    connect(m_instruments, &InstrumentsPage::recordStarted, this, [this](qint64 id) {
        if (!m_work)
            return;
        m_tabs->setCurrentWidget(m_work);
        m_work->openRecord(id);
    });
    if (m_approvals)
        connect(m_approvals, &ApprovalsPage::certificateIssued, this, [this] { m_certificates->reload(); });
    // A page shown again shows the lab as it is now (another user or the CLI may have changed it).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        if (auto* table = qobject_cast<TablePage*>(page))
            table->reload();
        else if (page == m_due)
            m_due->reload();
        else if (page == m_programme)
            m_programme->reload();
        else if (page && page == m_settings)
            m_settings->reload();
        else if (page && page == m_gettingStarted)
            m_gettingStarted->reload();
    });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    if (m_session->hasRole({Role::Manager, Role::Admin})) {
        file->addAction(tr("&Backup now…"), this, [this] {
            const QString path =
                FileDialogs::saveFile(this, tr("Back up the lab"), QString(), tr("Etalon labs (*.etalon)"));
            if (path.isEmpty())
                return;
            auto made = BackupService(m_session->lab()).backup(m_session->session(), path);
            statusBar()->showMessage(made ? tr("Backup made and checked: %1").arg(path) : made.error().message);
        });
        file->addAction(tr("&Daily backup…"), this, &MainWindow::showBackupSettings);
    }
    if (m_session->hasRole({Role::Admin})) {
        QAction* passphrase = file->addAction(tr("Signing &passphrase…"), this, [this] {
            SigningPassphraseDialog dialog(*m_session, this);
            if (dialog.exec() == QDialog::Accepted)
                statusBar()->showMessage(tr("The lab's signing passphrase was saved."), 10000);
        });
        passphrase->setObjectName(QStringLiteral("signingPassphraseAction"));
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Filter the list"), this, [this] {
        // Every page's first line edit is its filter.
        if (auto* filter = m_tabs->currentWidget()->findChild<QLineEdit*>())
            filter->setFocus(Qt::ShortcutFocusReason);
    });
    find->setShortcut(QKeySequence::Find);
    QAction* refresh = view->addAction(tr("&Refresh"), this, [this] {
        reloadCurrentPage();
        statusBar()->showMessage(tr("Refreshed: what others changed is shown."), 5000);
    });
    refresh->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    // Each page keeps its shortcut whoever signs in: a role without the page simply has no such shortcut.
    const QList<std::pair<QWidget*, QKeySequence>> pages{{m_work, QKeySequence(Qt::CTRL | Qt::Key_1)},
                                                         {m_approvals, QKeySequence(Qt::CTRL | Qt::Key_2)},
                                                         {m_due, QKeySequence(Qt::CTRL | Qt::Key_3)},
                                                         {m_instruments, QKeySequence(Qt::CTRL | Qt::Key_4)},
                                                         {m_organisations, QKeySequence(Qt::CTRL | Qt::Key_5)},
                                                         {m_standards, QKeySequence(Qt::CTRL | Qt::Key_6)},
                                                         {m_certificates, QKeySequence(Qt::CTRL | Qt::Key_7)},
                                                         {m_audit, QKeySequence(Qt::CTRL | Qt::Key_8)},
                                                         {m_programme, QKeySequence(Qt::CTRL | Qt::Key_9)},
                                                         {m_catalogue, QKeySequence(Qt::CTRL | Qt::Key_0)},
                                                         {m_stamps, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
                                                         {m_people, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}};
    for (const auto& [page, keys] : pages) {
        if (!page)
            continue;
        QAction* go = view->addAction(m_tabs->tabText(m_tabs->indexOf(page)), this,
                                      [this, page = page] { m_tabs->setCurrentWidget(page); });
        go->setShortcut(keys);
    }

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* calculator = tools->addAction(tr("&Uncertainty calculator…"));
    calculator->setObjectName(QStringLiteral("uncertaintyCalculatorAction"));
    calculator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(calculator, &QAction::triggered, this, [this] {
        auto* dialog = new UncertaintyDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    if (m_session->hasRole({Role::Admin}) && m_session->isDemo())
        tools->addAction(tr("&Generate more demo data…"), this, [this] {
            bool ok = false;
            const int records =
                QInputDialog::getInt(this, tr("Demo data"), tr("How many records?"), 100000, 100, 2'000'000, 1000, &ok);
            if (ok)
                statusBar()->showMessage(generateDemoData(records / 10, records));
        });

    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    for (const auto& [code, name] : {std::pair{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = language->addAction(name, this, [this, code = code] { setLanguage(code); });
        a->setObjectName(QStringLiteral("language_%1").arg(code));
        a->setCheckable(true);
        a->setChecked(I18n::current() == code);
        group->addAction(a);
    }

    if (m_gettingStarted) {
        QMenu* help = menuBar()->addMenu(tr("&Help"));
        QAction* start = help->addAction(tr("&Getting started"), this, &MainWindow::showGettingStarted);
        start->setObjectName(QStringLiteral("gettingStartedAction"));
    }
}

void MainWindow::setLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    I18n::install(code, QStringLiteral("en"));
    // Pages are built from translated text; building them again is simpler and surer than retranslating each.
    const int tab = m_tabs ? m_tabs->currentIndex() : 0;
    if (m_session)
        buildUi();
    m_tabs->setCurrentIndex(tab);
}

QString MainWindow::generateDemoData(int instruments, int records)
{
    const Session session = m_session->session();
    auto made = runInBackground<DemoSummary>(
        this, m_session->path(), tr("Generating demo data…"), [=](Lab& lab, const ProgressCallback& progress) {
            DemoOptions options;
            options.instruments = instruments;
            options.records = records;
            options.seed = quint64(QDateTime::currentMSecsSinceEpoch());
            options.progress = [&](int done, int total) { return progress(done, total); };
            return DemoGenerator(lab).generate(session, options);
        });
    if (!made)
        return made.error().message;
    buildUi();
    return tr("%1 instruments and %2 records added").arg(made->instruments).arg(made->records);
}

QString MainWindow::runDailyBackup()
{
    const QString dir = QSettings().value(QStringLiteral("backup/dir")).toString();
    if (dir.isEmpty() || !m_session || !m_session->hasRole({Role::Manager, Role::Admin}))
        return {};
    const int keep = QSettings().value(QStringLiteral("backup/keepDays"), 30).toInt();
    auto made = BackupService(m_session->lab()).dailyBackup(m_session->session(), dir, keep);
    if (!made)
        return tr("Daily backup failed: %1").arg(made.error().message);
    return made->made ? tr("Today's backup made and checked: %1").arg(QDir::toNativeSeparators(made->todays))
                      : QString();
}

void MainWindow::showBackupSettings()
{
    QSettings settings;
    const QString dir = FileDialogs::existingDirectory(this, tr("Folder for the daily backups"),
                                                       settings.value(QStringLiteral("backup/dir")).toString());
    if (dir.isEmpty())
        return;
    bool ok = false;
    const int keep =
        QInputDialog::getInt(this, tr("Daily backup"), tr("Keep the daily copies for how many days?"),
                             settings.value(QStringLiteral("backup/keepDays"), 30).toInt(), 1, 3650, 1, &ok);
    if (!ok)
        return;
    settings.setValue(QStringLiteral("backup/dir"), dir);
    settings.setValue(QStringLiteral("backup/keepDays"), keep);
    const QString result = runDailyBackup();
    statusBar()->showMessage(result.isEmpty() ? tr("Today's backup is already in %1").arg(dir) : result);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

bool MainWindow::writeScreenshots(const QString& directory)
{
    QDir().mkpath(directory);
    resize(1280, 800);
    show();
    bool ok = true;
    const QList<std::pair<QWidget*, const char*>> pages{{m_work, "work.png"},
                                                        {m_approvals, "approvals.png"},
                                                        {m_due, "due.png"},
                                                        {m_instruments, "instruments.png"},
                                                        {m_standards, "standards.png"},
                                                        {m_certificates, "certificates.png"},
                                                        {m_audit, "audit.png"},
                                                        {m_stamps, "stamps.png"},
                                                        {m_people, "people.png"},
                                                        {m_programme, "programme.png"},
                                                        {m_catalogue, "catalogue.png"}};
    for (const auto& [page, name] : pages) {
        if (!page)
            continue;
        m_tabs->setCurrentWidget(page);
        if (page == m_certificates && m_certificates->model()->rowCount() > 0)
            m_certificates->selectId(m_certificates->model()->rowAt(0).id);
        if (page == m_standards && m_standards->model()->rowCount() > 0)
            m_standards->selectId(m_standards->model()->rowAt(0).id);
        // The PDF view renders its pages on a thread of its own: give it a moment.
        QEventLoop wait;
        QTimer::singleShot(page == m_certificates ? 1500 : 50, &wait, &QEventLoop::quit);
        wait.exec();
        ok = grab().save(QDir(directory).filePath(QString::fromLatin1(name))) && ok;
    }
    // The workbench on the technician's first draft (drafts come first in their list).
    if (m_work && m_work->model()->rowCount() > 0) {
        RecordEditor editor(*m_session, m_work->model()->rowAt(0).id, this);
        editor.show();
        editor.startTyping();
        QCoreApplication::processEvents();
        ok = editor.grab().save(QDir(directory).filePath(QStringLiteral("record-grid.png"))) && ok;
        editor.requestCompletion();
        if (auto* summary = editor.findChild<QDialog*>(QStringLiteral("completionDialog"))) {
            QCoreApplication::processEvents();
            ok = summary->grab().save(QDir(directory).filePath(QStringLiteral("complete.png"))) && ok;
            summary->reject();
        }
    }
    // The manager's review of the first record waiting for approval, then its certificate's preview.
    if (m_approvals && m_approvals->model()->rowCount() > 0) {
        ReviewDialog review(*m_session, m_approvals->model()->rowAt(0).id, QString(), this);
        review.show();
        QCoreApplication::processEvents();
        ok = review.grab().save(QDir(directory).filePath(QStringLiteral("review.png"))) && ok;
        review.tabs()->setCurrentIndex(review.tabs()->count() - 1);
        QEventLoop wait;
        QTimer::singleShot(1500, &wait, &QEventLoop::quit);
        wait.exec();
        ok = review.grab().save(QDir(directory).filePath(QStringLiteral("review-preview.png"))) && ok;
    }
    UncertaintyDialog calculator(this);
    QFile example(QStringLiteral(":/etalon/examples/weight-budget.json"));
    if (example.open(QIODevice::ReadOnly))
        calculator.setBudgetJson(QJsonDocument::fromJson(example.readAll()).object());
    calculator.show();
    QCoreApplication::processEvents();
    ok = calculator.grab().save(QDir(directory).filePath(QStringLiteral("uncertainty-calculator.png"))) && ok;
    return ok;
}

} // namespace Etalon
