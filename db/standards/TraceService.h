// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Trace.h"
#include "db/lab/Lab.h"

namespace Etalon {

/** A record or certificate that used a standard, directly or through a standard calibrated with it. */
struct ImpactItem
{
    Id recordId = 0;
    QDate date;
    QString kind;
    QString instrumentSerial;
    QString instrumentType;
    QString owner;
    QString ownerAddress;
    QString ownerPhone;
    QString certificate;
    QString certificateStatus;
    QString via; ///< empty when direct, else the standard it went through
};

/**
 * Traceability (from a certificate up to the national standard or an external certificate, as it stood
 * on the date of the work) and reverse traceability (everything a standard touched).
 */
class TraceService final
{
public:
    explicit TraceService(Lab& lab)
        : m_lab(lab)
    {
    }

    Result<Trace> traceCertificate(const QString& number);
    Result<Trace> traceRecord(Id recordId);
    /**
     * One standard's own chain as it stood on \a on: its calibration valid that day, the standard or external
     * certificate above it, and so on up to the national standard; every level, as a tree.
     */
    Result<TraceNode> traceStandard(Id standardId, const QDate& on);
    Result<QList<ImpactItem>> impact(Id standardId, const std::optional<QDate>& from, const std::optional<QDate>& to);
    /** Flags every current certificate in \a items as suspect, with the reason; returns how many. */
    Result<int> markSuspect(const Session& session, const QList<ImpactItem>& items, const QString& reason);

private:
    /** \a certificate names the calibration to follow (a weight of a set), else the one valid on \a usedOn. */
    Result<TraceNode> link(Id standardId, const QDate& usedOn, int depth, QList<Id> path, QStringList& problems,
                           const QString& certificate = {}, const QString& weights = {});
    Result<QList<TraceNode>> weightLinks(Id standardId, Id recordId, const QDate& usedOn, QStringList& problems);

    Lab& m_lab;
};

} // namespace Etalon
