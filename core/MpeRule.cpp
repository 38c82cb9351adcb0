// SPDX-License-Identifier: Apache-2.0
#include "core/MpeRule.h"

#include "core/Csv.h"
#include "core/ReferenceTables.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Etalon {

namespace {

struct R76Band
{
    QString accuracyClass;
    Decimal mpe;
    Decimal fromExclusive;
    std::optional<Decimal> toInclusive;
};

const QList<R76Band>& r76Table()
{
    static const QList<R76Band> table = [] {
        QList<R76Band> bands;
        const auto rows = parseCsv(ReferenceTables::oimlR76Csv());
        Q_ASSERT(rows);
        for (const QStringList& row : rows.value().mid(1)) {
            if (row.size() < 4)
                continue;
            R76Band band{row[0], Decimal::parse(row[1]).value_or(Decimal()), Decimal::parse(row[2]).value_or(Decimal()),
                         std::nullopt};
            if (!row[3].trimmed().isEmpty())
                band.toInclusive = Decimal::parse(row[3]).value_or(Decimal());
            bands.append(band);
        }
        return bands;
    }();
    return table;
}

struct R111Table
{
    QStringList classes;
    QList<Decimal> nominalGrams;
    QList<QList<std::optional<Decimal>>> mpe; // [row][class]
};

const R111Table& r111Table()
{
    static const R111Table table = [] {
        R111Table t;
        const auto rows = parseCsv(ReferenceTables::oimlR111Csv());
        Q_ASSERT(rows);
        const QStringList header = rows.value().value(0);
        for (int c = 2; c < header.size() && header[c] != QStringLiteral("sources"); ++c)
            t.classes.append(QString(header[c]).replace(u'_', u'-'));
        for (const QStringList& row : rows.value().mid(1)) {
            if (row.size() < 2 + t.classes.size())
                continue;
            t.nominalGrams.append(Decimal::parse(row[1]).value_or(Decimal()));
            QList<std::optional<Decimal>> cells;
            for (int c = 0; c < t.classes.size(); ++c) {
                auto v = Decimal::parse(row[2 + c]);
                cells.append(v ? std::optional<Decimal>(*v) : std::nullopt);
            }
            t.mpe.append(cells);
        }
        return t;
    }();
    return table;
}

QString kindName(MpeRule::Kind kind)
{
    switch (kind) {
    case MpeRule::Kind::FixedAbsolute:
        return QStringLiteral("fixed");
    case MpeRule::Kind::PercentOfReading:
        return QStringLiteral("percent-of-reading");
    case MpeRule::Kind::PercentOfSpan:
        return QStringLiteral("percent-of-span");
    case MpeRule::Kind::OimlR76:
        return QStringLiteral("oiml-r76");
    case MpeRule::Kind::OimlR111:
        return QStringLiteral("oiml-r111");
    case MpeRule::Kind::Piecewise:
        return QStringLiteral("piecewise");
    }
    return {};
}

Error ruleError(const QString& field, const QString& message)
{
    return Error::badInput(field, message, QStringLiteral("bad_mpe_rule"));
}

// The percent of a rule, else the instrument's accuracy class read as a number ("1.6", "class 0.5").
Result<Decimal> percentFor(const std::optional<Decimal>& percent, const QString& accuracyClass)
{
    if (percent)
        return *percent;
    QString digits = accuracyClass;
    digits.remove(QStringLiteral("class"), Qt::CaseInsensitive);
    auto parsed = Decimal::parse(digits.trimmed(), QStringLiteral("class"));
    if (!parsed)
        return fail(
            Error::badInput(QStringLiteral("class"),
                            Tr::tr("the MPE rule takes its percentage from the accuracy class, but the class “%1” is "
                                   "not a number")
                                .arg(accuracyClass),
                            QStringLiteral("missing_class")));
    return parsed;
}

} // namespace

QString mpeModeName(MpeMode mode)
{
    switch (mode) {
    case MpeMode::Initial:
        return QStringLiteral("initial");
    case MpeMode::Periodic:
        return QStringLiteral("periodic");
    case MpeMode::AfterRepair:
        return QStringLiteral("after-repair");
    case MpeMode::Inspection:
        return QStringLiteral("inspection");
    case MpeMode::Calibration:
        return QStringLiteral("calibration");
    }
    return {};
}

std::optional<MpeMode> mpeModeFromName(const QString& name)
{
    for (MpeMode m :
         {MpeMode::Initial, MpeMode::Periodic, MpeMode::AfterRepair, MpeMode::Inspection, MpeMode::Calibration}) {
        if (mpeModeName(m) == name)
            return m;
    }
    return std::nullopt;
}

