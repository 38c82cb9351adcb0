// SPDX-License-Identifier: Apache-2.0
#include "db/certificates/CertificateService.h"

#include "core/Clock.h"

#include "core/PdfIdentity.h"
#include "core/Tr.h"
#include "db/certificates/CertificateBuilder.h"
#include "db/certificates/StampService.h"
#include "db/trust/AuditLog.h"
#include "db/trust/Signing.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Etalon {

namespace {

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const char* const infoColumns =
    "c.id, c.number, c.kind, c.record_id, c.issued_at, c.sha256, c.content_sha256, c.valid_until, c.stamp, "
    "(SELECT number FROM certificates p WHERE p.id = c.replaces), c.language, c.qr_payload, o.name, "
    "(SELECT event FROM certificate_events e WHERE e.certificate_id = c.id AND e.event <> 'suspect' ORDER BY e.id DESC "
    "LIMIT 1), "
    "(SELECT COUNT(*) FROM certificate_events e WHERE e.certificate_id = c.id AND e.event = 'suspect'), "
    "(SELECT n.number FROM certificate_events e JOIN certificates n ON n.id = e.replaced_by WHERE e.certificate_id = "
    "c.id "
    " AND e.event = 'replaced' ORDER BY e.id DESC LIMIT 1), "
    "(SELECT reason FROM certificate_events e WHERE e.certificate_id = c.id ORDER BY e.id DESC LIMIT 1)";
const char* const infoTables =
    "FROM certificates c JOIN records r ON r.id = c.record_id JOIN instruments i ON i.id = r.instrument_id "
    "JOIN organisations o ON o.id = i.owner_id";

// The issue date is the lab's date at the moment of issue (as the PDF and its QR code print it), not UTC's.
CertificateInfo infoFrom(const QSqlQuery& q, const QTimeZone& labZone)
{
    CertificateInfo c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    const QString kind = q.value(2).toString();
    c.kind = kind == QStringLiteral("calibration") ? CertificateKind::Calibration
        : kind == QStringLiteral("failure-record") ? CertificateKind::FailureRecord
                                                   : CertificateKind::Verification;
    c.recordId = q.value(3).toLongLong();
    c.issueDate = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs).toTimeZone(labZone).date();
    c.sha256 = q.value(5).toString();
    c.contentSha256 = q.value(6).toString();
    if (!q.value(7).isNull())
        c.validUntil = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    c.stamp = q.value(8).toString();
    c.replaces = q.value(9).toString();
    c.language = q.value(10).toString();
    c.qrPayload = q.value(11).toString();
    c.owner = q.value(12).toString();
    c.status = q.value(13).isNull() ? QStringLiteral("current") : q.value(13).toString();
    c.suspect = q.value(14).toInt() > 0;
    c.replacedBy = q.value(15).toString();
    c.reason = q.value(16).toString();
    return c;
}

QString markFor(const CertificateInfo& c)
{
    if (c.status == QStringLiteral("replaced"))
        return QStringLiteral("ĐÃ BỊ THAY THẾ / REPLACED");
    if (c.status == QStringLiteral("withdrawn"))
        return QStringLiteral("ĐÃ THU HỒI / WITHDRAWN");
    if (c.suspect)
        return QStringLiteral("ĐANG XEM XÉT / SUSPECT");
    return QStringLiteral("BẢN SAO / COPY");
}

} // namespace

namespace {

/** A field of the payload with its separator escaped, so every field stays one field. */
QByteArray qrField(const QString& text)
{
    return text.toUtf8().replace('%', "%25").replace('|', "%7C");
}

QString fromQrField(const QByteArray& field)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(field));
}

} // namespace

QByteArray CertificateService::qrMessage(const QrCheck& facts)
{
    return "ETALON2|" + qrField(facts.number) + '|' + facts.issueDate.toString(Qt::ISODate).toLatin1() + '|' +
        qrField(facts.serial) + '|' + facts.result.toLatin1() + '|' +
        (facts.validUntil ? facts.validUntil->toString(Qt::ISODate).toLatin1() : QByteArray("-")) + '|' +
        facts.contentSha256.toLatin1();
}

