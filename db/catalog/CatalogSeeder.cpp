// SPDX-License-Identifier: Apache-2.0
#include "db/catalog/CatalogSeeder.h"

#include "core/Csv.h"
#include "core/MpeRule.h"
#include "db/store/Rows.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Etalon::CatalogSeeder {

namespace {

Result<QByteArray> readResource(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::internal(QCoreApplication::translate("Etalon", "missing resource %1").arg(path)));
    return f.readAll();
}

Result<QList<QHash<QString, QString>>> readCsvResource(const QString& path)
{
    auto bytes = readResource(path);
    if (!bytes)
        return fail(bytes.error());
    auto rows = parseCsv(QString::fromUtf8(*bytes));
    if (!rows)
        return fail(rows.error());
    QList<QHash<QString, QString>> out;
    const QStringList header = rows->value(0);
    for (const QStringList& row : rows->mid(1)) {
        if (row.size() < header.size())
            continue;
        QHash<QString, QString> map;
        for (int i = 0; i < header.size(); ++i)
            map.insert(header[i], row[i].trimmed());
        out.append(map);
    }
    return out;
}

// The legal basis's amendment in force: TT 07/2019 amended the Group 2 table from 1 January 2020.
QString effectiveDateOf(const QString& legalBasis)
{
    return legalBasis.contains(QStringLiteral("07/2019")) ? QStringLiteral("2020-01-01") : QString();
}

Status seedTypes(Database& db)
{
    auto curated = readCsvResource(QStringLiteral(":/etalon/catalog/instrument_types.csv"));
    auto group2 = readCsvResource(QStringLiteral(":/etalon/reference/vn_group2_instruments.csv"));
    if (!curated || !group2)
        return fail(!curated ? curated.error() : group2.error());
    QHash<QString, QHash<QString, QString>> legal;
    for (const auto& row : *group2)
        legal.insert(row.value(QStringLiteral("instrument_vi")), row);
    for (const auto& t : *curated) {
        const auto law = legal.value(t.value(QStringLiteral("group2_row")));
        if (law.isEmpty())
            return fail(Error::internal(
                QStringLiteral("catalogue row %1 not in the Group 2 list").arg(t.value(QStringLiteral("code")))));
        const auto mark = [&](const char* column) { return law.value(QString::fromLatin1(column)) == u'x'; };
        const QString confidence = law.value(QStringLiteral("confidence"));
        const QString source = law.value(QStringLiteral("sources")).section(u';', 0, 0).trimmed();
        const QString nameVi = t.value(QStringLiteral("name_vi")).isEmpty() ? law.value(QStringLiteral("instrument_vi"))
                                                                            : t.value(QStringLiteral("name_vi"));
        const QString nameEn = t.value(QStringLiteral("name_en")).isEmpty() ? law.value(QStringLiteral("instrument_en"))
                                                                            : t.value(QStringLiteral("name_en"));
        const QString cycle = law.value(QStringLiteral("cycle_months"));
        const QString basis = law.value(QStringLiteral("legal_basis"));
        auto r = db.exec(QStringLiteral("INSERT INTO instrument_types (code, name_vi, name_en, quantity, unit, field, "
                                        "group2, pattern_approval, initial_verification, periodic_verification, "
                                        "after_repair_verification, cycle_months, legal_basis, effective_date, source, "
                                        "confidence, confirmed, default_procedure) "
                                        "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {t.value(QStringLiteral("code")), nameVi, nameEn, t.value(QStringLiteral("quantity")),
                          t.value(QStringLiteral("unit")), t.value(QStringLiteral("field")), mark("pattern_approval"),
                          mark("initial_verification"), mark("periodic_verification"),
                          mark("verification_after_repair"), cycle.isEmpty() ? QVariant() : QVariant(cycle.toInt()),
                          basis, Rows::toDb(effectiveDateOf(basis)), source, confidence,
                          confidence == QStringLiteral("high") || confidence == QStringLiteral("medium-high"),
                          t.value(QStringLiteral("default_procedure"))});
        if (!r)
            return fail(r.error());
        auto scope =
            db.exec(QStringLiteral("INSERT INTO scope (type_code) VALUES (?)"), {t.value(QStringLiteral("code"))});
        if (!scope)
            return fail(scope.error());
    }
    return {};
}

