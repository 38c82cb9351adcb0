// SPDX-License-Identifier: Apache-2.0
#include "app/gui/RegistryPages.h"

#include "app/gui/ChartWidget.h"
#include "app/gui/HistoryDialog.h"
#include "app/gui/ImportDialog.h"
#include "app/gui/InstrumentTableModel.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "app/gui/RecordPages.h"
#include "app/gui/RegistryDialogs.h"
#include "app/gui/StandardDialogs.h"
#include "app/gui/TraceTree.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "db/standards/TraceService.h"
#include "reports/StandardHistoryReport.h"

#include "app/gui/FileDialogs.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Etalon {

namespace {

bool canWrite(const LabSession& lab)
{
    return lab.hasRole({Role::Technician, Role::Manager, Role::Admin});
}

} // namespace

OrganisationsPage::OrganisationsPage(LabSession& lab, QWidget* parent)
    : TablePage(lab, QStringLiteral("organisations"),
                {tr("ID"), tr("Name"), tr("Kind"), tr("Tax code"), tr("Commune or ward"), tr("Province"), tr("Sector"),
                 tr("Phone")},
                parent)
{
    if (canWrite(lab)) {
        addButton(tr("&Register…"), QStringLiteral("addOrganisationButton"), [this] {
            OrganisationDialog dialog(this->lab(), this);
            if (dialog.exec() == QDialog::Accepted) {
                reload();
                selectId(dialog.added()->id);
            }
        });
        addButton(tr("E&dit…"), QStringLiteral("editOrganisationButton"), [this] { editSelected(); });
        connect(view(), &QAbstractItemView::doubleClicked, this, [this] { editSelected(); });
        addButton(tr("&Import CSV…"), QStringLiteral("importOrganisationsButton"), [this] {
            ImportDialog dialog(this->lab(), ImportKind::Organisations, this);
            dialog.exec();
            reload();
        });
    }
    if (lab.hasRole({Role::Auditor, Role::Manager, Role::Admin}))
        addButton(tr("His&tory…"), QStringLiteral("organisationHistoryButton"), [this] { showHistory(); });
    addButton(tr("&Export CSV…"), QStringLiteral("exportOrganisationsButton"),
              [this] { exportTable(this->lab(), ExportTable::Organisations, this); });
    setStretchColumn(1);
    setEmptyHint(tr("No organisations yet. Register the lab's customers and the national metrology institute "
                    "that calibrates its standards (Register…), or import them from a CSV file."));
    reload();
}

void OrganisationsPage::reload()
{
    auto list = RegistryService(lab().lab()).organisations();
    if (!list) {
        showStatus(list.error().message, true);
        return;
    }
    QList<ListTableModel::Row> rows;
    for (const Organisation& o : *list)
        rows.append({o.id,
                     {qint64(o.id), o.name, Labels::organisationKind(o.kind), o.taxCode, o.commune, o.province,
                      o.sector, o.phone},
                     {},
                     o.address});
    model()->setRows(rows);
    showStatus(tr("%1 organisations").arg(rows.size()));
}

