// SPDX-License-Identifier: Apache-2.0
#include "core/Programme.h"

#include "core/NameTable.h"

namespace Etalon {

namespace {

constexpr NameTable<CheckPointStatus, 4> checkPointStatuses{{{CheckPointStatus::Planned, "planned"},
                                                             {CheckPointStatus::Equipped, "equipped"},
                                                             {CheckPointStatus::InUse, "in-use"},
                                                             {CheckPointStatus::OutOfUse, "out-of-use"}}};
constexpr NameTable<ProgrammeSector, 6> sectors{{{ProgrammeSector::Electricity, "electricity"},
                                                 {ProgrammeSector::Water, "water"},
                                                 {ProgrammeSector::Fuel, "fuel"},
                                                 {ProgrammeSector::Minerals, "minerals"},
                                                 {ProgrammeSector::AgriForestry, "agri-forestry"},
                                                 {ProgrammeSector::Other, "other"}}};
constexpr NameTable<SupportKind, 4> supportKinds{{{SupportKind::Consultation, "consultation"},
                                                  {SupportKind::VerificationCalibration, "verification-calibration"},
                                                  {SupportKind::MethodDevelopment, "method-development"},
                                                  {SupportKind::Equipment, "equipment"}}};
constexpr NameTable<AttendeeCategory, 5> attendeeCategories{{{AttendeeCategory::Verifier, "verifier"},
                                                             {AttendeeCategory::Manager, "manager"},
                                                             {AttendeeCategory::EnterpriseStaff, "enterprise-staff"},
                                                             {AttendeeCategory::LabStaff, "lab-staff"},
                                                             {AttendeeCategory::Other, "other"}}};
constexpr NameTable<AssessmentKind, 2> assessmentKinds{
    {{AssessmentKind::Lab, "lab"}, {AssessmentKind::ServiceOrganisation, "service"}}};
constexpr NameTable<AssessmentOutcome, 3> assessmentOutcomes{
    {{AssessmentOutcome::Met, "met"},
     {AssessmentOutcome::NotMet, "not-met"},
     {AssessmentOutcome::MetWithConditions, "met-with-conditions"}}};
constexpr NameTable<DueStatus, 4> dueStatuses{{{DueStatus::InDate, "in-date"},
                                               {DueStatus::DueSoon, "due-soon"},
                                               {DueStatus::Overdue, "overdue"},
                                               {DueStatus::Never, "never-verified"}}};

} // namespace

QString toName(CheckPointStatus v)
{
    return nameIn(checkPointStatuses, v);
}
QString toName(ProgrammeSector v)
{
    return nameIn(sectors, v);
}
QString toName(SupportKind v)
{
    return nameIn(supportKinds, v);
}
QString toName(DueStatus v)
{
    return nameIn(dueStatuses, v);
}
template <>
Result<CheckPointStatus> enumFromName(const QString& name, const QString& field)
{
    return parseIn(checkPointStatuses, name, field);
}
template <>
Result<ProgrammeSector> enumFromName(const QString& name, const QString& field)
{
    return parseIn(sectors, name, field);
}
template <>
Result<SupportKind> enumFromName(const QString& name, const QString& field)
{
    return parseIn(supportKinds, name, field);
}

QString toName(AttendeeCategory v)
{
    return nameIn(attendeeCategories, v);
}
QString toName(AssessmentKind v)
{
    return nameIn(assessmentKinds, v);
}
QString toName(AssessmentOutcome v)
{
    return nameIn(assessmentOutcomes, v);
}
template <>
Result<AttendeeCategory> enumFromName(const QString& name, const QString& field)
{
    return parseIn(attendeeCategories, name, field);
}
template <>
Result<AssessmentKind> enumFromName(const QString& name, const QString& field)
{
    return parseIn(assessmentKinds, name, field);
}
template <>
Result<AssessmentOutcome> enumFromName(const QString& name, const QString& field)
{
    return parseIn(assessmentOutcomes, name, field);
}

DueStatus dueStatus(const std::optional<QDate>& nextDue, const QDate& today, int soonDays)
{
    if (!nextDue || !nextDue->isValid())
        return DueStatus::Never;
    if (*nextDue < today)
        return DueStatus::Overdue;
    return today.daysTo(*nextDue) <= soonDays ? DueStatus::DueSoon : DueStatus::InDate;
}

Status CheckPoint::validate() const
{
    for (const auto& [text, field] : {std::pair{commune, "commune"}, std::pair{market, "market"}}) {
        if (text.trimmed().isEmpty())
            return fail(Error::badInput(QString::fromLatin1(field),
                                        Tr::tr("%1 is required").arg(QString::fromLatin1(field)),
                                        QStringLiteral("missing_field")));
    }
    for (const auto& [text, field] : {std::pair{commune, "commune"}, std::pair{market, "market"},
                                      std::pair{location, "location"}, std::pair{responsible, "responsible"}})
        ETALON_TRY(checkText(text, QString::fromLatin1(field), 200));
    if (scaleId && massSetId && *scaleId == *massSetId)
        return fail(Error::badInput(QStringLiteral("mass-set"), Tr::tr("the mass set cannot be the scale itself")));
    // A point in use has its equipment: the scale and the masses to check it with.
    if ((status == CheckPointStatus::Equipped || status == CheckPointStatus::InUse) && (!scaleId || !massSetId))
        return fail(
            Error::badInput(scaleId ? QStringLiteral("mass-set") : QStringLiteral("scale"),
                            Tr::tr("a point that is %1 needs both its scale and its mass set").arg(toName(status))));
    return {};
}

Status Enrolment::validate() const
{
    if (organisationId <= 0)
        return fail(Error::badInput(QStringLiteral("organisation"), Tr::tr("the enterprise is required"),
                                    QStringLiteral("missing_field")));
    if (!enrolledOn.isValid())
        return fail(Error::badInput(QStringLiteral("date"), Tr::tr("the date of enrolment is required"),
                                    QStringLiteral("missing_field")));
    return {};
}

namespace {

Status requireField(const QString& value, const char* field)
{
    if (value.trimmed().isEmpty())
        return fail(Error::badInput(QString::fromLatin1(field),
                                    Tr::tr("%1 is required").arg(QString::fromLatin1(field)),
                                    QStringLiteral("missing_field")));
    return checkText(value, QString::fromLatin1(field), 200);
}

} // namespace

Status Training::validate() const
{
    ETALON_TRY(requireField(organiser, "organiser"));
    ETALON_TRY(requireField(topic, "topic"));
    ETALON_TRY(checkText(field, QStringLiteral("field"), 60));
    if (!starts.isValid())
        return fail(Error::badInput(QStringLiteral("starts"), Tr::tr("the first day is required")));
    if (!ends.isValid() || ends < starts)
        return fail(Error::badInput(QStringLiteral("ends"), Tr::tr("the last day must be on or after the first")));
    return {};
}

Status Attendee::validate() const
{
    ETALON_TRY(requireField(person, "person"));
    ETALON_TRY(checkText(certificate, QStringLiteral("certificate"), 120));
    if (!certificate.isEmpty() && !certificateValidUntil)
        return fail(Error::badInput(QStringLiteral("valid-until"), Tr::tr("a certificate needs its expiry date")));
    if (!userName.isEmpty() && category != AttendeeCategory::Verifier)
        return fail(
            Error::badInput(QStringLiteral("user"), Tr::tr("only a verifier's certificate is linked to a user")));
    return {};
}

Status Assessment::validate() const
{
    if (organisationId <= 0)
        return fail(Error::badInput(QStringLiteral("organisation"), Tr::tr("the organisation assessed is required"),
                                    QStringLiteral("missing_field")));
    if (!date.isValid())
        return fail(
            Error::badInput(QStringLiteral("date"), Tr::tr("the date is required"), QStringLiteral("missing_field")));
    ETALON_TRY(requireField(field, "field"));
    ETALON_TRY(checkText(findings, QStringLiteral("findings"), 4000, true));
    if (followUp && *followUp < date)
        return fail(Error::badInput(QStringLiteral("follow-up"), Tr::tr("the follow-up comes after the assessment")));
    return {};
}

} // namespace Etalon
