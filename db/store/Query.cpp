// SPDX-License-Identifier: Apache-2.0
#include "db/store/Query.h"

namespace Etalon {

std::optional<QSqlQuery> StatementPool::take(const QString& sql)
{
    auto it = m_idle.find(sql);
    if (it == m_idle.end() || it->isEmpty())
        return std::nullopt;
    --m_count;
    return it->takeLast();
}

void StatementPool::give(const QString& sql, QSqlQuery query)
{
    query.finish();
    if (m_count >= MaxIdle)
        clear();
    m_idle[sql].append(std::move(query));
    ++m_count;
}

void StatementPool::clear()
{
    m_idle.clear();
    m_count = 0;
}

Query::Query(QSqlQuery query, QString sql, std::weak_ptr<StatementPool> pool)
    : m_query(std::move(query))
    , m_sql(std::move(sql))
    , m_pool(std::move(pool))
{
}

Query::~Query()
{
    release();
}

Query::Query(Query&& other) noexcept
    : m_query(std::move(other.m_query))
    , m_sql(std::move(other.m_sql))
    , m_pool(std::move(other.m_pool))
{
    other.m_pool.reset();
}

Query& Query::operator=(Query&& other) noexcept
{
    if (this != &other) {
        release();
        m_query = std::move(other.m_query);
        m_sql = std::move(other.m_sql);
        m_pool = std::move(other.m_pool);
        other.m_pool.reset();
    }
    return *this;
}

void Query::release()
{
    if (auto pool = m_pool.lock())
        pool->give(m_sql, std::move(m_query));
    m_pool.reset();
}

} // namespace Etalon
