// Sapha plans — the plan on paper: the official landscape plan table (direction, project, objective,
// indicator and target, budget, agencies, the months of work as a Gantt row), the process steps, and
// each quarter's progress report.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/export/document.hpp>

#include "core/plan.hpp"

namespace sapha::plans {

exporting::Document planPaper(const Plan& plan);

} // namespace sapha::plans
