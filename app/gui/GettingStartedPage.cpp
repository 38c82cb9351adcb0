// SPDX-License-Identifier: Apache-2.0
#include "app/gui/GettingStartedPage.h"

#include "app/gui/LabSession.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Etalon {

GettingStartedPage::GettingStartedPage(LabSession& lab, QWidget* parent)
    : QWidget(parent)
    , m_lab(lab)
{
    setObjectName(QStringLiteral("gettingStartedPage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Before its first certificate a lab registers, in this order, what its work rests "
                                "on. Each step is counted from the lab itself; it is done when the lab holds it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("setupSummaryLabel"));
    m_summary->setStyleSheet(QStringLiteral("font-weight:bold"));
    layout->addWidget(m_summary);
    m_rows = new QWidget(this);
    m_grid = new QGridLayout(m_rows);
    m_grid->setColumnStretch(2, 1);
    layout->addWidget(m_rows);
    layout->addStretch(1);
    reload();
}

void GettingStartedPage::setAvailable(const QSet<QString>& keys)
{
    m_available = keys;
    m_availableSet = true;
    reload();
}

void GettingStartedPage::reload()
{
    auto progress = SetupService(m_lab.lab()).progress();
    if (!progress) {
        m_summary->setText(progress.error().message);
        return;
    }
    m_progress = *progress;
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_buttons.clear();
    int row = 0;
    for (const SetupStep& step : m_progress.steps) {
        auto* mark = new QLabel(step.done ? QStringLiteral("✓") : QStringLiteral("○"), m_rows);
        mark->setStyleSheet(step.done ? QStringLiteral("color:#146c43;font-size:16px")
                                      : QStringLiteral("color:#997404;font-size:16px"));
        auto* title = new QLabel(QStringLiteral("%1. %2").arg(row + 1).arg(step.title), m_rows);
        title->setStyleSheet(step.done ? QString() : QStringLiteral("font-weight:bold"));
        auto* detail = new QLabel(step.done ? step.detail : tr("To do — %1").arg(step.detail), m_rows);
        detail->setObjectName(step.key + QStringLiteral("DetailLabel"));
        detail->setWordWrap(true);
        auto* open = new QPushButton(tr("Open"), m_rows);
        open->setObjectName(step.key + QStringLiteral("OpenButton"));
        open->setEnabled(!m_availableSet || m_available.contains(step.key));
        if (!open->isEnabled())
            open->setToolTip(tr("Another role does this step"));
        connect(open, &QPushButton::clicked, this, [this, key = step.key] { emit openRequested(key); });
        m_buttons.insert(step.key, open);
        m_grid->addWidget(mark, row, 0);
        m_grid->addWidget(title, row, 1);
        m_grid->addWidget(detail, row, 2);
        m_grid->addWidget(open, row, 3);
        ++row;
    }
    m_summary->setText(m_progress.complete()
                           ? tr("The lab is set up: every step is done.")
                           : tr("%1 of %2 steps done").arg(m_progress.doneCount()).arg(m_progress.steps.size()));
}

} // namespace Etalon
