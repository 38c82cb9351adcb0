// SPDX-License-Identifier: Apache-2.0
#include "db/catalog/CatalogRepository.h"

#include "db/store/Rows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Etalon {

Result<QList<InstrumentType>> CatalogRepository::types()
{
    auto q =
        m_db.exec(QStringLiteral("SELECT %1 FROM instrument_types ORDER BY code").arg(Rows::instrumentTypeColumns()));
    if (!q)
        return fail(q.error());
    QList<InstrumentType> out;
    while (q->next())
        out.append(Rows::instrumentType(*q));
    return out;
}

Result<InstrumentType> CatalogRepository::fetchType(const QString& code)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM instrument_types WHERE code = ?").arg(Rows::instrumentTypeColumns()), {code});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("type"),
                                    QCoreApplication::translate("Etalon",
                                                                "no instrument type with code “%1” (see "
                                                                "`catalog types`)")
                                        .arg(code)));
    return Rows::instrumentType(*q);
}

Result<QList<Procedure>> CatalogRepository::procedures()
{
    return queryProcedures(QString(), {});
}

Result<Procedure> CatalogRepository::fetchProcedure(const QString& code)
{
    auto list = queryProcedures(QStringLiteral("WHERE code = ?"), {code});
    if (!list)
        return fail(list.error());
    if (list->isEmpty())
        return fail(Error::notFound(QStringLiteral("procedure"),
                                    QCoreApplication::translate("Etalon",
                                                                "no procedure with code “%1” (see `catalog "
                                                                "procedures`)")
                                        .arg(code)));
    return list->first();
}

Result<std::optional<MpeRule>> CatalogRepository::procedureRule(const QString& code)
{
    auto q = m_db.scalar(QStringLiteral("SELECT mpe_rule FROM procedures WHERE code = ?"), {code});
    if (!q)
        return fail(q.error());
    if (q->isNull())
        return std::optional<MpeRule>();
    auto rule = MpeRule::fromJson(QJsonDocument::fromJson(q->toString().toUtf8()).object());
    if (!rule)
        return fail(rule.error());
    return std::optional<MpeRule>(*rule);
}

Result<QList<Procedure>> CatalogRepository::queryProcedures(const QString& where, const QVariantList& values)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT code, title_vi, title_en, type_code, mpe_rule, points, checklist, env_limits, "
                                 "decision_rule, min_tur, budget_terms, programme, min_repeats FROM procedures %1 "
                                 "ORDER BY code")
                      .arg(where),
                  values);
    if (!q)
        return fail(q.error());
    QList<Procedure> out;
    while (q->next()) {
        Procedure p;
        p.code = q->value(0).toString();
        p.titleVi = q->value(1).toString();
        p.titleEn = q->value(2).toString();
        p.typeCode = q->value(3).toString();
        p.hasMpeRule = !q->value(4).isNull();
        p.envLimits = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
        p.decisionRule = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        if (!q->value(9).isNull())
            p.minTur = Decimal::parse(q->value(9).toString()).value_or(Decimal(4, 0));
        p.budgetTerms = QJsonDocument::fromJson(q->value(10).toString().toUtf8()).array();
        p.programme = QJsonDocument::fromJson(q->value(11).toString().toUtf8()).object();
        if (!q->value(12).isNull())
            p.minRepeats = q->value(12).toInt();
        if (!q->value(4).isNull())
            p.mpeRule = MpeRule::fromJson(QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object())
                            .value_or(MpeRule());
        for (const QJsonValue& v : QJsonDocument::fromJson(q->value(5).toString().toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            auto nominal = Quantity::fromJson(o.value(QStringLiteral("nominal")).toObject());
            if (nominal)
                p.points.append({*nominal, o.value(QStringLiteral("repeats")).toInt(1),
                                 o.value(QStringLiteral("label")).toString()});
        }
        for (const QJsonValue& v : QJsonDocument::fromJson(q->value(6).toString().toUtf8()).array())
            p.checklist.append(v.toString());
        out.append(p);
    }
    return out;
}

} // namespace Etalon
