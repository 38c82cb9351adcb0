// SPDX-License-Identifier: Apache-2.0
#include "db/programme/ActivityReportService.h"

#include "core/MeasurementField.h"
#include "core/Tr.h"

namespace Etalon {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// Approved or issued work in the period by type, kind and verdict; a record replaced by an approved revision is
// counted once, through its revision.
const char* const workQuery =
    "SELECT i.type_code, t.name_vi, t.name_en, COALESCE(t.field, ''), COALESCE(t.quantity, ''), CASE WHEN r.kind "
    "IN ('initial', 'periodic', 'after-repair') THEN 'verification' ELSE r.kind END, COALESCE(r.verdict, 'none'), "
    "COUNT(*) FROM records r JOIN instruments i ON i.id = r.instrument_id JOIN instrument_types t ON t.code = "
    "i.type_code WHERE r.status IN ('approved', 'issued') AND r.date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM "
    "records x WHERE x.revision_of = r.id AND x.status IN ('approved', 'issued')) GROUP BY i.type_code, t.name_vi, "
    "t.name_en, COALESCE(t.field, ''), COALESCE(t.quantity, ''), CASE WHEN r.kind IN ('initial', 'periodic', "
    "'after-repair') THEN 'verification' ELSE r.kind END, COALESCE(r.verdict, 'none')";

void add(ActivityCount& c, const QString& kind, const QString& verdict, int n)
{
    if (kind == QStringLiteral("verification"))
        (verdict == QStringLiteral("fail") ? c.failed : c.passed) += n;
    else if (kind == QStringLiteral("calibration"))
        c.calibrations += n;
    else
        c.inspections += n;
}

ActivityCount& entry(QList<ActivityCount>& list, const QString& key)
{
    for (ActivityCount& c : list)
        if (c.key == key)
            return c;
    list.append({key});
    return list.last();
}

} // namespace

Result<ActivityFigures> ActivityReportService::figures(const QDate& from, const QDate& to)
{
    if (!from.isValid())
        return fail(Error::badInput(QStringLiteral("from"), Tr::tr("the period needs a first day")));
    if (!to.isValid() || to < from)
        return fail(Error::badInput(QStringLiteral("to"), Tr::tr("the period's last day is on or after its first")));
    if (to > m_lab.today())
        return fail(Error::badInput(QStringLiteral("to"),
                                    Tr::tr("the period cannot end after today (%1)").arg(iso(m_lab.today()))));
    if (from.addYears(1) <= to)
        return fail(Error::badInput(QStringLiteral("to"), Tr::tr("a report covers one year at most")));
    ActivityFigures f;
    f.from = from;
    f.to = to;
    f.labName = m_lab.setting(QStringLiteral("lab_name"));
    f.designation = m_lab.setting(QStringLiteral("designation_number"));
    ETALON_TRY(countWork(f));
    ETALON_TRY(countCertificatesAndStamps(f));
    ETALON_TRY(listStandards(f));
    ETALON_TRY(listVerifiers(f));
    return f;
}

Status ActivityReportService::countWork(ActivityFigures& f)
{
    auto q = m_lab.db().exec(QString::fromLatin1(workQuery), {iso(f.from), iso(f.to)});
    if (!q)
        return fail(q.error());
    for (const QString& key : MeasurementField::keys())
        f.byField.append({key});
    while (q->next()) {
        const QString code = q->value(0).toString();
        const QString field = MeasurementField::of(q->value(3).toString(), q->value(4).toString());
        f.typeNames.insert(code, {q->value(1).toString(), q->value(2).toString()});
        f.typeFields.insert(code, field);
        const QString kind = q->value(5).toString();
        const QString verdict = q->value(6).toString();
        const int n = q->value(7).toInt();
        add(entry(f.byType, code), kind, verdict, n);
        add(entry(f.byField, field), kind, verdict, n);
        add(f.total, kind, verdict, n);
    }
    std::sort(f.byType.begin(), f.byType.end(), [](const ActivityCount& a, const ActivityCount& b) {
        return a.total() != b.total() ? a.total() > b.total() : a.key < b.key;
    });
    f.total.key = QStringLiteral("total");
    return {};
}

