// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Programme.h"
#include "db/lab/Lab.h"

namespace Etalon {

/** Counts of people trained, per category, within a period. */
struct TrainingCounts
{
    int verifiers = 0;
    int managers = 0;
    int enterpriseStaff = 0;
    int labStaff = 0;
    int other = 0;
    int certified = 0; ///< attendees who gained a certificate

    int total() const { return verifiers + managers + enterpriseStaff + labStaff + other; }
};

/** A verifier certificate gained in training, with who holds it and when it expires. */
struct HeldCertificate
{
    QString person;
    QString certificate;
    QString field;
    QDate validUntil;
};

/** Trainings and who attended them, and assessments against the national criteria. */
class TrainingService final
{
public:
    explicit TrainingService(Lab& lab)
        : m_lab(lab)
    {
    }

    Result<Training> addTraining(const Session& session, Training training);
    /** Records an attendee; a verifier's certificate for a lab user also becomes that user's authorisation. */
    Result<Attendee> addAttendee(const Session& session, Attendee attendee);
    Result<QList<Training>> trainings();
    /** People trained in courses that ended within [from, to]. */
    Result<TrainingCounts> counts(const QDate& from, const QDate& to);
    /** Certificates gained in training that expire within \a days of today (or have expired). */
    Result<QList<HeldCertificate>> expiringCertificates(int days);

    Result<Assessment> addAssessment(const Session& session, Assessment assessment);
    Result<QList<Assessment>> assessments();

private:
    Lab& m_lab;
};

} // namespace Etalon