void OrganisationsPage::editSelected()
{
    const qint64 id = selectedId();
    auto existing = RegistryService(lab().lab()).fetchOrganisation(id);
    if (!id || !existing) {
        showStatus(tr("Choose the organisation to change in the list"), true);
        return;
    }
    OrganisationDialog dialog(lab(), *existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectId(id);
    showStatus(tr("%1: changes saved").arg(dialog.added()->name));
}

void OrganisationsPage::showHistory()
{
    const qint64 id = selectedId();
    auto existing = RegistryService(lab().lab()).fetchOrganisation(id);
    if (!id || !existing) {
        showStatus(tr("Choose the organisation in the list"), true);
        return;
    }
    HistoryDialog dialog(lab(), QStringLiteral("organisation"), id, existing->name, this);
    dialog.exec();
}

StandardsPage::StandardsPage(LabSession& lab, QWidget* parent)
    : TablePage(lab, QStringLiteral("standards"),
                {tr("ID"), tr("Name"), tr("Serial"), tr("Class"), tr("Status"), tr("Valid until"), tr("Limit"),
                 tr("Last calibration")},
                parent)
{
    if (lab.hasRole({Role::Manager, Role::Admin}))
        addManagerButtons();
    addButton(tr("&Export CSV…"), QStringLiteral("exportStandardsButton"),
              [this] { exportTable(this->lab(), ExportTable::Standards, this); });
    setStretchColumn(1);
    setEmptyHint(tr("No standards yet. A manager registers the lab's standards here, then records each "
                    "calibration with its certificate, so the work can be traced to the national standards."));
    addButton(tr("Calibration &history (PDF)…"), QStringLiteral("historyPdfButton"), [this] {
        StandardService service(this->lab().lab());
        auto standard = service.fetchStandard(selectedId());
        auto history = service.calibrations(selectedId());
        if (!standard || !history)
            return;
        const QString path = FileDialogs::saveFile(this, tr("Save the calibration history"),
                                                   standard->serial + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        StandardHistoryReport::Options options;
        options.labName = this->lab().lab().setting(QStringLiteral("lab_name"));
        options.generatedAt = this->lab().lab().localNow();
        auto bytes = StandardHistoryReport::render(*standard, *history, options);
        QSaveFile file(path);
        const bool written =
            bytes && file.open(QIODevice::WriteOnly) && file.write(*bytes) == bytes->size() && file.commit();
        showStatus(written ? tr("Saved %1").arg(path) : (bytes ? file.errorString() : bytes.error().message), !written);
    });
    m_nominal = new QComboBox(this);
    m_nominal->setObjectName(QStringLiteral("nominalCombo"));
    m_chart = new ChartWidget(this);
    m_chart->setObjectName(QStringLiteral("calibrationChart"));
    m_trace = new TraceTree(this);
    m_trace->setObjectName(QStringLiteral("standardTraceTree"));
    auto* panel = new QWidget(this);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_nominal);
    auto* chartAndTrace = new QSplitter(Qt::Vertical, panel);
    chartAndTrace->addWidget(m_chart);
    chartAndTrace->addWidget(m_trace);
    chartAndTrace->setStretchFactor(0, 3);
    chartAndTrace->setStretchFactor(1, 2);
    panelLayout->addWidget(chartAndTrace, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    pageLayout()->replaceWidget(view(), split);
    split->addWidget(view());
    split->addWidget(panel);
    split->setSizes({640, 560});
    connect(m_nominal, &QComboBox::currentIndexChanged, this, &StandardsPage::drawNominal);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const qint64 id = selectedId())
            showHistory(id);
    });
    reload();
}

