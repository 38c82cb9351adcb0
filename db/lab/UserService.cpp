// SPDX-License-Identifier: Apache-2.0
#include "db/lab/UserService.h"

#include "core/Json.h"
#include "core/MeasurementField.h"
#include "db/catalog/CatalogSeeder.h"
#include "db/lab/Passwords.h"
#include "db/store/Rows.h"
#include "db/trust/SecurityLog.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Etalon {

namespace {

Status checkUserName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    if (!pattern.match(name).hasMatch())
        return fail(Error::badInput(QStringLiteral("name"),
                                    Tr::tr("a user name has 2 to 64 letters, digits, dots, dashes or underscores")));
    return {};
}

Person personFrom(const QSqlQuery& q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.fullName = q.value(2).toString();
    p.role = enumFromName<Role>(q.value(3).toString(), {}).value_or(Role::Auditor);
    p.active = q.value(4).toBool();
    p.title = q.value(5).toString();
    p.signsFor = q.value(6).toString();
    return p;
}

} // namespace

Result<Session> UserService::initialise(const QString& labName, const QString& adminName, const QString& adminPassword,
                                        LabKind kind)
{
    if (labName.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("lab-name"), Tr::tr("the lab's name is required")));
    ETALON_TRY(checkText(labName, QStringLiteral("lab-name"), 200));
    ETALON_TRY(checkUserName(adminName));
    ETALON_TRY(Passwords::checkStrength(adminPassword, adminName));
    if (m_lab.isInitialised())
        return fail(Error::refused(
            QStringLiteral("already_initialised"),
            Tr::tr("this database already holds the lab “%1”").arg(m_lab.setting(QStringLiteral("lab_name")))));
    auto hash = Passwords::hash(adminPassword);
    if (!hash)
        return fail(hash.error());
    return m_lab.write([&]() -> Result<Session> {
        auto user =
            m_lab.db().insert(QStringLiteral("INSERT INTO users (name, full_name, role, password_hash, created_at) "
                                             "VALUES (?, ?, 'admin', ?, ?)"),
                              {adminName, adminName, *hash, m_lab.nowText()});
        if (!user)
            return fail(user.error());
        const Session session{*user, adminName, Role::Admin};
        auto org =
            m_lab.db().insert(QStringLiteral("INSERT INTO organisations (kind, name, created_at) VALUES ('lab', ?, ?)"),
                              {labName, m_lab.nowText()});
        if (!org)
            return fail(org.error());
        for (const auto& [key, value] : {std::pair{QStringLiteral("lab_name"), labName},
                                         std::pair{QStringLiteral("lab_org_id"), QString::number(*org)},
                                         std::pair{QStringLiteral("time_zone"), QStringLiteral("Asia/Ho_Chi_Minh")},
                                         std::pair{QStringLiteral("allow_self_approval"), QStringLiteral("0")},
                                         std::pair{QStringLiteral("serial_prefix"), QStringLiteral("LAB")},
                                         // The model forms head every verification document with the Quốc hiệu.
                                         std::pair{QStringLiteral("national_heading"), QStringLiteral("1")}}) {
            ETALON_TRY(m_lab.setSetting(key, value));
        }
        // A demo lab is one from the start, and only such a lab takes generated demo data: it never mixes with real
        // records.
        if (kind == LabKind::Demo)
            ETALON_TRY(m_lab.setSetting(QStringLiteral("demo"), QStringLiteral("1")));
        ETALON_TRY(CatalogSeeder::seed(m_lab.db()));
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("lab.init"), QStringLiteral("lab"), std::nullopt, {},
                                   QJsonObject{{QStringLiteral("lab_name"), labName},
                                               {QStringLiteral("admin"), adminName},
                                               {QStringLiteral("demo"), kind == LabKind::Demo}}));
        return session;
    });
}

Status UserService::logSecurity(const QString& user, const QString& event, const QString& detail)
{
    return SecurityLog::append(m_lab.db(), m_lab.now(), user, event, detail);
}

