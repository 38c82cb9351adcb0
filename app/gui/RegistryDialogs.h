// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Etalon {

class FieldForm;
class LabSession;

/**
 * Registers a customer's instrument, or changes a registered one (its owner changes by a transfer); a refused input
 * is shown at its field and nothing is stored.
 */
class InstrumentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InstrumentDialog(LabSession& lab, std::optional<Id> owner = std::nullopt, QWidget* parent = nullptr);
    /** Changes \a existing. */
    InstrumentDialog(LabSession& lab, const Instrument& existing, QWidget* parent = nullptr);

    FieldForm* form() const { return m_form; }
    QLineEdit* edit(const QString& field) const { return m_edits.value(field); }
    QComboBox* typeCombo() const { return m_type; }
    QComboBox* ownerCombo() const { return m_owner; }
    QSpinBox* yearSpin() const { return m_year; }
    /** The instrument as saved (registered or changed). */
    std::optional<Instrument> added() const { return m_added; }
    bool isEditing() const { return m_existing.has_value(); }

public slots:
    void save();

private:
    void build(std::optional<Id> owner);

    LabSession& m_lab;
    FieldForm* m_form = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_owner = nullptr;
    QSpinBox* m_year = nullptr;
    QHash<QString, QLineEdit*> m_edits;
    std::optional<Instrument> m_existing;
    std::optional<Instrument> m_added;
};

/** Registers an organisation (a customer, a calibration laboratory or a national institute), or changes one. */
class OrganisationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OrganisationDialog(LabSession& lab, QWidget* parent = nullptr);
    /** Changes \a existing. */
    OrganisationDialog(LabSession& lab, const Organisation& existing, QWidget* parent = nullptr);

    FieldForm* form() const { return m_form; }
    QLineEdit* edit(const QString& field) const { return m_edits.value(field); }
    QComboBox* kindCombo() const { return m_kind; }
    /** The organisation as saved (registered or changed). */
    std::optional<Organisation> added() const { return m_added; }
    bool isEditing() const { return m_existing.has_value(); }

public slots:
    void save();

private:
    void build();

    LabSession& m_lab;
    FieldForm* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QHash<QString, QLineEdit*> m_edits;
    std::optional<Organisation> m_existing;
    std::optional<Organisation> m_added;
};

} // namespace Etalon
