// SPDX-License-Identifier: Apache-2.0
#include "reports/DccWriter.h"

#include "core/Tr.h"

#include <QHash>
#include <QStringList>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Etalon {

namespace {

const QString dcc = QStringLiteral("https://ptb.de/dcc");
const QString si = QStringLiteral("https://ptb.de/si");
const QString vi = QStringLiteral("vi");
const QString en = QStringLiteral("en");

// refTypes (README, "Digital Calibration Certificate"): the terms of the PTB/DKD refType vocabulary where it has one,
// else the lab's own under "etalon_", which a consumer can look up in the README.
namespace RefType {
const QString referenceValue = QStringLiteral("basic_referenceValue");
const QString measuredValue = QStringLiteral("basic_measuredValue");
const QString measurementError = QStringLiteral("basic_measurementError");
const QString measurementStandard = QStringLiteral("basic_measurementStandard");
const QString serialNumber = QStringLiteral("basic_serialNo");
const QString calibrationCertificate = QStringLiteral("etalon_calibrationCertificate");
const QString asFound = QStringLiteral("etalon_asFound");
const QString asLeft = QStringLiteral("etalon_asLeft");
// DKD-E 7-3's terms for the first and the last measurement of a weighing instrument.
const QString nawiInitial = QStringLiteral("NAWI_initialMeasurement");
const QString nawiFinal = QStringLiteral("NAWI_finalMeasurement");
const QString withdrawn = QStringLiteral("etalon_withdrawn");
const QString replaced = QStringLiteral("etalon_replaced");
const QString workSite = QStringLiteral("etalon_workSite");
const QString itemCondition = QStringLiteral("etalon_itemCondition");
} // namespace RefType

class Xml
{
public:
    explicit Xml(QByteArray* out)
        : m_w(out)
    {
        m_w.setAutoFormatting(true);
    }
    QXmlStreamWriter& w() { return m_w; }
    void open(const QString& ns, const char* name) { m_w.writeStartElement(ns, QString::fromLatin1(name)); }
    void open(const QString& ns, const char* name, const QString& refType)
    {
        open(ns, name);
        if (!refType.isEmpty())
            m_w.writeAttribute(QStringLiteral("refType"), refType);
    }
    void close() { m_w.writeEndElement(); }
    void text(const QString& ns, const char* name, const QString& value)
    {
        m_w.writeTextElement(ns, QString::fromLatin1(name), value);
    }
    // A dcc:textType: one content per language given.
    void texts(const char* name, const QList<QPair<QString, QString>>& contents)
    {
        open(dcc, name);
        for (const auto& [lang, value] : contents) {
            open(dcc, "content");
            if (!lang.isEmpty())
                m_w.writeAttribute(QStringLiteral("lang"), lang);
            m_w.writeCharacters(value);
            close();
        }
        close();
    }
    void name(const QString& value) { texts("name", {{QString(), value}}); }
    void real(const Quantity& q, const std::optional<Quantity>& u = std::nullopt, double k = 2, double p = 0.9545)
    {
        open(si, "real");
        text(si, "value", q.value().toString());
        text(si, "unit", DccWriter::dsiUnit(q.unit().symbol()));
        if (u) {
            auto inUnit = u->asDifference().convertedTo(q.unit());
            if (inUnit && !inUnit->value().isZero()) {
                open(si, "expandedUnc");
                text(si, "uncertainty", inUnit->value().abs().toString());
                text(si, "coverageFactor", QString::number(k, 'f', 2));
                text(si, "coverageProbability", QString::number(p, 'f', 4));
                text(si, "distribution", QStringLiteral("normal"));
                close();
            }
        }
        close();
    }
    void quantity(const QString& label, const Quantity& q, const QString& refType = {},
                  const std::optional<Quantity>& u = std::nullopt, double k = 2, double p = 0.9545)
    {
        open(dcc, "quantity", refType);
        name(label);
        real(q, u, k, p);
        close();
    }

private:
    QXmlStreamWriter m_w;
};

// An amendment names the certificate it replaces, with the SHA-256 of that certificate's PDF as issued, which
// `etalon-cli certificate verify` checks a file against.
void previousReport(Xml& x, const CertificateData& d)
{
    if (d.replaces.isEmpty())
        return;
    x.open(dcc, "previousReport");
    x.texts("referral",
            {{vi, QStringLiteral("Giấy chứng nhận được thay thế (SHA-256 của tệp PDF)")},
             {en, QStringLiteral("Replaced certificate (SHA-256 of its PDF file)")}});
    x.text(dcc, "referralID", d.replaces);
    x.text(dcc, "procedure", QStringLiteral("SHA-256"));
    x.text(dcc, "value", d.replacesSha256);
    x.close();
}

void coreData(Xml& x, const CertificateData& d)
{
    x.open(dcc, "coreData");
    x.text(dcc, "countryCodeISO3166_1", QStringLiteral("VN"));
    x.text(dcc, "usedLangCodeISO639_1", vi);
    x.text(dcc, "usedLangCodeISO639_1", en);
    x.text(dcc, "mandatoryLangCodeISO639_1", vi);
    x.text(dcc, "uniqueIdentifier", d.number);
    // A record without its date of receipt gives the date of the work, the nearest date known (README).
    x.text(dcc, "receiptDate", d.dateOfReceipt.value_or(d.dateOfWork).toString(Qt::ISODate));
    x.text(dcc, "beginPerformanceDate", d.dateOfWork.toString(Qt::ISODate));
    x.text(dcc, "endPerformanceDate", d.dateOfWork.toString(Qt::ISODate));
    x.text(dcc, "performanceLocation", d.onSite ? QStringLiteral("customer") : QStringLiteral("laboratory"));
    previousReport(x, d);
    x.close();
}

// A DCC exported after its certificate was withdrawn or replaced says so, lest it be taken for a current one.
// Where the work was done and the item's condition on receipt (ISO/IEC 17025 7.8.2.1 c, f), as the certificate
// prints them.
void workStatements(Xml& x, const CertificateData& d)
{
    const QString language = d.language == CertificateLanguage::English ? en : vi;
    for (const auto& [refType, text] :
         {std::pair{RefType::workSite, d.workSite}, std::pair{RefType::itemCondition, d.itemCondition}}) {
        if (text.isEmpty())
            continue;
        x.open(dcc, "statement", refType);
        // A bilingual certificate prints "Vietnamese / English": one content per language.
        const QStringList parts = text.split(QStringLiteral(" / "));
        if (d.language == CertificateLanguage::Bilingual && parts.size() == 2)
            x.texts("declaration", {{vi, parts[0]}, {en, parts[1]}});
        else
            x.texts("declaration", {{language, text}});
        x.close();
    }
}

void statusStatement(Xml& x, const CertificateStatus& s)
{
    const bool withdrawn = s.state == QStringLiteral("withdrawn");
    if (!withdrawn && s.state != QStringLiteral("replaced"))
        return;
    const QString date = s.date.toString(Qt::ISODate);
    x.open(dcc, "statement", withdrawn ? RefType::withdrawn : RefType::replaced);
    if (withdrawn) {
        x.texts("declaration",
                {{vi, QStringLiteral("Giấy chứng nhận này đã bị thu hồi ngày %1. Lý do: %2").arg(date, s.reason)},
                 {en, QStringLiteral("This certificate was withdrawn on %1. Reason: %2").arg(date, s.reason)}});
    } else {
        x.text(dcc, "reference", s.replacedBy); // the schema puts the reference before the declaration
        x.texts("declaration",
                {{vi,
                  QStringLiteral("Giấy chứng nhận này đã được thay thế bằng giấy chứng nhận số %1 ngày %2. Lý do: %3")
                      .arg(s.replacedBy, date, s.reason)},
                 {en,
                  QStringLiteral("This certificate was superseded by certificate %1 on %2. Reason: %3")
                      .arg(s.replacedBy, date, s.reason)}});
    }
    x.text(dcc, "valid", QStringLiteral("false"));
    if (s.date.isValid())
        x.text(dcc, "date", date);
    x.close();
}

void administrativeData(Xml& x, const CertificateData& d, const QString& version)
{
    x.open(dcc, "administrativeData");
    x.open(dcc, "dccSoftware");
    x.open(dcc, "software");
    x.name(QStringLiteral("Etalon"));
    x.text(dcc, "release", version);
    x.close();
    x.close();
    coreData(x, d);
    x.open(dcc, "items");
    x.open(dcc, "item");
    x.texts("name", {{vi, d.instrumentName}, {en, d.instrumentNameEn}});
    x.open(dcc, "manufacturer");
    x.name(d.manufacturer.isEmpty() ? QStringLiteral("-") : d.manufacturer);
    x.close();
    if (!d.model.isEmpty())
        x.text(dcc, "model", d.model);
    x.open(dcc, "identifications");
    x.open(dcc, "identification", RefType::serialNumber);
    x.text(dcc, "issuer", QStringLiteral("manufacturer"));
    x.text(dcc, "value", d.serial);
    x.texts("name", {{vi, QStringLiteral("Số")}, {en, QStringLiteral("Serial number")}});
    x.close();
    x.close();
    x.close();
    x.close();
    x.open(dcc, "calibrationLaboratory");
    if (!d.designationNumber.isEmpty())
        x.text(dcc, "calibrationLaboratoryCode", d.designationNumber);
    x.open(dcc, "contact");
    x.name(d.labName);
    x.text(dcc, "eMail", d.labEmail);
    x.open(dcc, "location");
    x.text(dcc, "countryCode", QStringLiteral("VN"));
    if (!d.labAddress.isEmpty())
        x.texts("further", {{QString(), d.labAddress}});
    x.close();
    x.close();
    x.close();
    x.open(dcc, "respPersons");
    for (const auto& [person, role] : {std::pair{d.verifierName, QStringLiteral("calibration")},
                                       std::pair{d.approverName, QStringLiteral("approval")}}) {
        x.open(dcc, "respPerson");
        x.open(dcc, "person");
        x.name(person);
        x.close();
        x.text(dcc, "role", role);
        if (role == QStringLiteral("approval"))
            x.text(dcc, "mainSigner", QStringLiteral("true"));
        x.close();
    }
    x.close();
    x.open(dcc, "customer");
    x.name(d.ownerName);
    x.text(dcc, "eMail", QString());
    x.open(dcc, "location");
    if (!d.customerCommune.isEmpty())
        x.text(dcc, "city", d.customerCommune);
    if (!d.customerProvince.isEmpty())
        x.text(dcc, "state", d.customerProvince);
    x.text(dcc, "countryCode", QStringLiteral("VN"));
    x.close();
    x.close();
    x.open(dcc, "statements");
    statusStatement(x, d.status);
    workStatements(x, d);
    x.open(dcc, "statement");
    x.texts("declaration",
            {{vi, QStringLiteral("Kết quả chỉ có giá trị đối với đối tượng được hiệu chuẩn.")},
             {en, QStringLiteral("The results relate only to the item calibrated.")}});
    x.close();
    x.close();
    x.close();
}

// A standard with the certificate of its own calibration (traceability, ISO/IEC 17025 7.8.4.1 d) and, said in
// words, who issued it and until when it is valid.
void measuringEquipment(Xml& x, const CertificateStandard& s)
{
    x.open(dcc, "measuringEquipment", RefType::measurementStandard);
    x.name(s.name);
    if (!s.certificate.isEmpty()) {
        const QString until = s.validUntil.toString(Qt::ISODate);
        x.texts("description",
                {{vi,
                  QStringLiteral("Giấy chứng nhận hiệu chuẩn số %1 do %2 cấp, có giá trị đến %3")
                      .arg(s.certificate, s.calibratedBy, until)},
                 {en,
                  QStringLiteral("Calibration certificate %1 issued by %2, valid until %3")
                      .arg(s.certificate, s.calibratedBy, until)}});
    }
    x.open(dcc, "identifications");
    x.open(dcc, "identification", RefType::serialNumber);
    x.text(dcc, "issuer", QStringLiteral("calibrationLaboratory"));
    x.text(dcc, "value", s.serial);
    x.texts("name", {{vi, QStringLiteral("Số")}, {en, QStringLiteral("Serial number")}});
    x.close();
    if (!s.certificate.isEmpty()) {
        x.open(dcc, "identification", RefType::calibrationCertificate);
        x.text(dcc, "issuer", QStringLiteral("other"));
        x.text(dcc, "value", s.certificate);
        x.texts("name",
                {{vi, QStringLiteral("Giấy chứng nhận hiệu chuẩn (%1)").arg(s.calibratedBy)},
                 {en, QStringLiteral("Calibration certificate (%1)").arg(s.calibratedBy)}});
        x.close();
    }
    x.close();
    x.close();
}

void influenceConditions(Xml& x, const CertificateData& d)
{
    if (!d.temperature && !d.humidity)
        return;
    x.open(dcc, "influenceConditions");
    for (const auto& [label, value] : {std::pair{QStringLiteral("temperature"), d.temperature},
                                       std::pair{QStringLiteral("relative humidity"), d.humidity}}) {
        if (!value)
            continue;
        x.open(dcc, "influenceCondition");
        x.name(label);
        x.open(dcc, "data");
        x.quantity(label, *value);
        x.close();
        x.close();
    }
    x.close();
}

void result(Xml& x, const CertificateMeasurement& m)
{
    x.open(dcc, "result");
    x.texts("name", {{vi, QStringLiteral("Điểm %1").arg(m.label)}, {en, QStringLiteral("Point %1").arg(m.label)}});
    x.open(dcc, "data");
    x.open(dcc, "list");
    x.quantity(QStringLiteral("reference value"), m.reference, RefType::referenceValue);
    x.quantity(QStringLiteral("indication"), m.indication, RefType::measuredValue);
    x.quantity(QStringLiteral("error of indication"), m.error, RefType::measurementError, m.expandedUncertainty,
               m.coverageFactor, m.coverageProbability);
    x.close();
    x.close();
    x.close();
}

// The stages the results were taken in, in order; a certificate without points still has its (empty) as-found group.
QList<Stage> stagesOf(const CertificateData& d)
{
    QList<Stage> out;
    for (const Stage stage : {Stage::AsFound, Stage::AsLeft})
        if (std::any_of(d.measurements.cbegin(), d.measurements.cend(),
                        [&](const CertificateMeasurement& m) { return m.stage == stage; }))
            out.append(stage);
    return out.isEmpty() ? QList<Stage>{Stage::AsFound} : out;
}

// The group's refTypes: its stage and, for a weighing instrument, whether it is the first and/or last measurement.
QString stageRefTypes(const CertificateData& d, Stage stage)
{
    QStringList out{stage == Stage::AsLeft ? RefType::asLeft : RefType::asFound};
    if (d.typeCode.startsWith(QStringLiteral("NAWI"))) {
        const QList<Stage> stages = stagesOf(d);
        if (stage == stages.first())
            out.append(RefType::nawiInitial);
        if (stage == stages.last())
            out.append(RefType::nawiFinal);
    }
    return out.join(u' ');
}

void measurementResult(Xml& x, const CertificateData& d, Stage stage)
{
    x.open(dcc, "measurementResult", stageRefTypes(d, stage));
    if (stage == Stage::AsLeft)
        x.texts("name", {{vi, QStringLiteral("Sau hiệu chỉnh")}, {en, QStringLiteral("As left")}});
    else
        x.texts("name", {{vi, QStringLiteral("Trạng thái ban đầu")}, {en, QStringLiteral("As found")}});
    x.open(dcc, "usedMethods");
    x.open(dcc, "usedMethod");
    x.name(d.procedureCode + QStringLiteral(" — ") + d.procedureTitle);
    x.close();
    x.close();
    if (!d.standards.isEmpty()) {
        x.open(dcc, "measuringEquipments");
        for (const CertificateStandard& s : d.standards)
            measuringEquipment(x, s);
        x.close();
    }
    influenceConditions(x, d);
    x.open(dcc, "results");
    for (const CertificateMeasurement& m : d.measurements)
        if (m.stage == stage)
            result(x, m);
    x.close();
    x.close();
}

// Results before and after an adjustment in groups of their own, so that no consumer takes one for the other
// (ISO/IEC 17025 7.8.4.1 c).
void measurementResults(Xml& x, const CertificateData& d)
{
    x.open(dcc, "measurementResults");
    for (const Stage stage : stagesOf(d))
        measurementResult(x, d, stage);
    x.close();
}

} // namespace

