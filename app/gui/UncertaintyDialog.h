// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Etalon {

/**
 * The uncertainty calculator: the same budgets as `etalon-cli uncertainty`, typed into a table, evaluated as
 * you type, opened from and saved to the same JSON files.
 */
class UncertaintyDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Value, K, Probability, Distribution, Sensitivity, Dof, ColumnCount };

    explicit UncertaintyDialog(QWidget* parent = nullptr);

    /** The budget as the file format holds it; an error names the row and field at fault. */
    Result<QJsonObject> budgetJson() const;
    void setBudgetJson(const QJsonObject& json);
    QString resultText() const;
    QTableWidget* table() const { return m_table; }
    void addContribution(const QString& name, const QString& kind, const QString& value);

public slots:
    void evaluate();
    bool openFile(const QString& path);
    bool saveFile(const QString& path);

private:
    void buildUi();
    QComboBox* comboFor(int row, int column) const;

    QLineEdit* m_measurand = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_estimate = nullptr;
    QComboBox* m_coverage = nullptr;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_results = nullptr;
    QLabel* m_summary = nullptr;
    bool m_loading = false;
};

} // namespace Etalon
