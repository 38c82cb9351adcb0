// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <optional>

namespace Etalon {

/** A desk that has a draft record open for editing. */
struct EditClaim
{
    Id recordId = 0;
    Id userId = 0;
    QString userName; ///< the person's full name, else their sign-in name
    QString desk; ///< the computer's name
    QString instance; ///< which running program on it: a desk may run two
    QDateTime since;
    QDateTime seenAt; ///< when the desk last said it still has the record open
};

/**
 * Who is editing which draft record, so that two desks do not type into the same record at once: a desk claims a
 * record as its editor opens, renews the claim while it stays open and lets it go as it closes. While another
 * desk's claim lives, every change to the record is refused (RecordService::loadDraft asks here), and lists and
 * editors show who has it. A claim its desk stopped renewing (a crash, a network cut) lapses after LeaseSeconds.
 * The desk's own program is Lab::instance(); a one-shot command is a program of its own.
 */
class RecordEditing final
{
public:
    static constexpr int LeaseSeconds = 120;
    static constexpr int RenewSeconds = 30;

    explicit RecordEditing(Lab& lab)
        : m_lab(lab)
    {
    }

    /** Takes \a recordId for editing at this desk; refused (record_being_edited) while another desk has it. */
    Result<EditClaim> claim(const Session& session, Id recordId);
    /** Says this desk still has the record open; refused when another desk has taken it since. */
    Status renew(const Session& session, Id recordId);
    /** Lets the record go, if this desk has it. */
    Status release(Id recordId);
    /** Another desk's live claim on \a recordId, if any. */
    Result<std::optional<EditClaim>> elsewhere(Id recordId);
    /** The live claims of other desks, by record. */
    Result<QHash<Id, EditClaim>> othersEditing();
    /** Refused while another desk has \a recordId open: the rule every change to a draft keeps. */
    Status refuseIfElsewhere(Id recordId);

    /** "being edited by … at … since …", the time in the lab's zone. */
    QString describe(const EditClaim& claim);

private:
    Result<QList<EditClaim>> claims(std::optional<Id> recordId);
    bool live(const EditClaim& claim) const;
    Error takenError(const EditClaim& holder);

    Lab& m_lab;
};

} // namespace Etalon
