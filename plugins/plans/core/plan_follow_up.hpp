// Sapha plans — what a plan reports to the meeting that follows up the action item it answers: how much
// was planned, and its latest quarter (targets reached, money spent, problems, next steps).
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "core/plan.hpp"

namespace sapha::plans {

// One paragraph in `language` ("th" or "en").
SAPHA_PLANS_EXPORT std::string planFollowUp(const Plan& plan, const std::string& language);

} // namespace sapha::plans
