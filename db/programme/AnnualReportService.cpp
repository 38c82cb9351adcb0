// SPDX-License-Identifier: Apache-2.0
#include "db/programme/AnnualReportService.h"

#include "core/Tr.h"
#include "db/catalog/ProvinceCommunes.h"
#include "db/programme/ProgrammeService.h"
#include "db/programme/TrainingService.h"
#include "db/standards/StandardService.h"

namespace Etalon {

namespace {

constexpr int FirstYear = 2026;

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString yearCase(const char* column)
{
    return QStringLiteral("SUM(CASE WHEN %1 >= ? THEN 1 ELSE 0 END)").arg(QLatin1String(column));
}

// Approved or issued work from the programme's start to the period's end, with the owner at the date of
// the work (work before the first recorded owner belongs to that first owner); a record replaced by an
// approved revision is counted once, through its revision. Grouped once by every breakdown's facts, so the
// million records of a large lab are read once.
const char* const workQuery =
    "WITH work AS (SELECT r.date, r.verdict, i.type_code, t.group2, i.place, COALESCE((SELECT h.owner_id "
    "FROM instrument_owners h WHERE h.instrument_id = i.id AND h.from_date <= r.date ORDER BY h.from_date DESC, "
    "h.id DESC LIMIT 1), (SELECT h.owner_id FROM instrument_owners h WHERE h.instrument_id = i.id ORDER BY "
    "h.from_date, h.id LIMIT 1), i.owner_id) AS owner_id FROM records r JOIN instruments i ON i.id = r.instrument_id "
    "JOIN instrument_types t ON t.code = i.type_code WHERE r.status IN ('approved', 'issued') AND r.date BETWEEN "
    "? AND ? AND NOT EXISTS (SELECT 1 FROM records x WHERE x.revision_of = r.id AND x.status IN ('approved', "
    "'issued'))) SELECT work.type_code, work.group2, COALESCE(work.verdict, 'none'), COALESCE(work.place, ''), "
    "COALESCE(o.commune, ''), COALESCE(o.province, ''), COALESCE(e.sector, NULLIF(o.sector, ''), 'unrecorded'), %1, "
    "COUNT(*) FROM work JOIN organisations o ON o.id = work.owner_id LEFT JOIN enrolments e ON e.organisation_id = "
    "o.id GROUP BY work.type_code, work.group2, COALESCE(work.verdict, 'none'), COALESCE(work.place, ''), "
    "COALESCE(o.commune, ''), COALESCE(o.province, ''), COALESCE(e.sector, NULLIF(o.sector, ''), 'unrecorded')";

/** Adds one group's counts under \a key, keeping the keys in the order first met. */
void tally(QList<YearCount>& list, const QString& key, int year, int cumulative)
{
    for (YearCount& c : list)
        if (c.key == key) {
            c.year += year;
            c.cumulative += cumulative;
            return;
        }
    list.append({key, year, cumulative});
}

/** Most work in the year first, then by key. */
void sortCounts(QList<YearCount>& list)
{
    std::sort(list.begin(), list.end(), [](const YearCount& a, const YearCount& b) {
        return a.year != b.year ? a.year > b.year : a.key < b.key;
    });
}

/** The registered commune of the place of use when it names one, else of the owner, else why there is none. */
QString communeKey(const QString& place, const QString& ownerCommune, const QString& ownerProvince)
{
    const CommuneRegister& communes = provinceCommunes();
    if (auto name = communes.find(place))
        return *name;
    if (!communes.covers(ownerProvince))
        return CommuneKey::OutsideProvince;
    return communes.find(ownerCommune).value_or(CommuneKey::NotRecorded);
}

/** A standard's year from the day it was taken on, its status events and its calibrations. */
std::optional<StandardYear> judgeYear(const Standard& s, const QDate& takenOn,
                                      const QList<std::pair<QDate, QString>>& statuses,
                                      const QList<StandardCalibration>& history, const AnnualFigures& f)
{
    // A day on which the standard was put in quarantine counts as quarantined, even if it returned that day.
    const auto statusOn = [&](const QDate& day) {
        QString status = QStringLiteral("in-service");
        bool quarantinedThatDay = false;
        for (const auto& [from, to] : statuses) {
            if (from <= day)
                status = to;
            quarantinedThatDay = quarantinedThatDay || (from == day && to == QStringLiteral("quarantined"));
        }
        return quarantinedThatDay && status != QStringLiteral("retired") ? QStringLiteral("quarantined") : status;
    };
    StandardYear y{s.name, s.serial, std::max(QDate(f.year, 1, 1), takenOn), f.periodEnd, {}, {}, false, false};
    // Retired before the period: not the lab's standard that year; retired during it: judged to the day before.
    for (QDate day = y.from; day <= f.periodEnd; day = day.addDays(1))
        if (statusOn(day) == QStringLiteral("retired")) {
            y.to = day.addDays(-1);
            break;
        }
    if (y.from > y.to)
        return std::nullopt;
    const auto usable = [&](const QDate& day, bool& quarantined) {
        const bool calibrated = std::any_of(history.begin(), history.end(), [&](const StandardCalibration& c) {
            return c.date <= day && c.validUntil >= day;
        });
        quarantined = calibrated && statusOn(day) == QStringLiteral("quarantined");
        return calibrated && !quarantined;
    };
    bool quarantined = false;
    for (QDate day = y.from; day <= y.to; day = day.addDays(1)) {
        const bool ok = usable(day, quarantined);
        if (!ok && !y.firstGap.isValid()) {
            y.firstGap = day;
            y.quarantined = quarantined;
        }
        if (y.firstGap.isValid() && ok) {
            y.gapEnd = day.addDays(-1);
            break;
        }
    }
    y.inDateAllYear = !y.firstGap.isValid() && y.from == QDate(f.year, 1, 1) && y.to == f.periodEnd;
    return y;
}

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
    auto q = m_lab.db().exec(QString::fromLatin1(workQuery).arg(yearCase("work.date")),
                             {iso(QDate(FirstYear, 1, 1)), iso(f.periodEnd), yearStart});
    if (!q)
        return fail(q.error());
    f.work = {QStringLiteral("all"), 0, 0};
    while (q->next()) {
        const int year = q->value(7).toInt();
        const int all = q->value(8).toInt();
        f.work.year += year;
        f.work.cumulative += all;
        tally(f.workByType, q->value(0).toString(), year, all);
        tally(f.workByGroup, q->value(1).toBool() ? QStringLiteral("group2") : QStringLiteral("other"), year, all);
        tally(f.workByVerdict, q->value(2).toString(), year, all);
        tally(f.workByCommune, communeKey(q->value(3).toString(), q->value(4).toString(), q->value(5).toString()), year,
              all);
        tally(f.workBySector, q->value(6).toString(), year, all);
    }
    for (QList<YearCount>* list : {&f.workByType, &f.workByGroup, &f.workByVerdict, &f.workByCommune, &f.workBySector})
        sortCounts(*list);
    return nameTypes(f);
}

Status AnnualReportService::nameTypes(AnnualFigures& f)
{
    for (const YearCount& c : f.workByType) {
        auto q =
            m_lab.db().exec(QStringLiteral("SELECT name_vi, name_en FROM instrument_types WHERE code = ?"), {c.key});
        if (!q)
            return fail(q.error());
        if (q->next())
            f.typeNames.insert(c.key, {q->value(0).toString(), q->value(1).toString()});
    }
    return {};
}

Status AnnualReportService::countCertificates(AnnualFigures& f)
{
    // A certificate replaced by an amendment is counted once, through the amendment; failure records apart.
    auto q = m_lab.db().exec(
        QStringLiteral(
            "SELECT c.kind = 'failure-record', %1, COUNT(*), %2, SUM(CASE WHEN w.certificate_id IS NULL THEN "
            "0 ELSE 1 END) FROM certificates c LEFT JOIN (SELECT DISTINCT certificate_id FROM "
            "certificate_events WHERE event = 'withdrawn') w ON w.certificate_id = c.id WHERE "
            "substr(c.issued_at, 1, 10) BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM certificates n WHERE "
            "n.replaces = c.id) GROUP BY c.kind = 'failure-record'")
            .arg(yearCase("substr(c.issued_at, 1, 10)"),
                 QStringLiteral("SUM(CASE WHEN substr(c.issued_at, 1, 10) >= ? AND w.certificate_id IS NOT NULL THEN 1 "
                                "ELSE 0 END)")),
        {iso(QDate(f.year, 1, 1)), iso(QDate(f.year, 1, 1)), iso(QDate(FirstYear, 1, 1)), iso(f.periodEnd)});
    if (!q)
        return fail(q.error());
    f.certificates = {QStringLiteral("certificates"), 0, 0};
    f.certificatesWithdrawn = {QStringLiteral("withdrawn"), 0, 0};
    f.failureRecords = {QStringLiteral("failure-records"), 0, 0};
    while (q->next()) {
        if (q->value(0).toBool()) {
            f.failureRecords = {QStringLiteral("failure-records"), q->value(1).toInt(), q->value(2).toInt()};
            continue;
        }
        f.certificates = {QStringLiteral("certificates"), q->value(1).toInt(), q->value(2).toInt()};
        f.certificatesWithdrawn = {QStringLiteral("withdrawn"), q->value(3).toInt(), q->value(4).toInt()};
    }
    return {};
}

Status AnnualReportService::checkStandards(AnnualFigures& f)
{
    StandardService service(m_lab);
    auto standards = service.standards();
    if (!standards)
        return fail(standards.error());
    for (const Standard& s : *standards) {
        auto history = service.calibrations(s.id);
        auto held = m_lab.db().exec(
            QStringLiteral("SELECT substr(created_at, 1, 10), (SELECT MIN(date) FROM standard_calibrations WHERE "
                           "standard_id = ?) FROM standards WHERE id = ?"),
            {s.id, s.id});
        auto events = m_lab.db().exec(QStringLiteral("SELECT effective_date, status FROM standard_status_events WHERE "
                                                     "standard_id = ? ORDER BY effective_date, id"),
                                      {s.id});
        if (!history || !held || !events)
            return fail(!history ? history.error() : !held ? held.error() : events.error());
        held->next();
        QDate takenOn = QDate::fromString(held->value(0).toString(), Qt::ISODate);
        const QDate firstCalibration = QDate::fromString(held->value(1).toString(), Qt::ISODate);
        if (firstCalibration.isValid())
            takenOn = std::min(takenOn, firstCalibration);
        QList<std::pair<QDate, QString>> statuses;
        while (events->next())
            statuses.append({QDate::fromString(events->value(0).toString(), Qt::ISODate), events->value(1).toString()});
        if (auto year = judgeYear(s, takenOn, statuses, *history, f))
            f.standards.append(*year);
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
