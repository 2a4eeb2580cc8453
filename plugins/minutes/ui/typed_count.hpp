// Sapha minutes — a count as a secretary types it: "1,234", Thai digits (๑๒๓), spaces between groups.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

namespace sapha::minutes {

// The whole number typed, or nothing when the text is not one (empty, negative, letters, too large).
std::optional<long> parseCount(const std::string& text);

} // namespace sapha::minutes
