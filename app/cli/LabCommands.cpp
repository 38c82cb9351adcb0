// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Commands.h"

#include "reports/CsvWriter.h"

#include "core/AuditWords.h"
#include "core/Json.h"
#include "db/catalog/CatalogRepository.h"
#include "db/catalog/CatalogService.h"
#include "db/demo/DemoGenerator.h"
#include "db/lab/SettingsService.h"
#include "db/lab/SetupService.h"
#include "db/lab/UserService.h"
#include "db/trust/AuditLog.h"
#include "db/trust/AuditService.h"
#include "db/trust/SigningKeyService.h"

#include "core/Tr.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

namespace Etalon::Cli {

namespace {

Result<Output> init(Context& ctx)
{
    ETALON_GET(name, ctx.required(QStringLiteral("lab-name")));
    const QString admin = ctx.args().value(QStringLiteral("admin"), QStringLiteral("admin"));
    ETALON_GET(password, ctx.secret("ETALON_PASSWORD", Tr::tr("New password for %1: ").arg(admin)));
    const LabKind kind = ctx.args().flag(QStringLiteral("demo")) ? LabKind::Demo : LabKind::Real;
    // The signing passphrase, when given, is set with the lab: both or neither. Without it, the first certificate
    // issued sets it.
    const bool signing = qEnvironmentVariableIsSet("ETALON_SIGNING_PASSPHRASE");
    ETALON_GET(session, ctx.lab().write([&]() -> Result<Session> {
        auto made = UserService(ctx.lab()).initialise(*name, admin, *password, kind);
        if (!made || !signing)
            return made;
        ETALON_TRY(SigningKeyService(ctx.lab()).create(*made, qEnvironmentVariable("ETALON_SIGNING_PASSPHRASE")));
        return made;
    }));
    const QJsonObject json{{QStringLiteral("id"), qint64(session->userId)},
                           {QStringLiteral("lab_name"), *name},
                           {QStringLiteral("admin"), admin},
                           {QStringLiteral("db"), ctx.lab().db().path()},
                           {QStringLiteral("signing_key"), signing}};
    return Output{json, Tr::tr("Lab “%1” created in %2; admin user: %3").arg(*name, ctx.lab().db().path(), admin)};
}

Result<Output> signingPassphrase(Context& ctx)
{
    ETALON_GET(current, ctx.secret("ETALON_SIGNING_PASSPHRASE", Tr::tr("Current signing passphrase: ")));
    ETALON_GET(fresh, ctx.secret("ETALON_NEW_SIGNING_PASSPHRASE", Tr::tr("New signing passphrase: ")));
    auto changed = SigningKeyService(ctx.lab()).changePassphrase(ctx.session(), *current, *fresh);
    if (!changed)
        return fail(changed.error());
    return Output{QJsonObject{{QStringLiteral("signing_passphrase_changed"), true}},
                  Tr::tr("Signing passphrase changed; the key is the same, so what it signed still verifies")};
}

Result<Output> userAdd(Context& ctx)
{
    const QString name = ctx.args().positional.value(0);
    ETALON_GET(roleText, ctx.required(QStringLiteral("role")));
    ETALON_GET(role, enumFromName<Role>(*roleText, QStringLiteral("role")));
    ETALON_GET(fullName, ctx.required(QStringLiteral("full-name")));
    ETALON_GET(password, ctx.secret("ETALON_NEW_PASSWORD", Tr::tr("Password for the new user %1: ").arg(name)));
    ETALON_GET(person, UserService(ctx.lab()).addUser(ctx.session(), name, *role, *fullName, *password));
    return Output{Json::person(*person),
                  Tr::tr("User %1 (%2) added with id %3").arg(person->name, toName(person->role)).arg(person->id)};
}

Result<Output> userPasswd(Context& ctx)
{
    const QString name = ctx.args().positional.value(0, ctx.session().name);
    ETALON_GET(password, ctx.secret("ETALON_NEW_PASSWORD", Tr::tr("New password for %1: ").arg(name)));
    auto r = UserService(ctx.lab()).changePassword(ctx.session(), name, *password);
    if (!r)
        return fail(r.error());
    return Output{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("changed"), true}},
                  Tr::tr("Password of %1 changed").arg(name)};
}

