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
    std::optional<Id> inHand;
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
        // As a technician does: the standard that served the last load first, else the first that fits this one.
        Result<PointEvaluation> taken = fail(Error::refused(QStringLiteral("no_standard"), m.why));
        if (inHand) {
            reading.standardId = *inHand;
            taken = records.addReading(technician, record, reading);
        }
        for (qsizetype i = 0; !taken && i < standards.size(); ++i) {
            if (inHand && standards[i].id == *inHand)
                continue;
            reading.standardId = standards[i].id;
            taken = records.addReading(technician, record, reading);
        }
        if (!taken)
            return fail(taken.error());
        inHand = reading.standardId;
        ++readings;
    }
    return readings;
}

} // namespace Etalon::DemoWork
