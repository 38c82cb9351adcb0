// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Etalon::I18n {

/**
 * Installs the Vietnamese or English translation compiled into the program. \a language is "vi" or
 * "en"; empty means $ETALON_LANG, else \a fallback ("system": the system locale's language). Returns the
 * language installed.
 */
QString install(const QString& language, const QString& fallback = QStringLiteral("system"));
/** The language installed last: "vi" or "en". */
QString current();

} // namespace Etalon::I18n