Result<Output> userTitle(Context& ctx)
{
    const QString name = ctx.args().positional.value(0);
    ETALON_GET(person,
               UserService(ctx.lab()).setTitle(ctx.session(), name, ctx.args().value(QStringLiteral("title")),
                                               ctx.args().value(QStringLiteral("signs-for"))));
    return Output{Json::person(*person),
                  person->title.isEmpty()
                      ? Tr::tr("%1 signs with the lab's title").arg(person->name)
                      : Tr::tr("%1 signs as: %2").arg(person->name, person->signatoryTitle().replace(u'\n', u' '))};
}

Result<Output> userAuthorize(Context& ctx)
{
    const QString name = ctx.args().positional.value(0);
    ETALON_GET(field, ctx.required(QStringLiteral("field")));
    ETALON_GET(certificate, ctx.required(QStringLiteral("certificate")));
    ETALON_GET(until, ctx.date(QStringLiteral("valid-until")));
    ETALON_GET(a, UserService(ctx.lab()).authorize(ctx.session(), name, *field, *certificate, *until));
    return Output{Json::authorisation(*a),
                  Tr::tr("%1 authorised for %2 until %3 (card %4)")
                      .arg(name, a->field, a->validUntil.toString(Qt::ISODate), a->certificate)};
}

Result<Output> userRevoke(Context& ctx)
{
    const QString name = ctx.args().positional.value(0);
    ETALON_GET(field, ctx.required(QStringLiteral("field")));
    ETALON_GET(removed, UserService(ctx.lab()).revokeAuthorisation(ctx.session(), name, *field));
    return Output{QJsonObject{{QStringLiteral("name"), name},
                              {QStringLiteral("field"), *field},
                              {QStringLiteral("removed"), *removed}},
                  Tr::tr("%1's verifier card(s) for %2 removed: %3").arg(name, *field).arg(*removed)};
}

Result<Output> userFields(Context& ctx)
{
    ETALON_GET(fields, UserService(ctx.lab()).cardFields());
    QJsonArray items;
    QString text;
    for (const VerifierField& f : *fields) {
        items.append(QJsonObject{{QStringLiteral("field"), f.code},
                                 {QStringLiteral("name_vi"), f.nameVi},
                                 {QStringLiteral("name_en"), f.nameEn},
                                 {QStringLiteral("types"), QJsonArray::fromStringList(f.typeCodes)}});
        text += QStringLiteral("%1\t%2 / %3\t%4\n").arg(f.code, f.nameVi, f.nameEn, f.typeCodes.join(u' '));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, text};
}

Result<Output> setupProgress(Context& ctx)
{
    ETALON_GET(progress, SetupService(ctx.lab()).progress());
    QJsonArray steps;
    QString text;
    int n = 0;
    for (const SetupStep& s : progress->steps) {
        steps.append(QJsonObject{{QStringLiteral("step"), s.key},
                                 {QStringLiteral("title"), s.title},
                                 {QStringLiteral("detail"), s.detail},
                                 {QStringLiteral("count"), s.count},
                                 {QStringLiteral("done"), s.done}});
        text += QStringLiteral("%1. [%2] %3 — %4\n")
                    .arg(++n)
                    .arg(s.done ? QStringLiteral("x") : QStringLiteral(" "), s.title, s.detail);
    }
    text += Tr::tr("%1 of %2 steps done").arg(progress->doneCount()).arg(progress->steps.size());
    return Output{QJsonObject{{QStringLiteral("steps"), steps}, {QStringLiteral("complete"), progress->complete()}},
                  text};
}

Result<Output> userList(Context& ctx)
{
    ETALON_GET(users, UserService(ctx.lab()).users());
    QJsonArray items;
    QString text;
    for (const Person& p : *users) {
        items.append(Json::person(p));
        text += QStringLiteral("%1\t%2\t%3\t%4\n").arg(p.id).arg(p.name, toName(p.role), p.fullName);
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, text};
}

