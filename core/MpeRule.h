// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Quantity.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

namespace Etalon {

/** Which verification or calibration the MPE is asked for; in-service inspection doubles R 76's MPE. */
enum class MpeMode { Initial, Periodic, AfterRepair, Inspection, Calibration };

/** What an MPE rule needs to know of the instrument and the point. */
struct MpeContext
{
    Quantity reference; ///< the load / reference value of the point
    std::optional<Quantity> verificationInterval; ///< e, for R 76
    std::optional<Quantity> rangeMin;
    std::optional<Quantity> rangeMax;
    std::optional<Quantity> nominal; ///< a weight's nominal value, for R 111
    QString accuracyClass;
    MpeMode mode = MpeMode::Periodic;
};

/**
 * A maximum-permissible-error rule stored as data with a procedure or an instrument: a kind plus its
 * parameters, kept as JSON so a new instrument needs a new row, not new code.
 */
class MpeRule final
{
public:
    enum class Kind { FixedAbsolute, PercentOfReading, PercentOfSpan, OimlR76, OimlR111, Piecewise };

    struct Band
    {
        std::optional<Quantity> below; ///< the band applies while the reference is below this (last: none)
        std::shared_ptr<MpeRule> rule;
    };

    MpeRule() = default;
    static MpeRule fixed(const Quantity& mpe);
    static MpeRule percentOfReading(std::optional<Decimal> percent);
    static MpeRule percentOfSpan(std::optional<Decimal> percent);
    static MpeRule oimlR76(const QString& accuracyClass = QString());
    static MpeRule oimlR111(const QString& accuracyClass = QString());
    static MpeRule piecewise(QList<Band> bands);

    static Result<MpeRule> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    Kind kind() const { return m_kind; }
    /** The absolute MPE (a positive quantity) for \a context. */
    Result<Quantity> evaluate(const MpeContext& context) const;
    /** Multiplier for a mode, e.g. 2 for an in-service inspection under R 76 unless overridden. */
    Decimal modeFactor(MpeMode mode) const;
    void setModeFactor(MpeMode mode, const Decimal& factor) { m_modeFactors.insert(mode, factor); }
    /** A one-line statement of the rule, for records and certificates. */
    QString describe() const;

private:
    Result<Quantity> evaluateBase(const MpeContext& context) const;

    Kind m_kind = Kind::FixedAbsolute;
    std::optional<Quantity> m_absolute;
    std::optional<Decimal> m_percent;
    QString m_class;
    QList<Band> m_bands;
    QMap<MpeMode, Decimal> m_modeFactors;
};

QString mpeModeName(MpeMode mode);
std::optional<MpeMode> mpeModeFromName(const QString& name);

/** OIML R 76 MPE in multiples of e for a load of \a loadInE (initial verification values). */
Result<Decimal> oimlR76MpeInE(const QString& accuracyClass, const Decimal& loadInE);
/** OIML R 111 MPE δm in mg for a weight of \a nominal in \a accuracyClass (E1 … M3, M1-2, M2-3). */
Result<Decimal> oimlR111MpeMg(const QString& accuracyClass, const Quantity& nominal);
/** The weight classes of OIML R 111 (E1 … M3, M1-2, M2-3), as its table names them. */
QStringList oimlR111Classes();

} // namespace Etalon
