// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Etalon::Fuzz {

/** Input bytes as the UTF-8 text a user or a file would give; invalid sequences become U+FFFD. */
inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

/** A broken property is a finding: abort so that the fuzzer keeps the input. */
inline void require(bool holds, const char* what)
{
    if (!holds) {
        std::fprintf(stderr, "property broken: %s\n", what);
        std::abort();
    }
}

} // namespace Etalon::Fuzz
