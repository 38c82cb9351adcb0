// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace Etalon {

/**
 * A procedure's test programme, as data: the tests a verification must carry out (OIML R 76 A.4: weighing,
 * eccentricity, repeatability …), the loads of each, where they are applied, and how many readings each needs.
 * A verification is complete only when every item is done and every checklist item is set.
 */
struct ProgrammeTest
{
    QString test; ///< weighing, eccentricity, repeatability, discrimination, accuracy …
    /**
     * The loads, as the procedure names them: "min", "max", "nominal" (a weight's), "500e" (a multiple of e,
     * only where it lies between Min and Max), "max/3" (a fraction of Max), "25%" (of the range) or a quantity
     * ("20 L"). None: any load, told apart by position only.
     */
    QStringList loads;
    QStringList positions; ///< where or how each load is applied (eccentricity positions, flow rates …)
    int readings = 1; ///< indications needed per load and position
    QMap<QString, int> readingsByClass; ///< overrides \a readings for an accuracy class (R 76 A.4.10, R 111 C.4.3)
};

struct TestProgramme
{
    QList<ProgrammeTest> tests;
    Decimal tolerancePercent{10, 0}; ///< how far a reading's reference may lie from the nominal load, in %

    bool isEmpty() const { return tests.isEmpty(); }
    static Result<TestProgramme> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

/** The test names a reading may carry. */
const QStringList& knownTests();
/** A test's name for people, in the language of the messages ("weighing" → "Cân"). */
QString testName(const QString& test);
/** An eccentricity position ("front-left") in words, in the interface's language; an unknown one as it is. */
QString positionName(const QString& position);

/** One thing still to do before a verification can be completed. */
struct MissingItem
{
    QString test; ///< a test of the programme, or "checklist"
    std::optional<Quantity> load; ///< the nominal load to apply; none for the checklist or an any-load test
    QString position; ///< empty when the test has no positions
    int count = 0; ///< readings still needed (1 for a checklist item)
    QString item; ///< the checklist item's text
    QString why; ///< for people

    QJsonObject toJson() const;
};

/**
 * What the record still lacks of its programme and checklist: per test, load and position, the readings still
 * needed (a reading counts for the nearest nominal load within the programme's tolerance), then every checklist
 * item not yet set to pass or fail. Empty when the record is complete.
 */
QList<MissingItem> missingFromProgramme(const TestProgramme& programme, const Instrument& instrument,
                                        const QList<Point>& points, const QStringList& checklist,
                                        const QList<CheckItem>& checks);

/**
 * Whether a reading of \a test at \a position belongs to the programme: a test it has, at one of that test's
 * positions (an eccentricity position), or at none when the test has none. Bad input naming the field.
 */
Status checkReadingInProgramme(const TestProgramme& programme, const QString& test, const QString& position);

/** The nominal value a load name stands for on this instrument; none when it does not apply (500 e above Max). */
std::optional<Quantity> nominalLoad(const QString& load, const Instrument& instrument);

} // namespace Etalon
