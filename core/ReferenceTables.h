// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Etalon::ReferenceTables {

/** OIML R 111-1 MPE of weights in mg (resources/reference/oiml_r111_mpe_mg.csv). */
QString oimlR111Csv();
/** OIML R 76-1 MPE bands in multiples of e (resources/reference/oiml_r76_mpe.csv). */
QString oimlR76Csv();

} // namespace Etalon::ReferenceTables
