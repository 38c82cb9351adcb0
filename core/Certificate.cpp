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

namespace {

QString stageName(CheckStage stage)
{
    switch (stage) {
    case CheckStage::External:
        return QStringLiteral("external");
    case CheckStage::Technical:
        return QStringLiteral("technical");
    case CheckStage::Metrological:
        break;
    }
    return QStringLiteral("metrological");
}

} // namespace

CheckStage checkStageOf(const QString& item)
{
    static const QStringList external{
        QStringLiteral("bên ngoài"), QStringLiteral("dấu"),    QStringLiteral("niêm phong"),
        QStringLiteral("nhãn"),      QStringLiteral("visual"), QStringLiteral("external"),
        QStringLiteral("mark"),      QStringLiteral("seal"),   QStringLiteral("label")};
    static const QStringList metrological{QStringLiteral("lệch tâm"),      QStringLiteral("lặp lại"),
                                          QStringLiteral("độ trễ"),        QStringLiteral("không tải"),
                                          QStringLiteral("ngưỡng"),        QStringLiteral("eccentricity"),
                                          QStringLiteral("repeatability"), QStringLiteral("hysteresis"),
                                          QStringLiteral("no-load"),       QStringLiteral("starting")};
    const QString text = item.normalized(QString::NormalizationForm_C).toLower();
    for (const QString& word : external)
        if (text.contains(word))
            return CheckStage::External;
    for (const QString& word : metrological)
        if (text.contains(word))
            return CheckStage::Metrological;
    return CheckStage::Technical;
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
    for (const CertificateRow& r : rows) {
        QJsonObject row{{QStringLiteral("label"), r.label},
                        {QStringLiteral("reference"), r.reference},
                        {QStringLiteral("indication"), r.indication},
                        {QStringLiteral("error"), r.error},
                        {QStringLiteral("mpe"), r.mpe},
                        {QStringLiteral("uncertainty"), r.uncertainty},
                        {QStringLiteral("verdict"), r.verdict}};
        // As found is the default, so rows printed before stages were recorded keep their content hash.
        if (r.stage == Stage::AsLeft)
            row.insert(QStringLiteral("stage"), toName(r.stage));
        rowsJson.append(row);
    }
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
        {QStringLiteral("date_of_receipt"), dateOfReceipt ? dateOfReceipt->toString(Qt::ISODate) : QString()},
        {QStringLiteral("recommended_interval"), recommendedInterval},
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
    // Facts added later go in only when present, so certificates issued before them keep their content hash.
    QJsonObject all = json;
    for (const auto& [key, value] :
         {std::pair{"work_site", workSite}, std::pair{"item_condition", itemCondition},
          std::pair{"owner_phone", ownerPhone}, std::pair{"amendment_reason", amendmentReason}})
        if (!value.isEmpty())
            all.insert(QLatin1String(key), value);
    if (onSite)
        all.insert(QStringLiteral("on_site"), true);
    QJsonArray checksJson;
    for (const CertificateCheck& c : checks)
        checksJson.append(QJsonObject{{QStringLiteral("stage"), stageName(c.stage)},
                                      {QStringLiteral("item"), c.item},
                                      {QStringLiteral("result"), c.result}});
    if (!checksJson.isEmpty())
        all.insert(QStringLiteral("checks"), checksJson);
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

Result<CertificateData> CertificateData::fromCanonicalJson(const QByteArray& bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.isEmpty())
        return fail(Error::internal(Tr::tr("the stored certificate content is unreadable")));
    CertificateData d;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    d.kind = kind == QStringLiteral("calibration") ? CertificateKind::Calibration
        : kind == QStringLiteral("failure-record") ? CertificateKind::FailureRecord
                                                   : CertificateKind::Verification;
    d.language = certificateLanguageFromName(o.value(QStringLiteral("language")).toString())
                     .value_or(CertificateLanguage::Vietnamese);
    const auto text = [&](const QJsonObject& from, const char* key) {
        return from.value(QLatin1String(key)).toString();
    };
    const auto list = [](const QJsonValue& v) {
        QStringList out;
        for (const QJsonValue& x : v.toArray())
            out.append(x.toString());
        return out;
    };
    const auto date = [](const QString& iso) { return QDate::fromString(iso, Qt::ISODate); };
    d.number = text(o, "number");
    d.issueDate = date(text(o, "issue_date"));
    d.placeOfIssue = text(o, "place_of_issue");
    d.replaces = text(o, "replaces");
    const QJsonObject lab = o.value(QStringLiteral("lab")).toObject();
    d.labName = text(lab, "name");
    d.labAddress = text(lab, "address");
    d.designationNumber = text(lab, "designation");
    const QJsonObject i = o.value(QStringLiteral("instrument")).toObject();
    d.instrumentName = text(i, "name");
    d.instrumentNameEn = text(i, "name_en");
    d.typeCode = text(i, "type");
    d.model = text(i, "model");
    d.serial = text(i, "serial");
    d.manufacturer = text(i, "manufacturer");
    d.country = text(i, "country");
    d.year = text(i, "year");
    d.characteristics = list(i.value(QStringLiteral("characteristics")));
    d.ownerName = text(i, "owner");
    d.ownerAddress = text(i, "owner_address");
    d.placeOfUse = text(i, "place_of_use");
    const QJsonObject m = o.value(QStringLiteral("method")).toObject();
    d.procedureCode = text(m, "procedure");
    d.procedureTitle = text(m, "title");
    d.mode = text(m, "mode");
    d.dateOfWork = date(text(o, "date_of_work"));
    if (!text(o, "date_of_receipt").isEmpty())
        d.dateOfReceipt = date(text(o, "date_of_receipt"));
    d.recommendedInterval = text(o, "recommended_interval");
    d.workSite = text(o, "work_site");
    d.amendmentReason = text(o, "amendment_reason");
    d.onSite = o.value(QStringLiteral("on_site")).toBool();
    d.itemCondition = text(o, "item_condition");
    d.ownerPhone = text(o, "owner_phone");
    d.environment = text(o, "environment");
    for (const QJsonValue& v : o.value(QStringLiteral("standards")).toArray()) {
        const QJsonObject s = v.toObject();
        d.standards.append({text(s, "name"), text(s, "serial"), text(s, "certificate"), text(s, "calibrated_by"),
                            date(text(s, "valid_until"))});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        d.rows.append({text(r, "label"), text(r, "reference"), text(r, "indication"), text(r, "error"), text(r, "mpe"),
                       text(r, "uncertainty"), text(r, "verdict"),
                       text(r, "stage") == QStringLiteral("as-left") ? Stage::AsLeft : Stage::AsFound});
    }
    d.failures = list(o.value(QStringLiteral("failures")));
    for (const QJsonValue& v : o.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString stage = text(c, "stage");
        CheckStage which = CheckStage::External;
        for (CheckStage s : {CheckStage::Technical, CheckStage::Metrological})
            if (stage == stageName(s))
                which = s;
        d.checks.append({which, text(c, "item"), text(c, "result")});
    }
    d.deviations = list(o.value(QStringLiteral("deviations")));
    d.decisionRule = text(o, "decision_rule");
    d.conformityStatement = o.value(QStringLiteral("conformity_statement")).toBool();
    d.passed = o.value(QStringLiteral("passed")).toBool();
    if (!text(o, "valid_until").isEmpty())
        d.validUntil = date(text(o, "valid_until"));
    d.stamp = text(o, "stamp");
    d.budgetAnnex = list(o.value(QStringLiteral("budget_annex")));
    d.verifierName = text(o, "verifier");
    d.approverName = text(o, "approver");
    d.approverTitle = text(o, "approver_title");
    d.demo = o.value(QStringLiteral("demo")).toBool();
    return d;
}

QString CertificateData::contentHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

} // namespace Etalon
