// SPDX-License-Identifier: Apache-2.0
// Catalog and register files are CSV from other tools: any bytes are parsed or refused with a reason.
#include "FuzzSupport.h"

#include "core/Csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto rows = Etalon::parseCsv(Etalon::Fuzz::text(data, size));
    if (!rows)
        Etalon::Fuzz::require(!rows.error().message.isEmpty(), "a refused file gets no reason");
    return 0;
}