Result<Output> catalogTypes(Context& ctx)
{
    ETALON_GET(types, CatalogRepository(ctx.lab().db()).types());
    QJsonArray items;
    QString text;
    for (const InstrumentType& t : *types) {
        items.append(Json::instrumentType(t));
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(t.code, t.nameVi, t.cycleMonths ? Tr::tr("%1 months").arg(*t.cycleMonths) : Tr::tr("no cycle"),
                         t.defaultProcedure, t.confirmed ? QString() : Tr::tr("(unconfirmed)"));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, text};
}

Result<Output> catalogProcedures(Context& ctx)
{
    ETALON_GET(procedures, CatalogRepository(ctx.lab().db()).procedures());
    QJsonArray items;
    QString text;
    for (const Procedure& p : *procedures) {
        items.append(Json::procedure(p));
        text += QStringLiteral("%1\t%2\t%3\n").arg(p.code, p.titleVi, p.mpeRule.describe());
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, text};
}

Result<Output> catalogUnits(Context&)
{
    QJsonArray items;
    QString text;
    for (const Unit& u : UnitCatalog::instance().units()) {
        items.append(QJsonObject{{QStringLiteral("symbol"), u.symbol()},
                                 {QStringLiteral("quantity"), u.quantityName()},
                                 {QStringLiteral("si_unit"), u.dimension()},
                                 {QStringLiteral("factor"), u.factor().toString()},
                                 {QStringLiteral("divisor"), u.factorDivisor().toString()},
                                 {QStringLiteral("offset"), u.offset().toString()}});
        text +=
            QStringLiteral("%1\t%2\t× %3/%4 %5\n")
                .arg(u.symbol(), u.quantityName(), u.factor().toString(), u.factorDivisor().toString(), u.dimension());
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, text};
}

Result<Output> catalogTypeSet(Context& ctx)
{
    const QString code = ctx.args().positional.value(0);
    TypeChanges changes;
    if (ctx.args().has(QStringLiteral("cycle-months"))) {
        if (ctx.args().value(QStringLiteral("cycle-months")) == QStringLiteral("none")) {
            changes.cycleMonths = std::optional<int>();
        } else {
            ETALON_GET(months, ctx.integer(QStringLiteral("cycle-months"), 1, 240));
            changes.cycleMonths = std::optional<int>(int(*months));
        }
    }
    if (ctx.args().has(QStringLiteral("legal-basis")))
        changes.legalBasis = ctx.args().value(QStringLiteral("legal-basis"));
    ETALON_GET(effective, ctx.optionalDate(QStringLiteral("effective-date")));
    changes.effectiveDate = *effective;
    if (ctx.args().has(QStringLiteral("confirmed"))) {
        const QString v = ctx.args().value(QStringLiteral("confirmed"));
        if (v != QStringLiteral("yes") && v != QStringLiteral("no"))
            return fail(Error::badInput(QStringLiteral("confirmed"), Tr::tr("--confirmed takes yes or no")));
        changes.confirmed = v == QStringLiteral("yes");
    }
    ETALON_GET(type, CatalogService(ctx.lab()).updateType(ctx.session(), code, changes));
    return Output{Json::instrumentType(*type), Tr::tr("%1 updated").arg(type->code)};
}

Result<QJsonDocument> jsonOption(const Context& ctx, const QString& option)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(ctx.args().value(option).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Error::badInput(option, Tr::tr("--%1 must be JSON: %2").arg(option, parseError.errorString())));
    return doc;
}

