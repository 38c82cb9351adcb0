// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/gui/TablePage.h"
#include "core/Domain.h"

class QComboBox;
class QLineEdit;
class QTableView;

class QLabel;

namespace Etalon {

class ChartWidget;
class TraceTree;
class InstrumentTableModel;

/**
 * Customers, calibration laboratories and institutes; register one, change one (double-click or Edit…), see its
 * history, import or export them as CSV.
 */
class OrganisationsPage : public TablePage
{
    Q_OBJECT
public:
    OrganisationsPage(LabSession& lab, QWidget* parent = nullptr);
    void reload() override;

    /** Opens the selected organisation in the registration dialog to change it. */
    void editSelected();
    /** Shows the selected organisation's audit trail. */
    void showHistory();
};

/**
 * The lab's standards: status, validity, limit, and whether the last calibration found them out of
 * tolerance; beside the list, the selected standard's calibration history at each nominal value.
 */
class StandardsPage : public TablePage
{
    Q_OBJECT
public:
    StandardsPage(LabSession& lab, QWidget* parent = nullptr);
    void reload() override;

    ChartWidget* chart() const { return m_chart; }
    QComboBox* nominalCombo() const { return m_nominal; }
    /** The selected standard's traceability today, every level down to the national standard. */
    TraceTree* traceTree() const { return m_trace; }
    /** Shows \a id's history in the chart (its first nominal value). */
    void showHistory(qint64 id);
    /** Sets the selected standard's own limit (empty text: none); the error message, or empty. */
    QString setLimit(const QString& typed, const QString& reason);
    /** Says whether a calibration just recorded found the standard out of tolerance, and what follows. */
    void showCalibrationOutcome(const StandardCalibration& calibration);

private:
    void addManagerButtons();
    void drawNominal();

    ChartWidget* m_chart = nullptr;
    QComboBox* m_nominal = nullptr;
    TraceTree* m_trace = nullptr;
    qint64 m_shown = 0;
};

/**
 * The instrument registry, however large: fetched and filtered in SQL page by page. From here a
 * technician starts a verification or calibration.
 */
class InstrumentsPage : public QWidget
{
    Q_OBJECT
public:
    InstrumentsPage(LabSession& lab, QWidget* parent = nullptr);

    InstrumentTableModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    QTableView* view() const { return m_view; }
    qint64 selectedId() const;
    void reload();
    /** Opens the selected instrument in the registration dialog to change it. */
    void editSelected();
    /** Shows the selected instrument's audit trail. */
    void showHistory();

signals:
    /** A record was started on an instrument; the main window opens it in the grid. */
    void recordStarted(qint64 recordId);

private:
    void addInstrument();
    void startRecord();

    LabSession& m_lab;
    InstrumentTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace Etalon
