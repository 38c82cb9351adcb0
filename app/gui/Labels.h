// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Certificate.h"
#include "core/Domain.h"

namespace Etalon::Labels {

// The words the user interface shows for the domain's names, in the chosen language.
QString recordKind(RecordKind kind);
QString recordStatus(RecordStatus status);
QString verdict(Verdict verdict);
QString standardStatus(StandardStatus status);
QString organisationKind(OrganisationKind kind);
QString role(Role role);
QString certificateKind(CertificateKind kind);
/** An instrument type by its name in the interface's language (its code when the name is unknown). */
QString typeName(const InstrumentType& type);
/** A certificate's status as stored ("current", "replaced", "withdrawn") in words. */
QString certificateStatus(const QString& status);
/** A verification stamp's status as stored ("unused", "used", "void") in words. */
QString stampStatus(const QString& status);

/** A date as the chosen language writes it (25/11/2026 in Vietnamese); empty for no date. */
QString date(const std::optional<QDate>& date);
/** A date for a table cell: the view writes it in the chosen language and sorts it as a date. */
QVariant dateCell(const std::optional<QDate>& date);
/** A quantity with the chosen language's decimal sign ("20,01 kg" in Vietnamese). */
QString quantity(const QString& text);
QString quantity(const std::optional<Quantity>& q);
/** Typed text with the chosen language's decimal comma turned into the point the parser reads. */
QString typedNumber(const QString& text);
/** A date as a form shows it for typing: 25/11/2026, day first as on Vietnamese documents. */
QString typingDate(const QDate& date);
/** A date typed as 25/11/2026, 25.11.2026, 25-11-2026 or 2026-11-25, or why not, naming \a field. */
Result<QDate> typedDate(const QString& text, const QString& field);

} // namespace Etalon::Labels
