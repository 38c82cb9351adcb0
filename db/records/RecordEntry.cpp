// SPDX-License-Identifier: Apache-2.0
// What the bench needs around the workflow: readings as typed, corrections, and what completing would say.
#include "db/records/RecordService.h"

#include "core/Tr.h"
#include "db/registry/RegistryService.h"

#include <QJsonObject>

namespace Etalon {

namespace {

Result<Quantity> typed(const QString& text, const std::optional<Unit>& unit, const QString& field)
{
    if (text.trimmed().isEmpty())
        return fail(Error::badInput(field, Tr::tr("a value is required, e.g. “10” or “10 kg”")));
    return Quantity::parse(text, unit, field);
}

} // namespace

Result<ReadingInput> RecordService::readingFrom(Id recordId, const TypedReading& in, ReadingInput base)
{
    auto record = loadRecord(recordId, Load::Header);
    if (!record)
        return fail(record.error());
    auto instrument = RegistryService(m_lab).fetchInstrument(record->instrumentId);
    if (!instrument)
        return fail(instrument.error());
    const std::optional<Unit> unit = instrument->readingUnit();
    auto reference = typed(in.reference, unit, QStringLiteral("reference"));
    if (!reference)
        return fail(reference.error());
    base.reference = *reference;
    base.indications.clear();
    for (int i = 0; i < in.indications.size(); ++i) {
        auto q = typed(in.indications[i], unit, QStringLiteral("indication"));
        if (!q) {
            Error e = q.error();
            if (in.indications.size() > 1)
                e.message = Tr::tr("indication %1: %2").arg(i + 1).arg(e.message);
            return fail(e);
        }
        base.indications.append(*q);
    }
    base.addedLoad.reset();
    if (!in.addedLoad.trimmed().isEmpty()) {
        auto added = typed(in.addedLoad, unit, QStringLiteral("added-load"));
        if (!added)
            return fail(added.error());
        base.addedLoad = *added;
    }
    return base;
}

Result<PointEvaluation> RecordService::correctReading(const Session& session, Id recordId, int seq,
                                                      const ReadingInput& input, const QString& reason)
{
    return m_lab.write([&]() -> Result<PointEvaluation> {
        ETALON_TRY(voidReading(session, recordId, seq, reason));
        return addReading(session, recordId, input);
    });
}

Result<CompletionSummary> RecordService::completionSummary(Id recordId)
{
    auto details = this->details(recordId);
    if (!details)
        return fail(details.error());
    auto missing = this->missing(recordId);
    if (!missing)
        return fail(missing.error());
    CompletionSummary out;
    for (const MissingItem& m : *missing)
        (m.test == QStringLiteral("checklist") ? out.missingChecks : out.missingTests).append(m);
    for (const CheckItem& c : details->record.checks)
        ++(c.passed ? out.checksPassed : out.checksFailed);
    out.voidedReadings = int(details->voided.size());
    out.warnings = details->issues;
    if (details->evaluation) {
        out.verdict = details->evaluation->verdict;
        for (const PointEvaluation& p : details->evaluation->points) {
            ++out.points;
            if (p.verdict == Verdict::Fail)
                ++out.failedPoints;
            for (const QString& w : p.warnings)
                if (!out.warnings.contains(w))
                    out.warnings.append(w);
        }
    }
    return out;
}

Status RecordService::clearCheck(const Session& session, Id recordId, const QString& item)
{
    return m_lab.write([&]() -> Status {
        auto record = loadDraft(session, recordId, Load::Header);
        if (!record)
            return fail(record.error());
        auto removed = m_lab.db().exec(QStringLiteral("DELETE FROM record_checks WHERE record_id = ? AND item = ?"),
                                       {recordId, item.trimmed()});
        if (!removed)
            return fail(removed.error());
        return m_lab.logChange(session, QStringLiteral("record.check-cleared"), QStringLiteral("record"), recordId, {},
                               QJsonObject{{QStringLiteral("item"), item.trimmed()}});
    });
}

} // namespace Etalon
