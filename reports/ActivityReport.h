// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ActivityFigures.h"
#include "core/AdministrativeForm.h"

#include <QByteArray>
#include <QDateTime>

namespace Etalon::ActivityReport {

struct Options
{
    QDateTime generatedAt;
    AdministrativeForm form;
    bool english = false; ///< the installed language is English (names and the form's words follow it)
};

/**
 * The lab's verification activity report as a PDF in the installed language, as an administrative document:
 * work by measurement field and by instrument type, certificates and stamps, standards, verifiers.
 */
Result<QByteArray> render(const ActivityFigures& figures, const Options& options);

/**
 * The same dataset as CSV rows, header first: section, key, name, field, passed, failed, calibrations,
 * inspections, total, certificate, valid_until, status. Names are in the report's language.
 */
QList<QStringList> csvRows(const ActivityFigures& figures, bool english);

} // namespace Etalon::ActivityReport
