// SPDX-License-Identifier: Apache-2.0
#include "db/trust/AuditLog.h"

#include "core/Tr.h"
#include "db/store/Migrations.h"
#include "db/trust/RowLog.h"
#include "db/trust/SecurityLog.h"
#include "db/trust/Signing.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace Etalon {

namespace {

QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The hashed content: every stored column but the hashes themselves, unambiguously separated. The row-log seal and
// the checkpoint an entry announces are part of it from the row log on, the security log's head from version 13;
// older entries hash as they always did.
QString contentHash(qint64 id, const QString& at, const QString& user, const QString& action, const QString& entity,
                    const QVariant& entityId, const QString& before, const QString& after, const QString& prevHash,
                    const QVariant& rowsUpto = {}, const QVariant& rowsHash = {}, const QVariant& checkpoint = {},
                    const QVariant& securityUpto = {}, const QVariant& securityHash = {})
{
    QJsonArray fields{id,     at,    user,    action, entity, entityId.isNull() ? QJsonValue() : entityId.toLongLong(),
                      before, after, prevHash};
    if (!rowsUpto.isNull()) {
        fields.append(rowsUpto.toLongLong());
        fields.append(rowsHash.toString());
        fields.append(checkpoint.isNull() ? QJsonValue() : QJsonValue(checkpoint.toLongLong()));
    }
    if (!securityUpto.isNull()) {
        fields.append(securityUpto.toLongLong());
        fields.append(securityHash.toString());
    }
    const QByteArray bytes = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/** The security log's events by id, to check the head each entry recorded; heads never go back. */
class SecurityAnchors
{
public:
    static Result<SecurityAnchors> load(Database& db)
    {
        SecurityAnchors out;
        auto q = db.exec(QStringLiteral("SELECT id, hash FROM security_log"));
        if (!q)
            return fail(q.error());
        while (q->next())
            out.m_hashes.insert(q->value(0).toLongLong(), q->value(1).toString());
        return out;
    }

    /** Why the head \a upto / \a hash that entry \a id recorded does not hold, if it does not. */
    std::optional<QString> check(qint64 id, const QVariant& upto, const QVariant& hash)
    {
        if (upto.isNull()) {
            if (m_anchoring)
                return Tr::tr("entry %1 does not record the security log's head as every entry after it began does")
                    .arg(id);
            return std::nullopt;
        }
        m_anchoring = true;
        const qint64 head = upto.toLongLong();
        if (head < m_seen)
            return Tr::tr("entry %1 records fewer security events than the entry before it").arg(id);
        m_seen = head;
        const QString expected = head == 0 ? AuditLog::genesisHash() : m_hashes.value(head);
        if (expected != hash.toString())
            return Tr::tr("security event %1, which entry %2 records as the log's head then, is missing or altered")
                .arg(head)
                .arg(id);
        return std::nullopt;
    }

private:
    QHash<qint64, QString> m_hashes;
    qint64 m_seen = 0;
    bool m_anchoring = false;
};

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

Result<AuditLog::Head> AuditLog::head()
{
    // The security log's head as the entry is written: its events up to there can no longer vanish unseen. (The
    // entry of the migration that adds the columns is written before the lab says it has them.) Read with the
    // chain's head, in one statement: on a server every statement is a round trip made under the write lock.
    const bool anchored = m_db.schemaVersion() > Migrations::SecurityAnchor;
    auto last = m_db.exec(anchored ? QStringLiteral("SELECT a.id, a.hash, a.rows_upto, a.rows_hash, s.id, s.hash FROM "
                                                    "(SELECT 1 AS one) o LEFT JOIN (SELECT id, hash, rows_upto, "
                                                    "rows_hash FROM audit_log ORDER BY id DESC LIMIT 1) a ON 1 = 1 "
                                                    "LEFT JOIN (SELECT id, hash FROM security_log ORDER BY id DESC "
                                                    "LIMIT 1) s ON 1 = 1")
                                   : QStringLiteral("SELECT id, hash, rows_upto, rows_hash FROM audit_log ORDER BY id "
                                                    "DESC LIMIT 1"));
    if (!last)
        return fail(last.error());
    Head out{0, genesisHash(), RowLog::Seal{0, RowLog::genesis()}, {}, {}};
    if (last->next()) {
        if (!last->value(0).isNull()) {
            out.id = last->value(0).toLongLong();
            out.hash = last->value(1).toString();
            if (!last->value(2).isNull())
                out.seal = {last->value(2).toLongLong(), last->value(3).toString()};
        }
        if (anchored) {
            const bool anyEvent = !last->value(4).isNull();
            out.securityUpto = anyEvent ? last->value(4).toLongLong() : qint64(0);
            out.securityHash = anyEvent ? last->value(5).toString() : genesisHash();
        }
    }
    return out;
}

Status AuditLog::append(const QDateTime& at, const QString& user, const QString& action, const QString& entity,
                        std::optional<qint64> entityId, const QJsonObject& before, const QJsonObject& after,
                        std::optional<qint64> checkpoint)
{
    auto last = head();
    if (!last)
        return fail(last.error());
    auto appended = appendAfter(*last, at, user, action, entity, entityId, before, after, checkpoint);
    if (!appended)
        return fail(appended.error());
    return {};
}

Result<AuditLog::Head> AuditLog::appendAfter(const Head& last, const QDateTime& at, const QString& user,
                                             const QString& action, const QString& entity,
                                             std::optional<qint64> entityId, const QJsonObject& before,
                                             const QJsonObject& after, std::optional<qint64> checkpoint)
{
    const qint64 id = last.id + 1;
    const QString& prev = last.hash;
    const QVariant& securityUpto = last.securityUpto;
    const QVariant& securityHash = last.securityHash;
    auto sealed = RowLog::sealFrom(m_db, last.seal);
    if (!sealed)
        return fail(sealed.error());
    const QString atText = at.toUTC().toString(Qt::ISODateWithMs);
    const QVariant eid = entityId ? QVariant(qint64(*entityId)) : QVariant();
    const QVariant number = checkpoint ? QVariant(*checkpoint) : QVariant();
    const QString b = compact(before), a = compact(after);
    const QString hash = contentHash(id, atText, user, action, entity, eid, b, a, prev, sealed->upto, sealed->hash,
                                     number, securityUpto, securityHash);
    QVariantList values{id,
                        atText,
                        user,
                        action,
                        entity,
                        eid,
                        b.isEmpty() ? QVariant() : b,
                        a.isEmpty() ? QVariant() : a,
                        prev,
                        hash,
                        sealed->upto,
                        sealed->hash,
                        number};
    QString columns = QStringLiteral("id, at, user_name, action, entity, entity_id, before, after, prev_hash, hash, "
                                     "rows_upto, rows_hash, checkpoint");
    if (!securityUpto.isNull()) { // a lab still being migrated has no such columns yet
        columns += QStringLiteral(", security_upto, security_hash");
        values << securityUpto << securityHash;
    }
    QStringList marks(values.size(), QStringLiteral("?"));
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (%1) VALUES (%2)").arg(columns, marks.join(QStringLiteral(", "))),
        values);
    if (!insert)
        return fail(insert.error());
    return Head{id, hash, *sealed, securityUpto, securityHash};
}

Result<qint64> AuditLog::sealedUpto()
{
    auto upto = m_db.scalar(QStringLiteral("SELECT rows_upto FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!upto)
        return fail(upto.error());
    return upto->toLongLong();
}

Result<qint64> AuditLog::nextCheckpointNumber()
{
    auto last = m_db.scalar(QStringLiteral("SELECT max(number) FROM audit_checkpoints"));
    if (!last)
        return fail(last.error());
    return last->toLongLong() + 1;
}

QByteArray AuditLog::checkpointMessage(qint64 entryId, const QString& entryHash)
{
    return QStringLiteral("ETALON-AUDIT|%1|%2").arg(entryId).arg(entryHash).toUtf8();
}

QByteArray AuditLog::checkpointMessage(qint64 number, qint64 entryId, const QString& entryHash, qint64 securityId,
                                       const QString& securityHash, const QString& keyFingerprint)
{
    return QStringLiteral("ETALON-AUDIT-2|%1|%2|%3|%4|%5|%6")
        .arg(number)
        .arg(entryId)
        .arg(entryHash)
        .arg(securityId)
        .arg(securityHash, keyFingerprint)
        .toUtf8();
}

Status AuditLog::checkpoint(const QDateTime& at, const QString& passphrase, qint64 number)
{
    auto head = m_db.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!head)
        return fail(head.error());
    if (!head->next())
        return {};
    const qint64 id = head->value(0).toLongLong();
    const QString hash = head->value(1).toString();
    head->finish();
    auto security = SecurityLog::head(m_db);
    if (!security)
        return fail(security.error());
    Signing signing(m_db);
    auto key = signing.publicKey();
    if (!key)
        return fail(key.error());
    const QString fingerprint = Signing::fingerprint(*key);
    auto signature =
        signing.sign(checkpointMessage(number, id, hash, security->first, security->second, fingerprint), passphrase);
    if (!signature)
        return fail(signature.error());
    auto r = m_db.exec(QStringLiteral("INSERT INTO audit_checkpoints (entry_id, entry_hash, signed_at, signature, "
                                      "number, key_fingerprint, security_id, security_hash) VALUES (?, ?, ?, ?, ?, ?, "
                                      "?, ?)"),
                       {id, hash, at.toUTC().toString(Qt::ISODateWithMs), QString::fromLatin1(signature->toBase64()),
                        number, fingerprint, security->first, security->second});
    if (!r)
        return fail(r.error());
    return {};
}

Result<AuditVerification> AuditLog::verify(const QByteArray& publicKey, RowLog::Replay* replay)
{
    AuditVerification out;
    ETALON_TRY(verifyChain(out, replay));
    if (!out.firstBreak)
        ETALON_TRY(verifyCheckpoints(out, publicKey));
    return out;
}

Status AuditLog::verifyChain(AuditVerification& out, RowLog::Replay* replay)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, before, after, prev_hash, "
                                      "hash, rows_upto, rows_hash, checkpoint, security_upto, security_hash FROM "
                                      "audit_log ORDER BY id"));
    if (!q)
        return fail(q.error());
    auto securityHeads = SecurityAnchors::load(m_db);
    if (!securityHeads)
        return fail(securityHeads.error());
    auto rows = m_db.exec(QStringLiteral("SELECT id, tbl, row_key, op, row FROM row_log ORDER BY id"));
    if (!rows)
        return fail(rows.error());
    bool rowWaiting = rows->next(); // read, not yet fed to a seal
    RowLog::Seal seal{0, RowLog::genesis()};
    bool sealing = false; // every entry since the row log began seals it
    QString prev = genesisHash();
    qint64 expectedId = 1;
    while (q->next()) {
        ++out.entries;
        const qint64 id = q->value(0).toLongLong();
        auto broken = [&](const QString& reason) {
            out.firstBreak = AuditBreak{id, reason};
            return Status();
        };
        if (id != expectedId)
            return broken(
                QCoreApplication::translate("Etalon", "entry %1 is missing (found %2 next)").arg(expectedId).arg(id));
        if (q->value(8).toString() != prev)
            return broken(
                QCoreApplication::translate("Etalon", "entry %1 does not follow the entry before it").arg(id));
        const QString hash =
            contentHash(id, q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                        q->value(4).toString(), q->value(5), q->value(6).toString(), q->value(7).toString(), prev,
                        q->value(10), q->value(11), q->value(12), q->value(13), q->value(14));
        if (hash != q->value(9).toString())
            return broken(QCoreApplication::translate("Etalon", "entry %1 was altered after it was written").arg(id));
        if (auto reason = securityHeads->check(id, q->value(13), q->value(14)))
            return broken(*reason);
        if (q->value(10).isNull()) {
            if (sealing)
                return broken(
                    Tr::tr("entry %1 does not seal the row log as every entry after the log began does").arg(id));
        } else {
            sealing = true;
            const qint64 upto = q->value(10).toLongLong();
            if (upto < seal.upto)
                return broken(Tr::tr("entry %1 seals fewer row changes than the entry before it").arg(id));
            if (upto > seal.upto) {
                QCryptographicHash h(QCryptographicHash::Sha256);
                h.addData(seal.hash.toLatin1());
                for (; rowWaiting && rows->value(0).toLongLong() <= upto; rowWaiting = rows->next(), ++out.rowChanges) {
                    const qint64 rowId = rows->value(0).toLongLong();
                    const QString table = rows->value(1).toString(), op = rows->value(3).toString();
                    const QVariant key = RowLog::storedKey(m_db, rows->value(2));
                    RowLog::feed(h, rowId, table, key, op, rows->value(4));
                    if (replay)
                        replay->add(rowId, table, key, op, rows->value(4));
                }
                seal = {upto, QString::fromLatin1(h.result().toHex())};
            }
            if (seal.hash != q->value(11).toString())
                return broken(Tr::tr("the row changes entry %1 seals were altered, removed or added to").arg(id));
        }
        prev = hash;
        ++expectedId;
    }
    return {};
}

