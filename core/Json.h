// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"
#include "core/Evaluation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Etalon::Json {

// One JSON shape per domain type, shared by the audit trail, the CLI's --json output and exports.
// Quantities are {"value": "10.010", "unit": "kg"}; dates are ISO 8601; absent values are null.
QJsonValue quantity(const std::optional<Quantity>& q);
/** A calibration's out-of-tolerance findings as stored and logged: quantities as text. */
QJsonArray toleranceFindings(const QList<ToleranceFinding>& findings);
QList<ToleranceFinding> toleranceFindings(const QJsonArray& array);
QJsonValue date(const std::optional<QDate>& d);
QJsonObject organisation(const Organisation& o);
QJsonObject instrumentType(const InstrumentType& t);
QJsonObject procedure(const Procedure& p);
QJsonObject instrument(const Instrument& i);
QJsonObject standard(const Standard& s);
QJsonObject standardCalibration(const StandardCalibration& c);
QJsonObject weightItem(const WeightItem& w);
QJsonObject point(const Point& p);
/** A point's decision rule, its outcome and why, as stored with the reading. */
QJsonObject decision(const PointEvaluation& e);
QJsonObject pointEvaluation(const PointEvaluation& e);
QJsonObject record(const Record& r);
QJsonObject person(const Person& p);
QJsonObject authorisation(const Authorisation& a);

} // namespace Etalon::Json
