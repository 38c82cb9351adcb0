// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/MpeRule.h"
#include "core/Quantity.h"
#include "core/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace Etalon {

using Id = qint64;

enum class OrganisationKind { Customer, Lab, CalibrationLab, NationalInstitute };
enum class Role { Technician, Manager, Auditor, Admin };
enum class RecordKind { Initial, Periodic, AfterRepair, Calibration, Inspection };
enum class RecordStatus { Draft, Completed, Approved, Issued };
enum class StandardKind { Reference, Working, Check };
enum class StandardStatus { InService, Quarantined, Retired };
enum class Stage { AsFound, AsLeft };
enum class WorkSite { Lab, OnSite }; ///< where the work was done (ISO/IEC 17025 7.8.2.1 c)
enum class Verdict { None, Pass, Fail };

// Stable names used in storage, on the command line and in JSON.
QString toName(OrganisationKind v);
QString toName(Role v);
QString toName(RecordKind v);
QString toName(RecordStatus v);
QString toName(StandardKind v);
QString toName(StandardStatus v);
QString toName(Stage v);
QString toName(WorkSite v);
QString toName(Verdict v);

/** Parses a stable name into an enum; the error lists the accepted names and names \a field. */
template <typename E>
Result<E> enumFromName(const QString& name, const QString& field);

/**
 * Free text as a user may enter it: at most \a maxLength characters and no control characters (a line
 * break only where \a multiline). The error names \a field.
 */
Status checkText(const QString& value, const QString& field, int maxLength = 300, bool multiline = false);

bool isVerification(RecordKind kind);
MpeMode mpeModeFor(RecordKind kind);

struct Organisation
{
    Id id = 0;
    OrganisationKind kind = OrganisationKind::Customer;
    QString name;
    QString taxCode;
    QString address;
    QString commune; ///< commune or ward (two-level local government since 2025: no district)
    QString province;
    QString sector;
    QString phone;

    Status validate() const;
};

/** A catalogue entry: what kind of instrument, whether it is under legal control, its cycle. */
struct InstrumentType
{
    QString code;
    QString nameVi;
    QString nameEn;
    QString quantity; ///< e.g. "mass"
    QString unit; ///< the usual unit, e.g. "kg"
    QString field; ///< the verifier's field, e.g. "mass"
    bool group2 = true;
    bool patternApproval = false;
    bool initialVerification = true;
    bool periodicVerification = true;
    bool afterRepairVerification = true;
    std::optional<int> cycleMonths;
    QString legalBasis;
    QDate effectiveDate;
    QString source;
    QString confidence;
    bool confirmed = true;
    QString defaultProcedure;
};

struct Instrument
{
    Id id = 0;
    QString typeCode;
    QString serial;
    bool serialAssignedByLab = false; ///< TT 24/2013 Điều 41.4: no maker's serial, the lab numbered it
    QString manufacturer;
    QString country;
    QString model;
    std::optional<int> year;
    QString patternApproval;
    Id ownerId = 0;
    QString place;
    std::optional<Quantity> rangeMin;
    std::optional<Quantity> rangeMax;
    std::optional<Quantity> resolution; ///< d
    std::optional<Quantity> verificationInterval; ///< e (defaults to d)
    std::optional<Quantity> nominal; ///< a weight's nominal value
    QString accuracyClass;
    std::optional<QDate> nextDue; ///< of the legal verification track
    std::optional<QDate> calibrationDue; ///< of the calibration track
    std::optional<Id> failedRecordId; ///< the approved record that found it not fit for use, until re-verified

    Status validate() const;
    /**
     * The unit its display reads in, which a bare number typed for a reading is taken in: that of its Max (a scale
     * of 30 kg shows kilograms even when d is 10 g), else its d, its nominal value or its Min.
     */
    std::optional<Unit> readingUnit() const;
};

struct CalibrationPoint
{
    Quantity value;
    std::optional<Quantity> correction;
    std::optional<Quantity> uncertainty;
    Decimal k{2, 0};
    QString item; ///< the mark of the weight of a set this point is for ("2*"); empty: the standard at this value
};

/** One weight of a set of weights (OIML R 111): its nominal value, the mark that tells it from its twin, its class. */
struct WeightItem
{
    Id id = 0;
    Id standardId = 0;
    Quantity nominal;
    QString mark; ///< unique within the set: "2", "2*", "QC-01/5kg"
    QString serial;
    QString accuracyClass; ///< empty: the set's class
    // Not registered with the weight: what its latest calibration on the date of the work says, when loaded for it.
    QString certificate;
    std::optional<QDate> validUntil;

    Status validate() const;
};

/** A calibration point where a standard was found outside its accuracy class. */
struct ToleranceFinding
{
    Quantity value;
    Quantity correction;
    Quantity limit; ///< the standard's set limit, else its class's δm less the point's U (OIML R 111)
};

