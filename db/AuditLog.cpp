// SPDX-License-Identifier: Apache-2.0
#include "db/AuditLog.h"

#include "core/Tr.h"
#include "db/Signing.h"

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

QByteArray AuditLog::checkpointMessage(qint64 entryId, const QString& entryHash)
{
    return QStringLiteral("ETALON-AUDIT|%1|%2").arg(entryId).arg(entryHash).toUtf8();
}

Status AuditLog::checkpoint(const QDateTime& at, const QString& passphrase)
{
    auto head = m_db.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!head)
        return fail(head.error());
    if (!head->next())
        return {};
    const qint64 id = head->value(0).toLongLong();
    const QString hash = head->value(1).toString();
    head->finish();
    auto signature = Signing(m_db).sign(checkpointMessage(id, hash), passphrase);
    if (!signature)
        return fail(signature.error());
    auto r =
        m_db.exec(QStringLiteral(
                      "INSERT INTO audit_checkpoints (entry_id, entry_hash, signed_at, signature) VALUES (?, ?, ?, ?)"),
                  {id, hash, at.toUTC().toString(Qt::ISODateWithMs), QString::fromLatin1(signature->toBase64())});
    if (!r)
        return fail(r.error());
    return {};
}

Result<AuditVerification> AuditLog::verify(const QByteArray& publicKey)
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
    // The signed checkpoints: each names an entry and the hash it had when it was signed.
    auto checkpoints =
        m_db.exec(QStringLiteral("SELECT c.entry_id, c.entry_hash, c.signature, c.signed_at, a.hash FROM "
                                 "audit_checkpoints c LEFT JOIN audit_log a ON a.id = c.entry_id ORDER BY c.id"));
    if (!checkpoints)
        return fail(checkpoints.error());
    while (checkpoints->next()) {
        const qint64 entry = checkpoints->value(0).toLongLong();
        const QString signedHash = checkpoints->value(1).toString();
        const bool genuine = publicKey.isEmpty() ||
            Signing::verify(checkpointMessage(entry, signedHash),
                            QByteArray::fromBase64(checkpoints->value(2).toString().toLatin1()), publicKey);
        if (!genuine) {
            out.firstBreak =
                AuditBreak{entry, Tr::tr("the checkpoint of entry %1 does not carry the lab's signature").arg(entry)};
            return out;
        }
        if (checkpoints->value(4).isNull()) {
            out.firstBreak = AuditBreak{entry,
                                        Tr::tr("entry %1, signed at %2, is gone: the trail was cut short")
                                            .arg(entry)
                                            .arg(checkpoints->value(3).toString())};
            return out;
        }
        if (checkpoints->value(4).toString() != signedHash) {
            out.firstBreak =
                AuditBreak{entry,
                           Tr::tr("entry %1 differs from the chain head signed at %2: the trail was rewritten")
                               .arg(entry)
                               .arg(checkpoints->value(3).toString())};
            return out;
        }
        ++out.checkpoints;
    }
    return out;
}

} // namespace Etalon