namespace {

Error lockedError(const QString& name, const QDateTime& until)
{
    return Error::permission(QStringLiteral("account_locked"),
                             Tr::tr("the account %1 is locked after repeated failed sign-ins until %2 "
                                    "(UTC); an admin can unlock it by resetting its password")
                                 .arg(name, until.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

} // namespace

Result<Session> UserService::signIn(const QString& name, const QString& password)
{
    auto q =
        m_lab.db().exec(QStringLiteral("SELECT id, role, password_hash, active, must_change_password, failed_attempts, "
                                       "locked_until FROM users WHERE name = ?"),
                        {name});
    if (!q)
        return fail(q.error());
    // Unknown users cost a hash verification too, so timing does not tell which names exist.
    static const QString dummy = Passwords::hash(QStringLiteral("timing-equaliser")).value_or(QString());
    const bool found = q->next();
    const bool ok = Passwords::verify(found ? q->value(2).toString() : dummy, password);
    const Id userId = found ? q->value(0).toLongLong() : 0;
    const QString roleName = found ? q->value(1).toString() : QString();
    const bool active = found && q->value(3).toBool();
    const bool mustChange = found && q->value(4).toBool();
    const QDateTime storedLock =
        found && !q->value(6).isNull() ? QDateTime::fromString(q->value(6).toString(), Qt::ISODateWithMs) : QDateTime();
    q->finish();
    Error refused = Error::permission(QStringLiteral("auth_failed"), Tr::tr("wrong user or password"));
    if (m_lab.db().isReadOnly()) {
        // Nothing can be counted or logged in a lab that cannot be written, and nothing in it can be changed
        // either: a lock already in force is kept, the rest is the password's check alone.
        if (storedLock.isValid() && storedLock > m_lab.now())
            return fail(lockedError(name, storedLock));
        if (!found || !ok || !active)
            return fail(refused);
        return Session{userId, name, enumFromName<Role>(roleName, {}).value_or(Role::Auditor), mustChange};
    }
    // A refusal is committed too (its log entry and counter), so the body says "refused" as an empty value.
    const auto outcome = m_lab.write([&]() -> Result<std::optional<Session>> {
        if (!found) {
            ETALON_TRY(logSecurity(name, QStringLiteral("sign-in-failed"), QStringLiteral("unknown user")));
            return std::optional<Session>();
        }
        // Read again under the write lock: attempts made in parallel count one by one, and an account another
        // attempt locked meanwhile stays locked.
        auto fresh =
            m_lab.db().exec(QStringLiteral("SELECT failed_attempts, locked_until FROM users WHERE name = ?"), {name});
        if (!fresh)
            return fail(fresh.error());
        const bool still = fresh->next();
        const int failedBefore = still ? fresh->value(0).toInt() : 0;
        const QDateTime lockedUntil = still && !fresh->value(1).isNull()
            ? QDateTime::fromString(fresh->value(1).toString(), Qt::ISODateWithMs)
            : QDateTime();
        fresh->finish();
        if (lockedUntil.isValid() && lockedUntil > m_lab.now()) {
            ETALON_TRY(logSecurity(name, QStringLiteral("sign-in-refused"), QStringLiteral("locked")));
            refused = lockedError(name, lockedUntil);
            return std::optional<Session>();
        }
        if (!ok || !active) {
            const int attempts = failedBefore + 1;
            const int limit = m_lab.setting(QStringLiteral("lockout_attempts"), QStringLiteral("5")).toInt();
            const int minutes = m_lab.setting(QStringLiteral("lockout_minutes"), QStringLiteral("15")).toInt();
            const bool lock = limit > 0 && attempts >= limit;
            auto u = m_lab.db().exec(
                QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE name = ?"),
                {lock ? 0 : attempts,
                 lock ? QVariant(m_lab.now().addSecs(qint64(minutes) * 60).toString(Qt::ISODateWithMs)) : QVariant(),
                 name});
            if (!u)
                return fail(u.error());
            ETALON_TRY(logSecurity(name, lock ? QStringLiteral("locked") : QStringLiteral("sign-in-failed"),
                                   lock ? Tr::tr("%1 failed attempts: locked for %2 minutes").arg(attempts).arg(minutes)
                                        : QString()));
            return std::optional<Session>();
        }
        auto u = m_lab.db().exec(
            QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE name = ?"), {name});
        if (!u)
            return fail(u.error());
        ETALON_TRY(logSecurity(name, QStringLiteral("sign-in"), QString()));
        return std::optional<Session>(
            Session{userId, name, enumFromName<Role>(roleName, {}).value_or(Role::Auditor), mustChange});
    });
    if (!outcome)
        return fail(outcome.error());
    if (!*outcome)
        return fail(refused);
    return **outcome;
}

Result<Person> UserService::addUser(const Session& session, const QString& name, Role role, const QString& fullName,
                                    const QString& password)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    ETALON_TRY(checkUserName(name));
    if (fullName.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("full-name"), Tr::tr("the user's full name is required")));
    ETALON_TRY(checkText(fullName, QStringLiteral("full-name"), 120));
    const QString person = fullName.trimmed().normalized(QString::NormalizationForm_C);
    ETALON_TRY(Passwords::checkStrength(password, name));
    auto hash = Passwords::hash(password);
    if (!hash)
        return fail(hash.error());
    return m_lab.write([&]() -> Result<Person> {
        // “Manager” beside “manager” would be two people to the database and one to whoever reads a certificate.
        auto exists = m_lab.db().scalar(QStringLiteral("SELECT name FROM users WHERE lower(name) = lower(?)"), {name});
        if (!exists)
            return fail(exists.error());
        if (!exists->isNull())
            return fail(Error::badInput(QStringLiteral("name"),
                                        Tr::tr("a user named “%1” already exists").arg(exists->toString()),
                                        QStringLiteral("duplicate_user")));
        auto r =
            m_lab.db().insert(QStringLiteral("INSERT INTO users (name, full_name, role, password_hash, created_at) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              {name, person, toName(role), *hash, m_lab.nowText()});
        if (!r)
            return fail(r.error());
        const Person p{*r, name, person, role, true, {}, {}};
        ETALON_TRY(
            m_lab.logChange(session, QStringLiteral("user.add"), QStringLiteral("user"), p.id, {}, Json::person(p)));
        return p;
    });
}

Status UserService::changePassword(const Session& session, const QString& name, const QString& newPassword)
{
    if (session.name != name)
        ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    ETALON_TRY(Passwords::checkStrength(newPassword, name));
    auto hash = Passwords::hash(newPassword);
    if (!hash)
        return fail(hash.error());
    return m_lab.write([&]() -> Status {
        auto user = fetchUser(name);
        if (!user)
            return fail(user.error());
        // An admin's reset of someone else's password makes them choose their own at the next sign-in.
        const bool reset = session.name != name;
        auto r = m_lab.db().exec(
            QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?, failed_attempts = 0, "
                           "locked_until = NULL WHERE id = ?"),
            {*hash, reset, user->id});
        if (r)
            ETALON_TRY(logSecurity(name, reset ? QStringLiteral("password-reset") : QStringLiteral("password-changed"),
                                   reset ? Tr::tr("by %1").arg(session.name) : QString()));
        if (!r)
            return fail(r.error());
        return m_lab.logChange(session, QStringLiteral("user.passwd"), QStringLiteral("user"), user->id, {},
                               QJsonObject{{QStringLiteral("password"), QStringLiteral("changed")}});
    });
}

Result<Authorisation> UserService::authorize(const Session& session, const QString& name, const QString& field,
                                             const QString& certificate, const QDate& validUntil)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin, Role::Manager}));
    if (field.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("field"), Tr::tr("the field of the authorisation is required")));
    if (certificate.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("certificate"), Tr::tr("the verifier card's number is required")));
    if (!validUntil.isValid())
        return fail(Error::badInput(QStringLiteral("valid-until"), Tr::tr("valid-until must be a date (YYYY-MM-DD)")));
    ETALON_TRY(checkText(field, QStringLiteral("field"), 60));
    ETALON_TRY(checkText(certificate, QStringLiteral("certificate"), 120));
    ETALON_TRY(checkCardField(field.trimmed()));
    return m_lab.write([&]() -> Result<Authorisation> {
        auto user = fetchUser(name);
        if (!user)
            return fail(user.error());
        auto r = m_lab.db().insert(
            QStringLiteral("INSERT INTO authorisations (user_id, field, certificate, valid_until, "
                           "created_at) VALUES (?, ?, ?, ?, ?)"),
            {user->id, field.trimmed(), certificate.trimmed(), validUntil.toString(Qt::ISODate), m_lab.nowText()});
        if (!r)
            return fail(r.error());
        const Authorisation a{*r, user->id, field.trimmed(), certificate.trimmed(), validUntil};
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("user.authorize"), QStringLiteral("authorisation"), a.id, {},
                                   Json::authorisation(a)));
        return a;
    });
}

