// SPDX-License-Identifier: Apache-2.0
#include "core/Certificate.h"

#include "core/Tr.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Etalon {

QString toName(CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::Verification:
        return QStringLiteral("verification");
    case CertificateKind::FailureRecord:
        return QStringLiteral("failure-record");
    case CertificateKind::Calibration:
        return QStringLiteral("calibration");
    }
    return {};
}

QString toName(CertificateLanguage language)
{
    switch (language) {
    case CertificateLanguage::Vietnamese:
        return QStringLiteral("vi");
    case CertificateLanguage::English:
        return QStringLiteral("en");
    case CertificateLanguage::Bilingual:
        return QStringLiteral("bilingual");
    }
    return {};
}

Result<CertificateLanguage> certificateLanguageFromName(const QString& name)
{
    for (CertificateLanguage l :
         {CertificateLanguage::Vietnamese, CertificateLanguage::English, CertificateLanguage::Bilingual}) {
        if (toName(l) == name)
            return l;
    }
    return fail(Error::badInput(QStringLiteral("language"), Tr::tr("“%1” is not one of: vi, en, bilingual").arg(name)));
}

QByteArray CertificateData::canonicalJson() const
{
    QJsonArray standardsJson;
    for (const CertificateStandard& s : standards)
        standardsJson.append(QJsonObject{{QStringLiteral("name"), s.name},
                                         {QStringLiteral("serial"), s.serial},
                                         {QStringLiteral("certificate"), s.certificate},
                                         {QStringLiteral("calibrated_by"), s.calibratedBy},
                                         {QStringLiteral("valid_until"), s.validUntil.toString(Qt::ISODate)}});
    QJsonArray rowsJson;
    for (const CertificateRow& r : rows)
        rowsJson.append(QJsonObject{{QStringLiteral("label"), r.label},
                                    {QStringLiteral("reference"), r.reference},
                                    {QStringLiteral("indication"), r.indication},
                                    {QStringLiteral("error"), r.error},
                                    {QStringLiteral("mpe"), r.mpe},
                                    {QStringLiteral("uncertainty"), r.uncertainty},
                                    {QStringLiteral("verdict"), r.verdict}});
    const QJsonObject json{
        {QStringLiteral("kind"), toName(kind)},
        {QStringLiteral("language"), toName(language)},
        {QStringLiteral("number"), number},
        {QStringLiteral("issue_date"), issueDate.toString(Qt::ISODate)},
        {QStringLiteral("place_of_issue"), placeOfIssue},
        {QStringLiteral("replaces"), replaces},
        {QStringLiteral("lab"),
         QJsonObject{{QStringLiteral("name"), labName},
                     {QStringLiteral("address"), labAddress},
                     {QStringLiteral("designation"), designationNumber}}},
        {QStringLiteral("instrument"),
         QJsonObject{{QStringLiteral("name"), instrumentName},
                     {QStringLiteral("name_en"), instrumentNameEn},
                     {QStringLiteral("type"), typeCode},
                     {QStringLiteral("model"), model},
                     {QStringLiteral("serial"), serial},
                     {QStringLiteral("manufacturer"), manufacturer},
                     {QStringLiteral("country"), country},
                     {QStringLiteral("year"), year},
                     {QStringLiteral("characteristics"), QJsonArray::fromStringList(characteristics)},
                     {QStringLiteral("owner"), ownerName},
                     {QStringLiteral("owner_address"), ownerAddress},
                     {QStringLiteral("place_of_use"), placeOfUse}}},
        {QStringLiteral("method"),
         QJsonObject{{QStringLiteral("procedure"), procedureCode},
                     {QStringLiteral("title"), procedureTitle},
                     {QStringLiteral("mode"), mode}}},
        {QStringLiteral("date_of_work"), dateOfWork.toString(Qt::ISODate)},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("standards"), standardsJson},
        {QStringLiteral("rows"), rowsJson},
        {QStringLiteral("failures"), QJsonArray::fromStringList(failures)},
        {QStringLiteral("deviations"), QJsonArray::fromStringList(deviations)},
        {QStringLiteral("decision_rule"), decisionRule},
        {QStringLiteral("conformity_statement"), conformityStatement},
        {QStringLiteral("passed"), passed},
        {QStringLiteral("valid_until"), validUntil ? validUntil->toString(Qt::ISODate) : QString()},
        {QStringLiteral("stamp"), stamp},
        {QStringLiteral("budget_annex"), QJsonArray::fromStringList(budgetAnnex)},
        {QStringLiteral("verifier"), verifierName},
        {QStringLiteral("approver"), approverName},
        {QStringLiteral("approver_title"), approverTitle},
        {QStringLiteral("demo"), demo},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString CertificateData::contentHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

} // namespace Etalon
