// SPDX-License-Identifier: Apache-2.0
#include "core/TestProgramme.h"

#include "core/Tr.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Etalon {

namespace {

Error programmeError(const QString& message)
{
    return Error::badInput(QStringLiteral("programme"), message, QStringLiteral("bad_programme"));
}

std::optional<Quantity> verificationInterval(const Instrument& instrument)
{
    return instrument.verificationInterval ? instrument.verificationInterval : instrument.resolution;
}

// OIML R 76 Table 3: the minimum capacity in e of each class, when the instrument's Min is not registered.
std::optional<Decimal> r76MinInE(const QString& accuracyClass, const Quantity& e)
{
    const QString cls = accuracyClass.trimmed().toUpper();
    if (cls == QStringLiteral("I"))
        return Decimal(100, 0);
    if (cls == QStringLiteral("II")) {
        const bool coarse = e.siValue() >= 1e-4 - 1e-12; // e ≥ 0.1 g
        return Decimal(coarse ? 50 : 20, 0);
    }
    if (cls == QStringLiteral("III"))
        return Decimal(20, 0);
    if (cls == QStringLiteral("IIII"))
        return Decimal(10, 0);
    return std::nullopt;
}

bool strictlyBetween(const Quantity& q, const std::optional<Quantity>& low, const std::optional<Quantity>& high)
{
    const auto above = !low || q.compare(*low).value_or(std::strong_ordering::less) == std::strong_ordering::greater;
    const auto below = !high || q.compare(*high).value_or(std::strong_ordering::greater) == std::strong_ordering::less;
    return above && below;
}

Quantity roundedTo(const Quantity& q, const std::optional<Quantity>& step)
{
    if (!step)
        return q;
    auto s = step->asDifference().convertedTo(q.unit());
    if (!s || s->value().isZero())
        return q;
    return Quantity(q.value().roundedToStep(s->value()).value_or(q.value()).normalized(), q.unit());
}

struct Slot
{
    int test = 0;
    Quantity nominal;
    bool anyLoad = false;
    QString position;
    int needed = 1;
    int have = 0;
    QMap<double, int> byReference; ///< loadings per exact load: a repeatability series is at one load
};

int readingsFor(const ProgrammeTest& t, const Instrument& instrument)
{
    return t.readingsByClass.value(instrument.accuracyClass.trimmed().toUpper(), t.readings);
}

QList<Slot> slotsOf(const TestProgramme& programme, const Instrument& instrument)
{
    QList<Slot> out;
    for (int i = 0; i < programme.tests.size(); ++i) {
        const ProgrammeTest& t = programme.tests[i];
        QList<std::optional<Quantity>> loads;
        if (t.loads.isEmpty())
            loads.append(std::nullopt);
        for (const QString& name : t.loads) {
            if (auto nominal = nominalLoad(name, instrument)) {
                bool same = false; // Min may coincide with 500 e on a small scale: one load, not two
                for (const auto& l : loads)
                    same = same || (l && l->compare(*nominal).value_or(std::strong_ordering::less) == 0);
                if (!same)
                    loads.append(nominal);
            }
        }
        const QStringList positions = t.positions.isEmpty() ? QStringList{QString()} : t.positions;
        for (const auto& load : loads) {
            for (const QString& position : positions)
                out.append({int(i),
                            load.value_or(Quantity()),
                            !load.has_value(),
                            position,
                            readingsFor(t, instrument),
                            0,
                            {}});
        }
    }
    return out;
}

// A reading counts for the slot of its test and position whose nominal load is nearest, within tolerance.
void countReadings(QList<Slot>& targets, const TestProgramme& programme, const Instrument& instrument,
                   const QList<Point>& points)
{
    const auto e = verificationInterval(instrument);
    for (const Point& p : points) {
        int best = -1;
        double bestDistance = 0;
        for (int s = 0; s < targets.size(); ++s) {
            const Slot& slot = targets[s];
            if (programme.tests[slot.test].test != p.test ||
                slot.position.compare(p.position, Qt::CaseInsensitive) != 0)
                continue;
            if (slot.anyLoad) {
                best = s;
                break;
            }
            if (!slot.nominal.unit().isCompatibleWith(p.reference.unit()))
                continue;
            const double distance = std::abs(p.reference.siValue() - slot.nominal.siValue());
            double tolerance = std::abs(slot.nominal.siValue()) * programme.tolerancePercent.toDouble() / 100;
            if (e && e->unit().isCompatibleWith(slot.nominal.unit()))
                tolerance = std::max(tolerance, e->asDifference().siValue());
            if (distance <= tolerance * (1 + 1e-12) && (best < 0 || distance < bestDistance)) {
                best = s;
                bestDistance = distance;
            }
        }
        // A discrimination reading is one test: its two indications are before and after the additional load.
        const int readings = p.test == QStringLiteral("discrimination") ? 1 : int(p.indications.size());
        if (best >= 0) {
            targets[best].have += readings;
            targets[best].byReference[p.reference.siValue()] += readings;
        }
    }
}

QString whyMissing(const ProgrammeTest& t, const Slot& slot, int count, const Decimal& tolerance)
{
    const QString where = slot.position.isEmpty() ? QString() : Tr::tr(" at position “%1”").arg(slot.position);
    if (slot.anyLoad)
        return Tr::tr("%1%2: %n more reading(s) needed", nullptr, count).arg(testName(t.test), where);
    return Tr::tr("%1%2: %n more reading(s) near %3 (within %4 %) needed", nullptr, count)
        .arg(testName(t.test), where, slot.nominal.toString(), tolerance.toString());
}

} // namespace

