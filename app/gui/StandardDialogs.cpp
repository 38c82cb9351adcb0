// SPDX-License-Identifier: Apache-2.0
#include "app/gui/StandardDialogs.h"

#include "app/gui/FieldForm.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Etalon {

StandardDialog::StandardDialog(LabSession& lab, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
{
    setWindowTitle(tr("Register a standard"));
    m_form = new FieldForm(this);
    m_kind = new QComboBox;
    m_kind->addItem(tr("working standard"), toName(StandardKind::Working));
    m_kind->addItem(tr("reference standard"), toName(StandardKind::Reference));
    m_kind->addItem(tr("check standard"), toName(StandardKind::Check));
    const QList<std::pair<QString, QString>> texts{{QStringLiteral("name"), tr("&Name:")},
                                                   {QStringLiteral("serial"), tr("&Serial number:")},
                                                   {QStringLiteral("class"), tr("Accuracy &class:")},
                                                   {QStringLiteral("range-max"), tr("&Range maximum:")},
                                                   {QStringLiteral("limit"), tr("Own &limit (largest correction):")}};
    m_form->addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    for (const auto& [field, label] : texts) {
        auto* edit = new QLineEdit;
        m_edits.insert(field, edit);
        m_form->addField(field, label, edit);
    }
    m_edits.value(QStringLiteral("limit"))->setPlaceholderText(tr("empty: the class decides"));
    auto* box = saveButtons(this);
    connect(box, &QDialogButtonBox::accepted, this, &StandardDialog::save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(box);
}

void StandardDialog::save()
{
    Standard s;
    s.name = m_edits.value(QStringLiteral("name"))->text().trimmed();
    s.serial = m_edits.value(QStringLiteral("serial"))->text().trimmed();
    s.kind = enumFromName<StandardKind>(m_kind->currentData().toString(), {}).value_or(StandardKind::Working);
    s.accuracyClass = m_edits.value(QStringLiteral("class"))->text().trimmed();
    for (const auto& [field, member] : {std::pair{QStringLiteral("range-max"), &Standard::rangeMax},
                                        std::pair{QStringLiteral("limit"), &Standard::toleranceLimit}}) {
        auto q = typedQuantity(m_edits.value(field)->text(), field);
        if (!q) {
            m_form->showError(q.error());
            return;
        }
        s.*member = *q;
    }
    auto added = StandardService(m_lab.lab()).addStandard(m_lab.session(), s);
    if (!added) {
        m_form->showError(added.error());
        return;
    }
    m_added = *added;
    accept();
}

WeightItemDialog::WeightItemDialog(LabSession& lab, Id standardId, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_standardId(standardId)
{
    setWindowTitle(tr("Add a weight to standard %1").arg(standardId));
    m_form = new FieldForm(this);
    const QList<std::pair<QString, QString>> texts{{QStringLiteral("nominal"), tr("&Nominal value:")},
                                                   {QStringLiteral("mark"), tr("&Mark (unique in the set):")},
                                                   {QStringLiteral("serial"), tr("&Serial number:")},
                                                   {QStringLiteral("class"), tr("Accuracy &class:")}};
    for (const auto& [field, label] : texts) {
        auto* edit = new QLineEdit;
        m_edits.insert(field, edit);
        m_form->addField(field, label, edit);
    }
    m_edits.value(QStringLiteral("mark"))->setPlaceholderText(tr("2* for the second 2 kg weight"));
    m_edits.value(QStringLiteral("class"))->setPlaceholderText(tr("empty: the set's class"));
    auto* box = saveButtons(this);
    connect(box, &QDialogButtonBox::accepted, this, &WeightItemDialog::save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(box);
}

void WeightItemDialog::save()
{
    WeightItem w;
    w.standardId = m_standardId;
    auto nominal = typedQuantity(m_edits.value(QStringLiteral("nominal"))->text(), QStringLiteral("nominal"));
    if (!nominal || !*nominal) {
        m_form->showError(nominal ? Error::badInput(QStringLiteral("nominal"), tr("the nominal value is required"))
                                  : nominal.error());
        return;
    }
    w.nominal = **nominal;
    w.mark = m_edits.value(QStringLiteral("mark"))->text();
    w.serial = m_edits.value(QStringLiteral("serial"))->text();
    w.accuracyClass = m_edits.value(QStringLiteral("class"))->text();
    auto added = StandardService(m_lab.lab()).addWeightItem(m_lab.session(), w);
    if (!added) {
        m_form->showError(added.error());
        return;
    }
    m_added = *added;
    accept();
}

CalibrationDialog::CalibrationDialog(LabSession& lab, Id standardId, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_standardId(standardId)
{
    setWindowTitle(tr("Record a calibration of standard %1").arg(standardId));
    resize(640, 480);
    m_form = new FieldForm(this);
    m_date = new QDateEdit(lab.lab().today());
    m_date->setCalendarPopup(true);
    m_until = new QDateEdit(lab.lab().today().addYears(1).addDays(-1));
    m_until->setCalendarPopup(true);
    m_certificate = new QLineEdit;
    m_by = new QComboBox;
    if (auto orgs = RegistryService(lab.lab()).organisations())
        for (const Organisation& o : *orgs)
            if (o.kind == OrganisationKind::CalibrationLab || o.kind == OrganisationKind::NationalInstitute)
                m_by->addItem(o.name, QStringLiteral("lab:%1").arg(o.id));
    if (auto standards = StandardService(lab.lab()).standards())
        for (const Standard& s : *standards)
            if (s.id != standardId)
                m_by->addItem(tr("our standard %1 (%2)").arg(s.name, s.serial),
                              QStringLiteral("standard:%1").arg(s.id));
    // A set registered weight by weight is calibrated weight by weight: a row for each, its mark filled in.
    const QList<WeightItem> weights = StandardService(lab.lab()).weightItems(standardId).value_or(QList<WeightItem>());
    m_points = new QTableWidget(weights.isEmpty() ? 3 : int(weights.size()), 5);
    m_points->setHorizontalHeaderLabels(
        {tr("Value"), tr("Correction"), tr("Expanded uncertainty U"), tr("k"), tr("Weight (mark)")});
    for (int r = 0; r < weights.size(); ++r) {
        m_points->setItem(r, 0, new QTableWidgetItem(Labels::quantity(weights[r].nominal)));
        m_points->setItem(r, 4, new QTableWidgetItem(weights[r].mark));
    }
    m_points->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_form->addField(QStringLiteral("date"), tr("&Date:"), m_date);
    m_form->addField(QStringLiteral("valid-until"), tr("&Valid until:"), m_until);
    m_form->addField(QStringLiteral("certificate"), tr("&Certificate:"), m_certificate);
    m_form->addField(QStringLiteral("by-lab"), tr("Calibrated &by:"), m_by);
    m_form->addField(QStringLiteral("points"), tr("Points:"), m_points);
    auto* box = saveButtons(this);
    connect(box, &QDialogButtonBox::accepted, this, &CalibrationDialog::save);
    auto* more = box->addButton(tr("Add a &row"), QDialogButtonBox::ActionRole);
    connect(more, &QPushButton::clicked, this, [this] { m_points->insertRow(m_points->rowCount()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(box);
}

Result<QList<CalibrationPoint>> CalibrationDialog::readPoints() const
{
    QList<CalibrationPoint> out;
    const auto cell = [this](int r, int c) {
        const QTableWidgetItem* item = m_points->item(r, c);
        return item ? item->text().trimmed() : QString();
    };
    for (int r = 0; r < m_points->rowCount(); ++r) {
        // A row with nothing measured is skipped, even when its weight was laid out in advance.
        if (cell(r, 1).isEmpty() && cell(r, 2).isEmpty() && (cell(r, 0).isEmpty() || !cell(r, 4).isEmpty()))
            continue;
        auto value = typedQuantity(cell(r, 0), QStringLiteral("value"));
        auto correction = typedQuantity(cell(r, 1), QStringLiteral("correction"));
        auto u = typedQuantity(cell(r, 2), QStringLiteral("uncertainty"));
        for (const auto* q : {&value, &correction, &u})
            if (!*q)
                return fail(q->error());
        if (!*value)
            return fail(Error::badInput(QStringLiteral("value"), tr("row %1 has no value").arg(r + 1)));
        CalibrationPoint p;
        p.value = **value;
        p.correction = *correction;
        p.uncertainty = *u;
        p.item = cell(r, 4);
        if (!cell(r, 3).isEmpty()) {
            auto k = Decimal::parse(Labels::typedNumber(cell(r, 3)), QStringLiteral("k"));
            if (!k)
                return fail(k.error());
            p.k = *k;
        }
        out.append(p);
    }
    return out;
}

void CalibrationDialog::save()
{
    StandardCalibration c;
    c.standardId = m_standardId;
    c.date = m_date->date();
    c.validUntil = m_until->date();
    c.certificate = m_certificate->text().trimmed();
    const QStringList by = m_by->currentData().toString().split(u':');
    if (by.value(0) == QStringLiteral("lab"))
        c.byLabId = by.value(1).toLongLong();
    else if (by.value(0) == QStringLiteral("standard"))
        c.byStandardId = by.value(1).toLongLong();
    auto points = readPoints();
    if (!points) {
        m_form->showError(points.error());
        return;
    }
    c.points = *points;
    auto recorded = StandardService(m_lab.lab()).calibrate(m_lab.session(), c);
    if (!recorded) {
        m_form->showError(recorded.error());
        return;
    }
    m_recorded = *recorded;
    accept();
}

} // namespace Etalon
