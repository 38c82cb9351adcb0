// SPDX-License-Identifier: Apache-2.0
#include "app/gui/RegistryDialogs.h"

#include "app/gui/FieldForm.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "db/catalog/CatalogRepository.h"
#include "db/registry/RegistryService.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Etalon {

InstrumentDialog::InstrumentDialog(LabSession& lab, std::optional<Id> owner, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
{
    setWindowTitle(tr("Register an instrument"));
    build(owner);
}

InstrumentDialog::InstrumentDialog(LabSession& lab, const Instrument& existing, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_existing(existing)
{
    setWindowTitle(tr("Change instrument %1").arg(existing.serial));
    build(existing.ownerId);
    m_type->setCurrentIndex(m_type->findData(existing.typeCode));
    // The owner changes by a transfer, which keeps the date it changed hands.
    if (m_owner->currentIndex() < 0) // an owner no longer a customer still shows
        m_owner->addItem(QString::number(existing.ownerId), qint64(existing.ownerId));
    m_owner->setCurrentIndex(m_owner->findData(qint64(existing.ownerId)));
    m_owner->setEnabled(false);
    m_owner->setToolTip(tr("The owner changes by a transfer (etalon-cli instrument transfer)"));
    for (const auto& [field, text] :
         {std::pair{QStringLiteral("serial"), existing.serial},
          std::pair{QStringLiteral("manufacturer"), existing.manufacturer},
          std::pair{QStringLiteral("model"), existing.model}, std::pair{QStringLiteral("country"), existing.country},
          std::pair{QStringLiteral("pattern-approval"), existing.patternApproval},
          std::pair{QStringLiteral("place"), existing.place},
          std::pair{QStringLiteral("class"), existing.accuracyClass},
          std::pair{QStringLiteral("range-min"), Labels::quantity(existing.rangeMin)},
          std::pair{QStringLiteral("range-max"), Labels::quantity(existing.rangeMax)},
          std::pair{QStringLiteral("resolution"), Labels::quantity(existing.resolution)},
          std::pair{QStringLiteral("verification-interval"), Labels::quantity(existing.verificationInterval)},
          std::pair{QStringLiteral("nominal"), Labels::quantity(existing.nominal)}})
        m_edits.value(field)->setText(text);
    m_edits.value(QStringLiteral("serial"))->setPlaceholderText(tr("empty: keeps the number it has"));
    if (existing.year)
        m_year->setValue(*existing.year);
}

void InstrumentDialog::build(std::optional<Id> owner)
{
    m_form = new FieldForm(this);
    m_type = new QComboBox;
    // Types by their names, in the interface's language and its order; the catalogue's code beside each.
    if (auto types = CatalogRepository(m_lab.db()).types()) {
        QList<InstrumentType> sorted = *types;
        const QCollator collator;
        std::sort(sorted.begin(), sorted.end(), [&](const InstrumentType& a, const InstrumentType& b) {
            return collator.compare(Labels::typeName(a), Labels::typeName(b)) < 0;
        });
        for (const InstrumentType& t : sorted)
            m_type->addItem(QStringLiteral("%1 (%2)").arg(Labels::typeName(t), t.code), t.code);
    }
    m_owner = new QComboBox;
    m_owner->setEditable(true); // typing filters a long list of customers
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    if (auto orgs = RegistryService(m_lab.lab()).organisations())
        for (const Organisation& o : *orgs)
            if (o.kind == OrganisationKind::Customer)
                m_owner->addItem(o.name, qint64(o.id));
    if (owner)
        m_owner->setCurrentIndex(m_owner->findData(qint64(*owner)));
    m_form->addField(QStringLiteral("type"), tr("&Type:"), m_type);
    m_form->addField(QStringLiteral("owner"), tr("&Owner:"), m_owner);
    const QList<std::pair<QString, QString>> texts{
        {QStringLiteral("serial"), tr("&Serial number:")},
        {QStringLiteral("manufacturer"), tr("&Manufacturer:")},
        {QStringLiteral("model"), tr("Mo&del:")},
        {QStringLiteral("country"), tr("Country of origin:")},
        {QStringLiteral("pattern-approval"), tr("Pattern approval:")},
        {QStringLiteral("place"), tr("Place of use:")},
        {QStringLiteral("class"), tr("Accuracy &class:")},
        {QStringLiteral("range-min"), tr("Range minimum:")},
        {QStringLiteral("range-max"), tr("&Range maximum:")},
        {QStringLiteral("resolution"), tr("Resolution d:")},
        {QStringLiteral("verification-interval"), tr("Verification interval e:")},
        {QStringLiteral("nominal"), tr("Nominal value (weights):")}};
    for (const auto& [field, label] : texts) {
        auto* edit = new QLineEdit;
        m_edits.insert(field, edit);
        m_form->addField(field, label, edit);
    }
    m_edits.value(QStringLiteral("serial"))->setPlaceholderText(tr("empty: the lab assigns one"));
    m_edits.value(QStringLiteral("range-max"))->setPlaceholderText(tr("e.g. 60 kg"));
    m_year = new QSpinBox;
    m_year->setRange(1899, 2200);
    m_year->setSpecialValueText(tr("unknown"));
    m_year->setValue(1899);
    m_form->addField(QStringLiteral("year"), tr("Year made:"), m_year);
    auto* buttons = saveButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &InstrumentDialog::save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
}

void InstrumentDialog::save()
{
    Instrument i = m_existing.value_or(Instrument());
    i.typeCode = m_type->currentData().toString();
    // A change keeps the owner it has (two customers may share a name); a registration names the one typed.
    if (!m_existing) {
        const int owner = m_owner->findText(m_owner->currentText());
        i.ownerId = owner >= 0 ? m_owner->itemData(owner).toLongLong() : 0;
    }
    i.serial = m_edits.value(QStringLiteral("serial"))->text();
    i.manufacturer = m_edits.value(QStringLiteral("manufacturer"))->text();
    i.model = m_edits.value(QStringLiteral("model"))->text();
    i.country = m_edits.value(QStringLiteral("country"))->text();
    i.patternApproval = m_edits.value(QStringLiteral("pattern-approval"))->text();
    i.place = m_edits.value(QStringLiteral("place"))->text();
    i.accuracyClass = m_edits.value(QStringLiteral("class"))->text();
    i.year.reset();
    if (m_year->value() > m_year->minimum())
        i.year = m_year->value();
    for (const auto& [field, member] :
         {std::pair{QStringLiteral("range-min"), &Instrument::rangeMin},
          std::pair{QStringLiteral("range-max"), &Instrument::rangeMax},
          std::pair{QStringLiteral("resolution"), &Instrument::resolution},
          std::pair{QStringLiteral("verification-interval"), &Instrument::verificationInterval},
          std::pair{QStringLiteral("nominal"), &Instrument::nominal}}) {
        auto q = typedQuantity(m_edits.value(field)->text(), field);
        if (!q) {
            m_form->showError(q.error());
            return;
        }
        i.*member = *q;
    }
    RegistryService registry(m_lab.lab());
    auto added =
        m_existing ? registry.updateInstrument(m_lab.session(), i) : registry.addInstrument(m_lab.session(), i);
    if (!added) {
        m_form->showError(added.error());
        return;
    }
    m_added = *added;
    accept();
}

OrganisationDialog::OrganisationDialog(LabSession& lab, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
{
    setWindowTitle(tr("Register an organisation"));
    build();
}

OrganisationDialog::OrganisationDialog(LabSession& lab, const Organisation& existing, QWidget* parent)
    : QDialog(parent)
    , m_lab(lab)
    , m_existing(existing)
{
    setWindowTitle(tr("Change %1").arg(existing.name));
    build();
    if (m_kind->findData(toName(existing.kind)) < 0) // the lab itself: its kind shows, the use case says why not
        m_kind->addItem(Labels::organisationKind(existing.kind), toName(existing.kind));
    m_kind->setCurrentIndex(m_kind->findData(toName(existing.kind)));
    for (const auto& [field, text] :
         {std::pair{QStringLiteral("name"), existing.name}, std::pair{QStringLiteral("tax-code"), existing.taxCode},
          std::pair{QStringLiteral("address"), existing.address},
          std::pair{QStringLiteral("commune"), existing.commune},
          std::pair{QStringLiteral("province"), existing.province},
          std::pair{QStringLiteral("sector"), existing.sector}, std::pair{QStringLiteral("phone"), existing.phone}})
        m_edits.value(field)->setText(text);
}

void OrganisationDialog::build()
{
    m_form = new FieldForm(this);
    m_kind = new QComboBox;
    m_kind->addItem(tr("Customer"), toName(OrganisationKind::Customer));
    m_kind->addItem(tr("Calibration laboratory"), toName(OrganisationKind::CalibrationLab));
    m_kind->addItem(tr("National metrology institute"), toName(OrganisationKind::NationalInstitute));
    const QList<std::pair<QString, QString>> texts{
        {QStringLiteral("name"), tr("&Name:")},         {QStringLiteral("tax-code"), tr("&Tax code:")},
        {QStringLiteral("address"), tr("&Address:")},   {QStringLiteral("commune"), tr("&Commune or ward:")},
        {QStringLiteral("province"), tr("&Province:")}, {QStringLiteral("sector"), tr("&Sector:")},
        {QStringLiteral("phone"), tr("P&hone:")}};
    m_form->addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    for (const auto& [field, label] : texts) {
        auto* edit = new QLineEdit;
        m_edits.insert(field, edit);
        m_form->addField(field, label, edit);
    }
    auto* buttons = saveButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganisationDialog::save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
}

void OrganisationDialog::save()
{
    Organisation o = m_existing.value_or(Organisation());
    auto kind = enumFromName<OrganisationKind>(m_kind->currentData().toString(), QStringLiteral("kind"));
    o.kind = kind.value_or(OrganisationKind::Customer);
    o.name = m_edits.value(QStringLiteral("name"))->text();
    o.taxCode = m_edits.value(QStringLiteral("tax-code"))->text().trimmed();
    o.address = m_edits.value(QStringLiteral("address"))->text();
    o.commune = m_edits.value(QStringLiteral("commune"))->text();
    o.province = m_edits.value(QStringLiteral("province"))->text();
    o.sector = m_edits.value(QStringLiteral("sector"))->text();
    o.phone = m_edits.value(QStringLiteral("phone"))->text();
    RegistryService registry(m_lab.lab());
    auto added =
        m_existing ? registry.updateOrganisation(m_lab.session(), o) : registry.addOrganisation(m_lab.session(), o);
    if (!added) {
        m_form->showError(added.error());
        return;
    }
    m_added = *added;
    accept();
}

} // namespace Etalon