Result<QrCheck> CertificateService::verifyQr(const QByteArray& payload, const QByteArray& publicKey)
{
    const QByteArray text = payload.trimmed();
    const QList<QByteArray> parts = text.split('|');
    QrCheck check;
    if (parts.size() == 5 && parts[0] == "ETALON1") {
        check.version = 1;
        check.number = QString::fromUtf8(parts[1]);
        check.issueDate = QDate::fromString(QString::fromLatin1(parts[2]), Qt::ISODate);
        check.contentSha256 = QString::fromLatin1(parts[3]);
    } else if (parts.size() == 8 && parts[0] == "ETALON2") {
        check.number = fromQrField(parts[1]);
        check.issueDate = QDate::fromString(QString::fromLatin1(parts[2]), Qt::ISODate);
        check.serial = fromQrField(parts[3]);
        check.result = QString::fromLatin1(parts[4]);
        if (parts[5] != "-")
            check.validUntil = QDate::fromString(QString::fromLatin1(parts[5]), Qt::ISODate);
        check.contentSha256 = QString::fromLatin1(parts[6]);
    } else {
        return fail(Error::badInput(QStringLiteral("payload"), Tr::tr("not an Etalon certificate QR payload")));
    }
    // The signature covers the payload's text before its last field, exactly as printed.
    const QByteArray message = text.left(text.lastIndexOf('|'));
    const QByteArray signature =
        QByteArray::fromBase64(parts.last(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    check.valid = Signing::verify(message, signature, publicKey);
    return check;
}

Result<QString> CertificateService::nextNumber(const QDate& issueDate)
{
    const int year = issueDate.year();
    auto upsert =
        m_lab.db().exec(QStringLiteral("INSERT INTO number_sequences (year, last) VALUES (?, 1) ON CONFLICT (year) "
                                       "DO UPDATE SET last = number_sequences.last + 1"),
                        {year});
    if (!upsert)
        return fail(upsert.error());
    auto last = m_lab.db().scalar(QStringLiteral("SELECT last FROM number_sequences WHERE year = ?"), {year});
    if (!last)
        return fail(last.error());
    // {seq}, {seq:05}, {yy}, {year}: the lab's own pattern, e.g. "{seq:04}-{yy}" gives 0012-26.
    QString number = m_lab.setting(QStringLiteral("certificate_pattern"), QStringLiteral("{seq:04}-{yy}"));
    static const QRegularExpression seq(QStringLiteral("\\{seq(?::(\\d+))?\\}"));
    const auto m = seq.match(number);
    if (m.hasMatch())
        number.replace(m.capturedStart(), m.capturedLength(),
                       QStringLiteral("%1").arg(last->toLongLong(), m.captured(1).toInt(), 10, QChar(u'0')));
    number.replace(QStringLiteral("{yy}"), QStringLiteral("%1").arg(year % 100, 2, 10, QChar(u'0')));
    number.replace(QStringLiteral("{year}"), QString::number(year));
    return number;
}

Result<CertificateInfo> CertificateService::issueWithin(const Session& session, Id recordId,
                                                        const IssueOptions& options, const QString& replaces)
{
    if (!m_renderer)
        return fail(Error::internal(Tr::tr("no certificate renderer is available")));
    auto status = m_lab.db().exec(QStringLiteral("SELECT status, kind, verdict FROM records WHERE id = ?"), {recordId});
    if (!status)
        return fail(status.error());
    if (!status->next())
        return fail(Error::notFound(QStringLiteral("record"), Tr::tr("no record with id %1").arg(recordId)));
    const QString recordStatus = status->value(0).toString();
    const bool verification = status->value(1).toString() != QStringLiteral("calibration");
    const bool passed = status->value(2).toString() == QStringLiteral("pass");
    if (recordStatus == QStringLiteral("issued"))
        return fail(Error::refused(QStringLiteral("already_issued"),
                                   Tr::tr("record %1 already has its certificate").arg(recordId),
                                   QStringLiteral("record")));
    if (recordStatus != QStringLiteral("approved"))
        return fail(Error::refused(
            QStringLiteral("not_approved"),
            Tr::tr("record %1 is %2; only an approved record gets a certificate").arg(recordId).arg(recordStatus),
            QStringLiteral("record")));
    // An in-service inspection checks an instrument between verifications: it verifies nothing, so a passed one
    // gets no verification certificate and no stamp (a failed one gets its failure record).
    if (status->value(1).toString() == QStringLiteral("inspection") && passed)
        return fail(Error::refused(QStringLiteral("inspection_not_certified"),
                                   Tr::tr("record %1 is a passed in-service inspection: it is kept in the record and "
                                          "leaves the verification's validity as it was; no certificate or stamp is "
                                          "issued for it")
                                       .arg(recordId),
                                   QStringLiteral("record")));
    if (verification && options.language == CertificateLanguage::English)
        return fail(
            Error::badInput(QStringLiteral("language"),
                            Tr::tr("a verification document is in Vietnamese, or bilingual, never in English alone")));
    const bool stamped = verification && passed;
    if (!stamped && !options.stamp.isEmpty())
        return fail(Error::badInput(QStringLiteral("stamp"),
                                    verification ? Tr::tr("a failed verification gets no stamp")
                                                 : Tr::tr("calibration labels are not drawn from the "
                                                          "verification stamp register")));
    StampService stamps(m_lab);
    std::optional<Stamp> stamp;
    if (stamped) {
        auto taken = stamps.take(options.stamp);
        if (!taken)
            return fail(taken.error());
        stamp = *taken;
    }
    Signing signing(m_lab.db());
    if (options.passphrase.isEmpty())
        return fail(Error::permission(
            QStringLiteral("passphrase_required"),
            Tr::tr("issuing signs the certificate: give the signing passphrase ($ETALON_SIGNING_PASSPHRASE)")));
    if (!signing.hasKey())
        ETALON_TRY(signing.createKey(options.passphrase));
    const QDate issueDate = m_lab.today();
    auto number = nextNumber(issueDate);
    if (!number)
        return fail(number.error());
    auto data = CertificateBuilder(m_lab).build(recordId, session, *number, options.language);
    if (!data)
        return fail(data.error());
    data->stamp = stamp ? stamp->label() : QString();
    data->replaces = replaces;
    if (!replaces.isEmpty())
        data->amendmentReason = options.amendmentReason;
    const QString contentHash = data->contentHash();
    QrCheck facts;
    facts.number = *number;
    facts.issueDate = issueDate;
    facts.serial = data->serial;
    facts.result = data->kind == CertificateKind::Calibration ? QStringLiteral("calibrated")
        : data->passed                                        ? QStringLiteral("pass")
                                                              : QStringLiteral("fail");
    facts.validUntil = data->validUntil;
    facts.contentSha256 = contentHash;
    const QByteArray message = qrMessage(facts);
    auto signature = signing.sign(message, options.passphrase);
    if (!signature)
        return fail(signature.error());
    const QByteArray payload =
        message + '|' + signature->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    auto bytes = m_renderer(*data, payload, QString());
    if (!bytes)
        return fail(bytes.error());
    auto insert = m_lab.db().insert(
        QStringLiteral(
            "INSERT INTO certificates (record_id, number, kind, issued_at, issued_by, replaces, pdf, sha256, "
            "content_sha256, language, valid_until, stamp, content, qr_payload) VALUES (?, ?, ?, ?, ?, "
            "(SELECT id FROM certificates WHERE number = ?), ?, ?, ?, ?, ?, ?, ?, ?)"),
        {recordId, *number, toName(data->kind), m_lab.nowText(), session.userId,
         replaces.isEmpty() ? QVariant() : QVariant(replaces), *bytes, sha256(*bytes), contentHash,
         toName(options.language), data->validUntil ? QVariant(data->validUntil->toString(Qt::ISODate)) : QVariant(),
         data->stamp, QString::fromUtf8(data->canonicalJson()), QString::fromLatin1(payload)});
    if (!insert)
        return fail(insert.error());
    const Id certificateId = *insert;
    if (stamp)
        ETALON_TRY(stamps.markUsed(stamp->id, certificateId, recordId));
    auto issued = m_lab.db().exec(QStringLiteral("UPDATE records SET status = 'issued' WHERE id = ?"), {recordId});
    if (!issued)
        return fail(issued.error());
    auto info = this->info(*number);
    if (!info)
        return fail(info.error());
    ETALON_TRY(m_lab.logChange(session, QStringLiteral("certificate.issue"), QStringLiteral("certificate"),
                               certificateId, {},
                               QJsonObject{{QStringLiteral("number"), *number},
                                           {QStringLiteral("record_id"), qint64(recordId)},
                                           {QStringLiteral("kind"), toName(data->kind)},
                                           {QStringLiteral("sha256"), info->sha256},
                                           {QStringLiteral("content_sha256"), contentHash},
                                           {QStringLiteral("stamp"), data->stamp},
                                           {QStringLiteral("replaces"), replaces}}));
    // Every issue anchors the audit trail: its head is signed with the same key.
    ETALON_TRY(m_lab.checkpoint(options.passphrase));
    return info;
}

Result<CertificateInfo> CertificateService::issue(const Session& session, Id recordId, const IssueOptions& options)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager}));
    return m_lab.write([&]() -> Result<CertificateInfo> { return issueWithin(session, recordId, options, QString()); });
}

