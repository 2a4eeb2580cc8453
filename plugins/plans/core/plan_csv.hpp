// Sapha plans — the plan table as CSV (RFC 4180, UTF-8 with a byte-order mark so that a spreadsheet
// opens the Thai right): a row per project, the months as 12 columns marked "x".
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "core/plan.hpp"

namespace sapha::plans {

SAPHA_PLANS_EXPORT std::string planCsv(const Plan& plan);

} // namespace sapha::plans
