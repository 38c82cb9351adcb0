// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Etalon::ReferenceTables {

/** OIML R 111-1 MPE of weights in mg (resources/reference/oiml_r111_mpe_mg.csv). */
QString oimlR111Csv();
/** OIML R 76-1 MPE bands in multiples of e (resources/reference/oiml_r76_mpe.csv). */
QString oimlR76Csv();
/** OIML R 76-1 accuracy classes: e and n = Max/e allowed in each (resources/reference/oiml_r76_classes.csv). */
QString oimlR76ClassesCsv();

} // namespace Etalon::ReferenceTables
