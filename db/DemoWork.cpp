// SPDX-License-Identifier: Apache-2.0
#include "db/DemoWork.h"

namespace Etalon::DemoWork {

Result<int> carryOutProgramme(RecordService& records, const Session& technician, Id record,
                              const QList<Standard>& standards)
{
    auto missing = records.missing(record);
    if (!missing)
        return fail(missing.error());
    int readings = 0;
    for (const MissingItem& m : *missing) {
        if (!m.load) {
            if (!m.item.isEmpty())
                ETALON_TRY(records.addCheck(technician, record, m.item, true, QString()));
            continue;
        }
        ReadingInput reading;
        reading.reference = *m.load;
        reading.test = m.test;
        reading.position = m.position;
        reading.indications = QList<Quantity>(m.count, *m.load);
        Result<PointEvaluation> taken = fail(Error::refused(QStringLiteral("no_standard"), m.why));
        for (const Standard& s : standards) {
            reading.standardId = s.id;
            if ((taken = records.addReading(technician, record, reading)))
                break;
        }
        if (!taken)
            return fail(taken.error());
        ++readings;
    }
    return readings;
}

} // namespace Etalon::DemoWork