Result<Output> catalogProcedureSet(Context& ctx)
{
    const QString code = ctx.args().positional.value(0);
    ProcedureChanges changes;
    if (ctx.args().has(QStringLiteral("rule"))) {
        ETALON_GET(doc, jsonOption(ctx, QStringLiteral("rule")));
        ETALON_GET(rule, MpeRule::fromJson(doc->object()));
        changes.mpeRule = *rule;
    }
    if (ctx.args().has(QStringLiteral("env-limits"))) {
        ETALON_GET(doc, jsonOption(ctx, QStringLiteral("env-limits")));
        changes.envLimits = doc->object();
    }
    if (ctx.args().has(QStringLiteral("decision-rule"))) {
        ETALON_GET(doc, jsonOption(ctx, QStringLiteral("decision-rule")));
        changes.decisionRule = doc->object();
    }
    if (ctx.args().has(QStringLiteral("budget-terms"))) {
        ETALON_GET(doc, jsonOption(ctx, QStringLiteral("budget-terms")));
        if (!doc->isArray())
            return fail(Error::badInput(QStringLiteral("budget-terms"),
                                        Tr::tr("the budget terms are a JSON array of terms ([] for none)")));
        changes.budgetTerms = doc->array();
    }
    if (ctx.args().has(QStringLiteral("programme"))) {
        // "none" leaves a verification with its checklist only.
        if (ctx.args().value(QStringLiteral("programme")) == QStringLiteral("none")) {
            changes.programme = QJsonObject();
        } else {
            ETALON_GET(doc, jsonOption(ctx, QStringLiteral("programme")));
            changes.programme = doc->object();
        }
    }
    if (ctx.args().has(QStringLiteral("min-tur"))) {
        const QString value = ctx.args().value(QStringLiteral("min-tur"));
        if (value == QStringLiteral("none")) {
            changes.minTur = std::optional<Decimal>();
        } else {
            ETALON_GET(tur, Decimal::parse(value, QStringLiteral("min-tur")));
            changes.minTur = std::optional<Decimal>(*tur);
        }
    }
    if (ctx.args().has(QStringLiteral("min-repeats"))) {
        const QString value = ctx.args().value(QStringLiteral("min-repeats"));
        if (value == QStringLiteral("none")) {
            changes.minRepeats = std::optional<int>();
        } else {
            ETALON_GET(n, ctx.integer(QStringLiteral("min-repeats"), 2, 100));
            changes.minRepeats = std::optional<int>(int(*n));
        }
    }
    ETALON_GET(procedure, CatalogService(ctx.lab()).updateProcedure(ctx.session(), code, changes));
    return Output{Json::procedure(*procedure), Tr::tr("%1 updated").arg(code)};
}