Status seedProcedures(Database& db)
{
    auto bytes = readResource(QStringLiteral(":/etalon/catalog/procedures.json"));
    if (!bytes)
        return fail(bytes.error());
    const QJsonArray procedures =
        QJsonDocument::fromJson(*bytes).object().value(QStringLiteral("procedures")).toArray();
    for (const QJsonValue& v : procedures) {
        const QJsonObject p = v.toObject();
        QVariant rule;
        if (p.contains(QStringLiteral("mpe_rule"))) {
            auto parsed = MpeRule::fromJson(p.value(QStringLiteral("mpe_rule")).toObject());
            if (!parsed)
                return fail(parsed.error());
            rule = QString::fromUtf8(QJsonDocument(parsed->toJson()).toJson(QJsonDocument::Compact));
        }
        const auto object = [&](const char* key) {
            const QJsonObject o = p.value(QString::fromLatin1(key)).toObject();
            return o.isEmpty() ? QVariant()
                               : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        };
        const auto json = [&](const char* key) {
            return QString::fromUtf8(
                QJsonDocument(p.value(QString::fromLatin1(key)).toArray()).toJson(QJsonDocument::Compact));
        };
        auto r = db.exec(
            QStringLiteral("INSERT INTO procedures (code, title_vi, title_en, type_code, purpose, mpe_rule, "
                           "points, checklist, source, confidence, env_limits, decision_rule, min_tur, budget_terms, "
                           "programme, min_repeats) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {p.value(QStringLiteral("code")).toString(), p.value(QStringLiteral("title_vi")).toString(),
             p.value(QStringLiteral("title_en")).toString(), p.value(QStringLiteral("type")).toString(),
             p.value(QStringLiteral("purpose")).toString(), rule, json("points"), json("checklist"),
             QStringLiteral("resources/catalog/procedures.json"), p.value(QStringLiteral("confidence")).toString(),
             object("env_limits"), object("decision_rule"),
             p.contains(QStringLiteral("min_tur")) ? QVariant(p.value(QStringLiteral("min_tur")).toString())
                                                   : QVariant(),
             json("budget_terms"), object("programme"),
             p.contains(QStringLiteral("min_repeats")) ? QVariant(p.value(QStringLiteral("min_repeats")).toInt())
                                                       : QVariant()});
        if (!r)
            return fail(r.error());
    }
    return {};
}

} // namespace

Status seed(Database& db)
{
    ETALON_TRY(seedTypes(db));
    return seedProcedures(db);
}

Status addProgrammes(Database& db)
{
    auto bytes = readResource(QStringLiteral(":/etalon/catalog/procedures.json"));
    if (!bytes)
        return fail(bytes.error());
    for (const QJsonValue& v : QJsonDocument::fromJson(*bytes).object().value(QStringLiteral("procedures")).toArray()) {
        const QJsonObject p = v.toObject();
        const QJsonObject programme = p.value(QStringLiteral("programme")).toObject();
        if (programme.isEmpty())
            continue;
        auto r = db.exec(QStringLiteral("UPDATE procedures SET programme = ? WHERE code = ? AND programme IS NULL"),
                         {QString::fromUtf8(QJsonDocument(programme).toJson(QJsonDocument::Compact)),
                          p.value(QStringLiteral("code")).toString()});
        if (!r)
            return fail(r.error());
    }
    return {};
}

Status addMinRepeats(Database& db)
{
    auto bytes = readResource(QStringLiteral(":/etalon/catalog/procedures.json"));
    if (!bytes)
        return fail(bytes.error());
    for (const QJsonValue& v : QJsonDocument::fromJson(*bytes).object().value(QStringLiteral("procedures")).toArray()) {
        const QJsonObject p = v.toObject();
        if (!p.contains(QStringLiteral("min_repeats")))
            continue;
        auto r = db.exec(QStringLiteral("UPDATE procedures SET min_repeats = ? WHERE code = ? AND min_repeats IS NULL"),
                         {p.value(QStringLiteral("min_repeats")).toInt(), p.value(QStringLiteral("code")).toString()});
        if (!r)
            return fail(r.error());
    }
    return {};
}

} // namespace Etalon::CatalogSeeder