Result<CertificateInfo> CertificateService::amend(const Session& session, const QString& number, Id recordId,
                                                  const QString& reason, const IssueOptions& options)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager}));
    if (reason.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("reason"), Tr::tr("an amendment needs its reason")));
    ETALON_TRY(checkText(reason, QStringLiteral("reason"), 1000, true));
    return m_lab.write([&]() -> Result<CertificateInfo> {
        auto old = info(number);
        if (!old)
            return old;
        if (old->status != QStringLiteral("current"))
            return fail(Error::refused(QStringLiteral("not_current"),
                                       Tr::tr("certificate %1 is %2").arg(number, old->status),
                                       QStringLiteral("number")));
        auto revisionOf = m_lab.db().scalar(QStringLiteral("SELECT revision_of FROM records WHERE id = ?"), {recordId});
        if (!revisionOf)
            return fail(revisionOf.error());
        if (revisionOf->isNull() || revisionOf->toLongLong() != old->recordId)
            return fail(Error::refused(
                QStringLiteral("not_a_revision"),
                Tr::tr("record %1 is not a revision of the record of certificate %2 (use `record revise`)")
                    .arg(recordId)
                    .arg(number),
                QStringLiteral("record")));
        IssueOptions amendment = options;
        amendment.amendmentReason = reason.trimmed();
        auto fresh = issueWithin(session, recordId, amendment, number);
        if (!fresh)
            return fresh;
        auto event = m_lab.db().exec(
            QStringLiteral("INSERT INTO certificate_events (certificate_id, event, reason, replaced_by, "
                           "user_id, created_at) VALUES (?, 'replaced', ?, ?, ?, ?)"),
            {old->id, reason.trimmed(), fresh->id, session.userId, m_lab.nowText()});
        if (!event)
            return fail(event.error());
        ETALON_TRY(m_lab.logChange(
            session, QStringLiteral("certificate.amend"), QStringLiteral("certificate"), old->id,
            QJsonObject{{QStringLiteral("number"), number}, {QStringLiteral("status"), QStringLiteral("current")}},
            QJsonObject{{QStringLiteral("status"), QStringLiteral("replaced")},
                        {QStringLiteral("replaced_by"), fresh->number},
                        {QStringLiteral("reason"), reason.trimmed()}}));
        return info(fresh->number);
    });
}

