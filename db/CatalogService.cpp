// SPDX-License-Identifier: Apache-2.0
#include "db/CatalogService.h"

#include "core/Json.h"
#include "db/CatalogRepository.h"
#include "db/Rows.h"

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
    ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    return m_lab.write([&]() -> Status {
        CatalogRepository catalog(m_lab.db());
        auto procedure = catalog.fetchProcedure(code);
        if (!procedure)
            return fail(procedure.error());
        auto before = catalog.procedureRule(code);
        if (!before)
            return fail(before.error());
        const QJsonObject json = rule.toJson();
        auto r = m_lab.db().exec(QStringLiteral("UPDATE procedures SET mpe_rule = ? WHERE code = ?"),
                                 {QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)), code});
        if (!r)
            return fail(r.error());
        return m_lab.logChange(session, QStringLiteral("catalog.procedure-rule"), QStringLiteral("procedure"),
                               std::nullopt,
                               QJsonObject{{QStringLiteral("code"), code},
                                           {QStringLiteral("mpe_rule"), *before ? (*before)->toJson() : QJsonObject()}},
                               QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("mpe_rule"), json}});
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