Result<Output> scopeList(Context& ctx)
{
    ETALON_GET(entries, CatalogService(ctx.lab()).scope());
    QJsonArray items;
    QStringList lines;
    for (const ScopeEntry& e : *entries) {
        items.append(QJsonObject{{QStringLiteral("type"), e.typeCode},
                                 {QStringLiteral("range_max"), Json::quantity(e.rangeMax)}});
        lines.append(e.typeCode + (e.rangeMax ? Tr::tr("\tup to %1").arg(e.rangeMax->toString()) : QString()));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

Result<Output> scopeSet(Context& ctx)
{
    const QString code = ctx.args().positional.value(0);
    ETALON_GET(rangeMax, ctx.optionalQuantity(QStringLiteral("range-max")));
    auto r = CatalogService(ctx.lab()).setScope(ctx.session(), code, *rangeMax);
    if (!r)
        return fail(r.error());
    return Output{QJsonObject{{QStringLiteral("type"), code}, {QStringLiteral("range_max"), Json::quantity(*rangeMax)}},
                  Tr::tr("%1 is in the designation scope").arg(code)};
}

Result<Output> scopeRemove(Context& ctx)
{
    const QString code = ctx.args().positional.value(0);
    auto r = CatalogService(ctx.lab()).removeFromScope(ctx.session(), code);
    if (!r)
        return fail(r.error());
    return Output{QJsonObject{{QStringLiteral("type"), code}, {QStringLiteral("removed"), true}},
                  Tr::tr("%1 removed from the designation scope").arg(code)};
}

Result<Output> settingsShow(Context& ctx)
{
    ETALON_GET(settings, SettingsService(ctx.lab()).all());
    QJsonObject json;
    QStringList lines;
    for (auto it = settings->cbegin(); it != settings->cend(); ++it) {
        // The logo is an image: say how large it is rather than print it.
        const QString value = it.key() == QStringLiteral("logo")
            ? Tr::tr("(PNG, %1 bytes)").arg(QByteArray::fromBase64(it.value().toLatin1()).size())
            : it.value();
        json.insert(it.key(), value);
        lines.append(it.key() + QStringLiteral(" = ") + value);
    }
    return Output{json, lines.join(u'\n')};
}

Result<Output> settingsSet(Context& ctx)
{
    const QString key = ctx.args().positional.value(0);
    const QString value = ctx.args().positional.value(1);
    auto r = SettingsService(ctx.lab()).set(ctx.session(), key, value);
    if (!r)
        return fail(r.error());
    return Output{QJsonObject{{key, value}}, Tr::tr("%1 = %2").arg(key, value)};
}

Result<Output> settingsSetLogo(Context& ctx)
{
    const QString path = ctx.args().positional.value(0);
    // Read no further than a logo may be (the setting then says what it takes).
    ETALON_GET(bytes, readInputFile(path, QStringLiteral("file"), 8 * 1024 * 1024));
    auto r =
        SettingsService(ctx.lab()).set(ctx.session(), QStringLiteral("logo"), QString::fromLatin1(bytes->toBase64()));
    if (!r)
        return fail(r.error());
    return Output{QJsonObject{{QStringLiteral("logo"), path}}, Tr::tr("The lab's logo is now %1").arg(path)};
}

/** A time as the lab's clock showed it, with its offset, so it reads the same wherever it is printed. */
QString zoned(const QDateTime& at)
{
    const int minutes = at.offsetFromUtc() / 60;
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
        QStringLiteral(" UTC%1%2:%3")
            .arg(QChar(minutes < 0 ? u'-' : u'+'))
            .arg(std::abs(minutes) / 60, 2, 10, QChar(u'0'))
            .arg(std::abs(minutes) % 60, 2, 10, QChar(u'0'));
}

Result<Output> auditVerify(Context& ctx)
{
    ETALON_GET(result, AuditService(ctx.lab()).verify());
    QJsonObject json{{QStringLiteral("entries"), result->entries},
                     {QStringLiteral("checkpoints"), result->checkpoints},
                     {QStringLiteral("row_changes"), result->rowChanges},
                     {QStringLiteral("security_events"), result->securityEvents},
                     {QStringLiteral("certificates"), result->certificates},
                     {QStringLiteral("domain_checked"), result->domainChecked},
                     {QStringLiteral("ok"), result->intact()}};
    Output out{json,
               Tr::tr("Lab intact: %1 sealing %2, %3, %4, %5")
                   .arg(Tr::tr("%n audit entry(s)", nullptr, int(result->entries)),
                        Tr::tr("%n row change(s)", nullptr, int(result->rowChanges)),
                        Tr::tr("%n signed checkpoint(s)", nullptr, int(result->checkpoints)),
                        Tr::tr("%n security event(s)", nullptr, int(result->securityEvents)),
                        Tr::tr("%n certificate(s) checked against its signature", nullptr, int(result->certificates)))};
    // A repair leaves the lab intact but tells of a time its guards were off: said with the result, never hidden.
    QJsonArray repairs;
    QString repairText;
    for (const SchemaRepair& r : result->repairs) {
        repairs.append(QJsonObject{{QStringLiteral("event"), r.event},
                                   {QStringLiteral("at"), r.at.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("triggers"), QJsonArray::fromStringList(r.triggers)}});
        repairText +=
            u'\n' + Tr::tr("Warning: %1").arg(AuditWords::schemaRepair(r.event, r.triggers, zoned(r.localAt)));
    }
    out.text += repairText;
    json.insert(QStringLiteral("repairs"), repairs);
    out.json = json;
    // The finding is the report, so it goes to standard output too, with the exact entry for a script.
    const auto finding = [&](const AuditBreak& b, const char* kind, const Error& error) {
        json.insert(QStringLiteral("finding"),
                    QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kind)},
                                {QStringLiteral("entry"), b.entryId ? QJsonValue(b.entryId) : QJsonValue()},
                                {QStringLiteral("reason"), b.reason}});
        out.json = json;
        out.text = error.message + repairText;
        out.error = error;
    };
    if (!result->corruption.isEmpty()) {
        finding(AuditBreak{0, result->corruption}, "corruption",
                Error::refused(QStringLiteral("lab_corrupt"),
                               Tr::tr("the lab file is damaged (SQLite's integrity check): %1; restore it from a "
                                      "backup")
                                   .arg(result->corruption)));
    } else if (!result->schemaDifference.isEmpty()) {
        finding(AuditBreak{0, result->schemaDifference}, "schema",
                Error::refused(QStringLiteral("schema_altered"),
                               Tr::tr("the lab's schema was changed behind Etalon's back: %1; restore the lab from a "
                                      "backup")
                                   .arg(result->schemaDifference)));
    } else if (result->firstBreak) {
        const AuditBreak& b = *result->firstBreak;
        finding(b, "chain",
                Error::refused(QStringLiteral("audit_chain_broken"),
                               b.entryId
                                   ? Tr::tr("the audit trail is broken at entry %1: %2").arg(b.entryId).arg(b.reason)
                                   : Tr::tr("the audit trail is broken: %1").arg(b.reason),
                               b.entryId ? QStringLiteral("entry %1").arg(b.entryId) : QString()));
    } else if (result->domainMismatch) {
        const AuditBreak& m = *result->domainMismatch;
        finding(m, "domain",
                Error::refused(QStringLiteral("audit_domain_mismatch"),
                               Tr::tr("the data differs from the audit trail: %1").arg(m.reason),
                               m.entryId ? QStringLiteral("entry %1").arg(m.entryId) : QString()));
    }
    return out;
}

