// SPDX-License-Identifier: Apache-2.0
#include "db/AnnualReportService.h"

#include "core/Tr.h"
#include "db/ProgrammeService.h"
#include "db/StandardService.h"
#include "db/TrainingService.h"

namespace Etalon {

namespace {

constexpr int FirstYear = 2026;

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// Approved or issued work from the programme's start to the period's end, with the owner at the date of
// the work (work before the first recorded owner belongs to that first owner); a record replaced by an
// approved revision is counted once, through its revision.
const char* const workCte =
    "WITH work AS (SELECT r.id, r.date, r.verdict, i.type_code, t.group2, i.place, COALESCE((SELECT h.owner_id "
    "FROM instrument_owners h WHERE h.instrument_id = i.id AND h.from_date <= r.date ORDER BY h.from_date DESC, "
    "h.id DESC LIMIT 1), (SELECT h.owner_id FROM instrument_owners h WHERE h.instrument_id = i.id ORDER BY "
    "h.from_date, h.id LIMIT 1), i.owner_id) AS owner_id FROM records r JOIN instruments i ON i.id = r.instrument_id "
    "JOIN instrument_types t ON t.code = i.type_code WHERE r.status IN ('approved', 'issued') AND r.date BETWEEN "
    "? AND ? AND NOT EXISTS (SELECT 1 FROM records x WHERE x.revision_of = r.id AND x.status IN ('approved', "
    "'issued'))) ";

} // namespace

Result<AnnualFigures> AnnualReportService::figures(int year)
{
    const QDate today = m_lab.today();
    if (year < FirstYear || year > today.year())
        return fail(Error::badInput(
            QStringLiteral("year"),
            Tr::tr("the programme's years run from %1 to this year (%2)").arg(FirstYear).arg(today.year())));
    AnnualFigures f;
    f.year = year;
    f.periodEnd = std::min(QDate(year, 12, 31), today);
    f.labName = m_lab.setting(QStringLiteral("lab_name"));
    ETALON_TRY(countWork(f));
    ETALON_TRY(countCertificates(f));
    ETALON_TRY(checkStandards(f));
    ETALON_TRY(countPoints(f));
    ETALON_TRY(countEnterprises(f));
    ETALON_TRY(countPeople(f));
    ETALON_TRY(fillTargets(f));
    return f;
}

Status AnnualReportService::countWork(AnnualFigures& f)
{
    const QString yearStart = iso(QDate(f.year, 1, 1));
    const auto breakdown = [&](const QString& key, QList<YearCount>& out) -> Status {
        auto q = m_lab.db().exec(
            QString::fromLatin1(workCte) +
                QStringLiteral("SELECT %1 AS k, SUM(work.date >= ?), COUNT(*) FROM work JOIN organisations o ON o.id = "
                               "work.owner_id LEFT JOIN enrolments e ON e.organisation_id = o.id GROUP BY k ORDER BY "
                               "SUM(work.date >= ?) DESC, k")
                    .arg(key),
            {iso(QDate(FirstYear, 1, 1)), iso(f.periodEnd), yearStart, yearStart});
        if (!q)
            return fail(q.error());
        while (q->next())
            out.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt()});
        return {};
    };
    QList<YearCount> all;
    ETALON_TRY(breakdown(QStringLiteral("'all'"), all));
    f.work = all.isEmpty() ? YearCount{QStringLiteral("all"), 0, 0} : all.first();
    ETALON_TRY(breakdown(QStringLiteral("work.type_code"), f.workByType));
    ETALON_TRY(breakdown(QStringLiteral("CASE WHEN work.group2 THEN 'group2' ELSE 'other' END"), f.workByGroup));
    ETALON_TRY(breakdown(QStringLiteral("COALESCE(work.verdict, 'none')"), f.workByVerdict));
    ETALON_TRY(
        breakdown(QStringLiteral("COALESCE(NULLIF(work.place, ''), NULLIF(o.commune, ''), '–')"), f.workByCommune));
    return breakdown(QStringLiteral("COALESCE(e.sector, NULLIF(o.sector, ''), 'other')"), f.workBySector);
}

