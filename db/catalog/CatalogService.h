// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"

namespace Etalon {

/** What an admin changes of an instrument type: only the members that are set. */
struct TypeChanges
{
    std::optional<std::optional<int>> cycleMonths; ///< set to nullopt inside: no periodic cycle
    std::optional<QString> legalBasis;
    std::optional<QDate> effectiveDate;
    std::optional<bool> confirmed;
};

/** What an admin changes of a procedure's metrology: only the members that are set. */
struct ProcedureChanges
{
    std::optional<MpeRule> mpeRule;
    std::optional<QJsonObject> envLimits;
    std::optional<QJsonObject> decisionRule;
    std::optional<std::optional<Decimal>> minTur;
    std::optional<std::optional<int>> minRepeats;
    std::optional<QJsonArray> budgetTerms;
    std::optional<QJsonObject> programme; ///< see TestProgramme::fromJson(); empty: none
};

struct ScopeEntry
{
    QString typeCode;
    std::optional<Quantity> rangeMax;
};

/**
 * The admin's side of the catalogue: legal cycles change with the law (a record keeps the cycle it was
 * evaluated under), procedures' MPE rules are edited to match the lab's documents, and the designation
 * scope is narrowed to what the lab is designated for.
 */
class CatalogService final
{
public:
    explicit CatalogService(Lab& lab)
        : m_lab(lab)
    {
    }

    Result<InstrumentType> updateType(const Session& session, const QString& code, const TypeChanges& changes);
    Status setProcedureRule(const Session& session, const QString& code, const MpeRule& rule);
    /** Changes a procedure's limits, decision rule, minimum TUR or budget terms; each is checked first. */
    Result<Procedure> updateProcedure(const Session& session, const QString& code, const ProcedureChanges& changes);
    Result<QList<ScopeEntry>> scope();
    Status setScope(const Session& session, const QString& code, const std::optional<Quantity>& rangeMax);
    Status removeFromScope(const Session& session, const QString& code);

private:
    Lab& m_lab;
};

} // namespace Etalon
