// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Commands.h"

#include "core/Json.h"
#include "core/Tr.h"
#include "db/certificates/CertificateService.h"
#include "db/certificates/StampService.h"
#include "db/records/RecordService.h"
#include "reports/CertificateWriter.h"
#include "reports/DccWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryFile>

namespace Etalon::Cli {

namespace {

CertificateRenderer renderer()
{
    return [](const CertificateData& data, const QByteArray& qr, const QString& mark) {
        return CertificateWriter::render(data, {qr, mark});
    };
}

QJsonObject certificateJson(const CertificateInfo& c)
{
    return {{QStringLiteral("id"), qint64(c.id)},
            {QStringLiteral("number"), c.number},
            {QStringLiteral("kind"), toName(c.kind)},
            {QStringLiteral("record_id"), qint64(c.recordId)},
            {QStringLiteral("issue_date"), c.issueDate.toString(Qt::ISODate)},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("suspect"), c.suspect},
            {QStringLiteral("sha256"), c.sha256},
            {QStringLiteral("content_sha256"), c.contentSha256},
            {QStringLiteral("valid_until"), Json::date(c.validUntil)},
            {QStringLiteral("stamp"), c.stamp.isEmpty() ? QJsonValue() : QJsonValue(c.stamp)},
            {QStringLiteral("replaces"), c.replaces.isEmpty() ? QJsonValue() : QJsonValue(c.replaces)},
            {QStringLiteral("replaced_by"), c.replacedBy.isEmpty() ? QJsonValue() : QJsonValue(c.replacedBy)},
            {QStringLiteral("language"), c.language},
            {QStringLiteral("owner"), c.owner},
            {QStringLiteral("qr_payload"), c.qrPayload}};
}

QString certificateText(const CertificateInfo& c)
{
    return Tr::tr("Certificate %1 (%2) of record %3, issued %4: %5%6")
        .arg(c.number, toName(c.kind))
        .arg(c.recordId)
        .arg(c.issueDate.toString(Qt::ISODate), c.status, c.suspect ? Tr::tr(", suspect") : QString());
}

Result<IssueOptions> issueOptions(Context& ctx)
{
    IssueOptions o;
    ETALON_GET(language,
               certificateLanguageFromName(ctx.args().value(QStringLiteral("language"), QStringLiteral("vi"))));
    o.language = *language;
    o.stamp = ctx.args().value(QStringLiteral("stamp"));
    ETALON_GET(passphrase, ctx.secret("ETALON_SIGNING_PASSPHRASE", Tr::tr("Signing passphrase: ")));
    o.passphrase = *passphrase;
    return o;
}

Result<Output> issued(Context& ctx, const CertificateInfo& c)
{
    ETALON_GET(out, ctx.required(QStringLiteral("out")));
    ETALON_GET(bytes, CertificateService(ctx.lab(), renderer()).pdf(c.number, false));
    auto written = writeWholeFile(*out, *bytes, QStringLiteral("out"));
    if (!written)
        // The certificate is issued and kept whatever happened to the file: say so, and how to have it again.
        return fail(Error::internal(Tr::tr("certificate %1 is issued and kept in the lab, but it could not be written "
                                           "to the file: %2. Print it again with: etalon-cli certificate print %1 "
                                           "--out FILE.pdf")
                                        .arg(c.number, written.error().message),
                                    QStringLiteral("certificate_not_written")));
    return Output{certificateJson(c), certificateText(c) + Tr::tr("\nWritten to %1").arg(*out)};
}

// Before anything is issued: an output that names the lab itself or a folder that is not there.
Status checkOutput(const QString& out)
{
    ETALON_TRY(Database::refuseOpenLabFile(out, QStringLiteral("out")));
    const QFileInfo info(out);
    if (!info.absoluteDir().exists())
        return fail(Error::badInput(
            QStringLiteral("out"),
            Tr::tr("the folder of %1 does not exist; nothing was issued").arg(QDir::toNativeSeparators(out))));
    if (info.isDir())
        return fail(
            Error::badInput(QStringLiteral("out"), Tr::tr("%1 is a folder; name a file; nothing was issued").arg(out)));
    // Whether the folder takes a new file is only known by making one.
    QTemporaryFile probe(info.absoluteDir().filePath(QStringLiteral(".etalon-probe-XXXXXX")));
    if (!probe.open())
        return fail(Error::badInput(QStringLiteral("out"),
                                    Tr::tr("cannot write in the folder of %1: %2; nothing was issued")
                                        .arg(QDir::toNativeSeparators(out), probe.errorString())));
    return {};
}

Result<Output> certificateIssue(Context& ctx)
{
    ETALON_GET(record, ctx.positionalId(0, QStringLiteral("record")));
    ETALON_GET(out, ctx.required(QStringLiteral("out")));
    ETALON_TRY(checkOutput(*out));
    ETALON_GET(options, issueOptions(ctx));
    ETALON_GET(c, CertificateService(ctx.lab(), renderer()).issue(ctx.session(), *record, *options));
    return issued(ctx, *c);
}

Result<Output> certificateAmend(Context& ctx)
{
    const QString number = ctx.args().positional.value(0);
    ETALON_GET(record, ctx.integer(QStringLiteral("record"), 1, std::numeric_limits<qint64>::max()));
    ETALON_GET(reason, ctx.required(QStringLiteral("reason")));
    ETALON_GET(out, ctx.required(QStringLiteral("out")));
    ETALON_TRY(checkOutput(*out));
    ETALON_GET(options, issueOptions(ctx));
    ETALON_GET(c, CertificateService(ctx.lab(), renderer()).amend(ctx.session(), number, *record, *reason, *options));
    return issued(ctx, *c);
}

Result<Output> certificatePrint(Context& ctx)
{
    const QString number = ctx.args().positional.value(0);
    ETALON_GET(out, ctx.required(QStringLiteral("out")));
    CertificateService service(ctx.lab(), renderer());
    ETALON_GET(c, service.info(number));
    ETALON_GET(bytes, service.pdf(number, ctx.args().flag(QStringLiteral("marked"))));
    auto written = writeWholeFile(*out, *bytes, QStringLiteral("out"));
    if (!written)
        return fail(written.error());
    return Output{certificateJson(*c), certificateText(*c) + Tr::tr("\nWritten to %1").arg(*out)};
}

Result<Output> certificateVerify(Context& ctx)
{
    const QString path = ctx.args().positional.value(0);
    ETALON_GET(bytes, readInputFile(path, QStringLiteral("file"), 64 * 1024 * 1024));
    ETALON_GET(checked, CertificateService(ctx.lab()).checkFile(*bytes));
    if (checked->valid()) {
        QJsonObject json = certificateJson(*checked->certificate);
        json.insert(QStringLiteral("verdict"), toName(checked->verdict));
        return Output{json, certificateText(*checked->certificate) + Tr::tr("\nThe file is exactly as issued.")};
    }
    // Refused as before (exit 3, the same codes), with the verdict and what it rests on beside the error.
    QJsonObject json = checked->certificate ? certificateJson(*checked->certificate) : QJsonObject();
    json.insert(QStringLiteral("verdict"), toName(checked->verdict));
    json.insert(QStringLiteral("detail"), checked->detail.isEmpty() ? QJsonValue() : QJsonValue(checked->detail));
    json.insert(QStringLiteral("claimed_number"),
                checked->number.isEmpty() ? QJsonValue() : QJsonValue(checked->number));
    json.insert(QStringLiteral("event_date"),
                checked->eventDate.isValid() ? QJsonValue(checked->eventDate.toString(Qt::ISODate)) : QJsonValue());
    json.insert(QStringLiteral("reason"), checked->reason.isEmpty() ? QJsonValue() : QJsonValue(checked->reason));
    const QString code = checked->verdict == FileVerdict::Withdrawn ? QStringLiteral("certificate_withdrawn")
        : checked->verdict == FileVerdict::Replaced                 ? QStringLiteral("certificate_replaced")
                                                                    : QStringLiteral("unknown_file");
    Output out{json, QString()};
    out.error = Error::refused(code, checked->message);
    return out;
}

Result<Output> certificateVerifyQr(Context& ctx)
{
    const QString payload = ctx.args().positional.value(0);
    QByteArray key;
    if (ctx.args().has(QStringLiteral("public-key"))) {
        ETALON_GET(
            text,
            readInputFile(ctx.args().value(QStringLiteral("public-key")), QStringLiteral("public-key"), 64 * 1024));
        key = QByteArray::fromBase64(text->trimmed());
        // An Ed25519 public key is 32 bytes: anything else is not a key file, whatever the QR code says.
        if (key.size() != 32)
            return fail(Error::badInput(QStringLiteral("public-key"),
                                        Tr::tr("%1 holds no public key (etalon-cli certificate public-key writes one)")
                                            .arg(ctx.args().value(QStringLiteral("public-key")))));
    } else {
        ETALON_TRY(ctx.openDatabase(false));
        ETALON_GET(stored, CertificateService(ctx.lab()).publicKey());
        key = *stored;
    }
    ETALON_GET(check, CertificateService::verifyQr(payload.toUtf8(), key));
    QJsonObject json{{QStringLiteral("valid"), check->valid},
                     {QStringLiteral("number"), check->number},
                     {QStringLiteral("issue_date"), check->issueDate.toString(Qt::ISODate)},
                     {QStringLiteral("content_sha256"), check->contentSha256},
                     {QStringLiteral("status_checked"), ctx.hasLab()}};
    if (check->version >= 2) {
        json.insert(QStringLiteral("serial"), check->serial);
        json.insert(QStringLiteral("result"), check->result);
        json.insert(QStringLiteral("valid_until"),
                    check->validUntil ? QJsonValue(check->validUntil->toString(Qt::ISODate)) : QJsonValue());
    }
    if (!check->valid)
        return fail(Error::refused(
            QStringLiteral("bad_signature"),
            Tr::tr("the QR code of certificate %1 does not carry the lab's signature").arg(check->number)));
    const QString signature =
        Tr::tr("Signature valid: certificate %1 issued %2").arg(check->number, check->issueDate.toString(Qt::ISODate));
    // Only the lab knows whether a genuine paper still stands: without it, say what was not checked.
    if (!ctx.hasLab())
        return Output{json,
                      signature + u'\n' +
                          Tr::tr("Only the signature was checked: whether the certificate was since withdrawn or "
                                 "replaced is known to the lab (check with its lab file)")};
    ETALON_GET(info, CertificateService(ctx.lab()).info(check->number));
    json.insert(QStringLiteral("status"), info->status);
    json.insert(QStringLiteral("suspect"), info->suspect);
    json.insert(QStringLiteral("replaced_by"),
                info->replacedBy.isEmpty() ? QJsonValue() : QJsonValue(info->replacedBy));
    json.insert(QStringLiteral("reason"), info->reason.isEmpty() ? QJsonValue() : QJsonValue(info->reason));
    Output out{json, signature + u'\n' + Tr::tr("Certificate %1 is current").arg(check->number)};
    if (info->status == QStringLiteral("withdrawn"))
        out.error = Error::refused(QStringLiteral("certificate_withdrawn"),
                                   Tr::tr("certificate %1 was withdrawn: %2").arg(check->number, info->reason));
    else if (info->status == QStringLiteral("replaced"))
        out.error = Error::refused(QStringLiteral("certificate_replaced"),
                                   Tr::tr("certificate %1 was replaced by %2").arg(check->number, info->replacedBy));
    else if (info->suspect)
        out.error = Error::refused(QStringLiteral("certificate_suspect"),
                                   Tr::tr("certificate %1 is under review (a standard it relied on is suspect): %2")
                                       .arg(check->number, info->reason));
    if (out.error)
        out.text = signature + u'\n' + out.error->message;
    return out;
}

Result<Output> certificatePublicKey(Context& ctx)
{
    ETALON_GET(out, ctx.required(QStringLiteral("out")));
    ETALON_GET(key, CertificateService(ctx.lab()).publicKey());
    auto written = writeWholeFile(*out, key->toBase64() + '\n', QStringLiteral("out"));
    if (!written)
        return fail(written.error());
    return Output{QJsonObject{{QStringLiteral("public_key"), QString::fromLatin1(key->toBase64())},
                              {QStringLiteral("out"), *out}},
                  Tr::tr("Public key written to %1").arg(*out)};
}

Result<Output> certificateWithdraw(Context& ctx)
{
    const QString number = ctx.args().positional.value(0);
    ETALON_GET(reason, ctx.required(QStringLiteral("reason")));
    ETALON_GET(c, CertificateService(ctx.lab()).withdraw(ctx.session(), number, *reason));
    return Output{certificateJson(*c), certificateText(*c)};
}

Result<Output> certificateList(Context& ctx)
{
    ETALON_GET(owner, ctx.optionalInteger(QStringLiteral("owner"), 1, std::numeric_limits<qint64>::max()));
    ETALON_GET(list,
               CertificateService(ctx.lab()).certificates(ctx.args().value(QStringLiteral("status")),
                                                          *owner ? std::optional<Id>(**owner) : std::nullopt));
    QJsonArray items;
    QStringList lines;
    for (const CertificateInfo& c : *list) {
        items.append(certificateJson(c));
        lines.append(certificateText(c));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

Result<Output> certificateExportDcc(Context& ctx)
{
    const QString number = ctx.args().positional.value(0);
    ETALON_GET(out, ctx.required(QStringLiteral("out")));
    ETALON_GET(data, CertificateService(ctx.lab()).machineReadableData(number));
    ETALON_GET(xml, DccWriter::write(*data, QCoreApplication::applicationVersion()));
    auto written = writeWholeFile(*out, *xml, QStringLiteral("out"));
    if (!written)
        return fail(written.error());
    return Output{QJsonObject{{QStringLiteral("number"), number}, {QStringLiteral("out"), *out}},
                  Tr::tr("Digital Calibration Certificate of %1 written to %2").arg(number, *out)};
}

Result<Output> recordRevise(Context& ctx)
{
    ETALON_GET(id, ctx.positionalId(0, QStringLiteral("record")));
    ETALON_GET(r, RecordService(ctx.lab()).revise(ctx.session(), *id));
    return Output{Json::record(*r), Tr::tr("Record %1 opened as a revision of record %2").arg(r->id).arg(*id)};
}

Result<Output> stampReceive(Context& ctx)
{
    ETALON_GET(series, ctx.required(QStringLiteral("series")));
    ETALON_GET(from, ctx.integer(QStringLiteral("from"), 1, 999'999'999'999));
    ETALON_GET(to, ctx.integer(QStringLiteral("to"), 1, 999'999'999'999));
    ETALON_GET(count, StampService(ctx.lab()).receive(ctx.session(), *series, *from, *to));
    return Output{QJsonObject{{QStringLiteral("series"), *series}, {QStringLiteral("received"), *count}},
                  Tr::tr("%1 stamps of series %2 registered").arg(*count).arg(*series)};
}

Result<Output> stampList(Context& ctx)
{
    ETALON_GET(list, StampService(ctx.lab()).stamps(ctx.args().flag(QStringLiteral("unused"))));
    QJsonArray items;
    QStringList lines;
    for (const Stamp& s : *list) {
        items.append(QJsonObject{
            {QStringLiteral("id"), qint64(s.id)},
            {QStringLiteral("stamp"), s.label()},
            {QStringLiteral("series"), s.series},
            {QStringLiteral("number"), s.number},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("certificate_id"), s.certificateId ? QJsonValue(qint64(*s.certificateId)) : QJsonValue()},
            {QStringLiteral("record_id"), s.recordId ? QJsonValue(qint64(*s.recordId)) : QJsonValue()},
            {QStringLiteral("reason"), s.reason.isEmpty() ? QJsonValue() : QJsonValue(s.reason)}});
        lines.append(QStringLiteral("%1\t%2\t%3").arg(s.label(), s.status, s.reason));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

Result<Output> stampVoid(Context& ctx)
{
    const QString label = ctx.args().positional.value(0);
    ETALON_GET(reason, ctx.required(QStringLiteral("reason")));
    auto r = StampService(ctx.lab()).voidStamp(ctx.session(), label, *reason);
    if (!r)
        return fail(r.error());
    return Output{QJsonObject{{QStringLiteral("stamp"), label}, {QStringLiteral("status"), QStringLiteral("void")}},
                  Tr::tr("Stamp %1 voided").arg(label)};
}

} // namespace

const QList<CommandSpec>& certificateCommands()
{
    static const QList<CommandSpec> list{
        {"certificate issue", Access::SignedIn, certificateIssue,
         "certificate issue REC_ID --out FILE.pdf [--language vi|en|bilingual] [--stamp SERIES/NUMBER]   "
         "(passphrase from $ETALON_SIGNING_PASSPHRASE)"},
        {"certificate print", Access::SignedIn, certificatePrint, "certificate print NUMBER --out FILE.pdf [--marked]"},
        {"certificate verify", Access::SignedIn, certificateVerify, "certificate verify FILE.pdf"},
        {"certificate verify-qr", Access::None, certificateVerifyQr,
         "certificate verify-qr PAYLOAD [--public-key FILE]"},
        {"certificate public-key", Access::SignedIn, certificatePublicKey, "certificate public-key --out FILE"},
        {"certificate amend", Access::SignedIn, certificateAmend,
         "certificate amend NUMBER --record NEW_REC_ID --reason TEXT --out FILE.pdf [--language …] [--stamp …]"},
        {"certificate withdraw", Access::SignedIn, certificateWithdraw, "certificate withdraw NUMBER --reason TEXT"},
        {"certificate list", Access::SignedIn, certificateList, "certificate list [--status S] [--owner ID]"},
        {"certificate export-dcc", Access::SignedIn, certificateExportDcc,
         "certificate export-dcc NUMBER --out FILE.xml"},
        {"record revise", Access::SignedIn, recordRevise, "record revise REC_ID"},
        {"stamp receive", Access::SignedIn, stampReceive, "stamp receive --series TEXT --from N --to N"},
        {"stamp list", Access::SignedIn, stampList, "stamp list [--unused]"},
        {"stamp void", Access::SignedIn, stampVoid, "stamp void SERIES/NUMBER --reason TEXT"},
    };
    return list;
}

} // namespace Etalon::Cli