void StandardsPage::addManagerButtons()
{
    addButton(tr("&Register…"), QStringLiteral("addStandardButton"), [this] {
        StandardDialog dialog(lab(), this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            selectId(dialog.added()->id);
        }
    });
    addButton(tr("Record a &calibration…"), QStringLiteral("calibrateButton"), [this] {
        const qint64 id = selectedId();
        if (!id)
            return;
        CalibrationDialog dialog(lab(), id, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reload();
        selectId(id);
        showCalibrationOutcome(*dialog.recorded());
    });
    addButton(tr("Add a &weight…"), QStringLiteral("addWeightButton"), [this] {
        const qint64 id = selectedId();
        if (!id)
            return;
        WeightItemDialog dialog(lab(), id, this);
        if (dialog.exec() == QDialog::Accepted)
            showStatus(tr("Weight %1 (%2) added to the set")
                           .arg(dialog.added()->mark, Labels::quantity(dialog.added()->nominal)));
    });
    addButton(tr("Set &status…"), QStringLiteral("standardStatusButton"), [this] {
        bool ok = false;
        const QList<StandardStatus> statuses{StandardStatus::InService, StandardStatus::Quarantined,
                                             StandardStatus::Retired};
        QStringList names;
        for (StandardStatus s : statuses)
            names << Labels::standardStatus(s);
        const QString chosen = QInputDialog::getItem(this, tr("Status"), tr("New status:"), names, 1, false, &ok);
        const QString reason = ok
            ? QInputDialog::getText(this, tr("Status"), tr("Reason:"), QLineEdit::Normal, QString(), &ok)
            : QString();
        if (!ok)
            return;
        auto set = StandardService(lab().lab())
                       .setStatus(lab().session(), selectedId(), statuses.value(names.indexOf(chosen)), reason);
        set ? reload() : showStatus(set.error().message, true);
    });
    addButton(tr("Set &limit…"), QStringLiteral("standardLimitButton"), [this] {
        bool ok = false;
        const QString typed =
            QInputDialog::getText(this, tr("Limit"), tr("Largest correction accepted (empty: the class decides):"),
                                  QLineEdit::Normal, QString(), &ok);
        const QString reason =
            ok ? QInputDialog::getText(this, tr("Limit"), tr("Reason:"), QLineEdit::Normal, QString(), &ok) : QString();
        if (!ok)
            return;
        const QString error = setLimit(typed, reason);
        if (!error.isEmpty())
            showStatus(error, true);
    });
}

QString StandardsPage::setLimit(const QString& typed, const QString& reason)
{
    std::optional<Quantity> limit;
    if (!typed.trimmed().isEmpty()) {
        auto q = Quantity::parse(Labels::typedNumber(typed), QStringLiteral("limit"));
        if (!q)
            return q.error().message;
        limit = *q;
    }
    const qint64 id = selectedId();
    auto set = StandardService(lab().lab()).setToleranceLimit(lab().session(), id, limit, reason);
    if (!set)
        return set.error().message;
    reload();
    selectId(id);
    return {};
}

void StandardsPage::showCalibrationOutcome(const StandardCalibration& c)
{
    if (c.outOfTolerance.isEmpty()) {
        showStatus(tr("Calibration %1 recorded, valid until %2").arg(c.certificate, Labels::date(c.validUntil)));
        return;
    }
    QStringList findings;
    for (const ToleranceFinding& f : c.outOfTolerance)
        findings << tr("at %1 the correction %2 exceeds ± %3")
                        .arg(Labels::quantity(f.value), Labels::quantity(f.correction), Labels::quantity(f.limit));
    showStatus(tr("Out of tolerance: %1. Work done with it since its previous calibration may be suspect "
                  "(etalon-cli impact %2 --mark-suspect).")
                   .arg(findings.join(QStringLiteral("; ")))
                   .arg(c.standardId),
               true);
}

void StandardsPage::showHistory(qint64 id)
{
    m_shown = id;
    auto history = StandardService(lab().lab()).calibrations(id);
    const QSignalBlocker block(m_nominal);
    m_nominal->clear();
    if (history)
        for (const Quantity& q : CalibrationChartData::nominals(*history))
            m_nominal->addItem(tr("at %1").arg(q.toString()), q.toString());
    drawNominal();
    auto trace = TraceService(lab().lab()).traceStandard(id, lab().lab().today());
    if (trace)
        m_trace->showStandard(*trace);
    else
        m_trace->clear();
}

void StandardsPage::drawNominal()
{
    StandardService service(lab().lab());
    auto standard = service.fetchStandard(m_shown);
    auto history = service.calibrations(m_shown);
    auto nominal = Quantity::parse(m_nominal->currentData().toString());
    if (!standard || !history || !nominal) {
        m_chart->setData({});
        return;
    }
    m_chart->setData(CalibrationChartData::fromHistory(*standard, *history, *nominal));
}

void StandardsPage::reload()
{
    StandardService service(lab().lab());
    auto list = service.standards();
    if (!list) {
        showStatus(list.error().message, true);
        return;
    }
    const QDate today = lab().lab().today();
    QList<ListTableModel::Row> rows;
    for (const Standard& s : *list) {
        auto history = service.calibrations(s.id);
        const bool outOfTolerance = history && !history->isEmpty() && !history->last().outOfTolerance.isEmpty();
        QString last = history && !history->isEmpty() ? history->last().certificate : QString();
        if (outOfTolerance)
            last += tr(" — out of tolerance");
        QColor colour;
        if (outOfTolerance || !s.validUntil || *s.validUntil < today)
            colour = QColor(0xf8, 0xd7, 0xda);
        rows.append({s.id,
                     {qint64(s.id), s.name, s.serial, s.accuracyClass, Labels::standardStatus(s.status),
                      Labels::dateCell(s.validUntil),
                      s.toleranceLimit ? QStringLiteral("± ") + Labels::quantity(s.toleranceLimit) : QString(), last},
                     colour,
                     {}});
    }
    model()->setRows(rows);
    showStatus(tr("%1 standards").arg(rows.size()));
}

InstrumentsPage::InstrumentsPage(LabSession& lab, QWidget* parent)
    : QWidget(parent)
    , m_lab(lab)
{
    setObjectName(QStringLiteral("instrumentsPage"));
    auto* layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Filter by serial, model, manufacturer or place…"));
    m_search->setClearButtonEnabled(true);
    m_model = new InstrumentTableModel(lab.lab(), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("instrumentTableView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true); // the model sorts in SQL
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    const bool widthsRemembered = QSettings().contains(QStringLiteral("columns/instruments"));
    rememberColumns(m_view, QStringLiteral("instruments"));
    if (!widthsRemembered) {
        // Serials fit, the owner takes the room left; a width set by hand is remembered instead.
        QHeaderView* header = m_view->horizontalHeader();
        const QSignalBlocker quiet(header);
        header->setStretchLastSection(false);
        for (const auto& [column, width] : {std::pair{InstrumentTableModel::Id, 70},
                                            {InstrumentTableModel::Type, 260},
                                            {InstrumentTableModel::Serial, 170},
                                            {InstrumentTableModel::Model, 140},
                                            {InstrumentTableModel::DueDate, 110}})
            header->resizeSection(column, width);
        header->setSectionResizeMode(InstrumentTableModel::Owner, QHeaderView::Stretch);
    }
    m_empty = new QLabel(tr("No instruments yet. Register the customers' instruments (Register…) or import them from "
                            "a CSV file; register their owners first, on the Organisations page."),
                         this);
    m_empty->setObjectName(QStringLiteral("instrumentsEmptyHint"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color:#555;padding:16px"));
    m_empty->hide();
    const auto showEmpty = [this] { m_empty->setVisible(m_model->rowCount() == 0 && m_search->text().isEmpty()); };
    connect(m_model, &QAbstractItemModel::modelReset, this, showEmpty);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, showEmpty);
    connect(m_search, &QLineEdit::textChanged, m_model, &InstrumentTableModel::setSearch);
    layout->addWidget(m_search);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    if (canWrite(lab)) {
        button(tr("&Register…"), QStringLiteral("addInstrumentButton"), [this] { addInstrument(); });
        button(tr("E&dit…"), QStringLiteral("editInstrumentButton"), [this] { editSelected(); });
        connect(m_view, &QAbstractItemView::doubleClicked, this, [this] { editSelected(); });
        button(tr("&Import CSV…"), QStringLiteral("importInstrumentsButton"), [this] {
            ImportDialog dialog(m_lab, ImportKind::Instruments, this);
            dialog.exec();
            reload();
        });
    }
    if (lab.hasRole({Role::Auditor, Role::Manager, Role::Admin}))
        button(tr("His&tory…"), QStringLiteral("instrumentHistoryButton"), [this] { showHistory(); });
    button(tr("&Export CSV…"), QStringLiteral("exportInstrumentsButton"),
           [this] { exportTable(m_lab, ExportTable::Instruments, this); });
    if (lab.hasRole({Role::Technician, Role::Manager}))
        button(tr("&Start verification or calibration…"), QStringLiteral("startRecordButton"),
               [this] { startRecord(); });
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_model->setSearch(QString());
}

qint64 InstrumentsPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->idFromIndex(rows.first());
}

void InstrumentsPage::reload()
{
    m_model->setSearch(m_search->text());
}

void InstrumentsPage::addInstrument()
{
    InstrumentDialog dialog(m_lab, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_search->setText(dialog.added()->serial);
}

void InstrumentsPage::editSelected()
{
    auto existing = RegistryService(m_lab.lab()).fetchInstrument(selectedId());
    if (!existing)
        return;
    InstrumentDialog dialog(m_lab, *existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The list shows it again, found by its serial (which may have changed).
    m_search->setText(dialog.added()->serial);
    reload();
}

void InstrumentsPage::showHistory()
{
    auto existing = RegistryService(m_lab.lab()).fetchInstrument(selectedId());
    if (!existing)
        return;
    HistoryDialog dialog(m_lab, QStringLiteral("instrument"), existing->id,
                         tr("instrument %1 (%2)").arg(existing->serial, existing->typeCode), this);
    dialog.exec();
}

void InstrumentsPage::startRecord()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    StartRecordDialog dialog(m_lab, id, this);
    if (dialog.exec() == QDialog::Accepted)
        emit recordStarted(dialog.recordId());
}

} // namespace Etalon
