// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Etalon {

class FieldForm;
class LabSession;

/** Registers one of the lab's standards; a refused input is shown at its field. */
class StandardDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StandardDialog(LabSession& lab, QWidget* parent = nullptr);

    FieldForm* form() const { return m_form; }
    QLineEdit* edit(const QString& field) const { return m_edits.value(field); }
    std::optional<Standard> added() const { return m_added; }

public slots:
    void save();

private:
    LabSession& m_lab;
    FieldForm* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QHash<QString, QLineEdit*> m_edits;
    std::optional<Standard> m_added;
};

/** Adds one weight to a set registered weight by weight (OIML R 111): nominal value, mark, serial, class. */
class WeightItemDialog : public QDialog
{
    Q_OBJECT
public:
    WeightItemDialog(LabSession& lab, Id standardId, QWidget* parent = nullptr);

    FieldForm* form() const { return m_form; }
    QLineEdit* edit(const QString& field) const { return m_edits.value(field); }
    std::optional<WeightItem> added() const { return m_added; }

public slots:
    void save();

private:
    LabSession& m_lab;
    Id m_standardId = 0;
    FieldForm* m_form = nullptr;
    QHash<QString, QLineEdit*> m_edits;
    std::optional<WeightItem> m_added;
};

/**
 * Records a calibration of a standard: by an external laboratory or by another of the lab's standards,
 * with its points (value, correction, expanded uncertainty, k, and for a set registered weight by weight the
 * weight's mark, one row per weight laid out in advance). A calibration that finds the standard out of tolerance
 * says so, and what to do next.
 */
class CalibrationDialog : public QDialog
{
    Q_OBJECT
public:
    CalibrationDialog(LabSession& lab, Id standardId, QWidget* parent = nullptr);

    FieldForm* form() const { return m_form; }
    QLineEdit* certificateEdit() const { return m_certificate; }
    QComboBox* byCombo() const { return m_by; }
    QTableWidget* points() const { return m_points; }
    QDateEdit* dateEdit() const { return m_date; }
    QDateEdit* validUntilEdit() const { return m_until; }
    std::optional<StandardCalibration> recorded() const { return m_recorded; }

public slots:
    void save();

private:
    Result<QList<CalibrationPoint>> readPoints() const;

    LabSession& m_lab;
    Id m_standardId = 0;
    FieldForm* m_form = nullptr;
    QDateEdit* m_date = nullptr;
    QDateEdit* m_until = nullptr;
    QLineEdit* m_certificate = nullptr;
    QComboBox* m_by = nullptr;
    QTableWidget* m_points = nullptr;
    std::optional<StandardCalibration> m_recorded;
};

} // namespace Etalon
