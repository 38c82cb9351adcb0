// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/DecisionRule.h"
#include "core/Domain.h"
#include "core/LinearFit.h"
#include "core/PointBudget.h"

#include <QHash>

#include <optional>

namespace Etalon {

/** Above this coverage factor a point's U rests on too few readings: it is flagged, and a procedure's minimum
 * number of repeats is enforced at completion. */
inline constexpr double LargeCoverageFactor = 2.5;

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
    QString test; ///< the programme's test the point belongs to
    std::optional<Quantity> referenceCorrection; ///< the standard's correction added to the reference, when applied
    Stage stage = Stage::AsFound;
    std::optional<Budget> budget; ///< the point's uncertainty budget, when anything is known of it
    std::optional<BudgetResult> budgetResult;
    std::optional<Quantity> expandedUncertainty; ///< the U that decided: entered with the reading, else the budget's
    bool uncertaintyEntered = false;
    std::optional<double> coverageFactor; ///< k of the deciding U
    std::optional<double> coverageProbability; ///< the probability U covers (EA-4/02 5: ≈ 95 %)
    std::optional<double> tur; ///< MPE / U (ANSI/NCSL Z540.3)
    QString decisionRule;
    QString decisionOutcome; ///< pass, fail, conditional-pass, conditional-fail
    QString decisionExplanation;
    QStringList warnings;
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
    QHash<Id, StandardCalibrationInfo> standards; ///< per standard used, its calibration on the date of the work
    QList<BudgetTerm> budgetTerms;
    DecisionRule decisionRule;
    std::optional<Decimal> minTur;
    std::optional<int> minRepeats; ///< readings a calibration point needs when its k exceeds LargeCoverageFactor
};

/**
 * Evaluates one point. Verification: every indication against the MPE, and the spread of repeats
 * against it too; calibration: the mean is the result. Weights follow OIML R 111 (U ≤ δm/3, then
 * |error| ≤ δm − U). Boundaries are exact.
 */
Result<PointEvaluation> evaluatePoint(const Point& point, const EvaluationContext& context);

/**
 * A result as a certificate states it (GUM 7.2.6): rounded to the decimal place of its expanded uncertainty U
 * (already at two significant digits), trailing zeros kept — 10.000 kg with U = 0.0058 kg is 10.0000 kg.
 * Unchanged without U, or with a U of tens or more in the value's unit.
 */
Quantity roundedToUncertainty(const Quantity& value, const std::optional<Quantity>& expanded);

/** Evaluates every point and checklist item, and derives the verdict and the next due date. */
Result<RecordEvaluation> evaluateRecord(const Record& record, const InstrumentType& type,
                                        const EvaluationContext& context);

/**
 * Refuses (exit 3, field indication) a point whose U rests on too few readings: its k exceeds LargeCoverageFactor
 * and it has fewer readings than the procedure's minimum \a minRepeats (EA-4/02 Annex E: more readings, smaller k).
 */
Status checkRepeats(const RecordEvaluation& evaluation, std::optional<int> minRepeats);

/**
 * The straight line through a calibration's errors against its reference values (GUM H.3), for an
 * instrument calibrated at three or more distinct points; as-left points when there are any, else as-found.
 * Errors are in the unit of the first point's error, references in the unit of the first reference.
 */
std::optional<LinearFit> calibrationCurve(const RecordEvaluation& evaluation);

} // namespace Etalon
