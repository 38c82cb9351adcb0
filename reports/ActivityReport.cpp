// SPDX-License-Identifier: Apache-2.0
#include "reports/ActivityReport.h"

#include "core/MeasurementField.h"
#include "core/Tr.h"
#include "reports/AdministrativeLayout.h"
#include "reports/PageFlow.h"
#include "reports/ReportFonts.h"
#include "reports/ReportPdf.h"

#include <QLocale>

namespace Etalon::ActivityReport {

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

QString day(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QStringLiteral("–");
}

QString typeName(const ActivityFigures& f, const QString& code, bool english)
{
    const TypeNames names = f.typeNames.value(code);
    const QString name = english && !names.en.isEmpty() ? names.en : names.vi;
    return name.isEmpty() ? code : name;
}

QStringList counts(const ActivityCount& c)
{
    return {number(c.passed), number(c.failed), number(c.calibrations), number(c.inspections), number(c.total())};
}

QStringList countHeader()
{
    return {Tr::tr("Verified, passed"), Tr::tr("Verified, failed"), Tr::tr("Calibrations"), Tr::tr("Inspected"),
            Tr::tr("Total")};
}

using ReportPdf::section;

void flowWork(PageFlow& flow, const ActivityFigures& f, bool english)
{
    section(flow, Tr::tr("1. Work by measurement field"));
    QList<QStringList> rows;
    for (const ActivityCount& c : f.byField)
        rows.append(QStringList{MeasurementField::name(c.key, english)} + counts(c));
    rows.append(QStringList{Tr::tr("Total")} + counts(f.total));
    flow.table(QStringList{Tr::tr("Field")} + countHeader(), rows, columns({0.3, 0.14, 0.14, 0.14, 0.14, 0.14}),
               ReportFonts::font(8, true), ReportFonts::font(8));
    section(flow, Tr::tr("2. Work by instrument type"));
    rows.clear();
    for (const ActivityCount& c : f.byType)
        rows.append(
            QStringList{typeName(f, c.key, english), MeasurementField::name(f.typeFields.value(c.key), english)} +
            counts(c));
    if (rows.isEmpty())
        flow.paragraph(Tr::tr("No verification or calibration was approved in the period."), ReportFonts::font(9));
    else
        flow.table(QStringList{Tr::tr("Instrument type"), Tr::tr("Field")} + countHeader(), rows,
                   columns({0.26, 0.19, 0.11, 0.11, 0.11, 0.11, 0.11}), ReportFonts::font(7.5, true),
                   ReportFonts::font(7.5));
    section(flow, Tr::tr("3. Certificates and stamps"));
    flow.paragraph(Tr::tr("%1 verification and calibration certificates issued (each counted once however often "
                          "amended), %2 records of failed verification. Stamps: %3 used, %4 voided, %5 held unused "
                          "at the period's end.")
                       .arg(number(f.certificates), number(f.failureRecords), number(f.stampsUsed),
                            number(f.stampsVoided), number(f.stampsUnused)),
                   ReportFonts::font(9));
}

QString standardStatus(const StandardState& s)
{
    if (s.status == QStringLiteral("retired"))
        return Tr::tr("retired");
    if (s.status == QStringLiteral("quarantined"))
        return Tr::tr("quarantined");
    return s.inDate ? Tr::tr("in date") : Tr::tr("out of date");
}

void flowResources(PageFlow& flow, const ActivityFigures& f)
{
    section(flow, Tr::tr("4. Standards and their validity at the period's end"));
    QList<QStringList> rows;
    for (const StandardState& s : f.standards)
        rows.append({s.name, s.serial,
                     s.certificate.isEmpty()
                         ? Tr::tr("no calibration")
                         : Tr::tr("%1, %2 (%3)").arg(s.certificate, s.calibratedBy, day(s.calibratedOn)),
                     day(s.validUntil), standardStatus(s)});
    flow.table({Tr::tr("Standard"), Tr::tr("Serial"), Tr::tr("Calibration certificate"), Tr::tr("Valid until"),
                Tr::tr("At the end")},
               rows, columns({0.27, 0.13, 0.3, 0.14, 0.16}), ReportFonts::font(7.5, true), ReportFonts::font(7.5));
}

void flowVerifiers(PageFlow& flow, const ActivityFigures& f, bool english)
{
    section(flow, Tr::tr("5. Verifiers and their cards"));
    QList<QStringList> rows;
    for (const VerifierCard& c : f.verifiers)
        rows.append({c.person, MeasurementField::name(MeasurementField::of(c.field, QString()), english), c.certificate,
                     day(c.validUntil), c.inDate ? Tr::tr("in date") : Tr::tr("expired"), number(c.records)});
    flow.table({Tr::tr("Verifier"), Tr::tr("Field"), Tr::tr("Card"), Tr::tr("Valid until"), Tr::tr("At the end"),
                Tr::tr("Records")},
               rows, columns({0.24, 0.2, 0.16, 0.14, 0.13, 0.13}), ReportFonts::font(7.5, true),
               ReportFonts::font(7.5));
}

} // namespace

