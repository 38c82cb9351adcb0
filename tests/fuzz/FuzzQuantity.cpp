// SPDX-License-Identifier: Apache-2.0
// Whatever a user types as a reading must be parsed or refused, never crash, and what is accepted must
// come back unchanged from its own text.
#include "FuzzSupport.h"

#include "core/Quantity.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = Etalon::Fuzz::text(data, size);
    if (auto number = Etalon::Decimal::parse(text, QStringLiteral("value"))) {
        auto again = Etalon::Decimal::parse(number->toString());
        Etalon::Fuzz::require(again && *again == *number, "a number does not survive its own text");
    }
    auto quantity = Etalon::Quantity::parse(text, QStringLiteral("value"));
    if (!quantity) {
        Etalon::Fuzz::require(quantity.error().field == QStringLiteral("value"), "the error names no field");
        return 0;
    }
    auto again = Etalon::Quantity::parse(quantity->toString());
    Etalon::Fuzz::require(again && *again == *quantity, "a quantity does not survive its own text");
    auto zero = quantity->minus(*quantity);
    Etalon::Fuzz::require(zero && zero->value() == Etalon::Decimal(), "q - q is not zero");
    (void)quantity->siValue();
    (void)quantity->convertedTo(quantity->unit());
    return 0;
}
