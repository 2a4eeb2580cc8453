// Sapha plans — what `check` says of a plan: budgets that add up at every level, targets with units,
// months and quarters inside the fiscal year, a responsible agency for every activity, progress never
// reported ahead of its period, and the resolution the plan answers.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plans_export.h"

#include <sapha/finding.hpp>

#include <string>
#include <string_view>

#include "core/plan.hpp"

namespace sapha::plans {

// `today` (ISO) bounds the progress: a quarter not yet begun cannot have been reported on. The messages
// are in `language` ("th" or "en").
SAPHA_PLANS_EXPORT Findings checkPlan(const Plan& plan, const std::string& today, std::string_view language);

} // namespace sapha::plans
