// SPDX-License-Identifier: Apache-2.0
#include "core/StandardTolerance.h"

#include "core/MpeRule.h"
#include "core/Unit.h"

namespace Etalon {

QList<ToleranceFinding> outOfTolerance(const Standard& standard, const StandardCalibration& calibration)
{
    QList<ToleranceFinding> out;
    if (standard.toleranceLimit) {
        // The lab's own limit replaces the class's: it is what the lab decided this standard must meet.
        for (const CalibrationPoint& p : calibration.points) {
            if (!p.correction)
                continue;
            const auto correction = p.correction->asDifference().convertedTo(standard.toleranceLimit->unit());
            if (correction && correction->value().abs() > standard.toleranceLimit->value())
                out.append({p.value, *p.correction, *standard.toleranceLimit});
        }
        return out;
    }
    const auto mg = UnitCatalog::instance().find(QStringLiteral("mg"));
    if (!mg)
        return out;
    for (const CalibrationPoint& p : calibration.points) {
        if (!p.correction || !p.value.unit().isCompatibleWith(*mg))
            continue;
        const auto mpe = oimlR111MpeMg(standard.accuracyClass, p.value);
        const auto correction = p.correction->asDifference().convertedTo(*mg);
        if (!mpe || !correction)
            continue; // not a class with an R 111 limit at this value
        // OIML R 111: a weight's conventional mass lies within δm − U of its nominal value, so |c| + U ≤ δm.
        Decimal limit = *mpe;
        if (p.uncertainty) {
            if (auto u = p.uncertainty->asDifference().convertedTo(*mg); u && !(u->value() > *mpe))
                limit = *mpe - u->value();
            else if (u)
                limit = Decimal();
        }
        if (correction->value().abs() > limit)
            out.append({p.value, *p.correction, Quantity(limit, *mg)});
    }
    return out;
}

} // namespace Etalon