Status UserService::checkCardField(const QString& field)
{
    auto fields = cardFields();
    if (!fields)
        return fail(fields.error());
    QStringList known;
    for (const VerifierField& f : *fields) {
        if (f.code == field)
            return {};
        known.append(f.code);
    }
    // A card for a field no instrument type names would authorise no work at all.
    return fail(Error::badInput(QStringLiteral("field"),
                                Tr::tr("“%1” is not a field of the catalogue's instrument types; the fields are: %2")
                                    .arg(field, known.join(QStringLiteral(", "))),
                                QStringLiteral("unknown_field")));
}

Result<QList<VerifierField>> UserService::cardFields()
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT field, code FROM instrument_types ORDER BY field, code"));
    if (!q)
        return fail(q.error());
    QList<VerifierField> out;
    while (q->next()) {
        const QString code = q->value(0).toString();
        if (out.isEmpty() || out.last().code != code)
            out.append({code,
                        MeasurementField::catalogueFieldName(code, false),
                        MeasurementField::catalogueFieldName(code, true),
                        {}});
        out.last().typeCodes.append(q->value(1).toString());
    }
    return out;
}

Result<int> UserService::revokeAuthorisation(const Session& session, const QString& name, const QString& field)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin, Role::Manager}));
    if (field.trimmed().isEmpty())
        return fail(Error::badInput(QStringLiteral("field"), Tr::tr("the field of the card to remove is required")));
    return m_lab.write([&]() -> Result<int> {
        auto user = fetchUser(name);
        if (!user)
            return fail(user.error());
        auto cards = authorisations(user->id);
        if (!cards)
            return fail(cards.error());
        int removed = 0;
        for (const Authorisation& a : *cards) {
            if (a.field != field.trimmed())
                continue;
            auto r = m_lab.db().exec(QStringLiteral("DELETE FROM authorisations WHERE id = ?"), {a.id});
            if (!r)
                return fail(r.error());
            ETALON_TRY(m_lab.logChange(session, QStringLiteral("user.revoke"), QStringLiteral("authorisation"), a.id,
                                       Json::authorisation(a), {}));
            ++removed;
        }
        if (removed == 0)
            return fail(Error::notFound(QStringLiteral("field"),
                                        Tr::tr("%1 holds no verifier card for the field “%2”").arg(name, field)));
        return removed;
    });
}

