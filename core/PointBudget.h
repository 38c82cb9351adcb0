// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"
#include "core/Uncertainty.h"

#include <QJsonArray>

namespace Etalon {

/** A standard's calibration valid on the date of the work, and the one before it (for drift). */
struct StandardCalibrationInfo
{
    Id standardId = 0;
    QString label; ///< "standard 3 “Bộ quả cân M1” (QC-01)"
    QString certificate;
    QString accuracyClass; ///< the standard's class (an OIML R 111 class bounds what a weight set realises)
    QList<CalibrationPoint> current;
    QList<CalibrationPoint> previous;
    QList<WeightItem> items; ///< a set of weights registered weight by weight; empty: a standard as a whole
    bool outOfTolerance = false; ///< its latest calibration found it outside its class or the lab's limit
};

/**
 * A procedure-specific term of every point's budget, e.g. a temperature effect: a quantity, or a fraction of the
 * point's reference value (`relative`). Two kinds serve OIML R 111 C.6: `pooled_sd`, a standard deviation of the
 * weighing process from earlier work that replaces the cycles' own (C.6.1.2), and `display_resolution`, a
 * balance's d read twice per difference, u = (d/2)/√3 · √2 (C.6.4.2); `buoyancy` (a half-width like `half_width`)
 * replaces the R 111 10.1 bound of a weight's buoyancy term.
 */
struct BudgetTerm
{
    enum class Role { Plain, PooledSd, DisplayResolution, Buoyancy };

    QString name;
    Contribution::Kind kind = Contribution::Kind::HalfWidth;
    Role role = Role::Plain;
    Quantity value;
    std::optional<Decimal> relative; ///< the term is this fraction of the reference value
    Distribution distribution = Distribution::Rectangular;
    Decimal k{2, 0};
    std::optional<int> dof; ///< of a pooled standard deviation
    QString note; ///< where the value comes from

    static Result<QList<BudgetTerm>> listFromJson(const QJsonArray& json);
    QJsonObject toJson() const;
};

/** The calibration point of a standard nearest to \a reference, of the same dimension. */
std::optional<CalibrationPoint> nearestCalibrationPoint(const QList<CalibrationPoint>& points,
                                                        const Quantity& reference);

/**
 * The budget of one point, in the unit of its indications: the reference standard's calibration
 * uncertainty (U/k from its certificate), its drift since the previous calibration (rectangular),
 * the instrument's resolution (rectangular, half a digit), the repeatability of the indications (Type A),
 * and the procedure's own terms, expanded as EA-4/02 says (k = 2 unless a Type A input rests on fewer than ten
 * observations, then t at 95.45 % with ν_eff; weights too). Where the
 * standard's certificate has no value at the load, a weight set of an R 111 class contributes its class's bound
 * (rectangular) rather than another load's U. With \a nominalValues (a verification uses the standard at its
 * nominal value) the correction its certificate gives at the load is a term of its own. A weight compared with
 * a reference weight (\a weightMpe, its δm) has the terms of OIML R 111 C.6: the reference weight and its
 * instability, the weighing process (Type A from the cycles, or the procedure's pooled s), the balance's terms
 * from the procedure, and air buoyancy — at most δm/4 for a weight of its class's density when the air density is
 * within 10 % of 1.2 kg/m³ (R 111 10.1), unless the procedure states its own buoyancy term.
 */
Result<Budget> buildPointBudget(const Point& point, const Unit& unit, const Instrument& instrument,
                                const std::optional<StandardCalibrationInfo>& standard, const QList<BudgetTerm>& terms,
                                bool nominalValues = false, const std::optional<Quantity>& weightMpe = std::nullopt);

} // namespace Etalon
