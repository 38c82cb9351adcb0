// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringList>

namespace Etalon::Test {

/** Rows of a published table shipped in resources/reference/ (header first). */
QList<QStringList> referenceCsv(const char* name);

} // namespace Etalon::Test