Result<CertificateInfo> CertificateService::withdraw(const Session& session, const QString& number,
                                                     const QString& reason)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager}));
    if (reason.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("reason"), Tr::tr("a withdrawal needs its reason")));
    ETALON_TRY(checkText(reason, QStringLiteral("reason"), 1000, true));
    return m_lab.write([&]() -> Result<CertificateInfo> {
        auto c = info(number);
        if (!c)
            return c;
        if (c->status != QStringLiteral("current"))
            return fail(Error::refused(QStringLiteral("not_current"),
                                       Tr::tr("certificate %1 is %2").arg(number, c->status),
                                       QStringLiteral("number")));
        auto event =
            m_lab.db().exec(QStringLiteral("INSERT INTO certificate_events (certificate_id, event, reason, user_id, "
                                           "created_at) VALUES (?, 'withdrawn', ?, ?, ?)"),
                            {c->id, reason.trimmed(), session.userId, m_lab.nowText()});
        if (!event)
            return fail(event.error());
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("certificate.withdraw"), QStringLiteral("certificate"),
                                   c->id, QJsonObject{{QStringLiteral("status"), QStringLiteral("current")}},
                                   QJsonObject{{QStringLiteral("status"), QStringLiteral("withdrawn")},
                                               {QStringLiteral("reason"), reason.trimmed()}}));
        return info(number);
    });
}

