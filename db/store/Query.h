// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace Etalon {

/**
 * Prepared statements kept per connection, so a statement a use case runs again and again (a reading
 * runs some twenty) is parsed once. A statement is lent to one Query at a time: a nested use of the same
 * SQL while a Query still reads its rows gets a statement of its own, never rebinds the one being read.
 */
class StatementPool final
{
public:
    /** An idle statement prepared for \a sql, if one is. */
    std::optional<QSqlQuery> take(const QString& sql);
    /** Gives a statement back once its reader is done; it is reset, so it holds no read lock. */
    void give(const QString& sql, QSqlQuery query);
    void clear();

private:
    static constexpr int MaxIdle = 512; ///< distinct idle statements kept; dynamic SQL must not grow it unbounded
    QHash<QString, QList<QSqlQuery>> m_idle;
    int m_count = 0;
};

/**
 * The rows (or the effect) of one executed statement. Move-only: when it goes out of scope its
 * statement returns to the connection's pool for the next use of the same SQL.
 */
class Query final
{
public:
    Query(QSqlQuery query, QString sql, std::weak_ptr<StatementPool> pool);
    ~Query();
    Query(Query&& other) noexcept;
    Query& operator=(Query&& other) noexcept;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    bool next() { return m_query.next(); }
    /** A column's value; NULL is an invalid QVariant on every engine (a server's driver gives a typed null, 0 as text).
     */
    QVariant value(int column) const { return m_query.isNull(column) ? QVariant() : m_query.value(column); }
    QVariant value(const QString& name) const { return m_query.isNull(name) ? QVariant() : m_query.value(name); }
    bool isNull(int column) const { return m_query.isNull(column); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    int at() const { return m_query.at(); }
    QSqlRecord record() const { return m_query.record(); }
    bool isValid() const { return m_query.isValid(); }
    /** Done reading: the statement is reset now rather than when the Query goes out of scope. */
    void finish() { m_query.finish(); }

    const QSqlQuery& sqlQuery() const { return m_query; }
    operator const QSqlQuery&() const { return m_query; }

private:
    void release();

    QSqlQuery m_query;
    QString m_sql;
    std::weak_ptr<StatementPool> m_pool;
};

} // namespace Etalon
