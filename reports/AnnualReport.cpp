// SPDX-License-Identifier: Apache-2.0
#include "reports/AnnualReport.h"

#include "core/Tr.h"
#include "reports/AdministrativeLayout.h"
#include "reports/PageFlow.h"
#include "reports/ReportFonts.h"
#include "reports/ReportPdf.h"

namespace Etalon::AnnualReport {

namespace {

constexpr double Margin = 48.0;

QList<double> columns(std::initializer_list<double> shares)
{
    return ReportPdf::portraitColumns(shares, Margin);
}

QString number(int n)
{
    return QLocale().toString(n);
}

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 0) + QStringLiteral(" %");
}

/** The words for a breakdown's stable keys (results, Group 2, sectors, communes); other keys are names already. */
QString keyLabel(const QString& key)
{
    if (key == CommuneKey::OutsideProvince)
        return Tr::tr("outside the province");
    if (key == CommuneKey::NotRecorded)
        return Tr::tr("commune or ward not recorded");
    static const QHash<QString, const char*> words{
        {QStringLiteral("group2"), QT_TRANSLATE_NOOP("Etalon", "in Group 2")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Etalon", "other")},
        {QStringLiteral("unrecorded"), QT_TRANSLATE_NOOP("Etalon", "not recorded")},
        {QStringLiteral("pass"), QT_TRANSLATE_NOOP("Etalon", "passed")},
        {QStringLiteral("fail"), QT_TRANSLATE_NOOP("Etalon", "failed")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("Etalon", "no verdict (calibration)")},
        {QStringLiteral("electricity"), QT_TRANSLATE_NOOP("Etalon", "electricity")},
        {QStringLiteral("water"), QT_TRANSLATE_NOOP("Etalon", "water")},
        {QStringLiteral("fuel"), QT_TRANSLATE_NOOP("Etalon", "fuel")},
        {QStringLiteral("minerals"), QT_TRANSLATE_NOOP("Etalon", "minerals")},
        {QStringLiteral("agri-forestry"), QT_TRANSLATE_NOOP("Etalon", "agricultural and forestry processing")}};
    const char* word = words.value(key);
    return word ? Tr::tr(word) : key;
}

QList<QStringList> countRows(const QList<YearCount>& counts, const std::function<QString(const QString&)>& label)
{
    QList<QStringList> rows;
    for (const YearCount& c : counts)
        rows.append({label(c.key), number(c.year), number(c.cumulative)});
    return rows;
}

using ReportPdf::section;

void breakdown(PageFlow& flow, const QString& what, const QList<YearCount>& counts, int year,
               const std::function<QString(const QString&)>& label = keyLabel)
{
    if (counts.isEmpty())
        return;
    flow.table({what, Tr::tr("%1").arg(year), Tr::tr("since 2026")}, countRows(counts, label), columns({0.6, 0.2, 0.2}),
               ReportFonts::font(8, true), ReportFonts::font(8));
    flow.space(6);
}

/** A type's name in the report's language, never its internal code while the catalogue names it. */
QString typeLabel(const AnnualFigures& f, const QString& code, bool english)
{
    const TypeNames names = f.typeNames.value(code);
    const QString name = english && !names.en.isEmpty() ? names.en : names.vi;
    return name.isEmpty() ? code : name;
}

/** How a standard's year reads: in date all year, or from when, to when, and its first gap. */
QString standardYearText(const StandardYear& s, int year)
{
    const auto day = [](const QDate& d) { return QLocale().toString(d, QLocale::ShortFormat); };
    QStringList parts;
    if (s.inDateAllYear)
        return Tr::tr("in date all year");
    if (s.from != QDate(year, 1, 1))
        parts.append(Tr::tr("taken on %1").arg(day(s.from)));
    if (s.firstGap.isValid() && s.gapEnd.isValid())
        parts.append(s.quarantined ? Tr::tr("quarantined from %1 to %2").arg(day(s.firstGap), day(s.gapEnd))
                                   : Tr::tr("not calibrated from %1 to %2").arg(day(s.firstGap), day(s.gapEnd)));
    else if (s.firstGap.isValid())
        parts.append(s.quarantined ? Tr::tr("quarantined from %1").arg(day(s.firstGap))
                                   : Tr::tr("not calibrated from %1").arg(day(s.firstGap)));
    else
        parts.append(Tr::tr("in date from %1 to %2").arg(day(s.from), day(s.to)));
    return parts.join(QStringLiteral("; "));
}

void flowWork(PageFlow& flow, const AnnualFigures& f, bool english)
{
    section(flow, Tr::tr("1. Verifications and calibrations"));
    flow.paragraph(Tr::tr("%1 in %2 (by the date of the work), %3 since 2026.")
                       .arg(number(f.work.year))
                       .arg(f.year)
                       .arg(number(f.work.cumulative)),
                   ReportFonts::font(9));
    breakdown(flow, Tr::tr("Instrument type"), f.workByType, f.year,
              [&](const QString& code) { return typeLabel(f, code, english); });
    breakdown(flow, Tr::tr("Group 2 or not"), f.workByGroup, f.year);
    breakdown(flow, Tr::tr("Result"), f.workByVerdict, f.year);
    breakdown(flow, Tr::tr("Commune or ward"), f.workByCommune, f.year);
    breakdown(flow, Tr::tr("Sector"), f.workBySector, f.year);
    section(flow, Tr::tr("2. Certificates"));
    flow.paragraph(Tr::tr("%1 issued in %2 (%3 of them withdrawn since), %4 since 2026; each counted once however "
                          "often amended. Records of failed verification: %5 in %2, %6 since 2026.")
                       .arg(number(f.certificates.year))
                       .arg(f.year)
                       .arg(number(f.certificatesWithdrawn.year))
                       .arg(number(f.certificates.cumulative))
                       .arg(number(f.failureRecords.year))
                       .arg(number(f.failureRecords.cumulative)),
                   ReportFonts::font(9));
}

void flowProgramme(PageFlow& flow, const AnnualFigures& f)
{
    section(flow, Tr::tr("3. Standards maintained"));
    QList<QStringList> standards;
    for (const StandardYear& s : f.standards)
        standards.append({s.name, s.serial, standardYearText(s, f.year)});
    flow.table({Tr::tr("Standard"), Tr::tr("Serial"), Tr::tr("Calibration")}, standards, columns({0.5, 0.2, 0.3}),
               ReportFonts::font(8, true), ReportFonts::font(8));
    section(flow, Tr::tr("4. Check-scale points"));
    flow.paragraph(Tr::tr("%1 points equipped or in use, %2 of them with scale and masses in date; %3 mass sets; %4 "
                          "out of use.")
                       .arg(f.pointsEquipped)
                       .arg(f.pointsInDate)
                       .arg(f.massSetsEquipped)
                       .arg(f.pointsOutOfUse),
                   ReportFonts::font(9));
    section(flow, Tr::tr("5. Measurement assurance at enterprises"));
    flow.paragraph(Tr::tr("%1 enterprises enrolled (%2 in %3); on average %4 of their instruments in date.")
                       .arg(f.enterprises.cumulative)
                       .arg(f.enterprises.year)
                       .arg(f.year)
                       .arg(percent(f.enterprisesInDateShare)),
                   ReportFonts::font(9));
    section(flow, Tr::tr("6. People and assessments"));
    flow.paragraph(Tr::tr("%1 people trained in %2 (%3 since 2026), %4 certified (%5); %6 managers and enterprise "
                          "staff (%7). Assessed against the national criteria: %8 labs, %9 service organisations.")
                       .arg(f.peopleTrained.year)
                       .arg(f.year)
                       .arg(f.peopleTrained.cumulative)
                       .arg(f.peopleCertified.year)
                       .arg(f.peopleCertified.cumulative)
                       .arg(f.managersAndStaffTrained.year)
                       .arg(f.managersAndStaffTrained.cumulative)
                       .arg(f.labsAssessed.cumulative)
                       .arg(f.serviceOrganisationsAssessed.cumulative),
                   ReportFonts::font(9));
}

void flowTargets(PageFlow& flow, const AnnualFigures& f)
{
    section(flow, Tr::tr("7. Progress against the programme's targets"));
    QList<QStringList> targets;
    for (const TargetProgress& t : f.targets)
        targets.append({targetLabel(t.key), number(t.thisYear), number(t.achieved),
                        Tr::tr("%1 by %2").arg(number(t.target)).arg(t.byYear), percent(t.share())});
    flow.table({Tr::tr("Target"), Tr::tr("%1").arg(f.year), Tr::tr("since 2026"), Tr::tr("goal"), Tr::tr("done")},
               targets, columns({0.4, 0.12, 0.14, 0.2, 0.14}), ReportFonts::font(8, true), ReportFonts::font(8));
    flow.space(8);
    flow.drawing(24.0 * f.targets.size() + 16, [&](QPainter& p, const QRectF& r) { paintTargets(p, r, f.targets); });
}

} // namespace

