// SPDX-License-Identifier: Apache-2.0
// Budget files come from users' editors: any bytes are read and evaluated, or refused naming the field.
#include "FuzzSupport.h"

#include "core/BudgetJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto budget = Etalon::BudgetJson::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!budget) {
        Etalon::Fuzz::require(!budget.error().message.isEmpty(), "a refused budget gets no reason");
        return 0;
    }
    const auto result = Etalon::evaluateBudget(*budget);
    if (result)
        (void)Etalon::BudgetJson::write(*budget, *result);
    else
        Etalon::Fuzz::require(!result.error().message.isEmpty(), "a budget that cannot be evaluated gets no reason");
    return 0;
}
