// SPDX-License-Identifier: Apache-2.0
#include "app/gui/MainWindow.h"

#include "app/gui/DueTableModel.h"
#include "app/gui/InstrumentTableModel.h"
#include "app/gui/UncertaintyDialog.h"
#include "db/Database.h"
#include "db/Lab.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Etalon {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    buildUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    setWindowTitle(tr("Etalon"));
    resize(1100, 700);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("bannerLabel"));
    m_banner->setVisible(false);
    m_banner->setStyleSheet(QStringLiteral("background:#fff3cd;color:#664d03;padding:6px;font-weight:bold"));
    layout->addWidget(m_banner);
    auto* tabs = new QTabWidget(central);
    m_tabs = tabs;
    layout->addWidget(tabs);

    auto* instrumentsPage = new QWidget(tabs);
    auto* instrumentsLayout = new QVBoxLayout(instrumentsPage);
    m_search = new QLineEdit(instrumentsPage);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Filter by serial, model, manufacturer or place…"));
    m_search->setClearButtonEnabled(true);
    m_instrumentView = new QTableView(instrumentsPage);
    m_instrumentView->setObjectName(QStringLiteral("instrumentTableView"));
    m_instrumentView->horizontalHeader()->setStretchLastSection(true);
    m_instrumentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    instrumentsLayout->addWidget(m_search);
    instrumentsLayout->addWidget(m_instrumentView);
    tabs->addTab(instrumentsPage, tr("Instruments"));

    auto* duePage = new QWidget(tabs);
    auto* dueLayout = new QVBoxLayout(duePage);
    m_dueDays = new QSpinBox(duePage);
    m_dueDays->setObjectName(QStringLiteral("dueDaysSpinBox"));
    m_dueDays->setRange(0, 365);
    m_dueDays->setValue(30);
    m_dueDays->setPrefix(tr("Overdue or due within "));
    m_dueDays->setSuffix(tr(" days"));
    m_dueView = new QTableView(duePage);
    m_dueView->setObjectName(QStringLiteral("dueTableView"));
    m_dueView->horizontalHeader()->setStretchLastSection(true);
    dueLayout->addWidget(m_dueDays);
    dueLayout->addWidget(m_dueView);
    tabs->addTab(duePage, tr("Falls due"));
    setCentralWidget(central);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* calculator = tools->addAction(tr("&Uncertainty calculator…"));
    calculator->setObjectName(QStringLiteral("uncertaintyCalculatorAction"));
    calculator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(calculator, &QAction::triggered, this, [this] {
        auto* dialog = new UncertaintyDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

QString MainWindow::openLab(const QString& path)
{
    auto db = std::make_unique<Database>();
    auto opened = db->open(path, false);
    if (!opened)
        return opened.error().message;
    m_instrumentView->setModel(nullptr);
    m_dueView->setModel(nullptr);
    m_db = std::move(db);
    m_lab = std::make_unique<Lab>(*m_db);
    m_instruments = std::make_unique<InstrumentTableModel>(*m_lab);
    m_due = std::make_unique<DueTableModel>(*m_lab);
    m_instrumentView->setModel(m_instruments.get());
    m_dueView->setModel(m_due.get());
    m_instrumentView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dueView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dueView->horizontalHeader()->setSectionResizeMode(DueTableModel::Name, QHeaderView::Stretch);
    m_dueView->horizontalHeader()->setSectionResizeMode(DueTableModel::Owner, QHeaderView::Stretch);
    m_instruments->setSearch(QString());
    connect(m_search, &QLineEdit::textChanged, m_instruments.get(), &InstrumentTableModel::setSearch);
    connect(m_dueDays, &QSpinBox::valueChanged, this, &MainWindow::refreshDue);
    refreshDue();
    const QString labName = m_lab->setting(QStringLiteral("lab_name"));
    setWindowTitle(tr("Etalon — %1").arg(labName));
    const bool demo = m_lab->setting(QStringLiteral("demo")) == u'1';
    m_banner->setText(tr("DEMO DATA — this lab is synthetic and for trying Etalon out only"));
    m_banner->setVisible(demo);
    return {};
}

bool MainWindow::writeScreenshots(const QString& directory)
{
    QDir().mkpath(directory);
    resize(1200, 760);
    show();
    bool ok = true;
    const QStringList names{QStringLiteral("instruments.png"), QStringLiteral("due.png")};
    for (int i = 0; i < m_tabs->count() && i < names.size(); ++i) {
        m_tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        ok = grab().save(QDir(directory).filePath(names[i])) && ok;
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

void MainWindow::refreshDue()
{
    if (m_due)
        m_due->reload(m_dueDays->value());
}

} // namespace Etalon
