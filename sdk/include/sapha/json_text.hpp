// Sapha — a string as a JSON string literal, for the `--json` output of the CLI and of plugin commands.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string>
#include <string_view>

namespace sapha {

// "text" with quotes, backslashes and control characters escaped; UTF-8 passes through as it is.
SAPHA_SDK_EXPORT std::string jsonString(std::string_view text);

} // namespace sapha