Result<Output> auditCheckpoint(Context& ctx)
{
    ETALON_GET(passphrase, ctx.secret("ETALON_SIGNING_PASSPHRASE", Tr::tr("Signing passphrase: ")));
    auto r = AuditService(ctx.lab()).checkpoint(ctx.session(), *passphrase);
    if (!r)
        return fail(r.error());
    return Output{QJsonObject{{QStringLiteral("ok"), true}}, Tr::tr("The head of the audit trail is signed")};
}

Result<Output> auditCheckpoints(Context& ctx)
{
    ETALON_GET(list, AuditService(ctx.lab()).checkpoints());
    QJsonArray items;
    QStringList lines;
    QList<QStringList> rows;
    for (const AuditCheckpoint& c : *list) {
        items.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("number"), c.number ? QJsonValue(*c.number) : QJsonValue()},
                                 {QStringLiteral("entry"), c.entryId},
                                 {QStringLiteral("entry_hash"), c.entryHash},
                                 {QStringLiteral("security_event"), c.securityId},
                                 {QStringLiteral("security_hash"), c.securityHash},
                                 {QStringLiteral("key_fingerprint"), c.keyFingerprint},
                                 {QStringLiteral("signed_at"), c.signedAt},
                                 {QStringLiteral("message"), QString::fromUtf8(c.message)},
                                 {QStringLiteral("signature"), c.signature}});
        rows.append({QString::number(c.id), c.number ? QString::number(*c.number) : QString(),
                     QString::number(c.entryId), c.entryHash, c.signedAt, QString::fromUtf8(c.message), c.signature});
        lines.append(rows.last().join(u'\t'));
    }
    if (ctx.args().has(QStringLiteral("csv"))) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        ETALON_TRY(csv.writeRow({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("entry"),
                                 QStringLiteral("entry-hash"), QStringLiteral("signed-at"), QStringLiteral("message"),
                                 QStringLiteral("signature")}));
        for (const QStringList& row : rows)
            ETALON_TRY(csv.writeRow(row));
        ETALON_TRY(writeWholeFile(ctx.args().value(QStringLiteral("csv")), bytes, QStringLiteral("csv")));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}}, lines.join(u'\n')};
}

