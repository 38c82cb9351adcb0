// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/SetupService.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace Etalon {

class LabSession;

/**
 * What a new lab still has to register before its first certificate, step by step in order (its details,
 * customers, the national institute, standards and their calibrations, people and their verifier cards, stamps),
 * each counted from the lab and marked done or not, with a button that opens the page where it is done.
 */
class GettingStartedPage : public QWidget
{
    Q_OBJECT
public:
    explicit GettingStartedPage(LabSession& lab, QWidget* parent = nullptr);

    /** Counts again what the lab holds. */
    void reload();
    const SetupProgress& progress() const { return m_progress; }
    QLabel* summaryLabel() const { return m_summary; }
    /** The button that opens step \a key's page, or nullptr. */
    QPushButton* openButton(const QString& key) const { return m_buttons.value(key); }
    /** Says which steps the window has no page for (the user's role does not do them): their buttons are disabled. */
    void setAvailable(const QSet<QString>& keys);

signals:
    /** The user wants the page of step \a key. */
    void openRequested(const QString& key);

private:
    LabSession& m_lab;
    SetupProgress m_progress;
    QSet<QString> m_available;
    bool m_availableSet = false;
    QLabel* m_summary = nullptr;
    QGridLayout* m_grid = nullptr;
    QWidget* m_rows = nullptr;
    QHash<QString, QPushButton*> m_buttons;
};

} // namespace Etalon
