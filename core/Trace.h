// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace Etalon {

/** One link of a traceability chain: a standard and the calibration that was valid when it was used. */
struct TraceNode
{
    Id standardId = 0;
    QString name;
    QString serial;
    QDate usedOn; ///< the date this link had to be valid
    QString certificate; ///< of its calibration valid on that date
    QDate calibratedOn;
    QDate validUntil;
    QString calibratedBy; ///< the laboratory, institute or standard above
    QStringList uncertainties; ///< that calibration's expanded uncertainty per point, e.g. "20 kg: 0.3 g (k = 2)"
    QString top; ///< "national-institute", "calibration-lab" when the chain ends at an external certificate
    QString problem; ///< why the chain is broken here, empty when it holds
    QList<TraceNode> above;
};

struct Trace
{
    QString number; ///< certificate number, when traced from one
    Id recordId = 0;
    QDate dateOfWork;
    QList<TraceNode> standards;
    QStringList problems;
    bool complete() const { return problems.isEmpty(); }
};

} // namespace Etalon
