// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Etalon::AppPaths {

/** The lab database the desktop client and the CLI open by default (per user, portable across systems). */
QString defaultDatabase();

} // namespace Etalon::AppPaths