const QStringList& knownTests()
{
    static const QStringList names{QStringLiteral("weighing"),      QStringLiteral("eccentricity"),
                                   QStringLiteral("repeatability"), QStringLiteral("discrimination"),
                                   QStringLiteral("accuracy"),      QStringLiteral("distance"),
                                   QStringLiteral("time")};
    return names;
}

namespace {

// 5.000 kg is written 5 kg: a nominal load carries no precision of its own.
std::optional<Quantity> tidy(const std::optional<Quantity>& q)
{
    return q ? std::optional(Quantity(q->value().normalized(), q->unit())) : std::nullopt;
}

std::optional<Quantity> namedLoad(const QString& load, const Instrument& instrument);

} // namespace

Status checkReadingInProgramme(const TestProgramme& programme, const QString& test, const QString& position)
{
    if (!knownTests().contains(test))
        return fail(Error::badInput(QStringLiteral("test"),
                                    Tr::tr("unknown test “%1” (%2)").arg(test, knownTests().join(QStringLiteral(", "))),
                                    QStringLiteral("unknown_test")));
    if (test == QStringLiteral("eccentricity") && position.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("position"),
                                    Tr::tr("an eccentricity reading names the position of the load"),
                                    QStringLiteral("missing_position")));
    if (programme.isEmpty())
        return {};
    QStringList tests;
    for (const ProgrammeTest& t : programme.tests) {
        tests.append(t.test);
        if (t.test != test)
            continue;
        if (t.positions.isEmpty() && !position.trimmed().isEmpty())
            return fail(Error::badInput(QStringLiteral("position"),
                                        Tr::tr("the %1 has no positions").arg(testName(test)),
                                        QStringLiteral("unknown_position")));
        if (!t.positions.isEmpty() && !t.positions.contains(position.trimmed(), Qt::CaseInsensitive))
            return fail(Error::badInput(QStringLiteral("position"),
                                        Tr::tr("“%1” is not a position of the %2 (%3)")
                                            .arg(position, testName(test), t.positions.join(QStringLiteral(", "))),
                                        QStringLiteral("unknown_position")));
        return {};
    }
    return fail(Error::badInput(QStringLiteral("test"),
                                Tr::tr("the procedure's programme has no %1 (it has: %2)")
                                    .arg(testName(test), tests.join(QStringLiteral(", "))),
                                QStringLiteral("unknown_test")));
}

