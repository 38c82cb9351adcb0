// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/records/RecordService.h"

#include <functional>

namespace Etalon::DemoWork {

/** Told how long each step the use case accepted took: a reading (true) or a checklist item (false). */
using StepTimer = std::function<void(bool reading, qint64 nanoseconds)>;

/**
 * Carries out the rest of a record's programme as a technician of the demo lab would: each load still
 * missing read with the first of \a standards the use case accepts for it (the indication equal to the load),
 * each checklist item passed. Every reading goes through the use case. The count of readings taken, or an
 * error when no standard of the lab realises a load.
 * \a timed, when given, hears of every accepted step.
 */
Result<int> carryOutProgramme(RecordService& records, const Session& technician, Id record,
                              const QList<Standard>& standards, const StepTimer& timed = {});

} // namespace Etalon::DemoWork
