// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Etalon {

class FieldForm;
class LabSession;

/**
 * The reports a manager sends to the authorities, as the command line makes them: the programme's annual report
 * or the activity report for a year or a period, in Vietnamese or English whatever the screen's language, with
 * the report's number and recipient (the governing body unless named), saved as PDF with its CSV beside it.
 */
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Annual, Activity };
    ReportDialog(LabSession& lab, Kind kind, int year, QWidget* parent = nullptr);

    FieldForm* form() const { return m_form; }
    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* numberEdit() const { return m_number; }
    QLineEdit* recipientEdit() const { return m_recipient; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }
    /** Makes the report and writes it at \a pdf, its CSV beside it; the error is shown at its field. */
    bool save(const QString& pdf);

private:
    void chooseFileAndSave();

    LabSession& m_lab;
    Kind m_kind;
    FieldForm* m_form = nullptr;
    QSpinBox* m_year = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_recipient = nullptr;
};

} // namespace Etalon