Result<CertificateInfo> CertificateService::info(const QString& number)
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT %1 %2 WHERE c.number = ?")
                                 .arg(QString::fromLatin1(infoColumns), QString::fromLatin1(infoTables)),
                             {number});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("number"), Tr::tr("no certificate numbered “%1”").arg(number)));
    return infoFrom(*q, labTimeZone(m_lab.setting(QStringLiteral("time_zone"))));
}

Result<QByteArray> CertificateService::preview(const Session& session, Id recordId, CertificateLanguage language)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Manager}));
    if (!m_renderer)
        return fail(Error::internal(Tr::tr("no certificate renderer is available")));
    auto status = m_lab.db().scalar(QStringLiteral("SELECT status FROM records WHERE id = ?"), {recordId});
    if (!status)
        return fail(status.error());
    if (status->isNull())
        return fail(Error::notFound(QStringLiteral("record"), Tr::tr("no record with id %1").arg(recordId)));
    const QString s = status->toString();
    if (s != QStringLiteral("completed") && s != QStringLiteral("approved"))
        return fail(Error::refused(
            QStringLiteral("not_completed"),
            Tr::tr("record %1 is %2; a certificate is previewed once the record is completed").arg(recordId).arg(s),
            QStringLiteral("record")));
    auto data = CertificateBuilder(m_lab).build(recordId, session, QStringLiteral("—"), language);
    if (!data)
        return fail(data.error());
    return m_renderer(*data, QByteArray(), QStringLiteral("BẢN XEM TRƯỚC / PREVIEW"));
}

Result<QByteArray> CertificateService::pdf(const QString& number, bool marked)
{
    auto c = info(number);
    if (!c)
        return fail(c.error());
    ETALON_TRY(checkStored(c->id, c->number));
    if (!marked) {
        auto bytes = m_lab.db().scalar(QStringLiteral("SELECT pdf FROM certificates WHERE id = ?"), {c->id});
        if (!bytes)
            return fail(bytes.error());
        return bytes->toByteArray();
    }
    if (!m_renderer)
        return fail(Error::internal(Tr::tr("no certificate renderer is available")));
    auto content = m_lab.db().scalar(QStringLiteral("SELECT content FROM certificates WHERE id = ?"), {c->id});
    if (!content)
        return fail(content.error());
    auto data = CertificateData::fromCanonicalJson(content->toString().toUtf8());
    if (!data)
        return fail(data.error());
    return m_renderer(*data, c->qrPayload.toLatin1(), markFor(*c));
}

Status CertificateService::checkStored(Id id, const QString& number)
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT c.pdf, c.sha256, (SELECT a.after FROM audit_log a WHERE a.action = "
                                            "'certificate.issue' AND a.entity_id = c.id ORDER BY a.id LIMIT 1) FROM "
                                            "certificates c WHERE c.id = ?"),
                             {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("number"), Tr::tr("no certificate numbered “%1”").arg(number)));
    const QString recorded =
        QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object().value(QStringLiteral("sha256")).toString();
    if (sha256(q->value(0).toByteArray()) != q->value(1).toString() || q->value(1).toString() != recorded)
        return fail(Error::refused(QStringLiteral("certificate_tampered"),
                                   Tr::tr("the stored certificate %1 is not the one issued: it was changed behind "
                                          "Etalon's back; nothing is printed or vouched for (run audit verify)")
                                       .arg(number)));
    return {};
}

