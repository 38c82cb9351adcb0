// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnnualFigures.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Etalon {

/** Work of one kind of instrument, or of one measurement field, in the period. */
struct ActivityCount
{
    QString key; ///< an instrument type's code, or a measurement field's key
    int passed = 0; ///< verifications (initial, periodic, after repair) that passed
    int failed = 0; ///< verifications that failed
    int calibrations = 0;
    int inspections = 0;

    int verifications() const { return passed + failed; }
    int total() const { return passed + failed + calibrations + inspections; }
};

/** A standard of the lab as it stood at the period's end: its latest calibration and whether it was in date. */
struct StandardState
{
    QString name;
    QString serial;
    QString kind; ///< reference, working, check
    QString status; ///< in-service, quarantined, retired (at the period's end)
    QString certificate; ///< of its latest calibration on or before the period's end
    QString calibratedBy;
    QDate calibratedOn;
    QDate validUntil;
    bool inDate = false; ///< in service and calibrated on the period's last day
};

/** A verifier's card (chứng chỉ kiểm định viên) and the work they did in the period. */
struct VerifierCard
{
    QString person;
    QString field; ///< the card's measurement field (the catalogue's)
    QString certificate;
    QDate validUntil;
    bool inDate = false; ///< valid on the period's last day
    int records = 0; ///< verifications and calibrations they carried out in the period
};

/**
 * The lab's verification activity over a period, in one dataset: work by instrument type and by the eight
 * measurement fields, stamps used and voided, the standards and their validity, the verifiers and their cards
 * (TT 24/2013 Điều 42.4, TT 23/2013 Điều 26.6, NĐ 105/2016 Điều 11).
 */
struct ActivityFigures
{
    QDate from;
    QDate to;
    QString labName;
    QString designation; ///< the lab's designation (quyết định chỉ định) number
    QList<ActivityCount> byType; ///< most work first
    QHash<QString, TypeNames> typeNames;
    QHash<QString, QString> typeFields; ///< type code → measurement field key
    QList<ActivityCount> byField; ///< the eight fields in their order (zero rows included), then "other" if any
    ActivityCount total;
    int certificates = 0; ///< issued in the period, each counted once however amended
    int failureRecords = 0;
    int stampsUsed = 0;
    int stampsVoided = 0;
    int stampsUnused = 0; ///< held at the period's end
    QList<StandardState> standards;
    QList<VerifierCard> verifiers;
};

} // namespace Etalon
