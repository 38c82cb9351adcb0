// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"

namespace Etalon {

struct Stamp
{
    Id id = 0;
    QString series;
    qint64 number = 0;
    QString status; ///< unused, used, void
    std::optional<Id> certificateId;
    std::optional<Id> recordId;
    QString reason;
    QString label() const { return QStringLiteral("%1/%2").arg(series).arg(number, 6, 10, QChar(u'0')); }
};

/**
 * The register of verification stamps (tem kiểm định) the lab holds: received in numbered series, each used
 * once on a verification certificate or voided with a reason, never deleted. Calibration labels are not
 * drawn from it.
 */
class StampService final
{
public:
    explicit StampService(Lab& lab)
        : m_lab(lab)
    {
    }

    /** Registers the stamps \a from to \a to of \a series; none of them may be registered already. */
    Result<int> receive(const Session& session, const QString& series, qint64 from, qint64 to);
    Result<QList<Stamp>> stamps(bool unusedOnly, int limit = 10000);
    Status voidStamp(const Session& session, const QString& label, const QString& reason);
    /** Parses "SERIES/NUMBER". */
    static Result<QPair<QString, qint64>> parseLabel(const QString& label);
    /** The stamp \a label if unused, else the next unused one when \a label is empty. Inside a transaction. */
    Result<Stamp> take(const QString& label);
    /** Marks a stamp used on a certificate. Inside a transaction. */
    Status markUsed(Id stampId, Id certificateId, Id recordId);

private:
    Result<Query> findStamp(const QString& label);

    Lab& m_lab;
};

} // namespace Etalon
