// SPDX-License-Identifier: Apache-2.0
#include "core/MeasurementField.h"

#include <QHash>

namespace Etalon::MeasurementField {

namespace {

struct Names
{
    const char* vi;
    const char* en;
};

const QHash<QString, Names>& names()
{
    static const QHash<QString, Names> table{
        {QStringLiteral("length"), {"Độ dài", "Length"}},
        {QStringLiteral("mass"), {"Khối lượng", "Mass"}},
        {QStringLiteral("volume-flow"), {"Dung tích – Lưu lượng", "Volume and flow"}},
        {QStringLiteral("pressure"), {"Áp suất", "Pressure"}},
        {QStringLiteral("temperature"), {"Nhiệt độ", "Temperature"}},
        {QStringLiteral("physico-chemical"), {"Hoá lý", "Physico-chemical"}},
        {QStringLiteral("electrical"), {"Điện – Điện tử", "Electrical and electronic"}},
        {QStringLiteral("time-frequency-acoustics"),
         {"Thời gian – Tần số – Âm thanh", "Time, frequency and acoustics"}},
        {QStringLiteral("other"), {"Khác", "Other"}}};
    return table;
}

} // namespace

const QStringList& keys()
{
    static const QStringList list{QStringLiteral("length"),      QStringLiteral("mass"),
                                  QStringLiteral("volume-flow"), QStringLiteral("pressure"),
                                  QStringLiteral("temperature"), QStringLiteral("physico-chemical"),
                                  QStringLiteral("electrical"),  QStringLiteral("time-frequency-acoustics")};
    return list;
}

QString of(const QString& catalogueField, const QString& quantity)
{
    // A taximeter measures the distance travelled (and the time waited): it is counted with length, as the
    // province's statistics count it.
    static const QHash<QString, QString> byField{
        {QStringLiteral("mass"), QStringLiteral("mass")},
        {QStringLiteral("flow"), QStringLiteral("volume-flow")},
        {QStringLiteral("volume"), QStringLiteral("volume-flow")},
        {QStringLiteral("electricity"), QStringLiteral("electrical")},
        {QStringLiteral("pressure"), QStringLiteral("pressure")},
        {QStringLiteral("temperature"), QStringLiteral("temperature")},
        {QStringLiteral("taximeter"), QStringLiteral("length")},
        {QStringLiteral("length"), QStringLiteral("length")},
        {QStringLiteral("physico-chemical"), QStringLiteral("physico-chemical")},
        {QStringLiteral("time"), QStringLiteral("time-frequency-acoustics")},
        {QStringLiteral("acoustics"), QStringLiteral("time-frequency-acoustics")}};
    static const QHash<QString, QString> byQuantity{
        {QStringLiteral("length"), QStringLiteral("length")},
        {QStringLiteral("mass"), QStringLiteral("mass")},
        {QStringLiteral("volume"), QStringLiteral("volume-flow")},
        {QStringLiteral("pressure"), QStringLiteral("pressure")},
        {QStringLiteral("temperature"), QStringLiteral("temperature")},
        {QStringLiteral("ratio"), QStringLiteral("physico-chemical")},
        {QStringLiteral("energy"), QStringLiteral("electrical")},
        {QStringLiteral("power"), QStringLiteral("electrical")},
        {QStringLiteral("voltage"), QStringLiteral("electrical")},
        {QStringLiteral("current"), QStringLiteral("electrical")},
        {QStringLiteral("resistance"), QStringLiteral("electrical")},
        {QStringLiteral("time"), QStringLiteral("time-frequency-acoustics")},
        {QStringLiteral("frequency"), QStringLiteral("time-frequency-acoustics")}};
    if (const auto it = byField.constFind(catalogueField.trimmed().toLower()); it != byField.constEnd())
        return *it;
    return byQuantity.value(quantity.trimmed().toLower(), QStringLiteral("other"));
}

QString name(const QString& key, bool english)
{
    const auto it = names().constFind(key);
    if (it == names().constEnd())
        return key;
    return QString::fromUtf8(english ? it->en : it->vi);
}

QString catalogueFieldName(const QString& catalogueField, bool english)
{
    static const QHash<QString, Names> own{{QStringLiteral("mass"), {"Khối lượng", "Mass"}},
                                           {QStringLiteral("flow"), {"Dung tích – Lưu lượng", "Volume and flow"}},
                                           {QStringLiteral("volume"), {"Dung tích", "Volume"}},
                                           {QStringLiteral("electricity"), {"Điện", "Electricity"}},
                                           {QStringLiteral("pressure"), {"Áp suất", "Pressure"}},
                                           {QStringLiteral("temperature"), {"Nhiệt độ", "Temperature"}},
                                           {QStringLiteral("taximeter"), {"Taximet", "Taximeters"}},
                                           {QStringLiteral("length"), {"Độ dài", "Length"}},
                                           {QStringLiteral("time"), {"Thời gian", "Time"}},
                                           {QStringLiteral("acoustics"), {"Âm thanh", "Acoustics"}},
                                           {QStringLiteral("physico-chemical"), {"Hoá lý", "Physico-chemical"}}};
    const QString code = catalogueField.trimmed().toLower();
    if (const auto it = own.constFind(code); it != own.constEnd())
        return QString::fromUtf8(english ? it->en : it->vi);
    return QStringLiteral("%1 (%2)").arg(name(of(code, QString()), english), catalogueField.trimmed());
}

} // namespace Etalon::MeasurementField
