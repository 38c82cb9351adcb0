// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <optional>

namespace Etalon {

/** The outcome of one point: its errors, the MPE that applied and the verdict. */
struct PointEvaluation
{
    int seq = 0;
    Quantity reference;
    QList<Quantity> indications;
    QList<Quantity> errors; ///< one per indication (verification)
    Quantity error; ///< the worst error (verification) or the error of the mean (calibration)
    std::optional<Quantity> mean;
    std::optional<Quantity> spread; ///< max − min of repeated indications
    std::optional<Quantity> mpe;
    Verdict verdict = Verdict::None;
    QString reason; ///< why it failed, for people
    QString position;
    Stage stage = Stage::AsFound;
};

struct RecordEvaluation
{
    QList<PointEvaluation> points;
    QList<CheckItem> failedChecks;
    Verdict verdict = Verdict::None;
    std::optional<QDate> nextDue;
    std::optional<int> cycleMonths;
    QString legalBasis;
};

/** Everything the evaluation of a record's points needs besides the points themselves. */
struct EvaluationContext
{
    RecordKind kind = RecordKind::Periodic;
    Instrument instrument;
    std::optional<MpeRule> mpeRule;
};

/**
 * Evaluates one point. Verification: every indication against the MPE, and the spread of repeats
 * against it too; calibration: the mean is the result. Weights follow OIML R 111 (U ≤ δm/3, then
 * |error| ≤ δm − U). Boundaries are exact.
 */
Result<PointEvaluation> evaluatePoint(const Point& point, const EvaluationContext& context);

/** Evaluates every point and checklist item, and derives the verdict and the next due date. */
Result<RecordEvaluation> evaluateRecord(const Record& record, const InstrumentType& type,
                                        const EvaluationContext& context);

} // namespace Etalon