Result<QList<Person>> UserService::users()
{
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT id, name, full_name, role, active, title, signs_for FROM users ORDER BY name"));
    if (!q)
        return fail(q.error());
    QList<Person> out;
    while (q->next())
        out.append(personFrom(*q));
    return out;
}

Result<Person> UserService::setTitle(const Session& session, const QString& name, const QString& title,
                                     const QString& signsFor)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin}));
    const QString t = title.trimmed(), s = signsFor.trimmed();
    ETALON_TRY(checkText(t, QStringLiteral("title"), 80));
    ETALON_TRY(checkText(s, QStringLiteral("signs-for"), 80));
    if (t.isEmpty() && !s.isEmpty())
        return fail(Error::badInput(QStringLiteral("title"),
                                    Tr::tr("a signatory who signs for the head needs their own title too")));
    return m_lab.write([&]() -> Result<Person> {
        auto before = fetchUser(name);
        if (!before)
            return fail(before.error());
        auto u = m_lab.db().exec(
            QStringLiteral("UPDATE users SET title = ?, signs_for = ? WHERE id = ?"),
            {t.isEmpty() ? QVariant() : QVariant(t), s.isEmpty() ? QVariant() : QVariant(s), before->id});
        if (!u)
            return fail(u.error());
        Person after = *before;
        after.title = t;
        after.signsFor = s;
        ETALON_TRY(m_lab.logChange(session, QStringLiteral("user.title"), QStringLiteral("user"), after.id,
                                   Json::person(*before), Json::person(after)));
        return after;
    });
}

Result<Person> UserService::fetchUser(const QString& name)
{
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT id, name, full_name, role, active, title, signs_for FROM users WHERE name = ?"), {name});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("name"), Tr::tr("no user named “%1”").arg(name)));
    return personFrom(*q);
}

Result<QList<Authorisation>> UserService::authorisations(Id userId)
{
    auto q = m_lab.db().exec(QStringLiteral("SELECT id, user_id, field, certificate, valid_until FROM authorisations "
                                            "WHERE user_id = ? ORDER BY valid_until"),
                             {userId});
    if (!q)
        return fail(q.error());
    QList<Authorisation> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                    Rows::date(q->value(4)).value_or(QDate())});
    return out;
}

Status UserService::requireAuthorisation(Id userId, const QString& field, const QDate& date)
{
    auto q =
        m_lab.db().scalar(QStringLiteral("SELECT MAX(valid_until) FROM authorisations WHERE user_id = ? AND field = ? "
                                         "AND (valid_from IS NULL OR valid_from <= ?)"),
                          {userId, field, date.toString(Qt::ISODate)});
    if (!q)
        return fail(q.error());
    if (q->isNull())
        return fail(Error::refused(QStringLiteral("not_authorised"),
                                   Tr::tr("the technician holds no verifier card for the field “%1”").arg(field),
                                   QStringLiteral("technician")));
    const QDate until = QDate::fromString(q->toString(), Qt::ISODate);
    if (until < date)
        return fail(
            Error::refused(QStringLiteral("not_authorised"),
                           Tr::tr("the technician's verifier card for “%1” expired on %2, before the date of the "
                                  "work %3")
                               .arg(field, until.toString(Qt::ISODate), date.toString(Qt::ISODate)),
                           QStringLiteral("technician")));
    return {};
}

} // namespace Etalon