QString targetLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("check_points"), QT_TRANSLATE_NOOP("Etalon", "check-scale points equipped")},
        {QStringLiteral("mass_sets"), QT_TRANSLATE_NOOP("Etalon", "reference mass sets")},
        {QStringLiteral("enterprises"), QT_TRANSLATE_NOOP("Etalon", "enterprises in measurement assurance")},
        {QStringLiteral("people_qualified"), QT_TRANSLATE_NOOP("Etalon", "people with metrology qualifications")},
        {QStringLiteral("managers_trained"), QT_TRANSLATE_NOOP("Etalon", "managers and enterprise staff trained")},
        {QStringLiteral("labs_assessed"), QT_TRANSLATE_NOOP("Etalon", "labs assessed against the national criteria")},
        {QStringLiteral("service_organisations_assessed"),
         QT_TRANSLATE_NOOP("Etalon", "service organisations assessed")}};
    const char* label = labels.value(key);
    return label ? Tr::tr(label) : key;
}

void paintTargets(QPainter& p, const QRectF& area, const QList<TargetProgress>& targets)
{
    p.setRenderHint(QPainter::Antialiasing);
    const double row = targets.isEmpty() ? 0 : (area.height() - 8) / targets.size();
    const double labelWidth = area.width() * 0.42;
    const QRectF bars(area.left() + labelWidth, area.top(), area.width() - labelWidth - 48, area.height());
    p.setFont(ReportFonts::font(7.5));
    for (int i = 0; i < targets.size(); ++i) {
        const TargetProgress& t = targets[i];
        const double y = area.top() + i * row;
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y, labelWidth - 6, row), Qt::AlignVCenter | Qt::AlignRight | Qt::TextWordWrap,
                   targetLabel(t.key));
        const QRectF track(bars.left(), y + row * 0.25, bars.width(), row * 0.5);
        p.fillRect(track, QColor(0xe9, 0xec, 0xef));
        const double share = std::clamp(t.share(), 0.0, 1.0);
        p.fillRect(QRectF(track.left(), track.top(), track.width() * share, track.height()),
                   share >= 1.0 ? QColor(0x19, 0x87, 0x54) : QColor(0x0d, 0x6e, 0xfd));
        p.drawText(QRectF(track.right() + 4, y, 44, row), Qt::AlignVCenter | Qt::AlignLeft,
                   QStringLiteral("%1/%2").arg(t.achieved).arg(t.target));
    }
}

