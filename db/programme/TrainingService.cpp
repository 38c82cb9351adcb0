// SPDX-License-Identifier: Apache-2.0
#include "db/programme/TrainingService.h"

#include "core/Tr.h"
#include "db/lab/UserService.h"
#include "db/registry/RegistryService.h"

namespace Etalon {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QVariant optionalDate(const std::optional<QDate>& d)
{
    return d ? QVariant(iso(*d)) : QVariant();
}

Status requireKeeper(const Session& s)
{
    return Lab::requireRole(s, {Role::Manager, Role::Admin});
}

} // namespace

Result<Training> TrainingService::addTraining(const Session& session, Training t)
{
    ETALON_TRY(requireKeeper(session));
    t.organiser = t.organiser.trimmed();
    t.topic = t.topic.trimmed();
    t.field = t.field.trimmed();
    ETALON_TRY(t.validate());
    return m_lab.write([&]() -> Result<Training> {
        auto r = m_lab.db().insert(QStringLiteral("INSERT INTO trainings (organiser, topic, field, starts, ends, "
                                                  "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                   {t.organiser, t.topic, t.field, iso(t.starts), iso(t.ends), m_lab.nowText()});
        if (!r)
            return fail(r.error());
        t.id = *r;
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("training.add"), QStringLiteral("training"), t.id, {},
                                   {{QStringLiteral("organiser"), t.organiser},
                                    {QStringLiteral("topic"), t.topic},
                                    {QStringLiteral("field"), t.field},
                                    {QStringLiteral("starts"), iso(t.starts)},
                                    {QStringLiteral("ends"), iso(t.ends)}}));
        return t;
    });
}

Result<Attendee> TrainingService::addAttendee(const Session& session, Attendee a)
{
    ETALON_TRY(requireKeeper(session));
    a.person = a.person.trimmed();
    a.certificate = a.certificate.trimmed();
    ETALON_TRY(a.validate());
    return m_lab.write([&]() -> Result<Attendee> {
        // A course need not be of one field (a law update, a quality-system course): its field may be empty.
        auto course = m_lab.db().exec(QStringLiteral("SELECT field FROM trainings WHERE id = ?"), {a.trainingId});
        if (!course)
            return fail(course.error());
        if (!course->next())
            return fail(
                Error::notFound(QStringLiteral("training"), Tr::tr("no training with id %1").arg(a.trainingId)));
        const QString field = course->value(0).toString();
        course->finish();
        if (a.organisationId) {
            auto org = RegistryService(m_lab).fetchOrganisation(*a.organisationId);
            if (!org)
                return fail(org.error());
        }
        std::optional<Id> userId;
        if (!a.userName.isEmpty()) {
            auto user = UserService(m_lab).fetchUser(a.userName);
            if (!user)
                return fail(Error::notFound(QStringLiteral("user"), user.error().message));
            userId = user->id;
            // The certificate gained is the verifier's card for the course's field: record it as such.
            if (!a.certificate.isEmpty() && !field.isEmpty()) {
                auto card =
                    UserService(m_lab).authorize(session, a.userName, field, a.certificate, *a.certificateValidUntil);
                if (!card)
                    return fail(card.error());
            }
        }
        auto r = m_lab.db().insert(
            QStringLiteral("INSERT INTO training_attendees (training_id, person, organisation_id, category, user_id, "
                           "certificate, certificate_valid_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.trainingId, a.person, a.organisationId ? QVariant(qint64(*a.organisationId)) : QVariant(),
             toName(a.category), userId ? QVariant(qint64(*userId)) : QVariant(),
             a.certificate.isEmpty() ? QVariant() : QVariant(a.certificate), optionalDate(a.certificateValidUntil),
             m_lab.nowText()});
        if (!r)
            return fail(r.error());
        a.id = *r;
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("training.attendee"), QStringLiteral("training_attendee"),
                                   a.id, {},
                                   {{QStringLiteral("training"), qint64(a.trainingId)},
                                    {QStringLiteral("person"), a.person},
                                    {QStringLiteral("category"), toName(a.category)},
                                    {QStringLiteral("certificate"), a.certificate}}));
        return a;
    });
}

Result<QList<Training>> TrainingService::trainings()
{
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT id, organiser, topic, field, starts, ends FROM trainings ORDER BY starts, id"));
    if (!q)
        return fail(q.error());
    QList<Training> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    QDate::fromString(q->value(4).toString(), Qt::ISODate),
                    QDate::fromString(q->value(5).toString(), Qt::ISODate)});
    return out;
}

