// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Etalon::MeasurementField {

/**
 * The eight measurement fields provincial statistics count by (Độ dài; Khối lượng; Dung tích – Lưu lượng;
 * Áp suất; Nhiệt độ; Hoá lý; Điện – Điện tử; Thời gian – Tần số – Âm thanh), by stable key, in that order.
 */
const QStringList& keys();

/**
 * The field of an instrument type from its catalogue field ("mass", "flow", "electricity", "taximeter" …) or,
 * when that says nothing, its quantity ("length", "energy" …); "other" when neither places it.
 */
QString of(const QString& catalogueField, const QString& quantity);

/** The field's name as the statistics write it, in Vietnamese or English. */
QString name(const QString& key, bool english);

/**
 * The name of a catalogue field a verifier's card is for ("mass", "flow", "taximeter" …), in Vietnamese or English:
 * its own where it has one, else that of the statistics field it counts in, with the code beside it.
 */
QString catalogueFieldName(const QString& catalogueField, bool english);

} // namespace Etalon::MeasurementField
