// Sapha plans — the plan on paper: the official landscape plan table (direction, project, objective,
// indicator and target, budget, agencies, the months of work as a Gantt row), the process steps, and
// each quarter's progress report.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/document_kind.hpp>
#include <sapha/export/document.hpp>

#include "core/plan.hpp"

namespace sapha::plans {

exporting::Document planPaper(const Plan& plan);

// Each reported quarter as a part that exports on its own ("q1" … "q4"), and one of them as its own paper:
// the report with to whom it goes, the action item, a summary line and the reporter's signature.
std::vector<ExportPart> quarterReportParts(const Plan& plan);
exporting::Document quarterReportPaper(const Plan& plan, const std::string& part);

} // namespace sapha::plans
