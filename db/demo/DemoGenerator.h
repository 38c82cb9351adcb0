// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"

#include <functional>

namespace Etalon {

struct DemoOptions
{
    int instruments = 200;
    int records = 1000;
    quint64 seed = 2026;
    /** Called now and then with the records written so far; return false to stop (nothing is kept). */
    std::function<bool(int done, int total)> progress;
};

struct DemoSummary
{
    int organisations = 0;
    int standards = 0;
    int instruments = 0;
    int records = 0;
};

/**
 * Fills a lab with realistic synthetic data: customers across the province's communes and wards,
 * standards with yearly calibrations, instruments of the catalogue's types and records over the years.
 * It is a generator, not a user's use case: it writes in large transactions with prepared statements,
 * evaluates each kind of reading once through the core rules, and leaves one audit entry saying what it
 * made. The database is marked as demo data. A lab must exist (see UserService::initialise).
 */
class DemoGenerator final
{
public:
    explicit DemoGenerator(Lab& lab)
        : m_lab(lab)
    {
    }

    Result<DemoSummary> generate(const Session& session, const DemoOptions& options);

private:
    Lab& m_lab;
};

} // namespace Etalon