Result<TrainingCounts> TrainingService::counts(const QDate& from, const QDate& to)
{
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT a.category, COUNT(*), SUM(CASE WHEN a.certificate IS NOT NULL THEN 1 ELSE 0 END) FROM "
                       "training_attendees a JOIN trainings t ON t.id = a.training_id "
                       "WHERE t.ends BETWEEN ? AND ? GROUP BY a.category"),
        {iso(from), iso(to)});
    if (!q)
        return fail(q.error());
    TrainingCounts c;
    while (q->next()) {
        const int n = q->value(1).toInt();
        c.certified += q->value(2).toInt();
        switch (enumFromName<AttendeeCategory>(q->value(0).toString(), {}).value_or(AttendeeCategory::Other)) {
        case AttendeeCategory::Verifier:
            c.verifiers += n;
            break;
        case AttendeeCategory::Manager:
            c.managers += n;
            break;
        case AttendeeCategory::EnterpriseStaff:
            c.enterpriseStaff += n;
            break;
        case AttendeeCategory::LabStaff:
            c.labStaff += n;
            break;
        case AttendeeCategory::Other:
            c.other += n;
            break;
        }
    }
    return c;
}

Result<QList<HeldCertificate>> TrainingService::expiringCertificates(int days)
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT a.person, a.certificate, t.field, a.certificate_valid_until FROM "
                                            "training_attendees a JOIN trainings t ON t.id = a.training_id WHERE "
                                            "a.certificate IS NOT NULL AND a.certificate_valid_until <= ? "
                                            "ORDER BY a.certificate_valid_until"),
                             {iso(m_lab.today().addDays(days))});
    if (!q)
        return fail(q.error());
    QList<HeldCertificate> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                    QDate::fromString(q->value(3).toString(), Qt::ISODate)});
    return out;
}

Result<Assessment> TrainingService::addAssessment(const Session& session, Assessment a)
{
    ETALON_TRY(requireKeeper(session));
    a.field = a.field.trimmed();
    ETALON_TRY(a.validate());
    if (a.date > m_lab.today())
        return fail(Error::badInput(QStringLiteral("date"), Tr::tr("the date %1 is in the future").arg(iso(a.date))));
    auto org = RegistryService(m_lab).fetchOrganisation(a.organisationId);
    if (!org)
        return fail(Error::notFound(QStringLiteral("organisation"), org.error().message));
    return m_lab.write([&]() -> Result<Assessment> {
        auto r =
            m_lab.db().insert(QStringLiteral("INSERT INTO assessments (organisation_id, kind, date, field, outcome, "
                                             "findings, follow_up, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              {a.organisationId, toName(a.kind), iso(a.date), a.field, toName(a.outcome),
                               a.findings.trimmed(), optionalDate(a.followUp), m_lab.nowText()});
        if (!r)
            return fail(r.error());
        a.id = *r;
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("assessment.add"), QStringLiteral("assessment"), a.id, {},
                                   {{QStringLiteral("organisation"), qint64(a.organisationId)},
                                    {QStringLiteral("kind"), toName(a.kind)},
                                    {QStringLiteral("date"), iso(a.date)},
                                    {QStringLiteral("field"), a.field},
                                    {QStringLiteral("outcome"), toName(a.outcome)}}));
        return a;
    });
}

Result<QList<Assessment>> TrainingService::assessments()
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT id, organisation_id, kind, date, field, outcome, findings, "
                                            "follow_up FROM assessments ORDER BY date, id"));
    if (!q)
        return fail(q.error());
    QList<Assessment> out;
    while (q->next()) {
        Assessment a;
        a.id = q->value(0).toLongLong();
        a.organisationId = q->value(1).toLongLong();
        a.kind = enumFromName<AssessmentKind>(q->value(2).toString(), {}).value_or(AssessmentKind::Lab);
        a.date = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        a.field = q->value(4).toString();
        a.outcome = enumFromName<AssessmentOutcome>(q->value(5).toString(), {}).value_or(AssessmentOutcome::Met);
        a.findings = q->value(6).toString();
        const QDate follow = QDate::fromString(q->value(7).toString(), Qt::ISODate);
        if (follow.isValid())
            a.followUp = follow;
        out.append(a);
    }
    return out;
}

} // namespace Etalon
