// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Result.h"
#include "db/store/Database.h"
#include "db/trust/AuditLog.h"

#include <QJsonObject>

#include <initializer_list>

namespace Etalon {

/** Who is acting: every use case takes one and checks the role it needs. */
struct Session
{
    Id userId = 0;
    QString name;
    Role role = Role::Auditor;
    bool mustChangePassword = false; ///< after an admin's reset: nothing but a new password until then
};

/**
 * The context every use case runs in: the database, the clock, the lab's settings and the audit
 * trail. `write()` runs a use case as one transaction that commits whole or not at all.
 */
class Lab final
{
public:
    explicit Lab(Database& db, const Clock& clock = Clock::system());

    Database& db() { return m_db; }
    AuditLog& audit() { return m_audit; }
    const Clock& clock() const { return m_clock; }
    QDateTime now() const { return m_clock.nowUtc(); }
    /** Today in the lab's time zone (setting "time_zone", Asia/Ho_Chi_Minh by default). */
    QDate today();
    /** Now in the lab's time zone, for what reports print. */
    QDateTime localNow();
    QString nowText() const { return now().toString(Qt::ISODateWithMs); }
    /** This computer's name, as other desks are told who has a record open. */
    QString desk() const;
    /** This running program among the desk's: what holds a record open (RecordEditing). */
    const QString& instance() const { return m_instance; }

    QString setting(const QString& key, const QString& fallback = QString());
    Status setSetting(const QString& key, const QString& value);
    bool isInitialised();

    /**
     * Runs \a body inside BEGIN IMMEDIATE … COMMIT; any failure rolls everything back. The audit entries the body
     * logs are written as the outermost write ends, after every change they account for, so they seal the row log.
     */
    template <typename F>
    auto write(F&& body) -> decltype(body())
    {
        return writeIn(WriteScope::lab(), std::forward<F>(body));
    }

    /**
     * As write(), for a use case that changes only record \a recordId's own rows (a reading and its warnings) and
     * reads nothing another such write changes: on a server, writes to other records go on meanwhile.
     */
    template <typename F>
    auto writeRecord(qint64 recordId, F&& body) -> decltype(body())
    {
        return writeIn(WriteScope::ofRecord(recordId), std::forward<F>(body));
    }

    template <typename F>
    auto writeIn(const WriteScope& scope, F&& body) -> decltype(body())
    {
        Transaction tx(m_db, scope);
        if (!tx.isActive())
            return fail(tx.beginError());
        Nesting nesting(*this);
        if (nesting.outermost())
            ETALON_TRY(markRowLog());
        auto result = body();
        if (!result)
            return result;
        if (nesting.outermost())
            ETALON_TRY(flushEntries(std::nullopt));
        auto committed = tx.commit();
        if (!committed)
            return fail(committed.error());
        nesting.keep();
        return result;
    }

    /** Logs an audit entry for \a session's change; inside write() it is written when the write ends. */
    Status logChange(const Session& session, const QString& action, const QString& entity, std::optional<Id> entityId,
                     const QJsonObject& before, const QJsonObject& after);

    /**
     * Signs the audit chain's head with the lab's key, the entries logged so far written first; the last of them
     * announces the checkpoint's number, so a deleted checkpoint shows. Call inside write(), after logChange().
     */
    Status checkpoint(const QString& passphrase);

    static Status requireRole(const Session& session, std::initializer_list<Role> roles);

private:
    struct Pending
    {
        QDateTime at;
        QString user, action, entity;
        std::optional<qint64> entityId;
        QJsonObject before, after;
    };
    /** Keeps count of nested write()s; the entries an inner one logged vanish with it when it fails. */
    class Nesting
    {
    public:
        explicit Nesting(Lab& lab)
            : m_lab(lab)
            , m_mark(lab.m_pending.size())
        {
            ++m_lab.m_depth;
        }
        ~Nesting()
        {
            if (!m_kept)
                m_lab.m_pending.resize(m_mark);
            --m_lab.m_depth;
        }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;
        bool outermost() const { return m_lab.m_depth == 1; }
        void keep() { m_kept = true; }

    private:
        Lab& m_lab;
        qsizetype m_mark;
        bool m_kept = false;
    };
    /** Notes where the row log ends as a write begins: what it adds after is this write's. */
    Status markRowLog();
    /**
     * Writes the pending entries, which seal this write's changes. Refused when the log holds changes from before
     * this write that no entry sealed (made outside Etalon: sealing them would launder them), or when this write
     * changed rows without an entry.
     */
    Status flushEntries(std::optional<qint64> checkpointNumber);

    Database& m_db;
    const Clock& m_clock;
    AuditLog m_audit;
    int m_depth = 0;
    QList<Pending> m_pending;
    qint64 m_rowMark = 0; ///< the row log's last id when the outermost write began
    QString m_instance;
};

} // namespace Etalon