Result<Output> auditList(Context& ctx)
{
    AuditFilter filter;
    // --user is also who signs in: the trail's filter is --by, or a second --user given with the command.
    const QStringList users = ctx.args().values(QStringLiteral("user"));
    filter.user = ctx.args().value(QStringLiteral("by"), users.size() > 1 ? users.last() : QString());
    filter.text = ctx.args().value(QStringLiteral("search"));
    ETALON_GET(from, ctx.optionalDate(QStringLiteral("from")));
    ETALON_GET(to, ctx.optionalDate(QStringLiteral("to")));
    ETALON_GET(limit, ctx.optionalInteger(QStringLiteral("limit"), 1, 100'000));
    filter.from = *from;
    filter.to = *to;
    filter.limit = int(limit->value_or(100));
    ETALON_GET(entries, AuditService(ctx.lab()).entries(ctx.session(), filter));
    QJsonArray items;
    QStringList lines;
    const auto orNull = [](const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    for (const AuditEntry& e : *entries) {
        items.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("local_at"), e.localAt.toString(Qt::ISODate)},
                                 {QStringLiteral("user"), e.user},
                                 {QStringLiteral("user_full_name"), orNull(e.userFullName)},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("action_text"), e.actionText},
                                 {QStringLiteral("entity"), e.entity},
                                 {QStringLiteral("entity_id"), e.entityId ? QJsonValue(*e.entityId) : QJsonValue()},
                                 {QStringLiteral("certificate"), orNull(e.certificateNumber)},
                                 {QStringLiteral("record_id"), e.recordId ? QJsonValue(*e.recordId) : QJsonValue()},
                                 {QStringLiteral("serial"), orNull(e.instrumentSerial)},
                                 {QStringLiteral("before"), orNull(e.before)},
                                 {QStringLiteral("after"), orNull(e.after)}});
        QStringList about;
        if (!e.certificateNumber.isEmpty())
            about.append(e.certificateNumber);
        if (e.recordId)
            about.append(Tr::tr("record %1").arg(*e.recordId));
        if (!e.instrumentSerial.isEmpty())
            about.append(e.instrumentSerial);
        lines.append(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(e.id)
                         .arg(e.localAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                              e.userFullName.isEmpty() ? e.user : e.userFullName, e.actionText,
                              about.join(QStringLiteral(", "))));
    }
    return Output{QJsonObject{{QStringLiteral("items"), items}},
                  lines.isEmpty() ? Tr::tr("No audit entry matches.") : lines.join(u'\n')};
}

Result<Output> demo(Context& ctx)
{
    DemoOptions options;
    ETALON_GET(instruments, ctx.integer(QStringLiteral("instruments"), 1, 10'000'000));
    ETALON_GET(records, ctx.integer(QStringLiteral("records"), 0, 100'000'000));
    ETALON_GET(seed, ctx.optionalInteger(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max()));
    options.instruments = int(*instruments);
    options.records = int(*records);
    options.seed = quint64(seed->value_or(2026));
    QElapsedTimer timer;
    timer.start();
    ETALON_GET(summary, DemoGenerator(ctx.lab()).generate(ctx.session(), options));
    const double seconds = double(timer.elapsed()) / 1000.0;
    const QJsonObject json{{QStringLiteral("organisations"), summary->organisations},
                           {QStringLiteral("standards"), summary->standards},
                           {QStringLiteral("instruments"), summary->instruments},
                           {QStringLiteral("records"), summary->records},
                           {QStringLiteral("seconds"), seconds}};
    return Output{json,
                  Tr::tr("Demo data: %1 organisations, %2 standards, %3 instruments, %4 records in %5 s")
                      .arg(summary->organisations)
                      .arg(summary->standards)
                      .arg(summary->instruments)
                      .arg(summary->records)
                      .arg(seconds, 0, 'f', 1)};
}

} // namespace

