// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/gui/ReportDialog.h"
#include "core/AnnualFigures.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Etalon {

class LabSession;

/** Draws the programme's targets as the annual report does, for the screen. */
class TargetsWidget : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    void setTargets(QList<TargetProgress> targets);
    const QList<TargetProgress>& targets() const { return m_targets; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<TargetProgress> m_targets;
};

/**
 * The provincial programme at a glance for the lab manager: progress towards each target in a year, the
 * check-scale points whose equipment falls due, and the annual report to save as PDF or CSV.
 */
class ProgrammePage : public QWidget
{
    Q_OBJECT
public:
    ProgrammePage(LabSession& lab, QWidget* parent = nullptr);
    void reload();

    QSpinBox* yearSpin() const { return m_year; }
    TargetsWidget* targets() const { return m_targets; }
    QTableWidget* duePoints() const { return m_points; }
    QLineEdit* communeEdit() const { return m_commune; }
    QCheckBox* dueOnlyBox() const { return m_dueOnly; }
    /** Sets a target of the programme (managers and admins); the error, or empty. */
    QString setTarget(const QString& key, int value, int byYear);
    QLabel* summaryLabel() const { return m_summary; }
    /** Saves the annual report of the year shown, in Vietnamese, at \a pdf with its CSV beside it; the error. */
    QString saveAnnualReport(const QString& pdf);

private:
    void openReport(ReportDialog::Kind kind);
    LabSession& m_lab;
    QSpinBox* m_year = nullptr;
    TargetsWidget* m_targets = nullptr;
    QTableWidget* m_points = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_commune = nullptr;
    QCheckBox* m_dueOnly = nullptr;
};

} // namespace Etalon
