// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Etalon::Rows {

// Conversions between stored columns and core values. Quantities are stored as "value unit" text so
// the exact decimal typed survives; a NULL column is an absent value.
QVariant toDb(const std::optional<Quantity>& q);
QVariant toDb(const std::optional<QDate>& d);
QVariant toDb(const std::optional<int>& v);
QVariant toDb(const std::optional<Id>& v);
QVariant toDb(const QString& text); ///< empty text is NULL
std::optional<Quantity> quantity(const QVariant& v);
std::optional<QDate> date(const QVariant& v);
std::optional<int> integer(const QVariant& v);

Organisation organisation(const QSqlQuery& q); ///< columns of organisationColumns()
QString organisationColumns();
Instrument instrument(const QSqlQuery& q);
QString instrumentColumns();
InstrumentType instrumentType(const QSqlQuery& q);
QString instrumentTypeColumns();
Standard standard(const QSqlQuery& q);
QString standardColumns();
Record record(const QSqlQuery& q);
QString recordColumns();
Point point(const QSqlQuery& q);
QString pointColumns();

} // namespace Etalon::Rows
