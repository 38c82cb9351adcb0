// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"

namespace Etalon::Labels {

// The words the user interface shows for the domain's names, in the chosen language.
QString recordKind(RecordKind kind);
QString recordStatus(RecordStatus status);
QString verdict(Verdict verdict);
QString standardStatus(StandardStatus status);
QString organisationKind(OrganisationKind kind);
QString role(Role role);

} // namespace Etalon::Labels