QString testName(const QString& test)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("weighing"), QT_TRANSLATE_NOOP("Etalon", "weighing test")},
        {QStringLiteral("eccentricity"), QT_TRANSLATE_NOOP("Etalon", "eccentricity test")},
        {QStringLiteral("repeatability"), QT_TRANSLATE_NOOP("Etalon", "repeatability test")},
        {QStringLiteral("discrimination"), QT_TRANSLATE_NOOP("Etalon", "discrimination test")},
        {QStringLiteral("accuracy"), QT_TRANSLATE_NOOP("Etalon", "accuracy test")},
        {QStringLiteral("distance"), QT_TRANSLATE_NOOP("Etalon", "distance test")},
        {QStringLiteral("time"), QT_TRANSLATE_NOOP("Etalon", "time test")}};
    const char* name = names.value(test, nullptr);
    return name ? Tr::tr(name) : test;
}

QString positionName(const QString& position)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("centre"), QT_TRANSLATE_NOOP("Etalon", "centre")},
        {QStringLiteral("front-left"), QT_TRANSLATE_NOOP("Etalon", "front left")},
        {QStringLiteral("front-right"), QT_TRANSLATE_NOOP("Etalon", "front right")},
        {QStringLiteral("back-left"), QT_TRANSLATE_NOOP("Etalon", "back left")},
        {QStringLiteral("back-right"), QT_TRANSLATE_NOOP("Etalon", "back right")}};
    const char* name = names.value(position, nullptr);
    return name ? Tr::tr(name) : position;
}

std::optional<Quantity> nominalLoad(const QString& load, const Instrument& instrument)
{
    return tidy(namedLoad(load, instrument));
}

