// SPDX-License-Identifier: Apache-2.0
#include "core/Evaluation.h"

#include "core/DueDate.h"
#include "core/StandardFitness.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace Etalon {

namespace {

Error pointError(const Point& point, const Error& e)
{
    Error out = e;
    out.message = Tr::tr("point %1: %2").arg(point.seq).arg(e.message);
    return out;
}

bool withinLimit(const Quantity& error, const Quantity& limit)
{
    return error.abs().compare(limit).value_or(std::strong_ordering::greater) != std::strong_ordering::greater;
}

// I + ½e − ΔL: the indication before rounding by the change-point method (OIML R 76).
Result<Quantity> changePointIndication(const Quantity& indication, const Quantity& addedLoad,
                                       const Instrument& instrument)
{
    const auto e = instrument.verificationInterval ? instrument.verificationInterval : instrument.resolution;
    if (!e)
        return fail(Error::badInput(QStringLiteral("added-load"),
                                    Tr::tr("the change-point method needs the instrument's verification interval e")));
    // R 76: the additional loads go up in steps of 0.1 e until the indication changes: 0 ≤ ΔL ≤ e.
    auto below = addedLoad.asDifference().compare(Quantity::difference(Decimal(), e->unit()));
    auto above = addedLoad.asDifference().compare(e->asDifference());
    if (!below || !above || *below == std::strong_ordering::less || *above == std::strong_ordering::greater)
        return fail(Error::badInput(QStringLiteral("added-load"),
                                    Tr::tr("the additional load of the change-point method lies between 0 and e = %1, "
                                           "not %2")
                                        .arg(e->toString(), addedLoad.toString())));
    auto half = Quantity::difference(e->value() * Decimal(5, 1), e->unit());
    auto plusHalf = indication.plus(half);
    if (!plusHalf)
        return plusHalf;
    return plusHalf->minus(addedLoad.asDifference());
}

// OIML R 76 3.8 / A.4.12: an additional load of 1.4 d, placed on the load at equilibrium, changes the indication
// (a digital one by at least d). The reading holds the indication before and after it.
Result<PointEvaluation> evaluateDiscrimination(const Point& point, const EvaluationContext& ctx, PointEvaluation out)
{
    const auto& d = ctx.instrument.resolution;
    if (!d)
        return fail(Error::badInput(QStringLiteral("resolution"),
                                    Tr::tr("a discrimination test needs the instrument's scale interval d")));
    if (point.indications.size() != 2)
        return fail(Error::badInput(QStringLiteral("indication"),
                                    Tr::tr("a discrimination reading is two indications: before and after the "
                                           "additional load")));
    if (!point.addedLoad)
        return fail(Error::badInput(QStringLiteral("added-load"),
                                    Tr::tr("a discrimination reading names the additional load placed (1.4 d)")));
    const Quantity limit = d->asDifference().scaled(Decimal(14, 1));
    auto added = point.addedLoad->asDifference().compare(limit);
    if (!added)
        return fail(Error::badInput(QStringLiteral("added-load"), added.error().message));
    if (*added == std::strong_ordering::greater)
        return fail(Error::badInput(
            QStringLiteral("added-load"),
            Tr::tr("an additional load above 1.4 d = %1 proves nothing of discrimination").arg(limit.toString())));
    const Unit unit = point.indications.first().unit();
    auto after = point.indications.last().convertedTo(unit);
    if (!after)
        return fail(unitMismatch(point.indications.last().unit(), unit, QStringLiteral("indication")));
    auto change = after->minus(point.indications.first());
    if (!change)
        return fail(change.error());
    out.indications = {point.indications.first(), *after};
    out.error = *change;
    auto enough = change->compare(d->asDifference());
    out.verdict = enough && *enough != std::strong_ordering::less ? Verdict::Pass : Verdict::Fail;
    if (out.verdict == Verdict::Fail)
        out.reason = Tr::tr("discrimination: %1 added changed the indication by %2, less than d = %3 (OIML R 76 3.8)")
                         .arg(point.addedLoad->toString(), change->toString(), d->toString());
    return out;
}

Result<Quantity> meanOf(const QList<Quantity>& values)
{
    Decimal sum;
    for (const Quantity& q : values) {
        auto s = sum.plus(q.value());
        if (!s)
            return fail(s.error());
        sum = *s;
    }
    auto mean = sum.dividedBy(Decimal::fromInt(values.size()));
    if (!mean)
        return fail(mean.error());
    const int scale = values.first().value().scale() + 2;
    // An exact mean keeps its digits; a recurring one is kept to two places more than the readings.
    return Quantity(mean->scale() > scale ? mean->rounded(scale) : *mean, values.first().unit());
}

Status judgeWeight(const Quantity& mpe, PointEvaluation& out)
{
    if (!out.expandedUncertainty)
        return fail(Error::badInput(QStringLiteral("expanded-uncertainty"),
                                    Tr::tr("a weight's reading needs its expanded uncertainty U (OIML R 111)"),
                                    QStringLiteral("missing_uncertainty")));
    Quantity u = out.expandedUncertainty->asDifference();
    // The decision takes the U the budget gives before rounding where that is larger (rounding may go down by < 5 %).
    if (!out.uncertaintyEntered && out.budgetResult &&
        out.budgetResult->expanded > out.budgetResult->expandedRounded.toDouble()) {
        auto exact = Decimal::fromDouble(out.budgetResult->expanded);
        if (exact)
            u = Quantity::difference(exact->rounded(12), u.unit());
    }
    auto third = mpe.value().dividedBy(Decimal(3, 0));
    if (!third)
        return fail(third.error());
    if (u.compare(Quantity::difference(*third, mpe.unit())).value_or(std::strong_ordering::greater) ==
        std::strong_ordering::greater)
        return fail(
            Error::refused(QStringLiteral("inadequate_uncertainty"),
                           Tr::tr("U = %1 exceeds δm/3 = %2 mg: the measurement is inadequate for a verdict (OIML R "
                                  "111)")
                               .arg(u.toString(), third->rounded(4).normalized().toString()),
                           QStringLiteral("expanded-uncertainty")));
    auto limit = mpe.minus(u);
    if (!limit)
        return fail(limit.error());
    out.decisionRule = QStringLiteral("oiml-r111");
    if (!withinLimit(out.error, *limit)) {
        out.verdict = Verdict::Fail;
        out.reason = Tr::tr("|error| %1 exceeds δm − U = %2").arg(out.error.abs().toString(), limit->toString());
        out.decisionOutcome = QStringLiteral("fail");
        out.decisionExplanation = out.reason;
        return {};
    }
    out.verdict = Verdict::Pass;
    out.decisionOutcome = QStringLiteral("pass");
    out.decisionExplanation = Tr::tr("|error| ≤ δm − U");
    return {};
}

// R 111 C.6: what a weight's budget lacks when the procedure does not say it, said with the point.
void warnIncompleteWeightBudget(const Point& point, const EvaluationContext& ctx, PointEvaluation& out)
{
    if (out.uncertaintyEntered)
        return;
    const auto has = [&](BudgetTerm::Role role) {
        return std::any_of(ctx.budgetTerms.cbegin(), ctx.budgetTerms.cend(),
                           [role](const BudgetTerm& t) { return t.role == role; });
    };
    // C.6.4: the balance's resolution belongs in a weight's budget; only the procedure knows the balance.
    if (!has(BudgetTerm::Role::DisplayResolution))
        out.warnings.append(Tr::tr("the procedure states no display resolution of the balance (OIML R 111 C.6.4): "
                                   "the budget leaves the comparator's resolution out"));
    // C.6.1.2: one cycle has no scatter of its own; a pooled s from earlier work stands for it.
    if (point.indications.size() < 2 && !has(BudgetTerm::Role::PooledSd))
        out.warnings.append(Tr::tr("one weighing cycle and no pooled s in the procedure (OIML R 111 C.6.1.2): the "
                                   "budget has no term for the weighing process"));
}

// A calibration, and a weight compared with a reference weight (OIML R 111 C), uses the standard's conventional value:
// its nominal value plus the correction its certificate gives at that load. A verification of an instrument uses
// the nominal value; the correction then stays in the budget and in the 1/3 rule (OIML R 76 3.7.1).
bool usesConventionalValue(const EvaluationContext& ctx)
{
    return !isVerification(ctx.kind) || (ctx.mpeRule && ctx.mpeRule->kind() == MpeRule::Kind::OimlR111);
}

std::optional<Quantity> referenceCorrection(const Point& point, const EvaluationContext& ctx)
{
    const auto standard = ctx.standards.constFind(point.standardId);
    if (standard == ctx.standards.constEnd() || !usesConventionalValue(ctx))
        return std::nullopt;
    const auto exact = realisedPoint(*standard, point.reference);
    if (!exact || !exact->correction || exact->correction->value().isZero())
        return std::nullopt;
    return exact->correction->asDifference();
}

// The point's budget and the U that decides it: the one entered with the reading, else the budget's.
Status attachUncertainty(const Point& point, const Unit& unit, const EvaluationContext& ctx, PointEvaluation& out)
{
    const auto standard = ctx.standards.constFind(point.standardId);
    auto budget = buildPointBudget(
        point, unit, ctx.instrument,
        standard == ctx.standards.constEnd() ? std::nullopt : std::optional<StandardCalibrationInfo>(*standard),
        ctx.budgetTerms, !usesConventionalValue(ctx),
        ctx.mpeRule && ctx.mpeRule->kind() == MpeRule::Kind::OimlR111 ? out.mpe : std::nullopt);
    if (budget) {
        auto result = evaluateBudget(*budget);
        if (!result)
            return fail(result.error());
        out.budget = *budget;
        out.budgetResult = *result;
    } else if (budget.error().code != QStringLiteral("no_budget")) {
        return fail(budget.error());
    }
    if (point.expandedUncertainty) {
        auto entered = point.expandedUncertainty->asDifference().convertedTo(unit);
        if (!entered)
            return fail(unitMismatch(point.expandedUncertainty->unit(), unit, QStringLiteral("expanded-uncertainty")));
        // A U below what the point's own budget gives cannot be: the standard, the resolution and the scatter alone
        // make that much.
        if (out.budgetResult && entered->value().toDouble() < out.budgetResult->expanded * (1 - 1e-9) &&
            entered->value() < out.budgetResult->expandedRounded)
            return fail(Error::refused(
                QStringLiteral("uncertainty_below_budget"),
                Tr::tr("the entered U = %1 is smaller than the point's own budget gives (U = %2 %3, k = %4): the "
                       "standard, the resolution and the readings' scatter alone make that much")
                    .arg(entered->toString(), out.budgetResult->expandedRounded.toString(), unit.symbol())
                    .arg(out.budgetResult->coverageFactor, 0, 'f', 2),
                QStringLiteral("expanded-uncertainty")));
        out.expandedUncertainty = *entered;
        out.uncertaintyEntered = true;
        // An entered U states its k; its coverage is the normal distribution's for that k.
        out.coverageFactor = point.k.toDouble();
        out.coverageProbability = std::erf(*out.coverageFactor / std::sqrt(2.0));
    } else if (out.budgetResult) {
        out.expandedUncertainty = Quantity::difference(out.budgetResult->expandedRounded, unit);
        out.coverageFactor = out.budgetResult->coverageFactor;
        out.coverageProbability = out.budgetResult->coverageProbability;
    }
    if (out.budgetResult && out.budgetResult->coverageFactor > LargeCoverageFactor) {
        out.warnings.append(Tr::tr("k = %1 (ν_eff = %2): too few repeated readings make U large; repeat the "
                                   "readings (EA-4/02 Annex E)")
                                .arg(out.budgetResult->coverageFactor, 0, 'f', 2)
                                .arg(out.budgetResult->effectiveDofUsed.value_or(0)));
    }
    return {};
}

// TUR against the procedure's minimum: the MPE over the standard's own U at the point (not the point's whole
// budget, whose resolution term alone would make every scale "inadequate"). A low ratio is a warning kept with
// the point.
void checkAdequacy(const Point& point, const Quantity& mpe, const EvaluationContext& ctx, PointEvaluation& out)
{
    const auto standard = ctx.standards.constFind(point.standardId);
    if (standard == ctx.standards.constEnd())
        return;
    const auto u = standardUncertaintyAt(*standard, point.reference);
    if (!u)
        return;
    auto uInMpeUnit = u->asDifference().convertedTo(mpe.unit());
    if (!uInMpeUnit)
        return;
    out.tur = testUncertaintyRatio(mpe.value().toDouble(), uInMpeUnit->value().toDouble());
    if (out.tur && ctx.minTur && *out.tur < ctx.minTur->toDouble())
        out.warnings.append(Tr::tr("test uncertainty ratio %1:1 is below the procedure's minimum %2:1")
                                .arg(*out.tur, 0, 'f', 1)
                                .arg(ctx.minTur->toString()));
}

// A decision rule other than simple acceptance, applied to the worst error with the point's U.
void applyDecisionRule(const Quantity& mpe, const EvaluationContext& ctx, PointEvaluation& out)
{
    const DecisionRule& rule = ctx.decisionRule;
    out.decisionRule = rule.name();
    out.decisionOutcome = toName(out.verdict);
    if (rule.kind == DecisionRule::Kind::Simple && !rule.reportConditional)
        return;
    if (!out.expandedUncertainty) {
        out.warnings.append(Tr::tr("no uncertainty is known for this point: simple acceptance was applied"));
        return;
    }
    auto mpeInUnit = mpe.asDifference().convertedTo(out.error.unit());
    auto u = out.expandedUncertainty->asDifference().convertedTo(out.error.unit());
    if (!mpeInUnit || !u)
        return;
    const Decision d = decide(rule, out.error.value(), mpeInUnit->value(), u->value());
    out.decisionOutcome = d.outcomeName();
    out.decisionExplanation = d.explanation;
    if (out.verdict == Verdict::Pass && !d.passes()) {
        out.verdict = Verdict::Fail;
        out.reason = d.explanation;
    }
}

void judgeVerification(const Quantity& mpe, PointEvaluation& out)
{
    out.verdict = Verdict::Pass;
    for (const Quantity& err : out.errors) {
        if (!withinLimit(err, mpe)) {
            out.verdict = Verdict::Fail;
            out.reason = Tr::tr("|error| %1 exceeds the MPE %2").arg(err.abs().toString(), mpe.toString());
            return;
        }
    }
    if (out.spread && !withinLimit(*out.spread, mpe)) {
        out.verdict = Verdict::Fail;
        out.reason = Tr::tr("repeatability: spread %1 exceeds the MPE %2").arg(out.spread->toString(), mpe.toString());
    }
}

// OIML R 76 A.4.10 / 3.6.1: the loadings of one repeatability test, typed as one reading or as several at the same
// load, may not differ by more than the MPE at that load.
void judgeRepeatability(QList<PointEvaluation>& points)
{
    QMap<double, QList<int>> series;
    for (int i = 0; i < points.size(); ++i) {
        if (points[i].test == QStringLiteral("repeatability"))
            series[points[i].reference.siValue()].append(i);
    }
    for (const QList<int>& members : series) {
        const PointEvaluation& first = points[members.first()];
        if (members.size() < 2 || !first.mpe || first.indications.isEmpty())
            continue;
        const Unit unit = first.indications.first().unit();
        std::optional<Quantity> lo, hi;
        int loadings = 0;
        for (int i : members) {
            for (const Quantity& q : points[i].indications) {
                auto v = q.convertedTo(unit);
                if (!v)
                    continue;
                lo = !lo || v->value() < lo->value() ? *v : *lo;
                hi = !hi || v->value() > hi->value() ? *v : *hi;
                ++loadings;
            }
        }
        auto spread = hi->minus(*lo);
        if (!spread || withinLimit(*spread, *first.mpe))
            continue;
        const QString reason = Tr::tr("repeatability: the %1 loadings spread %2, more than the MPE %3")
                                   .arg(loadings)
                                   .arg(spread->toString(), first.mpe->toString());
        for (int i : members) {
            points[i].verdict = Verdict::Fail;
            points[i].reason = reason;
        }
    }
}

} // namespace

