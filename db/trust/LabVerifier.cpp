// SPDX-License-Identifier: Apache-2.0
#include "db/trust/LabVerifier.h"

#include "core/Tr.h"
#include "db/certificates/CertificateService.h"
#include "db/store/Database.h"
#include "db/store/SchemaCatalog.h"
#include "db/trust/RowLog.h"
#include "db/trust/SecurityLog.h"
#include "db/trust/Signing.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

namespace Etalon {

namespace {

/** What SQLite's integrity check says, empty when the file is sound. */
Result<QString> corruption(Database& db)
{
    if (db.isServer())
        return QString(); // the server checks its own pages
    auto q = db.exec(QStringLiteral("PRAGMA integrity_check(20)"));
    if (!q)
        return fail(q.error());
    QStringList problems;
    while (q->next())
        if (const QString line = q->value(0).toString(); line != QLatin1String("ok"))
            problems.append(line);
    return problems.join(QStringLiteral("; "));
}

using Schema = QMap<QString, QString>; ///< "type name" → its CREATE statement

Result<Schema> schemaOf(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' "
                                    "ESCAPE '\\'"));
    if (!q)
        return fail(q.error());
    Schema out;
    while (q->next())
        out.insert(q->value(0).toString() + u' ' + q->value(1).toString(), q->value(2).toString());
    return out;
}

/** The schema Etalon gives a lab of this version: its migrations run on an empty database, made once. */
Result<Schema> expectedSchema()
{
    static const Result<Schema> made = []() -> Result<Schema> {
        QTemporaryDir dir;
        Database fresh;
        ETALON_TRY(fresh.open(dir.filePath(QStringLiteral("schema.etalon"))));
        return schemaOf(fresh);
    }();
    return made;
}

/**
 * What differs between the schema Etalon makes and the lab's: the first object missing, defined otherwise (when
 * \a definitions), or added. A missing trigger is put back at every open that may write (and what happened meanwhile
 * shows in the rows); a lab opened read-only keeps the schema it has.
 */
QString difference(const Schema& expected, const Schema& actual, bool definitions, bool readOnly)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend() && it.key().startsWith(QLatin1String("trigger ")) && !readOnly)
            continue;
        if (found == actual.cend())
            return Tr::tr("%1 is missing").arg(it.key());
        if (definitions && found.value() != it.value())
            return Tr::tr("%1 is not defined as Etalon defines it: %2").arg(it.key(), found.value().left(300));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            return Tr::tr("%1 was added outside Etalon: %2").arg(it.key(), it.value().left(300));
    return QString();
}

/** A server lab's schema against the one kept in the program, definitions and all on the same major version. */
Result<QString> serverSchemaDifference(Database& db)
{
    auto expected = expectedServerSchema();
    if (!expected)
        return fail(expected.error());
    if (db.schemaVersion() != expected->schemaVersion)
        return QString(); // an older lab read as it is (a backup's check): its schema is not this program's
    auto major = SchemaCatalog::serverMajorVersion(db);
    auto actual = SchemaCatalog::serverObjects(db);
    if (!major || !actual)
        return fail(!major ? major.error() : actual.error());
    // Another major version words some definitions its own way: there, what is there is compared, not its text.
    // A missing trigger is reported here: the desks' role cannot put one back, and the owner's open already has.
    return difference(expected->objects, *actual, *major == expected->serverMajor, true);
}

/**
 * Tables, columns, defaults, indexes and triggers as Etalon made them: a default edited through the schema, a column
 * renamed or a trigger added behind Etalon's back changes what later writes store without touching any row.
 */
Result<QString> schemaDifference(Database& db)
{
    if (db.isServer())
        return serverSchemaDifference(db);
    auto expected = expectedSchema();
    if (!expected)
        return fail(expected.error());
    auto actual = schemaOf(db);
    if (!actual)
        return fail(actual.error());
    return difference(*expected, *actual, true, db.isReadOnly());
}

/** The entry that sealed a row-log row: the first whose seal reaches it. */
qint64 sealingEntry(Database& db, qint64 logId)
{
    if (logId == 0)
        return 0;
    return db.scalar(QStringLiteral("SELECT min(id) FROM audit_log WHERE rows_upto >= ?"), {logId})
        .value_or(QVariant())
        .toLongLong();
}

