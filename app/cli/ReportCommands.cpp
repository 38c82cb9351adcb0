// SPDX-License-Identifier: Apache-2.0
// People trained, assessments, and the programme's annual report.
#include "app/cli/Commands.h"

#include "app/common/ReportDocuments.h"
#include "core/Tr.h"
#include "db/programme/ActivityReportService.h"
#include "db/programme/AdministrativeFormService.h"
#include "db/programme/AnnualReportService.h"
#include "db/programme/TrainingService.h"
#include "reports/ActivityReport.h"
#include "reports/AnnualReport.h"
#include "reports/CsvWriter.h"

#include <QBuffer>
#include <QJsonArray>

namespace Etalon::Cli {

namespace {

Result<Output> trainingAdd(Context& ctx)
{
    Training t;
    ETALON_GET(organiser, ctx.required(QStringLiteral("organiser")));
    ETALON_GET(topic, ctx.required(QStringLiteral("topic")));
    ETALON_GET(starts, ctx.date(QStringLiteral("starts")));
    ETALON_GET(ends, ctx.date(QStringLiteral("ends")));
    t.organiser = *organiser;
    t.topic = *topic;
    t.field = ctx.args().value(QStringLiteral("field"));
    t.starts = *starts;
    t.ends = *ends;
    ETALON_GET(added, TrainingService(ctx.lab()).addTraining(ctx.session(), t));
    return Output{QJsonObject{{QStringLiteral("id"), qint64(added->id)}},
                  Tr::tr("Training %1 recorded: %2").arg(added->id).arg(added->topic)};
}

Result<Output> trainingAttend(Context& ctx)
{
    Attendee a;
    ETALON_GET(training, ctx.positionalId(0, QStringLiteral("training")));
    ETALON_GET(person, ctx.required(QStringLiteral("person")));
    ETALON_GET(
        category,
        enumFromName<AttendeeCategory>(ctx.args().value(QStringLiteral("category")), QStringLiteral("category")));
    ETALON_GET(org, ctx.optionalInteger(QStringLiteral("organisation"), 1, std::numeric_limits<qint64>::max()));
    ETALON_GET(until, ctx.optionalDate(QStringLiteral("valid-until")));
    a.trainingId = *training;
    a.person = *person;
    a.category = *category;
    if (*org)
        a.organisationId = **org;
    a.userName = ctx.args().value(QStringLiteral("user-name"));
    a.certificate = ctx.args().value(QStringLiteral("certificate"));
    a.certificateValidUntil = *until;
    ETALON_GET(added, TrainingService(ctx.lab()).addAttendee(ctx.session(), a));
    return Output{QJsonObject{{QStringLiteral("id"), qint64(added->id)}},
                  Tr::tr("%1 recorded as attending training %2").arg(added->person).arg(added->trainingId)};
}

Result<Output> trainingExpiring(Context& ctx)
{
    ETALON_GET(within, ctx.optionalInteger(QStringLiteral("within"), 0, 3650));
    ETALON_GET(list, TrainingService(ctx.lab()).expiringCertificates(int(within->value_or(60))));
    QJsonArray items;
    QStringList lines;
    for (const HeldCertificate& c : *list) {
        items.append(QJsonObject{{QStringLiteral("person"), c.person},
                                 {QStringLiteral("certificate"), c.certificate},
                                 {QStringLiteral("field"), c.field},
                                 {QStringLiteral("valid_until"), c.validUntil.toString(Qt::ISODate)}});
        lines.append(
            QStringLiteral("%1\t%2\t%3\t%4").arg(c.person, c.certificate, c.field, c.validUntil.toString(Qt::ISODate)));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

Result<Output> assessmentAdd(Context& ctx)
{
    Assessment a;
    ETALON_GET(org, ctx.positionalId(0, QStringLiteral("organisation")));
    ETALON_GET(kind, enumFromName<AssessmentKind>(ctx.args().value(QStringLiteral("kind")), QStringLiteral("kind")));
    ETALON_GET(date, ctx.date(QStringLiteral("date")));
    ETALON_GET(field, ctx.required(QStringLiteral("field")));
    ETALON_GET(outcome,
               enumFromName<AssessmentOutcome>(ctx.args().value(QStringLiteral("outcome")), QStringLiteral("outcome")));
    ETALON_GET(follow, ctx.optionalDate(QStringLiteral("follow-up")));
    a.organisationId = *org;
    a.kind = *kind;
    a.date = *date;
    a.field = *field;
    a.outcome = *outcome;
    a.findings = ctx.args().value(QStringLiteral("findings"));
    a.followUp = *follow;
    ETALON_GET(added, TrainingService(ctx.lab()).addAssessment(ctx.session(), a));
    return Output{QJsonObject{{QStringLiteral("id"), qint64(added->id)}},
                  Tr::tr("Assessment %1 recorded").arg(added->id)};
}

Result<Output> trainingList(Context& ctx)
{
    ETALON_GET(list, TrainingService(ctx.lab()).trainings());
    QJsonArray items;
    QStringList lines;
    for (const Training& t : *list) {
        items.append(QJsonObject{{QStringLiteral("id"), qint64(t.id)},
                                 {QStringLiteral("organiser"), t.organiser},
                                 {QStringLiteral("topic"), t.topic},
                                 {QStringLiteral("field"), t.field},
                                 {QStringLiteral("starts"), t.starts.toString(Qt::ISODate)},
                                 {QStringLiteral("ends"), t.ends.toString(Qt::ISODate)}});
        lines.append(QStringLiteral("%1\t%2\t%3\t%4 – %5")
                         .arg(t.id)
                         .arg(t.organiser, t.topic, t.starts.toString(Qt::ISODate), t.ends.toString(Qt::ISODate)));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

Result<Output> assessmentList(Context& ctx)
{
    ETALON_GET(list, TrainingService(ctx.lab()).assessments());
    QJsonArray items;
    QStringList lines;
    for (const Assessment& a : *list) {
        items.append(QJsonObject{
            {QStringLiteral("id"), qint64(a.id)},
            {QStringLiteral("organisation"), qint64(a.organisationId)},
            {QStringLiteral("kind"), toName(a.kind)},
            {QStringLiteral("date"), a.date.toString(Qt::ISODate)},
            {QStringLiteral("field"), a.field},
            {QStringLiteral("outcome"), toName(a.outcome)},
            {QStringLiteral("findings"), a.findings},
            {QStringLiteral("follow_up"), a.followUp ? QJsonValue(a.followUp->toString(Qt::ISODate)) : QJsonValue()}});
        lines.append(QStringLiteral("%1\torganisation %2\t%3\t%4\t%5\t%6")
                         .arg(a.id)
                         .arg(a.organisationId)
                         .arg(toName(a.kind), a.date.toString(Qt::ISODate), a.field, toName(a.outcome)));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

QJsonObject countJson(const YearCount& c)
{
    return {
        {QStringLiteral("key"), c.key}, {QStringLiteral("year"), c.year}, {QStringLiteral("cumulative"), c.cumulative}};
}

QJsonObject figuresJson(const AnnualFigures& f)
{
    QJsonArray targets;
    for (const TargetProgress& t : f.targets)
        targets.append(QJsonObject{{QStringLiteral("key"), t.key},
                                   {QStringLiteral("target"), t.target},
                                   {QStringLiteral("by_year"), t.byYear},
                                   {QStringLiteral("achieved"), t.achieved},
                                   {QStringLiteral("this_year"), t.thisYear}});
    QJsonArray byType;
    for (const YearCount& c : f.workByType)
        byType.append(countJson(c));
    return {{QStringLiteral("year"), f.year},
            {QStringLiteral("period_end"), f.periodEnd.toString(Qt::ISODate)},
            {QStringLiteral("work"), countJson(f.work)},
            {QStringLiteral("work_by_type"), byType},
            {QStringLiteral("certificates"), countJson(f.certificates)},
            {QStringLiteral("certificates_withdrawn"), countJson(f.certificatesWithdrawn)},
            {QStringLiteral("points_equipped"), f.pointsEquipped},
            {QStringLiteral("points_in_date"), f.pointsInDate},
            {QStringLiteral("enterprises"), countJson(f.enterprises)},
            {QStringLiteral("people_trained"), countJson(f.peopleTrained)},
            {QStringLiteral("targets"), targets}};
}

/** A report speaks its own language (--language, Vietnamese unless asked), whatever the messages do. */
Result<QString> reportLanguage(Context& ctx)
{
    const QString language = ctx.args().value(QStringLiteral("language"), QStringLiteral("vi"));
    if (language != QStringLiteral("vi") && language != QStringLiteral("en"))
        return fail(Error::badInput(QStringLiteral("language"), Tr::tr("the report is in vi or en")));
    return language;
}

/** The report's administrative form: --number, and --recipient (the governing body unless named). */
Result<AdministrativeForm> reportForm(Context& ctx)
{
    return AdministrativeFormService(ctx.lab()).form(ctx.session(), ctx.args().value(QStringLiteral("number")),
                                                     ctx.args().value(QStringLiteral("recipient")));
}

/** The PDF at --out and, with --csv, the rows as CSV: both written or neither. */
Status writeReport(Context& ctx, const QString& out, const QByteArray& pdf, const QList<QStringList>& rows)
{
    QList<OutputFile> outputs{{out, pdf, QStringLiteral("out")}};
    if (ctx.args().has(QStringLiteral("csv"))) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        for (const QStringList& row : rows)
            ETALON_TRY(csv.writeRow(row));
        outputs.append({ctx.args().value(QStringLiteral("csv")), bytes, QStringLiteral("csv")});
    }
    return writeWholeFiles(outputs);
}

Result<Output> reportAnnual(Context& ctx)
{
    ETALON_GET(year, ctx.integer(QStringLiteral("year"), 2026, 2100));
    ETALON_GET(out, ctx.required(QStringLiteral("out")));
    ETALON_GET(language, reportLanguage(ctx));
    ETALON_GET(figures, AnnualReportService(ctx.lab()).figures(int(*year)));
    ETALON_GET(form, reportForm(ctx));
    ETALON_GET(report, annualReport(*figures, *form, *language, ctx.lab().localNow()));
    ETALON_TRY(writeReport(ctx, *out, report->pdf, report->csvRows));
    return Output{figuresJson(*figures), Tr::tr("Annual report %1 written to %2").arg(*year).arg(*out)};
}

/**
 * The period of an activity report: --year (to today while it runs), or --from and --to; with --year, --from and
 * --to narrow it within that year.
 */
Result<std::pair<QDate, QDate>> activityPeriod(Context& ctx)
{
    ETALON_GET(from, ctx.optionalDate(QStringLiteral("from")));
    ETALON_GET(to, ctx.optionalDate(QStringLiteral("to")));
    if (!ctx.args().has(QStringLiteral("year"))) {
        if (*from && *to)
            return std::pair{**from, **to};
        const QString missing = !*from && !*to ? QStringLiteral("year")
            : !*from                           ? QStringLiteral("from")
                                               : QStringLiteral("to");
        return fail(
            Error::badInput(missing, Tr::tr("give --year, or both --from and --to"), QStringLiteral("missing_field")));
    }
    ETALON_GET(year, ctx.integer(QStringLiteral("year"), 2000, 2100));
    const QDate today = ctx.lab().today();
    if (*year > today.year())
        return fail(Error::badInput(QStringLiteral("year"), Tr::tr("year %1 has not begun").arg(*year)));
    const QDate first = from->value_or(QDate(int(*year), 1, 1));
    const QDate last = to->value_or(std::min(QDate(int(*year), 12, 31), today));
    if (first.year() != *year || last.year() != *year)
        return fail(Error::badInput(first.year() != *year ? QStringLiteral("from") : QStringLiteral("to"),
                                    Tr::tr("--from and --to lie within --year %1").arg(*year)));
    return std::pair{first, last};
}

QJsonObject activityJson(const ActivityFigures& f)
{
    const auto counts = [](const ActivityCount& c) {
        return QJsonObject{{QStringLiteral("key"), c.key},
                           {QStringLiteral("passed"), c.passed},
                           {QStringLiteral("failed"), c.failed},
                           {QStringLiteral("calibrations"), c.calibrations},
                           {QStringLiteral("inspections"), c.inspections},
                           {QStringLiteral("total"), c.total()}};
    };
    QJsonArray byField, byType;
    for (const ActivityCount& c : f.byField)
        byField.append(counts(c));
    for (const ActivityCount& c : f.byType)
        byType.append(counts(c));
    return {{QStringLiteral("from"), f.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
            {QStringLiteral("total"), counts(f.total)},
            {QStringLiteral("by_field"), byField},
            {QStringLiteral("by_type"), byType},
            {QStringLiteral("certificates"), f.certificates},
            {QStringLiteral("failure_records"), f.failureRecords},
            {QStringLiteral("stamps_used"), f.stampsUsed},
            {QStringLiteral("stamps_voided"), f.stampsVoided},
            {QStringLiteral("stamps_unused"), f.stampsUnused},
            {QStringLiteral("standards"), f.standards.size()},
            {QStringLiteral("verifier_cards"), f.verifiers.size()}};
}

Result<Output> reportActivity(Context& ctx)
{
    ETALON_GET(period, activityPeriod(ctx));
    ETALON_GET(out, ctx.required(QStringLiteral("out")));
    ETALON_GET(language, reportLanguage(ctx));
    ETALON_GET(figures, ActivityReportService(ctx.lab()).figures(period->first, period->second));
    ETALON_GET(form, reportForm(ctx));
    ETALON_GET(report, activityReport(*figures, *form, *language, ctx.lab().localNow()));
    ETALON_TRY(writeReport(ctx, *out, report->pdf, report->csvRows));
    return Output{activityJson(*figures),
                  Tr::tr("Activity report %1 – %2 written to %3")
                      .arg(figures->from.toString(Qt::ISODate), figures->to.toString(Qt::ISODate), *out)};
}

} // namespace

const QList<CommandSpec>& reportCommands()
{
    static const QList<CommandSpec> list{
        {"training add", Access::SignedIn, trainingAdd,
         "training add --organiser TEXT --topic TEXT [--field FIELD] --starts DATE --ends DATE"},
        {"training attend", Access::SignedIn, trainingAttend,
         "training attend TRAINING_ID --person TEXT --category verifier|manager|enterprise-staff|lab-staff|other "
         "[--organisation ORG_ID] [--user-name USER] [--certificate TEXT --valid-until DATE]"},
        {"training expiring", Access::SignedIn, trainingExpiring, "training expiring [--within DAYS]"},
        {"training list", Access::SignedIn, trainingList, "training list"},
        {"assessment list", Access::SignedIn, assessmentList, "assessment list"},
        {"assessment add", Access::SignedIn, assessmentAdd,
         "assessment add ORG_ID --kind lab|service --date DATE --field TEXT --outcome met|not-met|met-with-conditions "
         "[--findings TEXT] [--follow-up DATE]"},
        {"report annual", Access::SignedIn, reportAnnual,
         "report annual --year YYYY --out FILE.pdf [--csv FILE.csv] [--language vi|en] [--number TEXT] "
         "[--recipient TEXT]"},
        {"report activity", Access::SignedIn, reportActivity,
         "report activity (--year YYYY | --from DATE --to DATE) --out FILE.pdf [--csv FILE.csv] [--language vi|en] "
         "[--number TEXT] [--recipient TEXT]"},
    };
    return list;
}

} // namespace Etalon::Cli
