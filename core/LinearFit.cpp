// SPDX-License-Identifier: Apache-2.0
#include "core/LinearFit.h"

#include "core/Tr.h"

#include <cmath>

namespace Etalon {

double LinearFit::predictionUncertainty(double x) const
{
    const double d = x - x0;
    const double variance = interceptUncertainty * interceptUncertainty + d * d * slopeUncertainty * slopeUncertainty +
        2 * d * interceptUncertainty * slopeUncertainty * correlation;
    return std::sqrt(std::max(0.0, variance));
}

Result<LinearFit> fitStraightLine(const QList<double>& x, const QList<double>& y, double x0)
{
    const int n = int(x.size());
    if (n != y.size())
        return fail(Error::badInput(QStringLiteral("points"), Tr::tr("the x and y lists differ in length")));
    if (n < 3)
        return fail(Error::badInput(QStringLiteral("points"),
                                    Tr::tr("a straight line with uncertainties needs at least three points")));
    double sumT = 0, sumTT = 0, sumB = 0, sumTB = 0;
    for (int i = 0; i < n; ++i) {
        const double t = x[i] - x0;
        sumT += t;
        sumTT += t * t;
        sumB += y[i];
        sumTB += t * y[i];
    }
    const double d = n * sumTT - sumT * sumT;
    if (!(d > 0))
        return fail(
            Error::badInput(QStringLiteral("points"), Tr::tr("the x values are all equal: no slope can be fitted")));
    LinearFit fit;
    fit.x0 = x0;
    fit.intercept = (sumB * sumTT - sumT * sumTB) / d;
    fit.slope = (n * sumTB - sumT * sumB) / d;
    for (int i = 0; i < n; ++i) {
        const double r = y[i] - fit.predict(x[i]);
        fit.sumSquaredResiduals += r * r;
    }
    fit.dof = n - 2;
    const double s2 = fit.sumSquaredResiduals / fit.dof;
    fit.residualSd = std::sqrt(s2);
    fit.interceptUncertainty = std::sqrt(s2 * sumTT / d);
    fit.slopeUncertainty = std::sqrt(n * s2 / d);
    fit.correlation = -sumT / std::sqrt(n * sumTT);
    return fit;
}

} // namespace Etalon
