// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"

namespace Etalon {

/** One step of setting a lab up, counted from what the lab holds. */
struct SetupStep
{
    QString key; ///< "lab", "customers", "institute", "standards", "calibrations", "people", "cards", "stamps"
    QString title; ///< what to do, in words
    QString detail; ///< what the lab holds now, in words
    qint64 count = 0; ///< how many of what the step registers the lab holds
    bool done = false;
};

/** The steps in the order a new lab takes them. */
struct SetupProgress
{
    QList<SetupStep> steps;

    bool complete() const;
    int doneCount() const;
    /** The step \a key, or nullptr. */
    const SetupStep* step(const QString& key) const;
};

/**
 * What a new lab still has to register before its first certificate, in order: its details, customers, the
 * national institute, standards and their calibrations, people and their verifier cards, stamps.
 */
class SetupService final
{
public:
    explicit SetupService(Lab& lab)
        : m_lab(lab)
    {
    }

    Result<SetupProgress> progress();

private:
    Lab& m_lab;
};

} // namespace Etalon