Status AnnualReportService::countCertificates(AnnualFigures& f)
{
    auto q = m_lab.db().exec(
        QStringLiteral(
            "SELECT SUM(substr(c.issued_at, 1, 10) >= ?), COUNT(*), SUM(substr(c.issued_at, 1, 10) >= ? AND "
            "EXISTS (SELECT 1 FROM certificate_events e WHERE e.certificate_id = c.id AND e.event = "
            "'withdrawn')), SUM(EXISTS (SELECT 1 FROM certificate_events e WHERE e.certificate_id = c.id "
            "AND e.event = 'withdrawn')) FROM certificates c WHERE substr(c.issued_at, 1, 10) BETWEEN ? AND ?"),
        {iso(QDate(f.year, 1, 1)), iso(QDate(f.year, 1, 1)), iso(QDate(FirstYear, 1, 1)), iso(f.periodEnd)});
    if (!q)
        return fail(q.error());
    q->next();
    f.certificates = {QStringLiteral("certificates"), q->value(0).toInt(), q->value(1).toInt()};
    f.certificatesWithdrawn = {QStringLiteral("withdrawn"), q->value(2).toInt(), q->value(3).toInt()};
    return {};
}

Status AnnualReportService::checkStandards(AnnualFigures& f)
{
    StandardService service(m_lab);
    auto standards = service.standards();
    if (!standards)
        return fail(standards.error());
    for (const Standard& s : *standards) {
        auto created =
            m_lab.db().scalar(QStringLiteral("SELECT substr(created_at, 1, 10) FROM standards WHERE id = ?"), {s.id});
        auto history = service.calibrations(s.id);
        if (!created || !history)
            return fail(!created ? created.error() : history.error());
        // From the year's start, or the day the lab took the standard on, to the period's end: every day covered.
        QDate day = std::max(QDate(f.year, 1, 1), QDate::fromString(created->toString(), Qt::ISODate));
        if (day > f.periodEnd)
            continue;
        StandardYear y{s.name, s.serial, false, {}};
        bool advanced = true;
        while (day <= f.periodEnd && advanced) {
            advanced = false;
            for (const StandardCalibration& c : *history)
                if (c.date <= day && c.validUntil >= day) {
                    day = c.validUntil.addDays(1);
                    advanced = true;
                }
        }
        y.inDateAllYear = day > f.periodEnd;
        if (!y.inDateAllYear)
            y.firstGap = day;
        f.standards.append(y);
    }
    return {};
}

Result<bool> AnnualReportService::inDateOn(Id instrumentId, const QDate& day)
{
    auto q = m_lab.db().scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM records WHERE instrument_id = ? AND status "
                                              "IN ('approved', 'issued') AND verdict = 'pass' AND date <= ? AND "
                                              "next_due >= ?)"),
                               {instrumentId, iso(day), iso(day)});
    if (!q)
        return fail(q.error());
    return q->toBool();
}

Status AnnualReportService::countPoints(AnnualFigures& f)
{
    // Each point's status at the period's end is that of its last event on or before it.
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT p.id, p.scale_id, p.mass_set_id, (SELECT e.status FROM check_point_events e WHERE "
                       "e.check_point_id = p.id AND e.effective_date <= ? ORDER BY e.effective_date DESC, e.id DESC "
                       "LIMIT 1) FROM check_points p"),
        {iso(f.periodEnd)});
    if (!q)
        return fail(q.error());
    while (q->next()) {
        const QString status = q->value(3).toString();
        if (status == QStringLiteral("out-of-use"))
            ++f.pointsOutOfUse;
        if (status != QStringLiteral("equipped") && status != QStringLiteral("in-use"))
            continue;
        ++f.pointsEquipped;
        f.massSetsEquipped += !q->value(2).isNull();
        auto scale = inDateOn(q->value(1).toLongLong(), f.periodEnd);
        auto masses = inDateOn(q->value(2).toLongLong(), f.periodEnd);
        if (!scale || !masses)
            return fail(!scale ? scale.error() : masses.error());
        f.pointsInDate += *scale && *masses;
    }
    return {};
}

