// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Programme.h"
#include "db/lab/Lab.h"

namespace Etalon {

/** A check-scale point as the lists show it: the point, its equipment named, and where each stands. */
struct CheckPointView
{
    CheckPoint point;
    QString scaleLabel; ///< type and serial, empty without a scale
    QString massSetLabel;
    std::optional<QDate> scaleDue;
    std::optional<QDate> massSetDue;
    DueStatus scaleStatus = DueStatus::Never;
    DueStatus massSetStatus = DueStatus::Never;

    /** The worse of the two: what the point needs next. */
    DueStatus equipmentStatus() const;
};

/**
 * The provincial programme's registers: check-scale points and their equipment, enterprises enrolled in
 * measurement assurance, and the programme's targets. Every change is audited; managers and admins keep
 * them, everyone reads them.
 */
class ProgrammeService final
{
public:
    explicit ProgrammeService(Lab& lab)
        : m_lab(lab)
    {
    }

    Result<CheckPoint> addCheckPoint(const Session& session, CheckPoint point);
    /** Equips a point (or changes its equipment); the instruments must suit the point (see addCheckPoint). */
    Result<CheckPoint> equipCheckPoint(const Session& session, Id id, std::optional<Id> scaleId,
                                       std::optional<Id> massSetId);
    Result<CheckPoint> setCheckPointStatus(const Session& session, Id id, CheckPointStatus status, const QDate& date,
                                           const QString& reason);
    Result<QList<CheckPointView>> checkPoints(const QString& commune = QString());
    /** Points whose scale or mass set is overdue or due within \a days. */
    Result<QList<CheckPointView>> pointsFallingDue(int days);

    Result<Enrolment> enrol(const Session& session, Enrolment enrolment);
    Result<QList<std::pair<Enrolment, Organisation>>> enrolments();
    Result<AssuranceReport> assuranceReport(Id organisationId, const QDate& asOf);

    Result<QList<ProgrammeTarget>> targets();
    Result<ProgrammeTarget> setTarget(const Session& session, const QString& key, int value, int byYear);

private:
    Status checkEquipment(const CheckPoint& point);
    Result<CheckPoint> fetchCheckPoint(Id id);
    Status logPoint(const Session& session, const QString& action, const QJsonObject& before, const CheckPoint& after);

    Lab& m_lab;
};

} // namespace Etalon