QList<QStringList> csvRows(const AnnualFigures& f)
{
    QList<QStringList> rows{{QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("year"),
                             QStringLiteral("cumulative"), QStringLiteral("target"), QStringLiteral("by-year"),
                             QStringLiteral("name")}};
    const auto add = [&](const QString& section, const YearCount& c) {
        rows.append({section, c.key, QString::number(c.year), QString::number(c.cumulative), QString(), QString(),
                     f.typeNames.value(c.key).vi});
    };
    add(QStringLiteral("work"), f.work);
    for (const auto& [section, list] : {std::pair{QStringLiteral("work-by-type"), &f.workByType},
                                        std::pair{QStringLiteral("work-by-group"), &f.workByGroup},
                                        std::pair{QStringLiteral("work-by-result"), &f.workByVerdict},
                                        std::pair{QStringLiteral("work-by-commune"), &f.workByCommune},
                                        std::pair{QStringLiteral("work-by-sector"), &f.workBySector}})
        for (const YearCount& c : *list)
            add(section, c);
    add(QStringLiteral("certificates"), f.certificates);
    add(QStringLiteral("certificates"), f.certificatesWithdrawn);
    add(QStringLiteral("certificates"), f.failureRecords);
    for (const StandardYear& s : f.standards)
        rows.append({QStringLiteral("standard-in-date"), s.serial,
                     s.inDateAllYear ? QStringLiteral("yes") : QStringLiteral("no"), QString(), QString(), QString()});
    rows.append({QStringLiteral("check-points"), QStringLiteral("equipped"), QString(),
                 QString::number(f.pointsEquipped), QString(), QString()});
    rows.append({QStringLiteral("check-points"), QStringLiteral("in-date"), QString(), QString::number(f.pointsInDate),
                 QString(), QString()});
    add(QStringLiteral("enterprises"), f.enterprises);
    for (const YearCount* c : {&f.peopleTrained, &f.peopleCertified, &f.managersAndStaffTrained})
        add(QStringLiteral("people"), *c);
    add(QStringLiteral("assessments"), f.labsAssessed);
    add(QStringLiteral("assessments"), f.serviceOrganisationsAssessed);
    for (const TargetProgress& t : f.targets)
        rows.append({QStringLiteral("target"), t.key, QString::number(t.thisYear), QString::number(t.achieved),
                     QString::number(t.target), QString::number(t.byYear)});
    for (QStringList& row : rows)
        while (row.size() < rows.first().size())
            row.append(QString());
    return rows;
}

Result<QByteArray> render(const AnnualFigures& f, const Options& options)
{
    const QString title = Tr::tr("Results of the measurement programme 2026–2030 in %1").arg(f.year);
    const QString footer = Tr::tr("Generated %1 from the lab's records")
                               .arg(QLocale().toString(options.generatedAt, QLocale::ShortFormat));
    AdministrativeLayout::ReportParts parts;
    parts.title = title;
    parts.period = Tr::tr("From %1 to %2")
                       .arg(QLocale().toString(QDate(f.year, 1, 1), QLocale::ShortFormat),
                            QLocale().toString(f.periodEnd, QLocale::ShortFormat));
    parts.footer = footer;
    parts.body = [&](PageFlow& flow) {
        flowWork(flow, f, options.english);
        flowProgramme(flow, f);
    };
    parts.last = [&](PageFlow& flow) { flowTargets(flow, f); };
    return AdministrativeLayout::render(options.form, options.english, Margin, parts);
}

} // namespace Etalon::AnnualReport