Result<PointEvaluation> evaluatePoint(const Point& point, const EvaluationContext& ctx)
{
    if (point.indications.isEmpty())
        return fail(pointError(point, Error::badInput(QStringLiteral("indication"), Tr::tr("no indication recorded"))));
    PointEvaluation out;
    out.seq = point.seq;
    out.reference = point.reference;
    out.position = point.position;
    out.test = point.test;
    out.stage = point.stage;
    if (point.test == QStringLiteral("discrimination")) {
        auto judged = evaluateDiscrimination(point, ctx, out);
        if (!judged)
            return fail(pointError(point, judged.error()));
        return judged;
    }
    const Unit unit = point.indications.first().unit();
    auto reference = point.reference.convertedTo(unit);
    if (!reference)
        return fail(pointError(point, unitMismatch(unit, point.reference.unit(), QStringLiteral("reference"))));
    const bool weights = ctx.mpeRule && ctx.mpeRule->kind() == MpeRule::Kind::OimlR111;
    // A weight is compared at its own nominal value; any other load says nothing of it.
    if (weights && ctx.instrument.nominal) {
        auto same = point.reference.compare(*ctx.instrument.nominal);
        if (!same || *same != std::strong_ordering::equal)
            return fail(
                pointError(point,
                           Error::badInput(QStringLiteral("reference"),
                                           Tr::tr("a weight of %1 is compared at its nominal value, "
                                                  "not at %2")
                                               .arg(ctx.instrument.nominal->toString(), point.reference.toString()))));
    }
    out.referenceCorrection = referenceCorrection(point, ctx);
    if (out.referenceCorrection) {
        // An instrument indicates against the standard's conventional value (nominal + correction). A weight's cycle
        // (OIML R 111 C.4) gives the test weight against the reference taken at its nominal value: its conventional
        // mass is that plus the reference's correction, so its error is I + c − nominal.
        reference = reference->plus(
            weights ? Quantity::difference(-out.referenceCorrection->value(), out.referenceCorrection->unit())
                    : *out.referenceCorrection);
        if (!reference)
            return fail(pointError(point, reference.error()));
    }
    for (const Quantity& raw : point.indications) {
        auto indication = raw.convertedTo(unit);
        if (!indication)
            return fail(pointError(point, unitMismatch(raw.unit(), unit, QStringLiteral("indication"))));
        if (point.addedLoad) {
            indication = changePointIndication(*indication, *point.addedLoad, ctx.instrument);
            if (!indication)
                return fail(pointError(point, indication.error()));
        }
        out.indications.append(*indication);
        auto err = indication->minus(*reference);
        if (!err)
            return fail(pointError(point, err.error()));
        out.errors.append(*err);
    }
    if (out.indications.size() > 1) {
        Quantity lo = out.indications.first(), hi = lo;
        for (const Quantity& q : out.indications) {
            lo = q.value() < lo.value() ? q : lo;
            hi = q.value() > hi.value() ? q : hi;
        }
        out.spread = hi.minus(lo).value();
    }
    const bool verification = isVerification(ctx.kind);
    // A verification judges its worst reading; a weight's error is the mean of its cycles (R 111 C.4), as is a
    // calibration's.
    if (verification && !weights) {
        out.error = out.errors.first();
        for (const Quantity& e : out.errors)
            out.error = e.value().abs() > out.error.value().abs() ? e : out.error;
    } else {
        auto mean = meanOf(out.indications);
        if (!mean)
            return fail(pointError(point, mean.error()));
        out.mean = *mean;
        out.error = mean->minus(*reference).value();
    }
    if (const auto s = ctx.standards.constFind(point.standardId); s != ctx.standards.constEnd() && s->outOfTolerance)
        out.warnings.append(Tr::tr("%1 was found outside its class or limit by its calibration (certificate %2): its "
                                   "certified value is used, and work since its previous calibration is suspect")
                                .arg(s->label, s->certificate));
    if (!ctx.mpeRule) {
        if (verification)
            return fail(pointError(point,
                                   Error::refused(QStringLiteral("no_mpe_rule"),
                                                  Tr::tr("a verification needs an MPE rule from its procedure"))));
        auto attached = attachUncertainty(point, unit, ctx, out);
        if (!attached)
            return fail(pointError(point, attached.error()));
        return out;
    }
    MpeContext mctx{point.reference,
                    ctx.instrument.verificationInterval ? ctx.instrument.verificationInterval
                                                        : ctx.instrument.resolution,
                    ctx.instrument.rangeMin,
                    ctx.instrument.rangeMax,
                    ctx.instrument.nominal,
                    ctx.instrument.accuracyClass,
                    mpeModeFor(ctx.kind)};
    auto mpe = ctx.mpeRule->evaluate(mctx);
    if (!mpe)
        return fail(pointError(point, mpe.error()));
    out.mpe = *mpe;
    auto attached = attachUncertainty(point, unit, ctx, out);
    if (!attached)
        return fail(pointError(point, attached.error()));
    if (weights) {
        warnIncompleteWeightBudget(point, ctx, out);
        auto judged = judgeWeight(*mpe, out);
        if (!judged)
            return fail(pointError(point, judged.error()));
        return out;
    }
    if (verification) {
        judgeVerification(*mpe, out);
    } else {
        out.verdict = withinLimit(out.error, *mpe) ? Verdict::Pass : Verdict::Fail;
        if (out.verdict == Verdict::Fail)
            out.reason = Tr::tr("|error| %1 exceeds the MPE %2").arg(out.error.abs().toString(), mpe->toString());
    }
    checkAdequacy(point, *mpe, ctx, out);
    applyDecisionRule(*mpe, ctx, out);
    return out;
}