namespace {

std::optional<Quantity> namedLoad(const QString& load, const Instrument& instrument)
{
    const QString name = load.trimmed().toLower();
    const auto e = verificationInterval(instrument);
    const auto& max = instrument.rangeMax;
    std::optional<Quantity> min = instrument.rangeMin;
    if (!min && e && max) {
        if (auto inE = r76MinInE(instrument.accuracyClass, *e))
            min = Quantity(*inE * e->value(), e->unit()).convertedTo(max->unit()).value_or(*max);
    }
    if (name == QStringLiteral("min"))
        return min;
    if (name == QStringLiteral("max"))
        return max;
    if (name == QStringLiteral("nominal"))
        return instrument.nominal;
    static const QRegularExpression multipleOfE(QStringLiteral("^(\\d+)\\s*e$"));
    static const QRegularExpression fractionOfMax(QStringLiteral("^max\\s*/\\s*(\\d+)$"));
    static const QRegularExpression percent(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*%$"));
    if (const auto m = multipleOfE.match(name); m.hasMatch()) {
        if (!e || !max)
            return std::nullopt;
        const Quantity q = Quantity(Decimal::parse(m.captured(1)).value() * e->value(), e->unit());
        // "Where within the range": 500 e is no load for a scale of Max = 300 e.
        if (!strictlyBetween(q, min, max))
            return std::nullopt;
        return q.convertedTo(max->unit()).value_or(q);
    }
    if (const auto m = fractionOfMax.match(name); m.hasMatch()) {
        if (!max || m.captured(1).toInt() <= 0)
            return std::nullopt;
        auto q = max->value().dividedBy(Decimal::parse(m.captured(1)).value());
        return q ? std::optional(roundedTo(Quantity(*q, max->unit()), e)) : std::nullopt;
    }
    if (const auto m = percent.match(name); m.hasMatch()) {
        if (!max)
            return std::nullopt;
        const Decimal fraction = Decimal::parse(m.captured(1)).value() * Decimal(1, 2);
        const Quantity low = instrument.rangeMin.value_or(Quantity(Decimal(), max->unit()));
        auto span = max->minus(low);
        if (!span)
            return std::nullopt;
        auto q = low.plus(span->scaled(fraction));
        return q ? std::optional(roundedTo(*q, instrument.resolution)) : std::nullopt;
    }
    auto q = Quantity::parse(load);
    return q ? std::optional(*q) : std::nullopt;
}

} // namespace

Result<TestProgramme> TestProgramme::fromJson(const QJsonObject& json)
{
    TestProgramme p;
    if (json.contains(QStringLiteral("tolerance_percent"))) {
        auto t =
            Decimal::parse(json.value(QStringLiteral("tolerance_percent")).toString(), QStringLiteral("programme"));
        if (!t || t->isNegative())
            return fail(programmeError(Tr::tr("tolerance_percent must be a number of percent, at least 0")));
        p.tolerancePercent = *t;
    }
    for (const QJsonValue& v : json.value(QStringLiteral("tests")).toArray()) {
        const QJsonObject o = v.toObject();
        ProgrammeTest t;
        t.test = o.value(QStringLiteral("test")).toString();
        if (!knownTests().contains(t.test))
            return fail(
                programmeError(Tr::tr("unknown test “%1” (%2)").arg(t.test, knownTests().join(QStringLiteral(", ")))));
        for (const QJsonValue& l : o.value(QStringLiteral("loads")).toArray())
            t.loads.append(l.toString());
        for (const QJsonValue& l : o.value(QStringLiteral("positions")).toArray())
            t.positions.append(l.toString());
        t.readings = o.value(QStringLiteral("readings")).toInt(1);
        const QJsonObject byClass = o.value(QStringLiteral("readings_by_class")).toObject();
        for (auto it = byClass.begin(); it != byClass.end(); ++it)
            t.readingsByClass.insert(it.key().toUpper(), it.value().toInt(t.readings));
        if (t.readings < 1 || t.readings > 100)
            return fail(programmeError(Tr::tr("test “%1”: readings must be 1 to 100").arg(t.test)));
        p.tests.append(t);
    }
    return p;
}

QJsonObject TestProgramme::toJson() const
{
    QJsonArray tests;
    for (const ProgrammeTest& t : this->tests) {
        QJsonObject o{{QStringLiteral("test"), t.test},
                      {QStringLiteral("loads"), QJsonArray::fromStringList(t.loads)},
                      {QStringLiteral("readings"), t.readings}};
        if (!t.positions.isEmpty())
            o.insert(QStringLiteral("positions"), QJsonArray::fromStringList(t.positions));
        if (!t.readingsByClass.isEmpty()) {
            QJsonObject byClass;
            for (auto it = t.readingsByClass.cbegin(); it != t.readingsByClass.cend(); ++it)
                byClass.insert(it.key(), it.value());
            o.insert(QStringLiteral("readings_by_class"), byClass);
        }
        tests.append(o);
    }
    return {{QStringLiteral("tolerance_percent"), tolerancePercent.toString()}, {QStringLiteral("tests"), tests}};
}

QJsonObject MissingItem::toJson() const
{
    return {{QStringLiteral("test"), test},
            {QStringLiteral("load"), load ? QJsonValue(load->toJson()) : QJsonValue()},
            {QStringLiteral("position"), position.isEmpty() ? QJsonValue() : QJsonValue(position)},
            {QStringLiteral("count"), count},
            {QStringLiteral("item"), item.isEmpty() ? QJsonValue() : QJsonValue(item)},
            {QStringLiteral("why"), why}};
}

QList<MissingItem> missingFromProgramme(const TestProgramme& programme, const Instrument& instrument,
                                        const QList<Point>& points, const QStringList& checklist,
                                        const QList<CheckItem>& checks)
{
    QList<MissingItem> out;
    QList<Slot> targets = slotsOf(programme, instrument);
    countReadings(targets, programme, instrument, points);
    for (Slot& slot : targets) {
        // OIML R 76 A.4.10: the loadings of a repeatability test are of one and the same load.
        if (programme.tests[slot.test].test == QStringLiteral("repeatability"))
            slot.have =
                slot.byReference.isEmpty() ? 0 : *std::max_element(slot.byReference.begin(), slot.byReference.end());
        if (slot.have >= slot.needed)
            continue;
        const ProgrammeTest& t = programme.tests[slot.test];
        MissingItem m;
        m.test = t.test;
        if (!slot.anyLoad)
            m.load = slot.nominal;
        m.position = slot.position;
        m.count = slot.needed - slot.have;
        m.why = whyMissing(t, slot, m.count, programme.tolerancePercent);
        out.append(m);
    }
    for (const QString& item : checklist) {
        bool set = false;
        for (const CheckItem& c : checks)
            set = set || c.item == item;
        if (!set)
            out.append({QStringLiteral("checklist"), std::nullopt, QString(), 1, item,
                        Tr::tr("checklist item not yet set to pass or fail: %1").arg(item)});
    }
    return out;
}

} // namespace Etalon
