// SPDX-License-Identifier: Apache-2.0
#include "db/trust/SecurityLog.h"

#include "core/Tr.h"
#include "db/store/Database.h"
#include "db/store/Migrations.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Etalon::SecurityLog {

namespace {

QString eventHash(qint64 id, const QString& at, const QString& user, const QString& event, const QVariant& detail,
                  const QString& prev)
{
    const QJsonArray fields{id, at, user, event, detail.isNull() ? QJsonValue() : detail.toString(), prev};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace

Result<std::pair<qint64, QString>> head(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT id, hash FROM security_log ORDER BY id DESC LIMIT 1"));
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::pair<qint64, QString>(0, AuditLog::genesisHash());
    return std::pair<qint64, QString>(q->value(0).toLongLong(), q->value(1).toString());
}

Status append(Database& db, const QDateTime& at, const QString& user, const QString& event, const QString& detail)
{
    auto last = head(db);
    if (!last)
        return fail(last.error());
    const qint64 id = last->first + 1;
    const QString atText = at.toUTC().toString(Qt::ISODateWithMs);
    const QVariant d = detail.isEmpty() ? QVariant() : QVariant(detail);
    ETALON_TRY(
        db.exec(QStringLiteral("INSERT INTO security_log (id, at, user_name, event, detail, prev_hash, hash) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, atText, user, event, d, last->second, eventHash(id, atText, user, event, d, last->second)}));
    return {};
}

Result<std::optional<AuditBreak>> verify(Database& db)
{
    auto q = db.exec(
        QStringLiteral("SELECT id, at, user_name, event, detail, prev_hash, hash FROM security_log ORDER BY id"));
    if (!q)
        return fail(q.error());
    QString prev = AuditLog::genesisHash();
    qint64 expected = 1;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const auto broken = [&](const QString& reason) { return std::optional(AuditBreak{id, reason}); };
        if (id != expected)
            return broken(Tr::tr("security log event %1 is missing (found %2 next)").arg(expected).arg(id));
        if (q->value(5).toString() != prev)
            return broken(Tr::tr("security log event %1 does not follow the event before it").arg(id));
        const QString hash =
            eventHash(id, q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), q->value(4), prev);
        if (hash != q->value(6).toString())
            return broken(Tr::tr("security log event %1 was altered after it was written").arg(id));
        prev = hash;
        ++expected;
    }
    return std::optional<AuditBreak>();
}

Result<QList<SchemaRepair>> schemaRepairs(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT at, event, detail FROM security_log WHERE event IN ('triggers_restored', "
                                    "'triggers_removed') ORDER BY id"));
    if (!q)
        return fail(q.error());
    QList<SchemaRepair> out;
    while (q->next()) {
        SchemaRepair repair;
        repair.at = QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs);
        repair.event = q->value(1).toString();
        repair.triggers = q->value(2).toString().split(u',', Qt::SkipEmptyParts);
        out.append(repair);
    }
    return out;
}

Status chainExisting(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT id, at, user_name, event, detail FROM security_log ORDER BY id"));
    if (!q)
        return fail(q.error());
    QList<QVariantList> rows;
    while (q->next())
        rows.append({q->value(0), q->value(1), q->value(2), q->value(3), q->value(4)});
    q->finish();
    if (rows.isEmpty())
        return {};
    // The events so far are taken as they stand; renumbered from 1 so the chain's numbering has no gap.
    ETALON_TRY(db.exec(QStringLiteral("DROP TRIGGER IF EXISTS security_log_no_delete")));
    ETALON_TRY(db.exec(QStringLiteral("DELETE FROM security_log")));
    QString prev = AuditLog::genesisHash();
    qint64 id = 0;
    for (const QVariantList& r : rows) {
        ++id;
        const QString hash = eventHash(id, r[1].toString(), r[2].toString(), r[3].toString(), r[4], prev);
        ETALON_TRY(db.exec(QStringLiteral("INSERT INTO security_log (id, at, user_name, event, detail, prev_hash, "
                                          "hash) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {id, r[1], r[2], r[3], r[4], prev, hash}));
        prev = hash;
    }
    for (const auto& [name, statement] : Migrations::triggers(db.engine()))
        if (name == QLatin1String("security_log_no_delete"))
            ETALON_TRY(db.exec(statement));
    return {};
}

} // namespace Etalon::SecurityLog
