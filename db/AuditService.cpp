// SPDX-License-Identifier: Apache-2.0
#include "db/AuditService.h"

#include "core/Tr.h"
#include "db/LabVerifier.h"
#include "db/Signing.h"

namespace Etalon {

Result<AuditVerification> AuditService::verify()
{
    return verifyLab(m_lab.db());
}

Status AuditService::checkpoint(const Session& session, const QString& passphrase)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager, Role::Admin}));
    if (!Signing(m_lab.db()).hasKey())
        return fail(
            Error::refused(QStringLiteral("no_key"),
                           Tr::tr("the lab has no signing key yet; it is made when the first certificate is issued")));
    return m_lab.write([&]() -> Status {
        ETALON_TRY(
            m_lab.logChange(session, QStringLiteral("audit.checkpoint"), QStringLiteral("lab"), std::nullopt, {}, {}));
        return m_lab.checkpoint(passphrase);
    });
}

Result<QList<AuditEntry>> AuditService::entries(const Session& session, const AuditFilter& filter)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Auditor, Role::Manager, Role::Admin}));
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (!filter.user.isEmpty()) {
        where += QStringLiteral(" AND user_name = ?");
        values.append(filter.user);
    }
    if (!filter.entity.isEmpty()) {
        where += QStringLiteral(" AND entity = ?");
        values.append(filter.entity);
    }
    if (filter.entityId) {
        where += QStringLiteral(" AND entity_id = ?");
        values.append(*filter.entityId);
    }
    if (filter.from) {
        where += QStringLiteral(" AND at >= ?");
        values.append(filter.from->toString(Qt::ISODate));
    }
    if (filter.to) {
        where += QStringLiteral(" AND at < ?");
        values.append(filter.to->addDays(1).toString(Qt::ISODate));
    }
    values << filter.limit << filter.offset;
    auto q = m_lab.db().exec(QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, before, after "
                                            "FROM audit_log %1 ORDER BY id DESC LIMIT ? OFFSET ?")
                                 .arg(where),
                             values);
    if (!q)
        return fail(q.error());
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        e.user = q->value(2).toString();
        e.action = q->value(3).toString();
        e.entity = q->value(4).toString();
        if (!q->value(5).isNull())
            e.entityId = q->value(5).toLongLong();
        e.before = q->value(6).toString();
        e.after = q->value(7).toString();
        out.append(e);
    }
    return out;
}

Result<QStringList> AuditService::users()
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"));
    if (!q)
        return fail(q.error());
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

Result<QList<AuditCheckpoint>> AuditService::checkpoints()
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT id, entry_id, entry_hash, signed_at, signature, number, "
                                            "key_fingerprint, security_id, security_hash FROM audit_checkpoints ORDER "
                                            "BY id"));
    if (!q)
        return fail(q.error());
    QList<AuditCheckpoint> out;
    while (q->next()) {
        AuditCheckpoint c;
        c.id = q->value(0).toLongLong();
        c.entryId = q->value(1).toLongLong();
        c.entryHash = q->value(2).toString();
        c.signedAt = q->value(3).toString();
        c.signature = q->value(4).toString();
        if (!q->value(5).isNull()) {
            c.number = q->value(5).toLongLong();
            c.keyFingerprint = q->value(6).toString();
            c.securityId = q->value(7).toLongLong();
            c.securityHash = q->value(8).toString();
            c.message = AuditLog::checkpointMessage(*c.number, c.entryId, c.entryHash, c.securityId, c.securityHash,
                                                    c.keyFingerprint);
        } else {
            c.message = AuditLog::checkpointMessage(c.entryId, c.entryHash);
        }
        out.append(c);
    }
    return out;
}

} // namespace Etalon
