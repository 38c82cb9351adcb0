// SPDX-License-Identifier: Apache-2.0
#include "db/catalog/CatalogService.h"

#include "core/DecisionRule.h"
#include "core/Environment.h"
#include "core/Json.h"
#include "core/PointBudget.h"
#include "core/TestProgramme.h"
#include "db/catalog/CatalogRepository.h"
#include "db/store/Rows.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Etalon {

Result<InstrumentType> CatalogService::updateType(const Session& session, const QString& code,
                                                  const TypeChanges& changes)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    if (changes.cycleMonths && *changes.cycleMonths && (**changes.cycleMonths < 1 || **changes.cycleMonths > 240))
        return fail(Error::badInput(QStringLiteral("cycle-months"), Tr::tr("a legal cycle is 1 to 240 months")));
    return m_lab.write([&]() -> Result<InstrumentType> {
        auto before = CatalogRepository(m_lab.db()).fetchType(code);
        if (!before)
            return before;
        InstrumentType after = *before;
        if (changes.cycleMonths)
            after.cycleMonths = *changes.cycleMonths;
        if (changes.legalBasis)
            after.legalBasis = changes.legalBasis->trimmed();
        if (changes.effectiveDate)
            after.effectiveDate = *changes.effectiveDate;
        if (changes.confirmed)
            after.confirmed = *changes.confirmed;
        auto r = m_lab.db().exec(QStringLiteral("UPDATE instrument_types SET cycle_months = ?, legal_basis = ?, "
                                                "effective_date = ?, confirmed = ? WHERE code = ?"),
                                 {Rows::toDb(after.cycleMonths), after.legalBasis,
                                  Rows::toDb(std::optional<QDate>(after.effectiveDate)), after.confirmed, code});
        if (!r)
            return fail(r.error());
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("catalog.type"), QStringLiteral("instrument_type"),
                                   std::nullopt, Json::instrumentType(*before), Json::instrumentType(after)));
        return after;
    });
}

Status CatalogService::setProcedureRule(const Session& session, const QString& code, const MpeRule& rule)
{
    ProcedureChanges changes;
    changes.mpeRule = rule;
    auto r = updateProcedure(session, code, changes);
    if (!r)
        return fail(r.error());
    return {};
}

