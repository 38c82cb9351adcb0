// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QString>

namespace Etalon::DemoLab {

/** Sign-in names of the demo lab's users; they share one published password. */
inline constexpr const char* Password = "etalon-demo";

/**
 * Creates the demo lab at \a path when no database is there yet: the lab, an admin, a manager and a
 * technician with verifier cards, and synthetic data marked as demo. Does nothing when it exists.
 */
Status ensure(const QString& path, int instruments = 500, int records = 3000);

/**
 * Whether starting the desktop on \a path makes the demo lab there: only a first start's own lab file, never a
 * lab \a remembered from an earlier sign-in that has gone (moved, on a drive not mounted), never a server.
 */
bool wantedAt(const QString& path, bool remembered);

} // namespace Etalon::DemoLab
