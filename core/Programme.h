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

QString toName(CheckPointStatus v);
QString toName(ProgrammeSector v);
QString toName(SupportKind v);
QString toName(DueStatus v);
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

/** A target of the programme: data the lab may edit, seeded with the programme's numbers. */
struct ProgrammeTarget
{
    QString key; ///< e.g. "check_points"
    int value = 0;
    int byYear = 2030;
};

} // namespace Etalon