struct StandardCalibration
{
    Id id = 0;
    Id standardId = 0;
    QDate date;
    QDate validUntil;
    QString certificate;
    std::optional<Id> byLabId;
    std::optional<Id> byStandardId;
    QList<CalibrationPoint> points;
    QList<ToleranceFinding> outOfTolerance; ///< found when recorded; not stored, recomputable from the points

    Status validate() const;
};

struct Standard
{
    Id id = 0;
    QString name;
    QString serial;
    StandardKind kind = StandardKind::Working;
    QString accuracyClass;
    QString quantity; ///< "mass", "pressure" … (the catalogue's names); empty: the quantity of its range's unit
    std::optional<Quantity> rangeMax;
    StandardStatus status = StandardStatus::InService;
    std::optional<QDate> validUntil; ///< of its latest calibration
    /** The largest correction the lab accepts, for standards without a class that sets one (R 111 weights). */
    std::optional<Quantity> toleranceLimit;

    Status validate() const;
};

struct ProcedurePoint
{
    Quantity nominal;
    int repeats = 1;
    QString label;
};

struct Procedure
{
    QString code;
    QString titleVi;
    QString titleEn;
    QString typeCode;
    MpeRule mpeRule;
    bool hasMpeRule = false;
    QList<ProcedurePoint> points;
    QStringList checklist;
    QJsonObject envLimits; ///< see checkEnvironment()
    QJsonObject decisionRule; ///< see DecisionRule::fromJson()
    std::optional<Decimal> minTur;
    QJsonArray budgetTerms; ///< see BudgetTerm::listFromJson()
    QJsonObject programme; ///< see TestProgramme::fromJson(); empty: no programme beyond the checklist
    std::optional<int> minRepeats; ///< readings a calibration point needs when its k exceeds 2.5
};

struct Person
{
    Id id = 0;
    QString name;
    QString fullName;
    Role role = Role::Technician;
    bool active = true;
    QString title; ///< as a signatory: "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TRƯỞNG PHÒNG …"
    QString signsFor; ///< the head's title when signing on their behalf ("GIÁM ĐỐC" prints "KT. GIÁM ĐỐC")

    /** The title block under which this person signs, empty when none is set. */
    QString signatoryTitle() const
    {
        if (title.isEmpty())
            return {};
        return signsFor.isEmpty() ? title : QStringLiteral("KT. ") + signsFor + u'\n' + title;
    }
};

struct Authorisation
{
    Id id = 0;
    Id userId = 0;
    QString field;
    QString certificate;
    QDate validUntil;
};

/** One test point: a reference value, the standard that realised it, and the indications read. */
struct Point
{
    Id id = 0;
    int seq = 0;
    Id standardId = 0;
    Quantity reference;
    QList<Quantity> indications;
    std::optional<Quantity> addedLoad; ///< ΔL of the change-point method
    QString position; ///< eccentricity position label
    QString test = QStringLiteral("weighing"); ///< the programme's test the reading belongs to
    Stage stage = Stage::AsFound;
    std::optional<Quantity> expandedUncertainty;
    Decimal k{2, 0};
};

struct CheckItem
{
    QString item;
    bool passed = true;
    QString note;
};

struct Record
{
    Id id = 0;
    Id instrumentId = 0;
    RecordKind kind = RecordKind::Periodic;
    QString procedureCode;
    Id technicianId = 0;
    QDate date;
    std::optional<QDate> received;
    std::optional<Quantity> temperature;
    std::optional<Quantity> humidity;
    std::optional<int> intervalMonths;
    RecordStatus status = RecordStatus::Draft;
    Verdict verdict = Verdict::None;
    std::optional<QDate> nextDue;
    std::optional<int> cycleMonths;
    QString legalBasis;
    WorkSite site = WorkSite::Lab;
    QString siteAddress; ///< on-site work: where
    QString itemCondition; ///< the item's condition on receipt, as found
    QList<Point> points;
    QList<CheckItem> checks;
};

/** A standard or an instrument that is overdue or falls due soon. */
struct DueItem
{
    QString kind; ///< "standard" or "instrument"
    QString track; ///< "legal" (verification), "calibration" or "standard"
    QString status; ///< "due", "overdue", or "failed" (found not fit for use; listed until re-verified)
    Id id = 0;
    QString serial;
    QString name; ///< the standard's name, or the instrument's type name
    QString owner;
    QDate dueDate;
    int daysLeft = 0; ///< negative when overdue
    /**
     * Why it may not be used, whatever the window: "failed" (its latest legal verification or in-service inspection
     * failed) or "quarantined" (a standard taken out of service); empty when nothing says it is unfit.
     */
    QString unfit;
    Id unfitRecordId = 0; ///< the record that found it not fit for use, when one did
    QString unfitRecordKind; ///< that record's kind ("periodic", "inspection", …)
    bool notFitForUse() const { return !unfit.isEmpty(); }
};

} // namespace Etalon
