// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Communes.h"

namespace Etalon {

/** The province's 124 communes and wards (resources/reference/tuyen_quang_communes_2025.csv), read once. */
const CommuneRegister& provinceCommunes();

} // namespace Etalon