const QList<CommandSpec>& labCommands()
{
    static const QList<CommandSpec> list{
        {"init", Access::Create, init,
         "init --lab-name TEXT [--admin NAME] [--demo]   (password from $ETALON_PASSWORD; --demo: a demo lab, the "
         "only kind `demo` fills)"},
        {"user add", Access::SignedIn, userAdd,
         "user add NAME --role technician|manager|auditor|admin --full-name TEXT"},
        {"user passwd", Access::SignedIn, userPasswd, "user passwd [NAME]   (new password from $ETALON_NEW_PASSWORD)"},
        {"user authorize", Access::SignedIn, userAuthorize,
         "user authorize NAME --field FIELD --certificate TEXT --valid-until DATE"},
        {"user revoke", Access::SignedIn, userRevoke, "user revoke NAME --field FIELD   (removes the cards for FIELD)"},
        {"user fields", Access::SignedIn, userFields, "user fields   (the fields a verifier card may be for)"},
        {"user list", Access::SignedIn, userList, "user list"},
        {"setup progress", Access::SignedIn, setupProgress,
         "setup progress   (what the lab still has to register before its first certificate, in order)"},
        {"user title", Access::SignedIn, userTitle,
         "user title NAME [--title TEXT] [--signs-for TEXT]   (the title a signatory signs under, e.g. --title \"PHÓ "
         "GIÁM ĐỐC\" --signs-for \"GIÁM ĐỐC\" prints KT. GIÁM ĐỐC; none: the lab's approver_title)"},
        {"catalog types", Access::Catalog, catalogTypes, "catalog types"},
        {"catalog procedures", Access::Catalog, catalogProcedures, "catalog procedures"},
        {"catalog units", Access::None, catalogUnits, "catalog units"},
        {"catalog type-set", Access::SignedIn, catalogTypeSet,
         "catalog type-set CODE [--cycle-months N|none] [--legal-basis TEXT] [--effective-date DATE] [--confirmed "
         "yes|no]"},
        {"catalog procedure-set", Access::SignedIn, catalogProcedureSet,
         "catalog procedure-set CODE [--rule JSON] [--env-limits JSON] [--decision-rule JSON] [--min-tur N|none] "
         "[--min-repeats N|none] "
         "[--budget-terms JSON] [--programme JSON|none]"},
        {"scope list", Access::SignedIn, scopeList, "scope list"},
        {"scope set", Access::SignedIn, scopeSet, "scope set CODE [--range-max Q]"},
        {"scope remove", Access::SignedIn, scopeRemove, "scope remove CODE"},
        {"settings show", Access::SignedIn, settingsShow, "settings show"},
        {"settings set", Access::SignedIn, settingsSet,
         "settings set KEY VALUE   (lab_name, lab_address, designation_number, place_of_issue, time_zone, "
         "allow_self_approval, serial_prefix, budget_annex, certificate_pattern, approver_title, national_heading, "
         "governing_body, lab_email, lockout_attempts, lockout_minutes, max_calibration_validity_months)"},
        {"settings set-logo", Access::SignedIn, settingsSetLogo, "settings set-logo FILE.png"},
        {"settings signing-passphrase", Access::SignedIn, signingPassphrase,
         "settings signing-passphrase   (admin; current from $ETALON_SIGNING_PASSPHRASE, new from "
         "$ETALON_NEW_SIGNING_PASSPHRASE)"},
        {"audit verify", Access::SignedIn, auditVerify, "audit verify"},
        {"audit checkpoints", Access::SignedIn, auditCheckpoints,
         "audit checkpoints [--csv FILE]   (to check offline with certificate public-key)"},
        {"audit list", Access::SignedIn, auditList,
         "audit list [--by NAME] [--search TEXT] [--from DATE] [--to DATE] [--limit N]   (newest first, in words; "
         "--search: a certificate number, serial, name, action or any text; dates are the lab's days)"},
        {"audit checkpoint", Access::SignedIn, auditCheckpoint,
         "audit checkpoint   (signs the trail's head; passphrase from $ETALON_SIGNING_PASSPHRASE)"},
        {"demo", Access::SignedIn, demo, "demo --instruments N --records M [--seed S]"},
    };
    return list;
}

} // namespace Etalon::Cli
