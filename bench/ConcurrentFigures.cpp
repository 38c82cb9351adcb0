// SPDX-License-Identifier: Apache-2.0
#include "bench/ConcurrentFigures.h"

#include "db/demo/DemoWork.h"
#include "db/records/RecordService.h"
#include "db/store/Database.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace Etalon::Bench {

namespace {

enum Step { Start, Reading, Check, Complete, Approve, StepCount };
const char* const stepNames[StepCount] = {"start", "reading", "checklist item", "complete", "approve"};

struct DeskTally
{
    QList<qint64> waits[StepCount]; ///< nanoseconds, one per accepted operation
    int records = 0;
    int failures = 0;
    QString firstFailure;
};

/** One desk: its own connection, its share of the scales, each carried from start to approval. */
DeskTally deskWork(const ConcurrentRun& run, const QList<Id>& scales)
{
    DeskTally tally;
    auto failed = [&](const Error& e) {
        ++tally.failures;
        if (tally.firstFailure.isEmpty())
            tally.firstFailure = e.message;
    };
    Database db;
    if (auto opened = db.open(run.location); !opened) {
        failed(opened.error());
        return tally;
    }
    Lab lab(db);
    RecordService records(lab);
    // A desk's connection is warm when its technician starts work: the first statements are not a wait.
    (void)records.missing(scales.value(0));
    QElapsedTimer clock;
    for (Id scale : scales) {
        StartRecordInput in;
        in.instrumentId = scale;
        in.kind = RecordKind::Periodic;
        in.date = lab.today();
        clock.start();
        auto record = records.start(run.technician, in);
        if (!record) {
            failed(record.error());
            continue;
        }
        tally.waits[Start].append(clock.nsecsElapsed());
        auto taken = DemoWork::carryOutProgramme(
            records, run.technician, record->id, run.standards,
            [&](bool reading, qint64 nanos) { tally.waits[reading ? Reading : Check].append(nanos); });
        if (!taken) {
            failed(taken.error());
            continue;
        }
        clock.start();
        if (auto completed = records.complete(run.technician, record->id); !completed) {
            failed(completed.error());
            continue;
        }
        tally.waits[Complete].append(clock.nsecsElapsed());
        clock.start();
        if (auto approved = records.approve(run.manager, record->id); !approved) {
            failed(approved.error());
            continue;
        }
        tally.waits[Approve].append(clock.nsecsElapsed());
        ++tally.records;
    }
    return tally;
}

double percentileMs(QList<qint64> nanos, double fraction)
{
    if (nanos.isEmpty())
        return 0.0;
    std::sort(nanos.begin(), nanos.end());
    const qsizetype at = std::min<qsizetype>(nanos.size() - 1, qsizetype(fraction * double(nanos.size())));
    return double(nanos[at]) / 1e6;
}

} // namespace

void concurrentFigures(const ConcurrentRun& run)
{
    const int clients = std::max(1, run.clients);
    QList<QList<Id>> shares(clients);
    for (qsizetype i = 0; i < run.instruments.size(); ++i)
        shares[i % clients].append(run.instruments[i]);
    QList<DeskTally> tallies(clients);
    std::vector<std::unique_ptr<QThread>> desks;
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < clients; ++c) {
        desks.emplace_back(QThread::create([&, c] { tallies[c] = deskWork(run, shares[c]); }));
        desks.back()->start();
    }
    for (auto& desk : desks)
        desk->wait();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    DeskTally all;
    for (const DeskTally& t : std::as_const(tallies)) {
        for (int s = 0; s < StepCount; ++s)
            all.waits[s] += t.waits[s];
        all.records += t.records;
        all.failures += t.failures;
        if (all.firstFailure.isEmpty())
            all.firstFailure = t.firstFailure;
    }
    std::printf("%d desks at once, each on its own connection:\n", clients);
    std::printf("%-44s %12d of %d in %.1f s\n", "  records from start to approval", all.records,
                int(run.instruments.size()), seconds);
    std::printf("%-44s %12.3f records/s\n", "  throughput", double(all.records) / seconds);
    for (int s = 0; s < StepCount; ++s) {
        const QByteArray what = QByteArrayLiteral("  ") + stepNames[s] + ", p50 and p95 of its wait";
        std::printf("%-44s %12.3f ms %8.3f ms (%lld)\n", what.constData(), percentileMs(all.waits[s], 0.50),
                    percentileMs(all.waits[s], 0.95), qlonglong(all.waits[s].size()));
    }
    std::printf("%-44s %12d%s%s\n", "  operations refused or failed", all.failures, all.failures ? ", the first: " : "",
                qPrintable(all.firstFailure));
    std::fflush(stdout);
}

} // namespace Etalon::Bench