QString toName(FileVerdict verdict)
{
    switch (verdict) {
    case FileVerdict::Valid:
        return QStringLiteral("valid");
    case FileVerdict::NotPdf:
        return QStringLiteral("not_pdf");
    case FileVerdict::NotThisLab:
        return QStringLiteral("not_this_lab");
    case FileVerdict::Altered:
        return QStringLiteral("altered");
    case FileVerdict::Withdrawn:
        return QStringLiteral("withdrawn");
    case FileVerdict::Replaced:
        return QStringLiteral("replaced");
    }
    return {};
}

Result<FileVerification> CertificateService::checkFile(const QByteArray& bytes)
{
    FileVerification out;
    const auto withStatus = [&](const CertificateInfo& c) -> Status {
        out.number = c.number;
        out.certificate = c;
        auto status = statusOf(c);
        if (!status)
            return fail(status.error());
        out.eventDate = status->date;
        out.reason = status->reason;
        out.replacedBy = c.replacedBy;
        return {};
    };
    auto number =
        m_lab.db().scalar(QStringLiteral("SELECT number FROM certificates WHERE sha256 = ?"), {sha256(bytes)});
    if (!number)
        return fail(number.error());
    if (!number->isNull()) {
        auto c = info(number->toString());
        if (!c)
            return fail(c.error());
        ETALON_TRY(checkStored(c->id, c->number));
        ETALON_TRY(withStatus(*c));
        const QString on = out.eventDate.toString(Qt::ISODate);
        if (c->status == QStringLiteral("withdrawn")) {
            out.verdict = FileVerdict::Withdrawn;
            out.message = Tr::tr("certificate %1 is exactly as issued, but it was withdrawn on %2: %3")
                              .arg(c->number, on, out.reason);
        } else if (c->status == QStringLiteral("replaced")) {
            out.verdict = FileVerdict::Replaced;
            out.message = Tr::tr("certificate %1 is exactly as issued, but it was replaced on %2 by certificate %3")
                              .arg(c->number, on, out.replacedBy);
        } else {
            out.verdict = FileVerdict::Valid;
            out.message = Tr::tr("certificate %1, issued %2 by this lab, exactly as issued; it is current")
                              .arg(c->number, c->issueDate.toString(Qt::ISODate));
        }
        return out;
    }
    // Not the bytes of any certificate issued: say what the file is, from what it says of itself.
    const PdfIdentity identity = PdfIdentity::read(bytes);
    if (!identity.isPdf) {
        out.verdict = FileVerdict::NotPdf;
        out.message = Tr::tr("this file is not a PDF file, so it is no certificate");
        return out;
    }
    out.verdict = FileVerdict::NotThisLab;
    out.number = identity.title;
    if (identity.title.isEmpty()) {
        out.detail = QStringLiteral("no_number");
        out.message = Tr::tr("this PDF names no certificate number: it is not a certificate issued by this lab");
        return out;
    }
    auto c = info(identity.title);
    if (!c && c.error().kind != ErrorKind::NotFound)
        return fail(c.error());
    if (!c) {
        out.detail = QStringLiteral("unknown_number");
        out.message = Tr::tr("this lab never issued a certificate numbered %1: the file is not one of its "
                             "certificates")
                          .arg(identity.title);
        return out;
    }
    ETALON_TRY(checkStored(c->id, c->number));
    ETALON_TRY(withStatus(*c));
    auto stored = m_lab.db().scalar(QStringLiteral("SELECT pdf FROM certificates WHERE id = ?"), {c->id});
    if (!stored)
        return fail(stored.error());
    const QByteArray issuedId = PdfIdentity::read(stored->toByteArray()).documentId;
    if (identity.documentId.isEmpty() || identity.documentId != issuedId) {
        out.detail = QStringLiteral("identity_mismatch");
        out.message = Tr::tr("this file says it is certificate %1, but it is not the document this lab issued under "
                             "that number (its PDF identifier differs): it was not issued by this lab")
                          .arg(c->number);
        return out;
    }
    out.verdict = FileVerdict::Altered;
    out.message = Tr::tr("this file is certificate %1 as this lab issued it, altered since: its bytes differ from "
                         "the ones issued")
                      .arg(c->number);
    return out;
}

