// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Evaluation.h"
#include "core/StandardFitness.h"
#include "core/TestProgramme.h"
#include "db/lab/Lab.h"

namespace Etalon {

struct StartRecordInput
{
    Id instrumentId = 0;
    RecordKind kind = RecordKind::Periodic;
    QDate date;
    std::optional<QDate> received;
    QString procedureCode; ///< empty: the instrument type's default procedure
    std::optional<Quantity> temperature;
    std::optional<Quantity> humidity;
    std::optional<int> intervalMonths; ///< calibrations only: agreed with the customer
    bool conformityRequested = false; ///< the customer asked for a statement of conformity
    WorkSite site = WorkSite::Lab;
    QString siteAddress; ///< on-site: where; empty: the instrument's place of use, else its owner's address
    QString itemCondition; ///< the item's condition on receipt
};

struct ReadingInput
{
    Id standardId = 0;
    Quantity reference;
    QList<Quantity> indications;
    std::optional<Quantity> addedLoad;
    QString position;
    QString test; ///< a test of the record's programme; empty: its first test, else weighing
    Stage stage = Stage::AsFound;
    std::optional<Quantity> expandedUncertainty;
    Decimal k{2, 0};
};

/** A reading as typed at the bench: quantities as text, where a bare number is in the instrument's unit. */
struct TypedReading
{
    QString reference;
    QStringList indications;
    QString addedLoad; ///< empty: none
};

/** What a technician is shown before completing a record, and what stops it. */
struct CompletionSummary
{
    int points = 0; ///< readings that count (voided ones apart)
    int failedPoints = 0;
    int voidedReadings = 0;
    Verdict verdict = Verdict::None; ///< as the record stands now
    QList<MissingItem> missingTests; ///< of the programme: `complete` refuses while any is listed
    QList<MissingItem> missingChecks; ///< checklist items not yet set to pass or fail: refused too
    int checksPassed = 0;
    int checksFailed = 0;
    QStringList warnings; ///< kept with the record and raised by its points (conditions, TUR, few repeats)
    bool canComplete() const { return points > 0 && missingTests.isEmpty() && missingChecks.isEmpty(); }
};

/** A reading a technician voided on the draft: kept, never evaluated or printed. */
struct VoidedReading
{
    Point point;
    QString reason;
};

/** A record with what a reader needs beside it. */
struct RecordDetails
{
    Record record;
    Instrument instrument;
    std::optional<RecordEvaluation> evaluation; ///< absent while the record has no readings
    QStringList allowances; ///< standards allowed by a manager, with the reason (printed as deviations)
    QString rejectionReason; ///< the last reason a manager sent it back
    QStringList issues; ///< warnings kept with the record: conditions, low test uncertainty ratios
    bool conformityRequested = false;
    QList<VoidedReading> voided;
};

struct RecordFilter
{
    std::optional<RecordStatus> status;
    std::optional<Id> instrumentId;
    std::optional<Id> technicianId;
    int limit = 1000;
};

/** A line of a list of records: the record with its instrument, owner and technician named. */
struct RecordSummary
{
    Id id = 0;
    RecordKind kind = RecordKind::Periodic;
    QDate date;
    RecordStatus status = RecordStatus::Draft;
    Verdict verdict = Verdict::None;
    Id instrumentId = 0;
    QString typeCode;
    QString serial;
    QString owner;
    QString technician;
    QString certificate; ///< the current certificate's number, once issued
    QString amends; ///< for a revision: the number of the certificate its issue will replace
};

/** The verification and calibration workflow: start, read, check, complete, approve or send back. */
class RecordService final
{
public:
    explicit RecordService(Lab& lab)
        : m_lab(lab)
    {
    }