namespace {

QString compactJson(const QJsonDocument& doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

Status validateChanges(const ProcedureChanges& c)
{
    if (c.envLimits) {
        // Probing with values inside any sensible range checks the bounds' units and syntax.
        for (const QString& key : c.envLimits->keys()) {
            if (key != QStringLiteral("temperature") && key != QStringLiteral("humidity"))
                return fail(Error::badInput(QStringLiteral("env-limits"),
                                            Tr::tr("limits are set for temperature and humidity, not “%1”").arg(key)));
            const QString action =
                c.envLimits->value(key).toObject().value(QStringLiteral("action")).toString(QStringLiteral("refuse"));
            if (action != QStringLiteral("refuse") && action != QStringLiteral("warn"))
                return fail(
                    Error::badInput(QStringLiteral("env-limits"), Tr::tr("a limit's action is refuse or warn")));
        }
        QJsonObject asWarnings = *c.envLimits;
        for (const QString& key : asWarnings.keys()) {
            QJsonObject limit = asWarnings.value(key).toObject();
            limit.insert(QStringLiteral("action"), QStringLiteral("warn"));
            asWarnings.insert(key, limit);
        }
        auto probe = checkEnvironment(asWarnings, Quantity::parse(QStringLiteral("20 °C")).value(),
                                      Quantity::parse(QStringLiteral("50 %RH")).value());
        if (!probe)
            return fail(Error::badInput(QStringLiteral("env-limits"), probe.error().message));
    }
    if (c.programme && !c.programme->isEmpty()) {
        auto programme = TestProgramme::fromJson(*c.programme);
        if (!programme)
            return fail(programme.error());
    }
    if (c.decisionRule) {
        auto rule = DecisionRule::fromJson(*c.decisionRule);
        if (!rule)
            return fail(Error::badInput(QStringLiteral("decision-rule"), rule.error().message));
    }
    if (c.minTur && *c.minTur && !(**c.minTur > Decimal()))
        return fail(Error::badInput(QStringLiteral("min-tur"), Tr::tr("the minimum TUR must be positive")));
    if (c.minRepeats && *c.minRepeats && (**c.minRepeats < 2 || **c.minRepeats > 100))
        return fail(Error::badInput(QStringLiteral("min-repeats"),
                                    Tr::tr("the minimum number of repeats lies between 2 and 100")));
    if (c.budgetTerms) {
        auto terms = BudgetTerm::listFromJson(*c.budgetTerms);
        if (!terms)
            return fail(Error::badInput(QStringLiteral("budget-terms"), terms.error().message));
    }
    return {};
}

} // namespace

Result<Procedure> CatalogService::updateProcedure(const Session& session, const QString& code,
                                                  const ProcedureChanges& changes)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    ETALON_TRY(validateChanges(changes));
    return m_lab.write([&]() -> Result<Procedure> {
        CatalogRepository catalog(m_lab.db());
        auto before = catalog.fetchProcedure(code);
        if (!before)
            return before;
        Procedure after = *before;
        if (changes.mpeRule) {
            after.mpeRule = *changes.mpeRule;
            after.hasMpeRule = true;
        }
        if (changes.envLimits)
            after.envLimits = *changes.envLimits;
        if (changes.decisionRule)
            after.decisionRule = *changes.decisionRule;
        if (changes.minTur)
            after.minTur = *changes.minTur;
        if (changes.budgetTerms)
            after.budgetTerms = *changes.budgetTerms;
        if (changes.minRepeats)
            after.minRepeats = *changes.minRepeats;
        if (changes.programme)
            after.programme = *changes.programme;
        auto r = m_lab.db().exec(
            QStringLiteral("UPDATE procedures SET mpe_rule = ?, env_limits = ?, decision_rule = ?, min_tur = ?, "
                           "budget_terms = ?, programme = ?, min_repeats = ? WHERE code = ?"),
            {after.hasMpeRule ? QVariant(compactJson(QJsonDocument(after.mpeRule.toJson()))) : QVariant(),
             after.envLimits.isEmpty() ? QVariant() : QVariant(compactJson(QJsonDocument(after.envLimits))),
             after.decisionRule.isEmpty() ? QVariant() : QVariant(compactJson(QJsonDocument(after.decisionRule))),
             after.minTur ? QVariant(after.minTur->toString()) : QVariant(),
             compactJson(QJsonDocument(after.budgetTerms)),
             after.programme.isEmpty() ? QVariant() : QVariant(compactJson(QJsonDocument(after.programme))),
             after.minRepeats ? QVariant(*after.minRepeats) : QVariant(), code});
        if (!r)
            return fail(r.error());
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("catalog.procedure"), QStringLiteral("procedure"),
                                   std::nullopt, Json::procedure(*before), Json::procedure(after)));
        return after;
    });
}

Result<QList<ScopeEntry>> CatalogService::scope()
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT type_code, range_max FROM scope ORDER BY type_code"));
    if (!q)
        return fail(q.error());
    QList<ScopeEntry> out;
    while (q->next())
        out.append({q->value(0).toString(), Rows::quantity(q->value(1))});
    return out;
}

Status CatalogService::setScope(const Session& session, const QString& code, const std::optional<Quantity>& rangeMax)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    return m_lab.write([&]() -> Status {
        auto type = CatalogRepository(m_lab.db()).fetchType(code);
        if (!type)
            return fail(type.error());
        if (rangeMax) {
            auto unit = UnitCatalog::instance().find(type->unit);
            if (unit && !rangeMax->unit().isCompatibleWith(*unit))
                return fail(unitMismatch(rangeMax->unit(), *unit, QStringLiteral("range-max")));
        }
        auto r = m_lab.db().exec(QStringLiteral("INSERT INTO scope (type_code, range_max) VALUES (?, ?) "
                                                "ON CONFLICT (type_code) DO UPDATE SET range_max = excluded.range_max"),
                                 {code, Rows::toDb(rangeMax)});
        if (!r)
            return fail(r.error());
        return m_lab.logChange(
            session, QStringLiteral("scope.set"), QStringLiteral("scope"), std::nullopt, {},
            QJsonObject{{QStringLiteral("type"), code}, {QStringLiteral("range_max"), Json::quantity(rangeMax)}});
    });
}

Status CatalogService::removeFromScope(const Session& session, const QString& code)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    return m_lab.write([&]() -> Status {
        auto r = m_lab.db().exec(QStringLiteral("DELETE FROM scope WHERE type_code = ?"), {code});
        if (!r)
            return fail(r.error());
        if (r->numRowsAffected() == 0)
            return fail(
                Error::notFound(QStringLiteral("type"), Tr::tr("%1 is not in the lab's designation scope").arg(code)));
        return m_lab.logChange(session, QStringLiteral("scope.remove"), QStringLiteral("scope"), std::nullopt,
                               QJsonObject{{QStringLiteral("type"), code}}, {});
    });
}

} // namespace Etalon