Status AuditLog::verifyCheckpoints(AuditVerification& out, const QByteArray& publicKey)
{
    // Numbered checkpoints are announced by the entry they sign: the numbers must run 1, 2, … with none gone.
    QMap<qint64, qint64> announced; // number → entry
    auto a = m_db.exec(QStringLiteral("SELECT checkpoint, id FROM audit_log WHERE checkpoint IS NOT NULL"));
    if (!a)
        return fail(a.error());
    while (a->next())
        announced.insert(a->value(0).toLongLong(), a->value(1).toLongLong());
    a->finish();
    auto c = m_db.exec(QStringLiteral(
        "SELECT c.entry_id, c.entry_hash, c.signature, c.signed_at, a.hash, c.number, c.key_fingerprint, "
        "c.security_id, c.security_hash, a.checkpoint, s.hash FROM audit_checkpoints c LEFT JOIN audit_log a ON a.id "
        "= c.entry_id LEFT JOIN security_log s ON s.id = c.security_id ORDER BY c.id"));
    if (!c)
        return fail(c.error());
    const QString fingerprint = publicKey.isEmpty() ? QString() : Signing::fingerprint(publicKey);
    qint64 expectedNumber = 1;
    while (c->next()) {
        const qint64 entry = c->value(0).toLongLong();
        const QString signedHash = c->value(1).toString();
        const QString signedAt = c->value(3).toString();
        auto broken = [&](const QString& reason) {
            out.firstBreak = AuditBreak{entry, reason};
            return Status();
        };
        if (publicKey.isEmpty())
            return broken(Tr::tr("the lab's signing key is missing, yet the checkpoint of entry %1 was signed with it")
                              .arg(entry));
        const bool numbered = !c->value(5).isNull();
        const qint64 number = c->value(5).toLongLong();
        if (numbered && number != expectedNumber)
            return broken(Tr::tr("signed checkpoint %1 is missing (found %2 next)").arg(expectedNumber).arg(number));
        if (numbered && c->value(6).toString() != fingerprint)
            return broken(Tr::tr("checkpoint %1 was signed with another key (%2), not the lab's (%3): the signing key "
                                 "was replaced")
                              .arg(number)
                              .arg(c->value(6).toString().left(16), fingerprint.left(16)));
        const QByteArray message = numbered ? checkpointMessage(number, entry, signedHash, c->value(7).toLongLong(),
                                                                c->value(8).toString(), c->value(6).toString())
                                            : checkpointMessage(entry, signedHash);
        if (!Signing::verify(message, QByteArray::fromBase64(c->value(2).toString().toLatin1()), publicKey))
            return broken(Tr::tr("the checkpoint of entry %1 does not carry the lab's signature").arg(entry));
        if (c->value(4).isNull())
            return broken(Tr::tr("entry %1, signed at %2, is gone: the trail was cut short").arg(entry).arg(signedAt));
        if (c->value(4).toString() != signedHash)
            return broken(Tr::tr("entry %1 differs from the chain head signed at %2: the trail was rewritten")
                              .arg(entry)
                              .arg(signedAt));
        if (numbered && c->value(9).toLongLong() != number)
            return broken(Tr::tr("entry %1 does not announce checkpoint %2, which signs it").arg(entry).arg(number));
        if (numbered && c->value(7).toLongLong() > 0 && c->value(10).toString() != c->value(8).toString())
            return broken(Tr::tr("the security log up to event %1, signed by checkpoint %2, was altered")
                              .arg(c->value(7).toLongLong())
                              .arg(number));
        if (numbered) {
            announced.remove(number);
            ++expectedNumber;
        }
        ++out.checkpoints;
    }
    if (!announced.isEmpty()) {
        const qint64 entry = announced.first();
        out.firstBreak = AuditBreak{
            entry,
            Tr::tr("signed checkpoint %1, announced by entry %2, is missing").arg(announced.firstKey()).arg(entry)};
    }
    return {};
}

} // namespace Etalon
