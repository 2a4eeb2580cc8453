// Sapha — whether bytes are well-formed UTF-8: for what comes from outside (a participant's phone, a file
// name) before it is stored, listed or sent as JSON.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string_view>

namespace sapha {

// Well-formed UTF-8: no stray continuation bytes, no overlong forms, no surrogates, nothing past U+10FFFF.
SAPHA_SDK_EXPORT bool isValidUtf8(std::string_view text);

} // namespace sapha
