// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Etalon::Test {

/**
 * A DCC read as a consumer walks it: every element as its path of local names from the root ("a/b/c") with its
 * text, and every refType as the element's path plus "@refType", in document order.
 */
QList<QPair<QString, QString>> xmlNodes(const QByteArray& xml);

/** The values of the nodes whose path ends with one of \a suffixes, in document order. */
QStringList valuesAt(const QList<QPair<QString, QString>>& nodes, const QStringList& suffixes);

/** xmllint's complaints about \a xml against the bundled DCC 3.1.2 schema; empty when it is valid. */
QString dccSchemaErrors(const QByteArray& xml);

} // namespace Etalon::Test
