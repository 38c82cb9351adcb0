// SPDX-License-Identifier: Apache-2.0
#include "app/gui/Labels.h"

#include "core/Tr.h"

#include <QLocale>

namespace Etalon::Labels {

QString recordKind(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Initial:
        return Tr::tr("initial verification");
    case RecordKind::Periodic:
        return Tr::tr("periodic verification");
    case RecordKind::AfterRepair:
        return Tr::tr("verification after repair");
    case RecordKind::Calibration:
        return Tr::tr("calibration");
    case RecordKind::Inspection:
        return Tr::tr("in-service inspection");
    }
    return {};
}

QString recordStatus(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Draft:
        return Tr::tr("draft");
    case RecordStatus::Completed:
        return Tr::tr("waiting for approval");
    case RecordStatus::Approved:
        return Tr::tr("approved");
    case RecordStatus::Issued:
        return Tr::tr("certificate issued");
    }
    return {};
}

QString verdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return Tr::tr("pass");
    case Verdict::Fail:
        return Tr::tr("fail");
    case Verdict::None:
        break;
    }
    return {};
}

QString standardStatus(StandardStatus status)
{
    switch (status) {
    case StandardStatus::InService:
        return Tr::tr("in service");
    case StandardStatus::Quarantined:
        return Tr::tr("quarantined");
    case StandardStatus::Retired:
        return Tr::tr("retired");
    }
    return {};
}

QString organisationKind(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Customer:
        return Tr::tr("customer");
    case OrganisationKind::Lab:
        return Tr::tr("this lab");
    case OrganisationKind::CalibrationLab:
        return Tr::tr("calibration laboratory");
    case OrganisationKind::NationalInstitute:
        return Tr::tr("national institute");
    }
    return {};
}

QString role(Role role)
{
    switch (role) {
    case Role::Technician:
        return Tr::tr("technician");
    case Role::Manager:
        return Tr::tr("manager");
    case Role::Auditor:
        return Tr::tr("auditor");
    case Role::Admin:
        return Tr::tr("administrator");
    }
    return {};
}

QString typeName(const InstrumentType& type)
{
    const QString name = QLocale().language() == QLocale::Vietnamese ? type.nameVi : type.nameEn;
    return name.isEmpty() ? type.code : name;
}

QString certificateKind(CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::Verification:
        return Tr::tr("verification certificate");
    case CertificateKind::FailureRecord:
        return Tr::tr("failure record");
    case CertificateKind::Calibration:
        return Tr::tr("calibration certificate");
    }
    return {};
}

QString stampStatus(const QString& status)
{
    if (status == QStringLiteral("unused"))
        return Tr::tr("not used yet");
    if (status == QStringLiteral("used"))
        return Tr::tr("used");
    if (status == QStringLiteral("void"))
        return Tr::tr("voided");
    return status;
}

QString certificateStatus(const QString& status)
{
    if (status == QStringLiteral("current"))
        return Tr::tr("in force");
    if (status == QStringLiteral("replaced"))
        return Tr::tr("replaced");
    if (status == QStringLiteral("withdrawn"))
        return Tr::tr("withdrawn");
    return status;
}

QString date(const std::optional<QDate>& date)
{
    return date && date->isValid() ? QLocale().toString(*date, QLocale::ShortFormat) : QString();
}

QVariant dateCell(const std::optional<QDate>& date)
{
    return date && date->isValid() ? QVariant(*date) : QVariant();
}

QString quantity(const QString& text)
{
    const QString point = QLocale().decimalPoint();
    if (point == QStringLiteral("."))
        return text;
    QString out = text;
    // Only a point between digits is a decimal sign; unit symbols keep theirs.
    for (int i = 1; i + 1 < out.size(); ++i)
        if (out[i] == u'.' && out[i - 1].isDigit() && out[i + 1].isDigit())
            out.replace(i, 1, point);
    return out;
}

QString quantity(const std::optional<Quantity>& q)
{
    return q ? quantity(q->toString()) : QString();
}

QString typedNumber(const QString& text)
{
    if (QLocale().decimalPoint() != QStringLiteral(",") || text.contains(u'.'))
        return text;
    return QString(text).replace(u',', u'.');
}

QString typingDate(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

Result<QDate> typedDate(const QString& text, const QString& field)
{
    const QString t = text.trimmed();
    for (const char* format : {"d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "yyyy-M-d"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return fail(Error::badInput(field, Tr::tr("“%1” is not a date: type it as 25/11/2026").arg(t)));
}

} // namespace Etalon::Labels
