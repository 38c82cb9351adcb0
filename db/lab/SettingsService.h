// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"

#include <QMap>

namespace Etalon {

/**
 * The lab's settings an admin may change, each checked: the lab's name and address, its time zone (which
 * decides what "today" is), the place of issue and designation number printed on certificates, whether a
 * manager may approve their own work, the prefix of the numbers the lab gives instruments without a
 * maker's serial, and the longest a standard's calibration may be valid (max_calibration_validity_months, 60
 * unless set).
 */
class SettingsService final
{
public:
    explicit SettingsService(Lab& lab)
        : m_lab(lab)
    {
    }

    static QStringList keys();
    Result<QMap<QString, QString>> all();
    Status set(const Session& session, const QString& key, const QString& value);
    /** Sets every key of \a values, all or none: the first refused names its key as the field. */
    Status setAll(const Session& session, const QList<std::pair<QString, QString>>& values);

private:
    Lab& m_lab;
};

} // namespace Etalon
