// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Etalon::AuditWords {

/**
 * The audit trail's action \a code ("certificate.issue") in words, in the language the application speaks
 * ("Certificate issued", "Cấp giấy chứng nhận"). A code this version does not know is returned as it is, so an
 * entry written by a newer Etalon still shows.
 */
QString action(const QString& code);
/** The kind of thing an entry is about ("record", "standard_calibration") in words; unknown kinds as they are. */
QString entity(const QString& code);
/** Every action code this version writes, in the order of the lab's work. */
QStringList actionCodes();
/** Every entity kind this version writes. */
QStringList entityCodes();
/** The action codes whose words (in the current language) or code contain \a text, ignoring case. */
QStringList actionsMatching(const QString& text);

/**
 * A repair of the lab's schema an open made (security log event \a event: triggers_restored, triggers_removed) in
 * words, with \a when already in the lab's time zone: what was put right and what it means for writes made before.
 */
QString schemaRepair(const QString& event, const QStringList& triggers, const QString& when);

} // namespace Etalon::AuditWords