Result<Decimal> oimlR76MpeInE(const QString& accuracyClass, const Decimal& loadInE)
{
    bool classKnown = false;
    for (const R76Band& band : r76Table()) {
        if (band.accuracyClass != accuracyClass)
            continue;
        classKnown = true;
        const bool first = band.fromExclusive.isZero();
        const bool aboveFrom = first ? !(loadInE < band.fromExclusive) : loadInE > band.fromExclusive;
        const bool belowTo = !band.toInclusive || !(loadInE > *band.toInclusive);
        if (aboveFrom && belowTo)
            return band.mpe;
    }
    if (!classKnown)
        return fail(
            Error::badInput(QStringLiteral("class"),
                            Tr::tr("OIML R 76 has no accuracy class “%1” (I, II, III or IIII)").arg(accuracyClass),
                            QStringLiteral("unknown_class")));
    return fail(Error::badInput(
        QStringLiteral("reference"),
        Tr::tr("a load of %1 e is outside the OIML R 76 table for class %2").arg(loadInE.toString(), accuracyClass),
        QStringLiteral("load_out_of_range")));
}

QStringList oimlR111Classes()
{
    return r111Table().classes;
}

Result<Decimal> oimlR111MpeMg(const QString& accuracyClass, const Quantity& nominal)
{
    const R111Table& t = r111Table();
    const int column = t.classes.indexOf(accuracyClass.trimmed().toUpper());
    if (column < 0)
        return fail(Error::badInput(
            QStringLiteral("class"),
            Tr::tr("OIML R 111 has no weight class “%1” (%2)").arg(accuracyClass, t.classes.join(u", ")),
            QStringLiteral("unknown_class")));
    auto grams = nominal.convertedTo(UnitCatalog::instance().find(QStringLiteral("g")).value());
    if (!grams)
        return fail(Error::badInput(QStringLiteral("nominal"), grams.error().message, grams.error().code));
    for (int row = 0; row < t.nominalGrams.size(); ++row) {
        if (t.nominalGrams[row] == grams->value()) {
            if (const auto& cell = t.mpe[row][column])
                return *cell;
            return fail(Error::badInput(
                QStringLiteral("nominal"),
                Tr::tr("OIML R 111 gives no MPE for a %1 weight of class %2").arg(nominal.toString(), accuracyClass),
                QStringLiteral("no_mpe")));
        }
    }
    return fail(Error::badInput(
        QStringLiteral("nominal"),
        Tr::tr("%1 is not a nominal value of OIML R 111 (1, 2, 5 × 10ⁿ from 1 mg to 5000 kg)").arg(nominal.toString()),
        QStringLiteral("no_mpe")));
}

MpeRule MpeRule::fixed(const Quantity& mpe)
{
    MpeRule r;
    r.m_kind = Kind::FixedAbsolute;
    r.m_absolute = mpe.abs().asDifference();
    return r;
}

MpeRule MpeRule::percentOfReading(std::optional<Decimal> percent)
{
    MpeRule r;
    r.m_kind = Kind::PercentOfReading;
    r.m_percent = percent;
    return r;
}

MpeRule MpeRule::percentOfSpan(std::optional<Decimal> percent)
{
    MpeRule r;
    r.m_kind = Kind::PercentOfSpan;
    r.m_percent = percent;
    return r;
}

MpeRule MpeRule::oimlR76(const QString& accuracyClass)
{
    MpeRule r;
    r.m_kind = Kind::OimlR76;
    r.m_class = accuracyClass;
    return r;
}

MpeRule MpeRule::oimlR111(const QString& accuracyClass)
{
    MpeRule r;
    r.m_kind = Kind::OimlR111;
    r.m_class = accuracyClass;
    return r;
}

MpeRule MpeRule::piecewise(QList<Band> bands)
{
    MpeRule r;
    r.m_kind = Kind::Piecewise;
    r.m_bands = std::move(bands);
    return r;
}

Decimal MpeRule::modeFactor(MpeMode mode) const
{
    if (m_modeFactors.contains(mode))
        return m_modeFactors.value(mode);
    // OIML R 76: the MPE in service is twice the MPE on verification.
    if (m_kind == Kind::OimlR76 && mode == MpeMode::Inspection)
        return Decimal(2, 0);
    return Decimal(1, 0);
}

Result<Quantity> MpeRule::evaluate(const MpeContext& context) const
{
    auto base = evaluateBase(context);
    if (!base)
        return base;
    // Trailing zeros of the table's multiples (1.0 e) say nothing about precision: drop them.
    // An MPE is a bound on an error, a difference: in °C it converts to K without the 273.15 offset.
    const Quantity mpe = base->scaled(modeFactor(context.mode));
    return Quantity::difference(mpe.value().normalized(), mpe.unit());
}