Status ActivityReportService::countCertificatesAndStamps(ActivityFigures& f)
{
    auto certificates = m_lab.db().exec(
        QStringLiteral("SELECT SUM(CASE WHEN c.kind = 'failure-record' THEN 0 ELSE 1 END), SUM(CASE WHEN c.kind = "
                       "'failure-record' THEN 1 ELSE 0 END) FROM certificates c WHERE substr(c.issued_at, 1, 10) "
                       "BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM certificates n WHERE n.replaces = c.id)"),
        {iso(f.from), iso(f.to)});
    // A stamp's last change is its use or its voiding; one still unused at the end was received by then.
    auto stamps = m_lab.db().exec(
        QStringLiteral("SELECT SUM(CASE WHEN status = 'used' AND substr(changed_at, 1, 10) BETWEEN ? AND ? THEN 1 "
                       "ELSE 0 END), SUM(CASE WHEN status = 'void' AND substr(changed_at, 1, 10) BETWEEN ? AND ? THEN "
                       "1 ELSE 0 END), SUM(CASE WHEN substr(received_at, 1, 10) <= ? AND (status = 'unused' OR "
                       "substr(changed_at, 1, 10) > ?) THEN 1 ELSE 0 END) FROM stamps"),
        {iso(f.from), iso(f.to), iso(f.from), iso(f.to), iso(f.to), iso(f.to)});
    if (!certificates || !stamps)
        return fail(!certificates ? certificates.error() : stamps.error());
    certificates->next();
    f.certificates = certificates->value(0).toInt();
    f.failureRecords = certificates->value(1).toInt();
    stamps->next();
    f.stampsUsed = stamps->value(0).toInt();
    f.stampsVoided = stamps->value(1).toInt();
    f.stampsUnused = stamps->value(2).toInt();
    return {};
}

Status ActivityReportService::listStandards(ActivityFigures& f)
{
    // Each standard's status and latest calibration as they stood on the period's last day; one retired before
    // the period began is no longer the lab's.
    auto q = m_lab.db().exec(
        QStringLiteral(
            "SELECT s.name, s.serial, s.kind, COALESCE((SELECT e.status FROM standard_status_events e WHERE "
            "e.standard_id = s.id AND e.effective_date <= ? ORDER BY e.effective_date DESC, e.id DESC LIMIT 1), "
            "'in-service'), c.certificate, c.date, c.valid_until, COALESCE(o.name, b.name, '') FROM standards s LEFT "
            "JOIN standard_calibrations c ON c.id = (SELECT c2.id FROM standard_calibrations c2 WHERE c2.standard_id "
            "= s.id AND c2.date <= ? ORDER BY c2.date DESC, c2.id DESC LIMIT 1) LEFT JOIN organisations o ON o.id = "
            "c.by_lab_id LEFT JOIN standards b ON b.id = c.by_standard_id WHERE substr(s.created_at, 1, 10) <= ? AND "
            "NOT EXISTS (SELECT 1 FROM standard_status_events r WHERE r.standard_id = s.id AND r.status = 'retired' "
            "AND r.effective_date < ?) ORDER BY s.kind, s.name, s.serial"),
        {iso(f.to), iso(f.to), iso(f.to), iso(f.from)});
    if (!q)
        return fail(q.error());
    while (q->next()) {
        StandardState s{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toString(), q->value(4).toString(), q->value(7).toString(),
                        date(q->value(5)),      date(q->value(6)),      false};
        s.inDate = s.status == QStringLiteral("in-service") && s.validUntil.isValid() && s.validUntil >= f.to;
        f.standards.append(s);
    }
    return {};
}

Status ActivityReportService::listVerifiers(ActivityFigures& f)
{
    // Cards valid at some time in the period, with the work their holder carried out in it.
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT COALESCE(NULLIF(u.full_name, ''), u.name), a.field, a.certificate, a.valid_until, "
                       "(SELECT COUNT(*) FROM records r WHERE r.technician_id = u.id AND r.status IN ('approved', "
                       "'issued') AND r.date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM records x WHERE "
                       "x.revision_of = r.id AND x.status IN ('approved', 'issued'))) FROM authorisations a JOIN users "
                       "u ON u.id = a.user_id "
                       "WHERE a.valid_until >= ? AND (a.valid_from IS NULL OR a.valid_from <= ?) ORDER BY 1, a.field"),
        {iso(f.from), iso(f.to), iso(f.from), iso(f.to)});
    if (!q)
        return fail(q.error());
    while (q->next()) {
        VerifierCard c{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), date(q->value(3)), false,
                       q->value(4).toInt()};
        c.inDate = c.validUntil >= f.to;
        f.verifiers.append(c);
    }
    return {};
}

} // namespace Etalon
