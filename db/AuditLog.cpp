// SPDX-License-Identifier: Apache-2.0
#include "db/AuditLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Etalon {

namespace {

QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The hashed content: every stored column but the hashes themselves, unambiguously separated.
QString contentHash(qint64 id, const QString& at, const QString& user, const QString& action, const QString& entity,
                    const QVariant& entityId, const QString& before, const QString& after, const QString& prevHash)
{
    const QJsonArray fields{id,     at,     user,
                            action, entity, entityId.isNull() ? QJsonValue() : entityId.toLongLong(),
                            before, after,  prevHash};
    const QByteArray bytes = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

Status AuditLog::append(const QDateTime& at, const QString& user, const QString& action, const QString& entity,
                        std::optional<qint64> entityId, const QJsonObject& before, const QJsonObject& after)
{
    auto last = m_db.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return fail(last.error());
    qint64 id = 1;
    QString prev = genesisHash();
    if (last->next()) {
        id = last->value(0).toLongLong() + 1;
        prev = last->value(1).toString();
    }
    const QString atText = at.toUTC().toString(Qt::ISODateWithMs);
    const QVariant eid = entityId ? QVariant(qint64(*entityId)) : QVariant();
    const QString b = compact(before), a = compact(after);
    const QString hash = contentHash(id, atText, user, action, entity, eid, b, a, prev);
    auto insert =
        m_db.exec(QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, entity_id, before, "
                                 "after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {id, atText, user, action, entity, eid, b.isEmpty() ? QVariant() : b, a.isEmpty() ? QVariant() : a,
                   prev, hash});
    if (!insert)
        return fail(insert.error());
    return {};
}

Result<AuditVerification> AuditLog::verify()
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, before, after, prev_hash, hash "
                                 "FROM audit_log ORDER BY id"));
    if (!q)
        return fail(q.error());
    AuditVerification out;
    QString prev = genesisHash();
    qint64 expectedId = 1;
    while (q->next()) {
        ++out.entries;
        const qint64 id = q->value(0).toLongLong();
        auto broken = [&](const QString& reason) {
            out.firstBreak = AuditBreak{id, reason};
            return out;
        };
        if (id != expectedId)
            return broken(
                QCoreApplication::translate("Etalon", "entry %1 is missing (found %2 next)").arg(expectedId).arg(id));
        if (q->value(8).toString() != prev)
            return broken(
                QCoreApplication::translate("Etalon", "entry %1 does not follow the entry before it").arg(id));
        const QString hash =
            contentHash(id, q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                        q->value(4).toString(), q->value(5), q->value(6).toString(), q->value(7).toString(), prev);
        if (hash != q->value(9).toString())
            return broken(QCoreApplication::translate("Etalon", "entry %1 was altered after it was written").arg(id));
        prev = hash;
        ++expectedId;
    }
    return out;
}

} // namespace Etalon