Result<Quantity> MpeRule::evaluateBase(const MpeContext& ctx) const
{
    const QString cls = m_class.isEmpty() ? ctx.accuracyClass : m_class;
    switch (m_kind) {
    case Kind::FixedAbsolute: {
        if (!m_absolute)
            return fail(ruleError(QStringLiteral("mpe"), Tr::tr("the fixed MPE rule has no value")));
        if (!m_absolute->unit().isCompatibleWith(ctx.reference.unit()))
            return fail(unitMismatch(m_absolute->unit(), ctx.reference.unit(), QStringLiteral("reference")));
        return *m_absolute;
    }
    case Kind::PercentOfReading: {
        auto pct = percentFor(m_percent, cls);
        if (!pct)
            return fail(pct.error());
        auto v = ctx.reference.value().abs().times(*pct);
        if (!v)
            return fail(v.error());
        return Quantity(v->dividedBy(Decimal(100, 0)).value_or(Decimal()), ctx.reference.unit());
    }
    case Kind::PercentOfSpan: {
        auto pct = percentFor(m_percent, cls);
        if (!pct)
            return fail(pct.error());
        if (!ctx.rangeMax)
            return fail(Error::badInput(QStringLiteral("range-max"),
                                        Tr::tr("an MPE in percent of span needs the instrument's measuring range"),
                                        QStringLiteral("missing_range")));
        Quantity span = *ctx.rangeMax;
        if (ctx.rangeMin) {
            auto s = ctx.rangeMax->minus(*ctx.rangeMin);
            if (!s)
                return s;
            span = *s;
        }
        auto v = span.value().abs().times(*pct);
        if (!v)
            return fail(v.error());
        return Quantity(v->dividedBy(Decimal(100, 0)).value_or(Decimal()), span.unit());
    }
    case Kind::OimlR76: {
        if (cls.isEmpty())
            return fail(Error::badInput(QStringLiteral("class"),
                                        Tr::tr("OIML R 76 needs the instrument's accuracy class (I, II, III or IIII)"),
                                        QStringLiteral("missing_class")));
        if (!ctx.verificationInterval)
            return fail(Error::badInput(QStringLiteral("verification-interval"),
                                        Tr::tr("OIML R 76 needs the verification scale interval e of the instrument"),
                                        QStringLiteral("missing_e")));
        const Quantity& e = *ctx.verificationInterval;
        auto load = ctx.reference.convertedTo(e.unit());
        if (!load)
            return fail(unitMismatch(ctx.reference.unit(), e.unit(), QStringLiteral("reference")));
        auto loadInE = load->value().abs().dividedBy(e.value());
        if (!loadInE)
            return fail(loadInE.error());
        auto mpeInE = oimlR76MpeInE(cls, *loadInE);
        if (!mpeInE)
            return fail(mpeInE.error());
        return Quantity(*mpeInE * e.value(), e.unit());
    }
    case Kind::OimlR111: {
        if (cls.isEmpty())
            return fail(Error::badInput(QStringLiteral("class"),
                                        Tr::tr("OIML R 111 needs the weight's accuracy class (E1 … M3)"),
                                        QStringLiteral("missing_class")));
        const Quantity nominal = ctx.nominal.value_or(ctx.reference);
        auto mg = oimlR111MpeMg(cls, nominal);
        if (!mg)
            return fail(mg.error());
        return Quantity(*mg, UnitCatalog::instance().find(QStringLiteral("mg")).value());
    }
    case Kind::Piecewise: {
        for (const Band& band : m_bands) {
            if (band.below) {
                auto cmp = ctx.reference.compare(*band.below);
                if (!cmp)
                    return fail(cmp.error());
                if (*cmp != std::strong_ordering::less)
                    continue;
            }
            return band.rule->evaluate(ctx);
        }
        return fail(Error::badInput(QStringLiteral("reference"),
                                    Tr::tr("%1 is outside every band of the MPE table").arg(ctx.reference.toString()),
                                    QStringLiteral("load_out_of_range")));
    }
    }
    return fail(ruleError(QStringLiteral("kind"), Tr::tr("unknown MPE rule")));
}

