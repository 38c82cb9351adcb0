// SPDX-License-Identifier: Apache-2.0
#include "app/gui/TraceTree.h"

#include "app/gui/Labels.h"

#include <QHeaderView>

#include <functional>

namespace Etalon {

TraceTree::TraceTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Traceability"), tr("Certificate"), tr("Valid"), tr("Calibrated by")});
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QTreeWidgetItem* TraceTree::newItem(QTreeWidgetItem* parent)
{
    return parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
}

void TraceTree::addNode(QTreeWidgetItem* parent, const TraceNode& n)
{
    auto* item = newItem(parent);
    item->setText(StandardColumn, QStringLiteral("%1 (%2)").arg(n.name, n.serial));
    item->setText(CertificateColumn, n.certificate);
    item->setText(ValidColumn,
                  n.validUntil.isValid() ? tr("%1 – %2").arg(Labels::date(n.calibratedOn), Labels::date(n.validUntil))
                                         : QString());
    item->setText(CalibratedByColumn, n.calibratedBy);
    item->setToolTip(StandardColumn, n.uncertainties.join(u'\n'));
    if (!n.problem.isEmpty()) {
        item->setText(StandardColumn, item->text(StandardColumn) + QStringLiteral(" — ") + n.problem);
        item->setForeground(StandardColumn, QColor(0xb0, 0x2a, 0x37));
    }
    for (const TraceNode& above : n.above)
        addNode(item, above);
    // The chain's last level: the organisation whose certificate vouches for it.
    if (n.above.isEmpty() && !n.top.isEmpty() && !n.calibratedBy.isEmpty()) {
        auto* top = new QTreeWidgetItem(item);
        top->setText(StandardColumn,
                     n.top == QStringLiteral("national-institute")
                         ? tr("%1: national measurement standard").arg(n.calibratedBy)
                         : tr("%1: accredited calibration laboratory").arg(n.calibratedBy));
        top->setData(StandardColumn, TopRole, n.top);
    }
}

void TraceTree::showTrace(const Trace& trace)
{
    clear();
    auto* root = new QTreeWidgetItem(this, {tr("Work of %1").arg(Labels::date(trace.dateOfWork))});
    for (const TraceNode& n : trace.standards)
        addNode(root, n);
    if (!trace.complete())
        root->setText(CertificateColumn, trace.problems.join(QStringLiteral("; ")));
    expandAll();
}

void TraceTree::showStandard(const TraceNode& node)
{
    clear();
    addNode(nullptr, node);
    expandAll();
}

int TraceTree::depth() const
{
    const std::function<int(const QTreeWidgetItem*)> below = [&](const QTreeWidgetItem* item) {
        int deepest = 0;
        for (int i = 0; i < item->childCount(); ++i)
            deepest = std::max(deepest, below(item->child(i)));
        return deepest + 1;
    };
    int deepest = 0;
    for (int i = 0; i < topLevelItemCount(); ++i)
        deepest = std::max(deepest, below(topLevelItem(i)));
    return deepest;
}

} // namespace Etalon
