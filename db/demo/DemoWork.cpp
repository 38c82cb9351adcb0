// SPDX-License-Identifier: Apache-2.0
#include "db/demo/DemoWork.h"

#include <QElapsedTimer>

namespace Etalon::DemoWork {

Result<int> carryOutProgramme(RecordService& records, const Session& technician, Id record,
                              const QList<Standard>& standards, const StepTimer& timed)
{
    auto missing = records.missing(record);
    if (!missing)
        return fail(missing.error());
    int readings = 0;
    std::optional<Id> inHand;
    for (const MissingItem& m : *missing) {
        if (!m.load) {
            if (m.item.isEmpty())
                continue;
            QElapsedTimer clock;
            clock.start();
            ETALON_TRY(records.addCheck(technician, record, m.item, true, QString()));
            if (timed)
                timed(false, clock.nsecsElapsed());
            continue;
        }
        ReadingInput reading;
        reading.reference = *m.load;
        reading.test = m.test;
        reading.position = m.position;
        reading.indications = QList<Quantity>(m.count, *m.load);
        // As a technician does: the standard that served the last load first, else the first that fits this one.
        Result<PointEvaluation> taken = fail(Error::refused(QStringLiteral("no_standard"), m.why));
        // Only the accepted attempt is timed: the technician's wait, not the search for a fitting standard.
        QElapsedTimer clock;
        auto attempt = [&](Id standard) {
            reading.standardId = standard;
            clock.start();
            taken = records.addReading(technician, record, reading);
        };
        if (inHand)
            attempt(*inHand);
        for (qsizetype i = 0; !taken && i < standards.size(); ++i) {
            if (!inHand || standards[i].id != *inHand)
                attempt(standards[i].id);
        }
        if (!taken)
            return fail(taken.error());
        if (timed)
            timed(true, clock.nsecsElapsed());
        inHand = reading.standardId;
        ++readings;
    }
    return readings;
}

} // namespace Etalon::DemoWork
