// SPDX-License-Identifier: Apache-2.0
#include "app/gui/ProgrammePage.h"

#include "app/gui/FieldForm.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "db/programme/AdministrativeFormService.h"
#include "db/programme/AnnualReportService.h"
#include "db/programme/ProgrammeService.h"
#include "reports/AnnualReport.h"
#include "reports/CsvWriter.h"

#include "app/gui/FileDialogs.h"
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Etalon {

void TargetsWidget::setTargets(QList<TargetProgress> targets)
{
    m_targets = std::move(targets);
    setMinimumHeight(int(28 * m_targets.size()) + 16);
    update();
}

void TargetsWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    AnnualReport::paintTargets(painter, QRectF(rect()).adjusted(8, 8, -8, -8), m_targets);
}

ProgrammePage::ProgrammePage(LabSession& lab, QWidget* parent)
    : QWidget(parent)
    , m_lab(lab)
{
    setObjectName(QStringLiteral("programmePage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("programmeYearSpin"));
    m_year->setRange(2026, std::max(2026, lab.lab().today().year()));
    m_year->setValue(m_year->maximum());
    m_year->setPrefix(tr("Year "));
    m_year->setGroupSeparatorShown(false);
    auto* save = new QPushButton(tr("Annual &report…"), this);
    save->setObjectName(QStringLiteral("annualReportButton"));
    connect(save, &QPushButton::clicked, this, [this] { openReport(ReportDialog::Kind::Annual); });
    auto* activity = new QPushButton(tr("A&ctivity report…"), this);
    activity->setObjectName(QStringLiteral("activityReportButton"));
    connect(activity, &QPushButton::clicked, this, [this] { openReport(ReportDialog::Kind::Activity); });
    // The reports are signed by a manager or the head of the lab: others do not get the buttons.
    save->setVisible(lab.hasRole({Role::Manager, Role::Admin}));
    activity->setVisible(lab.hasRole({Role::Manager, Role::Admin}));
    top->addWidget(m_year);
    top->addWidget(save);
    top->addWidget(activity);
    if (lab.hasRole({Role::Manager, Role::Admin})) {
        auto* target = new QPushButton(tr("Set a &target…"), this);
        target->setObjectName(QStringLiteral("setTargetButton"));
        connect(target, &QPushButton::clicked, this, [this] {
            QStringList keys;
            for (const TargetProgress& t : m_targets->targets())
                keys << t.key;
            bool ok = false;
            const QString key = QInputDialog::getItem(this, tr("Target"), tr("Which target?"), keys, 0, false, &ok);
            const int value = ok ? QInputDialog::getInt(this, tr("Target"), tr("Goal:"), 0, 0, 1'000'000, 1, &ok) : 0;
            const int year =
                ok ? QInputDialog::getInt(this, tr("Target"), tr("By the year:"), 2030, 2026, 2100, 1, &ok) : 0;
            if (ok)
                m_summary->setText(setTarget(key, value, year));
        });
        top->addWidget(target);
    }
    top->addStretch(1);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("programmeSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_targets = new TargetsWidget(this);
    m_targets->setObjectName(QStringLiteral("targetsChart"));
    layout->addWidget(m_targets);
    auto* filters = new QHBoxLayout;
    m_commune = new QLineEdit(this);
    m_commune->setObjectName(QStringLiteral("communeFilterEdit"));
    m_commune->setPlaceholderText(tr("Check-scale points of a commune or ward…"));
    m_commune->setClearButtonEnabled(true);
    m_dueOnly = new QCheckBox(tr("only those whose equipment falls due within 60 days"), this);
    m_dueOnly->setObjectName(QStringLiteral("dueOnlyCheckBox"));
    filters->addWidget(m_commune, 1);
    filters->addWidget(m_dueOnly);
    layout->addLayout(filters);
    connect(m_commune, &QLineEdit::textChanged, this, &ProgrammePage::reload);
    connect(m_dueOnly, &QCheckBox::toggled, this, &ProgrammePage::reload);
    m_points = new QTableWidget(0, 5, this);
    m_points->setObjectName(QStringLiteral("duePointsTable"));
    m_points->setHorizontalHeaderLabels(
        {tr("Commune or ward"), tr("Market"), tr("Scale"), tr("Mass set"), tr("Status")});
    m_points->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_points->horizontalHeader()->setStretchLastSection(true);
    m_points->verticalHeader()->hide();
    m_points->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_points, 1);
    connect(m_year, &QSpinBox::valueChanged, this, &ProgrammePage::reload);
    reload();
}

void ProgrammePage::reload()
{
    auto figures = AnnualReportService(m_lab.lab()).figures(m_year->value());
    if (!figures) {
        m_summary->setText(figures.error().message);
        return;
    }
    m_targets->setTargets(figures->targets);
    m_summary->setText(tr("%1: %2 verifications and calibrations, %3 certificates, %4 points equipped, %5 enterprises "
                          "enrolled, %6 people trained.")
                           .arg(figures->year)
                           .arg(figures->work.year)
                           .arg(figures->certificates.year)
                           .arg(figures->pointsEquipped)
                           .arg(figures->enterprises.cumulative)
                           .arg(figures->peopleTrained.year));
    ProgrammeService programme(m_lab.lab());
    auto points = m_dueOnly->isChecked() ? programme.pointsFallingDue(60) : programme.checkPoints();
    m_points->setRowCount(0);
    if (!points)
        return;
    for (const CheckPointView& v : *points) {
        if (!v.point.commune.contains(m_commune->text().trimmed(), Qt::CaseInsensitive))
            continue;
        const int r = m_points->rowCount();
        m_points->insertRow(r);
        const QStringList cells{v.point.commune, v.point.market,
                                QStringLiteral("%1 (%2)").arg(v.scaleLabel, Labels::date(v.scaleDue)),
                                QStringLiteral("%1 (%2)").arg(v.massSetLabel, Labels::date(v.massSetDue)),
                                QStringLiteral("%1 · %2").arg(toName(v.point.status), toName(v.equipmentStatus()))};
        for (int c = 0; c < cells.size(); ++c)
            m_points->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

QString ProgrammePage::setTarget(const QString& key, int value, int byYear)
{
    auto set = ProgrammeService(m_lab.lab()).setTarget(m_lab.session(), key, value, byYear);
    if (!set)
        return set.error().message;
    reload();
    return {};
}

void ProgrammePage::openReport(ReportDialog::Kind kind)
{
    ReportDialog dialog(m_lab, kind, m_year->value(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_summary->setText(tr("Report saved as PDF and CSV."));
}

QString ProgrammePage::saveAnnualReport(const QString& pdf)
{
    ReportDialog dialog(m_lab, ReportDialog::Kind::Annual, m_year->value(), this);
    return dialog.save(pdf) ? QString() : dialog.form()->generalError();
}

} // namespace Etalon
