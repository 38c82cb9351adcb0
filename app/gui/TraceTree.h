// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Trace.h"

#include <QTreeWidget>

namespace Etalon {

/**
 * A traceability chain as a tree, every level shown: each standard with the calibration valid when it was used,
 * the standard that calibrated it below it, down to the external certificate and the national measurement standard
 * (or calibration laboratory) the chain ends at. A broken link is shown in red with why.
 */
class TraceTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { StandardColumn, CertificateColumn, ValidColumn, CalibratedByColumn };
    /** Set on the last level, the national institute or the calibration laboratory that vouches for the chain. */
    enum Roles { TopRole = Qt::UserRole + 1 };

    explicit TraceTree(QWidget* parent = nullptr);

    /** Shows the chain of the work of a record or certificate: one branch per standard used. */
    void showTrace(const Trace& trace);
    /** Shows one standard's own chain. */
    void showStandard(const TraceNode& node);
    /** How many levels the deepest branch has, the organisation at its end included. */
    int depth() const;

private:
    void addNode(QTreeWidgetItem* parent, const TraceNode& node);
    QTreeWidgetItem* newItem(QTreeWidgetItem* parent);
};

} // namespace Etalon
