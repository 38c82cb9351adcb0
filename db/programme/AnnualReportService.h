// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnnualFigures.h"
#include "db/lab/Lab.h"

namespace Etalon {

/** Computes the programme's annual report from the lab's data; nothing in it is typed by hand. */
class AnnualReportService final
{
public:
    explicit AnnualReportService(Lab& lab)
        : m_lab(lab)
    {
    }

    /** The figures of \a year (2026 or later, not in the future), up to its end or today. */
    Result<AnnualFigures> figures(int year);

private:
    Status countWork(AnnualFigures& f);
    Status nameTypes(AnnualFigures& f);
    Status countCertificates(AnnualFigures& f);
    Status checkStandards(AnnualFigures& f);
    Status countPoints(AnnualFigures& f);
    Status countEnterprises(AnnualFigures& f);
    Status countPeople(AnnualFigures& f);
    Status fillTargets(AnnualFigures& f);
    Result<bool> inDateOn(Id instrumentId, const QDate& day);

    Lab& m_lab;
};

} // namespace Etalon