Result<RecordEvaluation> evaluateRecord(const Record& record, const InstrumentType& type, const EvaluationContext& ctx)
{
    RecordEvaluation out;
    if (record.points.isEmpty())
        return fail(Error::refused(QStringLiteral("no_points"), Tr::tr("the record has no readings"),
                                   QStringLiteral("points")));
    for (const Point& p : record.points) {
        auto e = evaluatePoint(p, ctx);
        if (!e)
            return fail(e.error());
        out.points.append(*e);
    }
    if (isVerification(record.kind))
        judgeRepeatability(out.points);
    bool anyFail = false;
    bool anyVerdict = false;
    for (const PointEvaluation& e : out.points) {
        anyFail = anyFail || e.verdict == Verdict::Fail;
        anyVerdict = anyVerdict || e.verdict != Verdict::None;
    }
    for (const CheckItem& c : record.checks) {
        if (!c.passed)
            out.failedChecks.append(c);
    }
    anyFail = anyFail || !out.failedChecks.isEmpty();
    if (isVerification(record.kind)) {
        out.verdict = anyFail ? Verdict::Fail : Verdict::Pass;
        // An in-service inspection checks, it does not verify: it sets no new validity.
        if (out.verdict == Verdict::Pass && record.kind != RecordKind::Inspection && type.cycleMonths) {
            out.cycleMonths = type.cycleMonths;
            out.legalBasis = type.legalBasis;
            out.nextDue = verificationValidUntil(record.date, *type.cycleMonths);
        }
    } else {
        out.verdict = anyFail ? Verdict::Fail : (anyVerdict ? Verdict::Pass : Verdict::None);
        out.nextDue = calibrationNextDue(record.date, record.intervalMonths);
    }
    return out;
}

