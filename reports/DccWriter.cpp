// SPDX-License-Identifier: Apache-2.0
#include "reports/DccWriter.h"

#include "core/Tr.h"

#include <QHash>
#include <QXmlStreamWriter>

namespace Etalon {

namespace {

const QString dcc = QStringLiteral("https://ptb.de/dcc");
const QString si = QStringLiteral("https://ptb.de/si");

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
    void quantity(const QString& label, const Quantity& q, const std::optional<Quantity>& u = std::nullopt,
                  double k = 2, double p = 0.9545)
    {
        open(dcc, "quantity");
        name(label);
        real(q, u, k, p);
        close();
    }

private:
    QXmlStreamWriter m_w;
};

void administrativeData(Xml& x, const CertificateData& d, const QString& version)
{
    x.open(dcc, "administrativeData");
    x.open(dcc, "dccSoftware");
    x.open(dcc, "software");
    x.name(QStringLiteral("Etalon"));
    x.text(dcc, "release", version);
    x.close();
    x.close();
    x.open(dcc, "coreData");
    x.text(dcc, "countryCodeISO3166_1", QStringLiteral("VN"));
    x.text(dcc, "usedLangCodeISO639_1", QStringLiteral("vi"));
    x.text(dcc, "usedLangCodeISO639_1", QStringLiteral("en"));
    x.text(dcc, "mandatoryLangCodeISO639_1", QStringLiteral("vi"));
    x.text(dcc, "uniqueIdentifier", d.number);
    x.text(dcc, "beginPerformanceDate", d.dateOfWork.toString(Qt::ISODate));
    x.text(dcc, "endPerformanceDate", d.dateOfWork.toString(Qt::ISODate));
    x.text(dcc, "performanceLocation", QStringLiteral("laboratory"));
    x.close();
    x.open(dcc, "items");
    x.open(dcc, "item");
    x.texts("name", {{QStringLiteral("vi"), d.instrumentName}, {QStringLiteral("en"), d.instrumentNameEn}});
    x.open(dcc, "manufacturer");
    x.name(d.manufacturer.isEmpty() ? QStringLiteral("-") : d.manufacturer);
    x.close();
    if (!d.model.isEmpty())
        x.text(dcc, "model", d.model);
    x.open(dcc, "identifications");
    x.open(dcc, "identification");
    x.text(dcc, "issuer", QStringLiteral("manufacturer"));
    x.text(dcc, "value", d.serial);
    x.texts("name",
            {{QStringLiteral("vi"), QStringLiteral("Số")}, {QStringLiteral("en"), QStringLiteral("Serial number")}});
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
    x.open(dcc, "statement");
    x.texts("declaration",
            {{QStringLiteral("vi"), QStringLiteral("Kết quả chỉ có giá trị đối với đối tượng được hiệu chuẩn.")},
             {QStringLiteral("en"), QStringLiteral("The results relate only to the item calibrated.")}});
    x.close();
    x.close();
    x.close();
}

void measurementResults(Xml& x, const CertificateData& d)
{
    x.open(dcc, "measurementResults");
    x.open(dcc, "measurementResult");
    x.texts("name",
            {{QStringLiteral("vi"), QStringLiteral("Kết quả hiệu chuẩn")},
             {QStringLiteral("en"), QStringLiteral("Calibration results")}});
    x.open(dcc, "usedMethods");
    x.open(dcc, "usedMethod");
    x.name(d.procedureCode + QStringLiteral(" — ") + d.procedureTitle);
    x.close();
    x.close();
    if (!d.standards.isEmpty()) {
        x.open(dcc, "measuringEquipments");
        for (const CertificateStandard& s : d.standards) {
            x.open(dcc, "measuringEquipment");
            x.name(s.name);
            x.open(dcc, "identifications");
            x.open(dcc, "identification");
            x.text(dcc, "issuer", QStringLiteral("calibrationLaboratory"));
            x.text(dcc, "value", s.serial);
            x.close();
            x.close();
            x.close();
        }
        x.close();
    }
    if (d.temperature || d.humidity) {
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
    x.open(dcc, "results");
    for (const CertificateMeasurement& m : d.measurements) {
        x.open(dcc, "result");
        x.texts("name",
                {{QStringLiteral("vi"), QStringLiteral("Điểm %1").arg(m.label)},
                 {QStringLiteral("en"), QStringLiteral("Point %1").arg(m.label)}});
        x.open(dcc, "data");
        x.open(dcc, "list");
        x.quantity(QStringLiteral("reference value"), m.reference);
        x.quantity(QStringLiteral("indication"), m.indication);
        x.quantity(QStringLiteral("error of indication"), m.error, m.expandedUncertainty, m.coverageFactor,
                   m.coverageProbability);
        x.close();
        x.close();
        x.close();
    }
    x.close();
    x.close();
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
