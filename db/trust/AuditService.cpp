// SPDX-License-Identifier: Apache-2.0
#include "db/trust/AuditService.h"

#include "core/AuditWords.h"
#include "core/Clock.h"
#include "core/Tr.h"
#include "db/trust/LabVerifier.h"
#include "db/trust/Signing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Etalon {

Result<AuditVerification> AuditService::verify()
{
    auto out = verifyLab(m_lab.db());
    if (out) {
        const QTimeZone zone = labTimeZone(m_lab.setting(QStringLiteral("time_zone")));
        for (SchemaRepair& repair : out->repairs)
            repair.localAt = repair.at.toTimeZone(zone);
    }
    return out;
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

namespace {

// Each entry with what it concerns: the record (itself, a reading's, a certificate's), that record's instrument (or
// the instrument itself) and the certificate (itself, or the one issued from the record).
constexpr const char* entriesQuery =
    "SELECT * FROM (SELECT a.id AS id, a.at AS at, a.user_name AS user_name, a.action AS action, a.entity AS entity, "
    "a.entity_id AS entity_id, a.before AS before, a.after AS after, u.full_name AS full_name, rec.id AS record_id, "
    "ins.serial AS serial, CASE WHEN a.entity = 'certificate' THEN c0.number ELSE (SELECT c.number FROM "
    "certificates c WHERE c.record_id = rec.id ORDER BY c.id DESC LIMIT 1) END AS number FROM audit_log a "
    "LEFT JOIN users u ON u.name = a.user_name "
    "LEFT JOIN readings g ON a.entity = 'reading' AND g.id = a.entity_id "
    "LEFT JOIN certificates c0 ON a.entity = 'certificate' AND c0.id = a.entity_id "
    "LEFT JOIN records rec ON rec.id = CASE a.entity WHEN 'record' THEN a.entity_id WHEN 'reading' THEN g.record_id "
    "WHEN 'certificate' THEN c0.record_id END "
    "LEFT JOIN instruments ins ON ins.id = CASE WHEN a.entity = 'instrument' THEN a.entity_id ELSE rec.instrument_id "
    "END) e %1 ORDER BY id DESC LIMIT ? OFFSET ?";

AuditEntry entryFrom(const Query& q, const QTimeZone& zone)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.localAt = e.at.toTimeZone(zone);
    e.user = q.value(2).toString();
    e.action = q.value(3).toString();
    e.actionText = AuditWords::action(e.action);
    e.entity = q.value(4).toString();
    if (!q.value(5).isNull())
        e.entityId = q.value(5).toLongLong();
    e.before = q.value(6).toString();
    e.after = q.value(7).toString();
    e.userFullName = q.value(8).toString();
    if (!q.value(9).isNull())
        e.recordId = q.value(9).toLongLong();
    e.instrumentSerial = q.value(10).toString();
    e.certificateNumber = q.value(11).toString();
    // Where nothing stored links the entry, its own details may still name what it concerns.
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    const QJsonObject before = QJsonDocument::fromJson(e.before.toUtf8()).object();
    const auto named = [&](const char* key) {
        const QString k = QString::fromLatin1(key);
        return after.contains(k) ? after.value(k) : before.value(k);
    };
    if (e.certificateNumber.isEmpty() && e.entity == QStringLiteral("certificate"))
        e.certificateNumber = named("number").toString();
    if (!e.recordId && named("record_id").isDouble())
        e.recordId = qint64(named("record_id").toDouble());
    if (e.instrumentSerial.isEmpty() &&
        (e.entity == QStringLiteral("instrument") || e.entity == QStringLiteral("record")))
        e.instrumentSerial = named("serial").toString();
    return e;
}

} // namespace

Result<QList<AuditEntry>> AuditService::entries(const Session& session, const AuditFilter& filter)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Auditor, Role::Manager, Role::Admin}));
    const QTimeZone zone = labTimeZone(m_lab.setting(QStringLiteral("time_zone")));
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
    // Entries are stamped in UTC; a day is the lab's day.
    const auto utcStart = [&](const QDate& day) {
        return QDateTime(day, QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs);
    };
    if (filter.from) {
        where += QStringLiteral(" AND at >= ?");
        values.append(utcStart(*filter.from));
    }
    if (filter.to) {
        where += QStringLiteral(" AND at < ?");
        values.append(utcStart(filter.to->addDays(1)));
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        QStringList any;
        for (const char* column : {"number", "serial", "user_name", "full_name", "before", "after"}) {
            any.append(QStringLiteral("lower(%1) LIKE '%' || lower(?) || '%'").arg(QLatin1String(column)));
            values.append(text);
        }
        // The action in the words the user reads, in either language, or as its code.
        const QStringList actions = AuditWords::actionsMatching(text);
        if (!actions.isEmpty()) {
            any.append(
                QStringLiteral("action IN (%1)").arg(QStringList(actions.size(), QStringLiteral("?")).join(u',')));
            for (const QString& a : actions)
                values.append(a);
        }
        where += QStringLiteral(" AND (%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    values << filter.limit << filter.offset;
    auto q = m_lab.db().exec(QString::fromLatin1(entriesQuery).arg(where), values);
    if (!q)
        return fail(q.error());
    QList<AuditEntry> out;
    while (q->next())
        out.append(entryFrom(*q, zone));
    return out;
}

Result<AuditEntry> AuditService::entry(const Session& session, qint64 id)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Auditor, Role::Manager, Role::Admin}));
    auto q = m_lab.db().exec(QString::fromLatin1(entriesQuery).arg(QStringLiteral("WHERE id = ?")), {id, 1, 0});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("entry"), Tr::tr("no audit entry %1").arg(id)));
    return entryFrom(*q, labTimeZone(m_lab.setting(QStringLiteral("time_zone"))));
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