/** Every stored certificate: its bytes still hash to what was recorded, its QR payload signed by the lab's key. */
Status checkCertificates(Database& db, const QByteArray& publicKey, AuditVerification& out)
{
    auto q = db.exec(QStringLiteral("SELECT c.id, c.number, c.pdf, c.sha256, c.content_sha256, c.qr_payload, (SELECT "
                                    "min(a.id) FROM audit_log a WHERE a.action = 'certificate.issue' AND a.entity_id = "
                                    "c.id) FROM certificates c ORDER BY c.id"));
    if (!q)
        return fail(q.error());
    while (q->next()) {
        const QString number = q->value(1).toString();
        const qint64 entry = q->value(6).toLongLong();
        if (publicKey.isEmpty()) {
            out.firstBreak = AuditBreak{
                entry, Tr::tr("the lab's signing key is missing, yet certificate %1 was signed with it").arg(number)};
            return {};
        }
        const QByteArray pdf = q->value(2).toByteArray();
        if (QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()) !=
            q->value(3).toString()) {
            out.domainMismatch = AuditBreak{
                entry,
                Tr::tr("certificate %1: the stored PDF is not the one issued (its SHA-256 differs from the one "
                       "recorded at issue)")
                    .arg(number)};
            return {};
        }
        auto qr = CertificateService::verifyQr(q->value(5).toByteArray(), publicKey);
        if (!qr || !qr->valid || qr->number != number || qr->contentSha256 != q->value(4).toString()) {
            out.firstBreak =
                AuditBreak{entry,
                           Tr::tr("certificate %1 does not carry the lab's signature over its number and content: the "
                                  "signing key or the certificate was replaced")
                               .arg(number)};
            return {};
        }
        ++out.certificates;
    }
    return {};
}

} // namespace

Result<ServerSchema> expectedServerSchema()
{
    static const Result<ServerSchema> kept = []() -> Result<ServerSchema> {
        QFile file(QStringLiteral(":/etalon/schema/postgres.json"));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::internal(Tr::tr("the server schema Etalon makes is missing from the program"),
                                        QStringLiteral("storage")));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        ServerSchema out;
        out.serverMajor = json.value(QStringLiteral("server_major")).toInt();
        out.schemaVersion = json.value(QStringLiteral("schema_version")).toInt();
        const QJsonObject objects = json.value(QStringLiteral("objects")).toObject();
        for (auto it = objects.begin(); it != objects.end(); ++it)
            out.objects.insert(it.key(), it.value().toString());
        return out;
    }();
    return kept;
}

Result<AuditVerification> verifyLab(Database& db)
{
    AuditVerification out;
    auto damaged = corruption(db);
    if (!damaged)
        return fail(damaged.error());
    if (!damaged->isEmpty()) {
        out.corruption = *damaged;
        return out;
    }
    // Told with whatever is found: they say when the guards were off.
    auto repairs = SecurityLog::schemaRepairs(db);
    if (!repairs)
        return fail(repairs.error());
    out.repairs = *repairs;
    auto schema = schemaDifference(db);
    if (!schema)
        return fail(schema.error());
    if (!schema->isEmpty()) {
        out.schemaDifference = *schema;
        return out;
    }
    Signing signing(db);
    QByteArray key;
    if (signing.hasKey()) {
        auto k = signing.publicKey();
        if (!k)
            return fail(k.error());
        key = *k;
    }
    RowLog::Replay replay;
    auto chain = AuditLog(db).verify(key, &replay);
    if (!chain)
        return chain;
    chain->repairs = out.repairs;
    if (chain->firstBreak)
        return chain;
    out = *chain;
    auto security = SecurityLog::verify(db);
    if (!security)
        return fail(security.error());
    if (*security) {
        out.firstBreak = *security;
        out.firstBreak->entryId = 0; // an event of the security log, not an audit entry
        return out;
    }
    out.securityEvents = SecurityLog::head(db).value_or(std::pair<qint64, QString>()).first;
    auto sealed = AuditLog(db).sealedUpto();
    if (!sealed)
        return fail(sealed.error());
    auto rows = RowLog::compare(db, replay, *sealed);
    if (!rows)
        return fail(rows.error());
    out.domainChecked = true;
    if (*rows) {
        out.domainMismatch = AuditBreak{sealingEntry(db, (*rows)->logId), (*rows)->reason};
        return out;
    }
    ETALON_TRY(checkCertificates(db, key, out));
    return out;
}

} // namespace Etalon