QString DccWriter::dsiUnit(const QString& symbol)
{
    static const QHash<QString, QString> units{
        {QStringLiteral("mg"), QStringLiteral("\\milli\\gram")},
        {QStringLiteral("g"), QStringLiteral("\\gram")},
        {QStringLiteral("kg"), QStringLiteral("\\kilogram")},
        {QStringLiteral("t"), QStringLiteral("\\tonne")},
        {QStringLiteral("mL"), QStringLiteral("\\milli\\litre")},
        {QStringLiteral("L"), QStringLiteral("\\litre")},
        {QStringLiteral("m³"), QStringLiteral("\\metre\\tothe{3}")},
        {QStringLiteral("L/min"), QStringLiteral("\\litre\\per\\minute")},
        {QStringLiteral("m³/h"), QStringLiteral("\\metre\\tothe{3}\\per\\hour")},
        {QStringLiteral("Pa"), QStringLiteral("\\pascal")},
        {QStringLiteral("kPa"), QStringLiteral("\\kilo\\pascal")},
        {QStringLiteral("MPa"), QStringLiteral("\\mega\\pascal")},
        {QStringLiteral("bar"), QStringLiteral("\\bar")},
        {QStringLiteral("mbar"), QStringLiteral("\\milli\\bar")},
        {QStringLiteral("mmHg"), QStringLiteral("\\mmhg")},
        {QStringLiteral("°C"), QStringLiteral("\\degreecelsius")},
        {QStringLiteral("K"), QStringLiteral("\\kelvin")},
        {QStringLiteral("mV"), QStringLiteral("\\milli\\volt")},
        {QStringLiteral("V"), QStringLiteral("\\volt")},
        {QStringLiteral("kV"), QStringLiteral("\\kilo\\volt")},
        {QStringLiteral("mA"), QStringLiteral("\\milli\\ampere")},
        {QStringLiteral("A"), QStringLiteral("\\ampere")},
        {QStringLiteral("Ω"), QStringLiteral("\\ohm")},
        {QStringLiteral("kΩ"), QStringLiteral("\\kilo\\ohm")},
        {QStringLiteral("MΩ"), QStringLiteral("\\mega\\ohm")},
        {QStringLiteral("W"), QStringLiteral("\\watt")},
        {QStringLiteral("kW"), QStringLiteral("\\kilo\\watt")},
        {QStringLiteral("Wh"), QStringLiteral("\\watt\\hour")},
        {QStringLiteral("kWh"), QStringLiteral("\\kilo\\watt\\hour")},
        {QStringLiteral("mm"), QStringLiteral("\\milli\\metre")},
        {QStringLiteral("cm"), QStringLiteral("\\centi\\metre")},
        {QStringLiteral("m"), QStringLiteral("\\metre")},
        {QStringLiteral("km"), QStringLiteral("\\kilo\\metre")},
        {QStringLiteral("s"), QStringLiteral("\\second")},
        {QStringLiteral("min"), QStringLiteral("\\minute")},
        {QStringLiteral("h"), QStringLiteral("\\hour")},
        {QStringLiteral("Hz"), QStringLiteral("\\hertz")},
        {QStringLiteral("%"), QStringLiteral("\\percent")},
        {QStringLiteral("%RH"), QStringLiteral("\\percent")},
    };
    return units.value(symbol, symbol);
}

Result<QByteArray> DccWriter::write(const CertificateData& data, const QString& softwareVersion)
{
    if (data.kind != CertificateKind::Calibration)
        return fail(
            Error::refused(QStringLiteral("not_calibration"),
                           Tr::tr("a Digital Calibration Certificate is made for calibration certificates only"),
                           QStringLiteral("number")));
    QByteArray out;
    Xml x(&out);
    x.w().writeStartDocument();
    x.w().writeNamespace(dcc, QStringLiteral("dcc"));
    x.w().writeNamespace(si, QStringLiteral("si"));
    x.open(dcc, "digitalCalibrationCertificate");
    x.w().writeAttribute(QStringLiteral("schemaVersion"), QStringLiteral("3.1.2"));
    administrativeData(x, data, softwareVersion);
    measurementResults(x, data);
    x.close();
    x.w().writeEndDocument();
    return out;
}

} // namespace Etalon
