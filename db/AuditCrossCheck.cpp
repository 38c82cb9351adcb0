// SPDX-License-Identifier: Apache-2.0
#include "db/AuditCrossCheck.h"

#include "core/Quantity.h"
#include "core/Tr.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace Etalon {

namespace {

struct Table
{
    const char* name;
    const char* entity;
    QStringList actions; ///< the actions whose entry creates a row of this table
};

const QList<Table>& tables()
{
    static const QList<Table> list = {
        {"organisations", "organisation", {QStringLiteral("organisation.add")}},
        {"instruments", "instrument", {QStringLiteral("instrument.add")}},
        {"standards", "standard", {QStringLiteral("standard.add")}},
        {"records", "record", {QStringLiteral("record.start"), QStringLiteral("record.revise")}},
        {"certificates", "certificate", {QStringLiteral("certificate.issue")}},
    };
    return list;
}

using Ranges = QList<std::pair<qint64, qint64>>;

/** Rows made without an entry each: the lab's own organisation, demo data (by id range). */
struct Exempt
{
    QHash<QString, Ranges> ranges;
    bool complete = true;

    bool covers(const QString& table, qint64 id) const
    {
        for (const auto& [first, last] : ranges.value(table))
            if (id >= first && id <= last)
                return true;
        return false;
    }
};

Result<Exempt> exemptions(Database& db)
{
    Exempt out;
    auto q =
        db.exec(QStringLiteral("SELECT action, after FROM audit_log WHERE action IN ('lab.init', 'demo.generate')"));
    if (!q)
        return fail(q.error());
    while (q->next()) {
        if (q->value(0).toString() == QStringLiteral("lab.init")) {
            auto own = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'lab_org_id'"));
            if (!own)
                return fail(own.error());
            const qint64 id = own->toLongLong();
            out.ranges[QStringLiteral("organisations")].append({id, id});
            continue;
        }
        const QJsonObject ranges = QJsonDocument::fromJson(q->value(1).toString().toUtf8())
                                       .object()
                                       .value(QStringLiteral("ranges"))
                                       .toObject();
        if (ranges.isEmpty())
            out.complete = false;
        for (auto it = ranges.begin(); it != ranges.end(); ++it) {
            const QJsonArray r = it.value().toArray();
            out.ranges[it.key()].append({r.at(0).toInteger(), r.at(1).toInteger()});
        }
    }
    return out;
}

AuditBreak mismatch(qint64 entryId, const QString& reason)
{
    return AuditBreak{entryId, reason};
}

Result<std::optional<AuditBreak>> checkTable(Database& db, const Table& t, const Exempt& exempt)
{
    const QString table = QString::fromLatin1(t.name);
    QHash<qint64, qint64> created; // row id → creating entry
    auto q = db.exec(QStringLiteral("SELECT entity_id, id FROM audit_log WHERE entity = ? AND action IN ('%1')")
                         .arg(t.actions.join(QStringLiteral("', '"))),
                     {QString::fromLatin1(t.entity)});
    if (!q)
        return fail(q.error());
    while (q->next())
        created.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    auto rows = db.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
    if (!rows)
        return fail(rows.error());
    QSet<qint64> present;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        present.insert(id);
        if (!created.contains(id) && !exempt.covers(table, id))
            return std::optional(mismatch(
                0, Tr::tr("%1 row %2 was not created through Etalon: no audit entry made it").arg(table).arg(id)));
    }
    for (auto it = created.begin(); it != created.end(); ++it) {
        if (!present.contains(it.key()))
            return std::optional(
                mismatch(it.value(), Tr::tr("%1 row %2, created by this entry, is missing").arg(table).arg(it.key())));
    }
    return std::optional<AuditBreak>();
}

struct FrozenFields
{
    const char* table;
    const char* action; ///< the entry that created the row and holds its first state
    QList<std::pair<const char*, const char*>> fields; ///< entry key, column: no use case changes these
};