Result<CertificateInfo> CertificateService::verifyFile(const QByteArray& bytes)
{
    auto checked = checkFile(bytes);
    if (!checked)
        return fail(checked.error());
    switch (checked->verdict) {
    case FileVerdict::Valid:
        return *checked->certificate;
    case FileVerdict::Withdrawn:
        return fail(Error::refused(QStringLiteral("certificate_withdrawn"), checked->message));
    case FileVerdict::Replaced:
        return fail(Error::refused(QStringLiteral("certificate_replaced"), checked->message));
    case FileVerdict::NotPdf:
    case FileVerdict::NotThisLab:
    case FileVerdict::Altered:
        break;
    }
    return fail(Error::refused(QStringLiteral("unknown_file"), checked->message));
}

Result<QList<CertificateInfo>> CertificateService::certificates(const QString& status, std::optional<Id> ownerId)
{
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT %1 %2 WHERE (CAST(? AS BIGINT) IS NULL OR o.id = ?) ORDER BY c.id")
            .arg(QString::fromLatin1(infoColumns), QString::fromLatin1(infoTables)),
        {ownerId ? QVariant(qint64(*ownerId)) : QVariant(), ownerId ? QVariant(qint64(*ownerId)) : QVariant()});
    if (!q)
        return fail(q.error());
    QList<CertificateInfo> out;
    const QTimeZone zone = labTimeZone(m_lab.setting(QStringLiteral("time_zone")));
    while (q->next()) {
        CertificateInfo c = infoFrom(*q, zone);
        if (status.isEmpty() || c.status == status || (status == QStringLiteral("suspect") && c.suspect))
            out.append(c);
    }
    return out;
}

Result<CertificateData> CertificateService::machineReadableData(const QString& number)
{
    auto c = info(number);
    if (!c)
        return fail(c.error());
    auto issuer = m_lab.db().scalar(QStringLiteral("SELECT issued_by FROM certificates WHERE id = ?"), {c->id});
    if (!issuer)
        return fail(issuer.error());
    Session approver;
    approver.userId = issuer->toLongLong();
    auto data = CertificateBuilder(m_lab).build(c->recordId, approver, c->number, CertificateLanguage::Bilingual);
    if (!data)
        return data;
    data->issueDate = c->issueDate;
    data->replaces = c->replaces;
    if (!c->replaces.isEmpty()) {
        auto old = info(c->replaces);
        if (!old)
            return fail(old.error());
        data->replacesSha256 = old->sha256;
    }
    auto status = statusOf(*c);
    if (!status)
        return fail(status.error());
    data->status = *status;
    return data;
}

// The event that replaced or withdrew the certificate, read for its own reason and date: the last event's reason
// may be a later review's.
Result<CertificateStatus> CertificateService::statusOf(const CertificateInfo& c)
{
    CertificateStatus out{c.status, {}, {}, c.replacedBy};
    if (c.status == QStringLiteral("current"))
        return out;
    auto q =
        m_lab.db().exec(QStringLiteral("SELECT created_at, reason FROM certificate_events WHERE certificate_id = ? "
                                       "AND event = ? ORDER BY id DESC LIMIT 1"),
                        {c.id, c.status});
    if (!q)
        return fail(q.error());
    if (q->next()) {
        const QTimeZone zone = labTimeZone(m_lab.setting(QStringLiteral("time_zone")));
        out.date = QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs).toTimeZone(zone).date();
        out.reason = q->value(1).toString();
    }
    return out;
}

Result<QByteArray> CertificateService::publicKey()
{
    return Signing(m_lab.db()).publicKey();
}

} // namespace Etalon
