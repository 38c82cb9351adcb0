// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

namespace Etalon {

// The provincial measurement programme 2026–2030: check-scale points in the communes, measurement
// assurance at enterprises, and its targets.

enum class CheckPointStatus { Planned, Equipped, InUse, OutOfUse };
/** The programme's priority sectors, and the rest. */
enum class ProgrammeSector { Electricity, Water, Fuel, Minerals, AgriForestry, Other };
enum class SupportKind { Consultation, VerificationCalibration, MethodDevelopment, Equipment };
/** Where an instrument stands against its verification or calibration cycle on a day. */
enum class DueStatus { InDate, DueSoon, Overdue, Never };
enum class AttendeeCategory { Verifier, Manager, EnterpriseStaff, LabStaff, Other };
enum class AssessmentKind { Lab, ServiceOrganisation };
enum class AssessmentOutcome { Met, NotMet, MetWithConditions };

QString toName(CheckPointStatus v);
QString toName(ProgrammeSector v);
QString toName(SupportKind v);
QString toName(DueStatus v);
QString toName(AttendeeCategory v);
QString toName(AssessmentKind v);
QString toName(AssessmentOutcome v);
template <>
Result<AttendeeCategory> enumFromName(const QString& name, const QString& field);
template <>
Result<AssessmentKind> enumFromName(const QString& name, const QString& field);
template <>
Result<AssessmentOutcome> enumFromName(const QString& name, const QString& field);
template <>
Result<CheckPointStatus> enumFromName(const QString& name, const QString& field);
template <>
Result<ProgrammeSector> enumFromName(const QString& name, const QString& field);
template <>
Result<SupportKind> enumFromName(const QString& name, const QString& field);

/** In date, due within \a soonDays (30 by default), overdue, or never verified (no due date). */
DueStatus dueStatus(const std::optional<QDate>& nextDue, const QDate& today, int soonDays = 30);

/**
 * A check-scale point (điểm cân đối chứng) at a market: the scale and the reference mass set the
 * commune owns and the lab verifies, who is responsible, and how far it has come.
 */
struct CheckPoint
{
    Id id = 0;
    QString commune;
    QString market;
    QString location;
    std::optional<Id> scaleId;
    std::optional<Id> massSetId;
    QString responsible;
    CheckPointStatus status = CheckPointStatus::Planned;

    Status validate() const;
};

/** An enterprise enrolled in the measurement assurance programme. */
struct Enrolment
{
    Id id = 0;
    Id organisationId = 0;
    QDate enrolledOn;
    ProgrammeSector sector = ProgrammeSector::Other;
    QList<SupportKind> support;

    Status validate() const;
};

/** A training or course (e.g. by the Vietnam Metrology Institute) and who attended it. */
struct Training
{
    Id id = 0;
    QString organiser;
    QString topic;
    QString field; ///< a verifier's field ("mass", …) when the course leads to a verifier certificate
    QDate starts;
    QDate ends;

    Status validate() const;
};

struct Attendee
{
    Id id = 0;
    Id trainingId = 0;
    QString person;
    std::optional<Id> organisationId;
    AttendeeCategory category = AttendeeCategory::Other;
    QString userName; ///< a lab user: a verifier certificate then becomes their authorisation for the field
    QString certificate; ///< the certificate gained, if any
    std::optional<QDate> certificateValidUntil;

    Status validate() const;
};

/** An assessment of a lab or service organisation against the national criteria for a measurement field. */
struct Assessment
{
    Id id = 0;
    Id organisationId = 0;
    AssessmentKind kind = AssessmentKind::Lab;
    QDate date;
    QString field;
    AssessmentOutcome outcome = AssessmentOutcome::Met;
    QString findings;
    std::optional<QDate> followUp;

    Status validate() const;
};

/** One instrument line of an enterprise's measurement assurance report. */
struct AssuranceLine
{
    Id instrumentId = 0;
    QString typeCode;
    QString typeName;
    QString serial;
    bool group2 = false;
    std::optional<QDate> lastWork; ///< date of the last approved or issued verification or calibration
    QString lastKind;
    Verdict lastVerdict = Verdict::None;
    std::optional<QDate> nextDue;
    DueStatus status = DueStatus::Never;
};

struct AssuranceReport
{
    Organisation enterprise;
    Enrolment enrolment;
    QDate asOf;
    QList<AssuranceLine> lines;
    /** Share of instruments in date (in date or due soon) at the end of each month of asOf's year, to asOf. */
    QList<std::pair<QDate, double>> inDateShare;
};

/** A target of the programme: data the lab may edit, seeded with the programme's numbers. */
struct ProgrammeTarget
{
    QString key; ///< e.g. "check_points"
    int value = 0;
    int byYear = 2030;
};

} // namespace Etalon