    Result<Record> start(const Session& session, const StartRecordInput& input);
    Result<PointEvaluation> addReading(const Session& session, Id recordId, const ReadingInput& input);
    Status addCheck(const Session& session, Id recordId, const QString& item, bool passed, const QString& note);
    /**
     * \a typed read for record \a recordId into \a base: a bare number is in the instrument's unit (its Max, d or
     * nominal value) and a decimal comma is a decimal sign; errors name "reference", "indication" or "added-load".
     */
    Result<ReadingInput> readingFrom(Id recordId, const TypedReading& typed, ReadingInput base = {});
    /**
     * Replaces reading \a seq of a draft by \a input (a reference or indication typed wrong): the old one is voided
     * with \a reason and the new one recorded, both or neither.
     */
    Result<PointEvaluation> correctReading(const Session& session, Id recordId, int seq, const ReadingInput& input,
                                           const QString& reason);
    /**
     * Whether standard \a standardId may serve a reading of record \a recordId at \a reference (usable on the date,
     * of the instrument's quantity, within range, a third of the MPE): what recording it would refuse, asked first.
     */
    Status standardFits(Id recordId, Id standardId, const Quantity& reference);
    /** What completing the record would say: its points and failures, what is missing, the warnings. */
    Result<CompletionSummary> completionSummary(Id recordId);
    /** Takes a checklist item of a draft back to "not checked". */
    Status clearCheck(const Session& session, Id recordId, const QString& item);
    Status allowStandard(const Session& session, Id recordId, Id standardId, const QString& reason);
    Result<RecordDetails> complete(const Session& session, Id recordId);
    /**
     * What a verification still lacks of its procedure's test programme (initial, periodic and after-repair
     * verifications) and of its checklist (every record): `complete` refuses while anything is listed.
     */
    Result<QList<MissingItem>> missing(Id recordId);
    /** Voids a draft's reading with a reason: kept and audited, never evaluated or printed; read it again. */
    Status voidReading(const Session& session, Id recordId, int seq, const QString& reason);
    Result<Record> approve(const Session& session, Id recordId);
    Result<Record> reject(const Session& session, Id recordId, const QString& reason);
    Result<RecordDetails> details(Id recordId);
    /** Opens a new draft copied from an issued record (its readings, checks and rules), marked as its revision. */
    Result<Record> revise(const Session& session, Id recordId);
    Result<QList<Record>> records(const RecordFilter& filter);
    /** Records as a list shows them, newest first, in one query however many there are. */
    Result<QList<RecordSummary>> summaries(const RecordFilter& filter);

    /**
     * Whether \a session may change the record now: a draft, theirs (or a manager's to change), and no other desk
     * editing it (RecordEditing). Every change to a draft checks the same.
     */
    Status mayEdit(const Session& session, Id recordId);

private:
    bool failedAlready(const Record& record, const InstrumentType& type, const EvaluationContext& ctx);
    /** How much of a record a use case needs: its readings and checks, or the record's own row only. */
    enum class Load { Whole, Header };
    Result<Record> loadRecord(Id id, Load load = Load::Whole);
    /** The rules and standards to evaluate the record's points, or only a new point taken with \a pointStandard. */
    Result<EvaluationContext> contextFor(const Record& record, const Standard* pointStandard = nullptr);
    Result<Record> loadDraft(const Session& session, Id recordId, Load load = Load::Whole);
    Result<Record> loadCompleted(Id recordId);
    /** " (by … at …)": who completed or approved the record last, for a refusal to tell; empty when nobody. */
    QString whoSettled(const Record& record);
    Status checkStandardFor(const Record& record, Id standardId);
    PointForStandard fitFor(const Record& record, const Standard& standard, const EvaluationContext& ctx,
                            const InstrumentType& type, const Quantity& reference);
    Status checkStandardFor(const Record& record, const Standard& standard);
    Status addIssue(Id recordId, std::optional<int> seq, const QString& code, const QString& message);
    /** Whether a point's outcome is stored for the first time (a new reading, whose number is never reused). */
    /** A new point's outcome went in with its row (only its warnings are stored), or an evaluation replaces one. */
    enum class Outcome { Inserted, Again };
    Status storeOutcome(Id recordId, const PointEvaluation& evaluation, Outcome outcome = Outcome::Again);
    /** The outcome columns of a reading (error, mpe, verdict, budget, expanded_computed, coverage_factor, tur,
     * decision). */
    static QVariantList outcomeValues(const PointEvaluation& evaluation);
    /** What an approved record changes of its instrument's due dates and fitness for use (two tracks). */
    Status updateStanding(const Record& record);
    Result<TestProgramme> programmeOf(Id recordId);
    Result<QList<MissingItem>> missingOf(const Record& record, const Instrument& instrument);
    /** Where the work of \a in is done: empty in the lab, else the site's address. */
    Result<QString> workSite(const StartRecordInput& in, const Instrument& instrument);
    Status checkStart(const StartRecordInput& input, const Instrument& instrument, const InstrumentType& type,
                      const Session& session);

    Lab& m_lab;
};

} // namespace Etalon