Status checkRepeats(const RecordEvaluation& evaluation, std::optional<int> minRepeats)
{
    if (!minRepeats)
        return {};
    QStringList short_;
    for (const PointEvaluation& e : evaluation.points) {
        // The budget's own k: an entered U does not make a few readings more.
        const std::optional<double> k = e.budgetResult ? std::optional(e.budgetResult->coverageFactor) : std::nullopt;
        if (!k || *k <= LargeCoverageFactor || e.indications.size() >= *minRepeats)
            continue;
        short_.append(Tr::tr("point %1 (%n reading(s), k = %2)", nullptr, int(e.indications.size()))
                          .arg(e.seq)
                          .arg(*k, 0, 'f', 2));
    }
    if (short_.isEmpty())
        return {};
    return fail(Error::refused(QStringLiteral("too_few_repeats"),
                               Tr::tr("too few readings for a reliable uncertainty: %1; the procedure asks for at "
                                      "least %2 at a point whose k exceeds 2.5")
                                   .arg(short_.join(QStringLiteral(", ")))
                                   .arg(*minRepeats),
                               QStringLiteral("indication")));
}

Quantity roundedToUncertainty(const Quantity& value, const std::optional<Quantity>& expanded)
{
    if (!expanded || expanded->value().isZero())
        return value;
    auto u = expanded->asDifference().convertedTo(value.unit());
    if (!u)
        return value;
    const int places = u->value().normalized().scale();
    return value.isDifference() ? Quantity::difference(value.value().rounded(places), value.unit())
                                : Quantity(value.value().rounded(places), value.unit());
}

std::optional<LinearFit> calibrationCurve(const RecordEvaluation& evaluation)
{
    bool asLeft = false;
    for (const PointEvaluation& p : evaluation.points)
        asLeft = asLeft || p.stage == Stage::AsLeft;
    QList<double> x, y;
    std::optional<Unit> xUnit, yUnit;
    for (const PointEvaluation& p : evaluation.points) {
        if ((p.stage == Stage::AsLeft) != asLeft)
            continue;
        if (!xUnit) {
            xUnit = p.reference.unit();
            yUnit = p.error.unit();
        }
        auto reference = p.reference.convertedTo(*xUnit);
        auto error = p.error.asDifference().convertedTo(*yUnit);
        if (!reference || !error)
            return std::nullopt;
        x.append(reference->value().toDouble());
        y.append(error->value().toDouble());
    }
    auto fit = fitStraightLine(x, y, 0.0);
    return fit ? std::optional<LinearFit>(*fit) : std::nullopt;
}

} // namespace Etalon