Result<QByteArray> render(const ActivityFigures& f, const Options& options)
{
    const QString title = Tr::tr("Verification and calibration activity of measuring instruments");
    const QString footer = Tr::tr("Generated %1 from the lab's records")
                               .arg(QLocale().toString(options.generatedAt, QLocale::ShortFormat));
    AdministrativeLayout::ReportParts parts;
    parts.title = title;
    parts.period = Tr::tr("From %1 to %2").arg(day(f.from), day(f.to));
    parts.footer = footer;
    parts.body = [&](PageFlow& flow) {
        if (!f.designation.isEmpty())
            flow.paragraph(Tr::tr("%1, designated under %2.").arg(f.labName, f.designation), ReportFonts::font(9));
        flowWork(flow, f, options.english);
        flowResources(flow, f);
    };
    parts.last = [&](PageFlow& flow) { flowVerifiers(flow, f, options.english); };
    return AdministrativeLayout::render(options.form, options.english, Margin, parts);
}

QList<QStringList> csvRows(const ActivityFigures& f, bool english)
{
    QList<QStringList> rows{{QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("name"),
                             QStringLiteral("field"), QStringLiteral("passed"), QStringLiteral("failed"),
                             QStringLiteral("calibrations"), QStringLiteral("inspections"), QStringLiteral("total"),
                             QStringLiteral("certificate"), QStringLiteral("valid_until"), QStringLiteral("status")}};
    const auto work = [&](const QString& section, const ActivityCount& c, const QString& name, const QString& field) {
        rows.append({section, c.key, name, field, QString::number(c.passed), QString::number(c.failed),
                     QString::number(c.calibrations), QString::number(c.inspections), QString::number(c.total()),
                     QString(), QString(), QString()});
    };
    for (const ActivityCount& c : f.byField)
        work(QStringLiteral("field"), c, MeasurementField::name(c.key, english), c.key);
    for (const ActivityCount& c : f.byType)
        work(QStringLiteral("type"), c, typeName(f, c.key, english), f.typeFields.value(c.key));
    work(QStringLiteral("total"), f.total, QString(), QString());
    const auto figure = [&](const char* key, int value) {
        rows.append({QStringLiteral("documents"), QString::fromLatin1(key), QString(), QString(), QString(), QString(),
                     QString(), QString(), QString::number(value), QString(), QString(), QString()});
    };
    figure("certificates", f.certificates);
    figure("failure-records", f.failureRecords);
    figure("stamps-used", f.stampsUsed);
    figure("stamps-voided", f.stampsVoided);
    figure("stamps-unused", f.stampsUnused);
    for (const StandardState& s : f.standards)
        rows.append({QStringLiteral("standard"), s.serial, s.name, s.kind, QString(), QString(), QString(), QString(),
                     QString(), s.certificate, s.validUntil.toString(Qt::ISODate),
                     s.status == QStringLiteral("in-service")
                         ? (s.inDate ? QStringLiteral("in-date") : QStringLiteral("out-of-date"))
                         : s.status});
    for (const VerifierCard& c : f.verifiers)
        rows.append({QStringLiteral("verifier"), c.certificate, c.person, c.field, QString(), QString(), QString(),
                     QString(), QString::number(c.records), c.certificate, c.validUntil.toString(Qt::ISODate),
                     c.inDate ? QStringLiteral("in-date") : QStringLiteral("expired")});
    return rows;
}

} // namespace Etalon::ActivityReport