Status AnnualReportService::countEnterprises(AnnualFigures& f)
{
    ProgrammeService programme(m_lab);
    auto all = programme.enrolments();
    if (!all)
        return fail(all.error());
    double shares = 0;
    for (const auto& [e, org] : *all) {
        if (e.enrolledOn > f.periodEnd)
            continue;
        ++f.enterprises.cumulative;
        f.enterprises.year += e.enrolledOn.year() == f.year;
        auto report = programme.assuranceReport(org.id, f.periodEnd);
        if (!report)
            return fail(report.error());
        shares += report->inDateShare.isEmpty() ? 0.0 : report->inDateShare.last().second;
    }
    f.enterprises.key = QStringLiteral("enterprises");
    f.enterprisesInDateShare = f.enterprises.cumulative > 0 ? shares / f.enterprises.cumulative : 0.0;
    return {};
}

Status AnnualReportService::countPeople(AnnualFigures& f)
{
    TrainingService training(m_lab);
    auto year = training.counts(QDate(f.year, 1, 1), f.periodEnd);
    auto all = training.counts(QDate(FirstYear, 1, 1), f.periodEnd);
    if (!year || !all)
        return fail(!year ? year.error() : all.error());
    f.peopleTrained = {QStringLiteral("trained"), year->total(), all->total()};
    f.peopleCertified = {QStringLiteral("certified"), year->certified, all->certified};
    f.managersAndStaffTrained = {QStringLiteral("managers-and-staff"), year->managers + year->enterpriseStaff,
                                 all->managers + all->enterpriseStaff};
    auto assessments = training.assessments();
    if (!assessments)
        return fail(assessments.error());
    f.labsAssessed.key = QStringLiteral("labs");
    f.serviceOrganisationsAssessed.key = QStringLiteral("service-organisations");
    QSet<Id> labs, services;
    for (const Assessment& a : *assessments) {
        if (a.date > f.periodEnd || a.outcome == AssessmentOutcome::NotMet)
            continue;
        YearCount& c = a.kind == AssessmentKind::Lab ? f.labsAssessed : f.serviceOrganisationsAssessed;
        QSet<Id>& seen = a.kind == AssessmentKind::Lab ? labs : services;
        if (seen.contains(a.organisationId))
            continue; // an organisation counts once, whatever its assessments
        seen.insert(a.organisationId);
        ++c.cumulative;
        c.year += a.date.year() == f.year;
    }
    return {};
}

Status AnnualReportService::fillTargets(AnnualFigures& f)
{
    auto targets = ProgrammeService(m_lab).targets();
    if (!targets)
        return fail(targets.error());
    const int massSets = f.massSetsEquipped;
    const QHash<QString, std::pair<int, int>> achieved{
        {QStringLiteral("check_points"), {f.pointsEquipped, f.pointsEquipped}},
        {QStringLiteral("mass_sets"), {massSets, massSets}},
        {QStringLiteral("enterprises"), {f.enterprises.cumulative, f.enterprises.year}},
        {QStringLiteral("people_qualified"), {f.peopleCertified.cumulative, f.peopleCertified.year}},
        {QStringLiteral("managers_trained"), {f.managersAndStaffTrained.cumulative, f.managersAndStaffTrained.year}},
        {QStringLiteral("labs_assessed"), {f.labsAssessed.cumulative, f.labsAssessed.year}},
        {QStringLiteral("service_organisations_assessed"),
         {f.serviceOrganisationsAssessed.cumulative, f.serviceOrganisationsAssessed.year}}};
    for (const ProgrammeTarget& t : *targets) {
        const auto [total, year] = achieved.value(t.key);
        f.targets.append({t.key, t.value, t.byYear, total, year});
    }
    return {};
}

} // namespace Etalon