QJsonObject MpeRule::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindName(m_kind)}};
    if (m_absolute)
        json.insert(QStringLiteral("mpe"), m_absolute->toJson());
    if (m_percent)
        json.insert(QStringLiteral("percent"), m_percent->toString());
    if (!m_class.isEmpty())
        json.insert(QStringLiteral("class"), m_class);
    if (!m_bands.isEmpty()) {
        QJsonArray bands;
        for (const Band& band : m_bands) {
            QJsonObject b{{QStringLiteral("rule"), band.rule->toJson()}};
            if (band.below)
                b.insert(QStringLiteral("below"), band.below->toJson());
            bands.append(b);
        }
        json.insert(QStringLiteral("bands"), bands);
    }
    if (!m_modeFactors.isEmpty()) {
        QJsonObject factors;
        for (auto it = m_modeFactors.cbegin(); it != m_modeFactors.cend(); ++it)
            factors.insert(mpeModeName(it.key()), it.value().toString());
        json.insert(QStringLiteral("mode_factors"), factors);
    }
    return json;
}

Result<MpeRule> MpeRule::fromJson(const QJsonObject& json)
{
    const QString kind = json.value(QStringLiteral("kind")).toString();
    MpeRule rule;
    if (kind == QStringLiteral("fixed")) {
        auto q = Quantity::fromJson(json.value(QStringLiteral("mpe")).toObject(), QStringLiteral("mpe"));
        if (!q)
            return fail(q.error());
        rule = fixed(*q);
    } else if (kind == QStringLiteral("percent-of-reading") || kind == QStringLiteral("percent-of-span")) {
        std::optional<Decimal> pct;
        if (json.contains(QStringLiteral("percent"))) {
            auto p = Decimal::parse(json.value(QStringLiteral("percent")).toString(), QStringLiteral("percent"));
            if (!p)
                return fail(p.error());
            pct = *p;
        }
        rule = kind == QStringLiteral("percent-of-span") ? percentOfSpan(pct) : percentOfReading(pct);
    } else if (kind == QStringLiteral("oiml-r76") || kind == QStringLiteral("oiml-r111")) {
        const QString cls = json.value(QStringLiteral("class")).toString();
        rule = kind == QStringLiteral("oiml-r76") ? oimlR76(cls) : oimlR111(cls);
    } else if (kind == QStringLiteral("piecewise")) {
        QList<Band> bands;
        const QJsonArray array = json.value(QStringLiteral("bands")).toArray();
        for (const QJsonValue& v : array) {
            const QJsonObject b = v.toObject();
            auto inner = fromJson(b.value(QStringLiteral("rule")).toObject());
            if (!inner)
                return inner;
            Band band{std::nullopt, std::make_shared<MpeRule>(*inner)};
            if (b.contains(QStringLiteral("below"))) {
                auto below = Quantity::fromJson(b.value(QStringLiteral("below")).toObject(), QStringLiteral("below"));
                if (!below)
                    return fail(below.error());
                band.below = *below;
            }
            bands.append(band);
        }
        if (bands.isEmpty())
            return fail(ruleError(QStringLiteral("bands"), Tr::tr("a piecewise MPE rule needs at least one band")));
        rule = piecewise(bands);
    } else {
        return fail(ruleError(QStringLiteral("kind"), Tr::tr("unknown MPE rule kind “%1”").arg(kind)));
    }
    const QJsonObject factors = json.value(QStringLiteral("mode_factors")).toObject();
    for (auto it = factors.begin(); it != factors.end(); ++it) {
        const auto mode = mpeModeFromName(it.key());
        auto f = Decimal::parse(it.value().toString(), QStringLiteral("mode_factors"));
        if (!mode || !f)
            return fail(ruleError(QStringLiteral("mode_factors"), Tr::tr("bad mode factor “%1”").arg(it.key())));
        rule.setModeFactor(*mode, *f);
    }
    return rule;
}

QString MpeRule::describe() const
{
    switch (m_kind) {
    case Kind::FixedAbsolute:
        return Tr::tr("±%1").arg(m_absolute ? m_absolute->toString() : QString());
    case Kind::PercentOfReading:
        return m_percent ? Tr::tr("±%1 % of reading").arg(m_percent->toString()) : Tr::tr("± class % of reading");
    case Kind::PercentOfSpan:
        return m_percent ? Tr::tr("±%1 % of span").arg(m_percent->toString()) : Tr::tr("± class % of span");
    case Kind::OimlR76:
        return Tr::tr("OIML R 76 (multiples of e by accuracy class)");
    case Kind::OimlR111:
        return Tr::tr("OIML R 111 (weights, by class and nominal value)");
    case Kind::Piecewise:
        return QCoreApplication::translate("Etalon", "piecewise table (%n band(s))", nullptr, int(m_bands.size()));
    }
    return {};
}

} // namespace Etalon