const QList<FrozenFields>& frozenFields()
{
    static const QList<FrozenFields> list = {
        {"organisations",
         "organisation.add",
         {{"kind", "kind"},
          {"name", "name"},
          {"tax_code", "tax_code"},
          {"address", "address"},
          {"commune", "commune"},
          {"province", "province"},
          {"phone", "phone"}}},
        {"instruments",
         "instrument.add",
         {{"type", "type_code"}, {"serial", "serial"}, {"manufacturer", "manufacturer"}, {"model", "model"}}},
        {"standards", "standard.add", {{"name", "name"}, {"serial", "serial"}, {"kind", "kind"}}},
    };
    return list;
}

/** Fields set once at creation must still hold what the creating entry recorded. */
Result<std::optional<AuditBreak>> checkFrozen(Database& db, const FrozenFields& f)
{
    QStringList columns;
    for (const auto& field : f.fields)
        columns << QStringLiteral("t.") + QLatin1String(field.second);
    auto q = db.exec(QStringLiteral("SELECT a.id, a.entity_id, a.after, %1 FROM audit_log a JOIN %2 t ON t.id = "
                                    "a.entity_id WHERE a.action = ? ORDER BY a.id")
                         .arg(columns.join(QStringLiteral(", ")), QLatin1String(f.table)),
                     {QString::fromLatin1(f.action)});
    if (!q)
        return fail(q.error());
    while (q->next()) {
        const QJsonObject after = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
        for (int i = 0; i < f.fields.size(); ++i) {
            // An empty optional field is null in the entry and NULL or '' in the row.
            if (after.value(QLatin1String(f.fields[i].first)).toString() != q->value(3 + i).toString())
                return std::optional(mismatch(q->value(0).toLongLong(),
                                              Tr::tr("%1 row %2: %3 differs from what this entry recorded")
                                                  .arg(QLatin1String(f.table))
                                                  .arg(q->value(1).toLongLong())
                                                  .arg(QLatin1String(f.fields[i].second))));
        }
    }
    return std::optional<AuditBreak>();
}

/** An entry that sets a field a use case may change later: the row it names and the value it leaves. */
struct Setter
{
    const char* action;
    const char* idKey; ///< key of the row's id in the entry's "after", or nullptr for the entry's entity id
    const char* valueKey; ///< key of the value in "after", or nullptr for \a fixed
    const char* fixed = nullptr;
};

struct ChangingField
{
    const char* table;
    const char* column;
    QList<Setter> setters;
};

const QList<ChangingField>& changingFields()
{
    static const QList<ChangingField> list = {
        {"instruments",
         "owner_id",
         {{"instrument.add", nullptr, "owner_id"}, {"instrument.transfer", nullptr, "owner_id"}}},
        {"standards", "status", {{"standard.add", nullptr, "status"}, {"standard.status", nullptr, "status"}}},
        {"standards",
         "tolerance_limit",
         {{"standard.add", nullptr, "tolerance_limit"}, {"standard.limit", nullptr, "tolerance_limit"}}},
        {"records",
         "status",
         {{"record.start", nullptr, "status"},
          {"record.revise", nullptr, nullptr, "draft"},
          {"record.complete", nullptr, "status"},
          {"record.approve", nullptr, "status"},
          {"record.reject", nullptr, "status"},
          {"certificate.issue", "record_id", nullptr, "issued"}}},
    };
    return list;
}

/** An entry's value as the row's column holds it: numbers, text, and quantities as "10 kg". */
QString valueText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isObject()) {
        auto q = Quantity::fromJson(value.toObject());
        return q ? q->toString() : QString();
    }
    return value.toString();
}

/**
 * Fields that use cases change (an owner after a transfer, a status) must hold what the last entry
 * that touched them left, replaying the trail in order.
 */
Result<std::optional<AuditBreak>> checkChanging(Database& db, const ChangingField& f)
{
    QStringList actions;
    for (const Setter& s : f.setters)
        actions << QLatin1String(s.action);
    auto q = db.exec(QStringLiteral("SELECT id, action, entity_id, after FROM audit_log WHERE action IN ('%1') "
                                    "ORDER BY id")
                         .arg(actions.join(QStringLiteral("', '"))));
    if (!q)
        return fail(q.error());
    QHash<qint64, std::pair<QString, qint64>> expected; // row id → value, entry that left it
    while (q->next()) {
        const QString action = q->value(1).toString();
        const Setter& s = *std::find_if(f.setters.begin(), f.setters.end(),
                                        [&](const Setter& x) { return action == QLatin1String(x.action); });
        const QJsonObject after = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
        const qint64 row = s.idKey ? after.value(QLatin1String(s.idKey)).toInteger() : q->value(2).toLongLong();
        const QJsonValue value = s.valueKey ? after.value(QLatin1String(s.valueKey)) : QJsonValue();
        const QString text = s.fixed ? QString::fromLatin1(s.fixed) : valueText(value);
        expected.insert(row, {text, q->value(0).toLongLong()});
    }
    auto rows = db.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(QLatin1String(f.column), QLatin1String(f.table)));
    if (!rows)
        return fail(rows.error());
    while (rows->next()) {
        const auto it = expected.constFind(rows->value(0).toLongLong());
        if (it == expected.constEnd() || it->first == rows->value(1).toString())
            continue;
        return std::optional(mismatch(it->second,
                                      Tr::tr("%1 row %2: %3 is “%4”, but this entry, the last to change "
                                             "it, left “%5”")
                                          .arg(QLatin1String(f.table))
                                          .arg(rows->value(0).toLongLong())
                                          .arg(QLatin1String(f.column), rows->value(1).toString(), it->first)));
    }
    return std::optional<AuditBreak>();
}

/** Readings never change once recorded, so each must still hold what its entry says. */
Result<std::optional<AuditBreak>> checkReadings(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT a.id, a.entity_id, a.after, r.reference, r.indications FROM audit_log a "
                                    "LEFT JOIN readings r ON r.id = a.entity_id "
                                    "WHERE a.action = 'record.reading' ORDER BY a.id"));
    if (!q)
        return fail(q.error());
    while (q->next()) {
        const qint64 entry = q->value(0).toLongLong();
        const qint64 id = q->value(1).toLongLong();
        if (q->value(3).isNull())
            return std::optional(mismatch(entry, Tr::tr("reading %1, created by this entry, is missing").arg(id)));
        const QJsonObject after = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
        auto reference = Quantity::fromJson(after.value(QStringLiteral("reference")).toObject());
        QJsonArray indications;
        for (const QJsonValue& v : after.value(QStringLiteral("indications")).toArray()) {
            auto indication = Quantity::fromJson(v.toObject());
            indications.append(indication ? indication->toString() : QString());
        }
        const QJsonArray stored = QJsonDocument::fromJson(q->value(4).toString().toUtf8()).array();
        if (!reference || reference->toString() != q->value(3).toString() || stored != indications)
            return std::optional(
                mismatch(entry, Tr::tr("reading %1 no longer holds the values this entry recorded").arg(id)));
    }
    return std::optional<AuditBreak>();
}

template <typename List, typename Check>
Result<std::optional<AuditBreak>> firstOf(const List& list, Database& db, Check check)
{
    for (const auto& item : list) {
        auto found = check(db, item);
        if (!found || *found)
            return found;
    }
    return std::optional<AuditBreak>();
}

} // namespace

Result<DomainCheck> checkDomainAgainstTrail(Database& db)
{
    auto exempt = exemptions(db);
    if (!exempt)
        return fail(exempt.error());
    DomainCheck out;
    if (!exempt->complete)
        return out;
    out.checked = true;
    for (const Table& t : tables()) {
        auto found = checkTable(db, t, *exempt);
        if (!found)
            return fail(found.error());
        if (*found) {
            out.firstMismatch = *found;
            return out;
        }
    }
    for (const auto& check : {std::function([&] { return firstOf(frozenFields(), db, checkFrozen); }),
                              std::function([&] { return firstOf(changingFields(), db, checkChanging); })}) {
        auto found = check();
        if (!found)
            return fail(found.error());
        if (*found) {
            out.firstMismatch = *found;
            return out;
        }
    }
    auto readings = checkReadings(db);
    if (!readings)
        return fail(readings.error());
    out.firstMismatch = *readings;
    return out;
}

} // namespace Etalon
