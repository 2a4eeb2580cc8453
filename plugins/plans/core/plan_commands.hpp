// Sapha plans — the plugin's sapha-cli verbs: `progress` records a quarter's report, `plan-csv` prints the
// plan table for a spreadsheet.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <sapha/command_provider.hpp>

namespace sapha::plans {

CommandOutput runProgressCommand(const std::vector<std::string>& arguments, const IWorkspaceView& workspace,
    IWorkspaceChanges& changes, std::string_view language);
CommandOutput runPlanCsvCommand(
    const std::vector<std::string>& arguments, const IWorkspaceView& workspace, std::string_view language);

} // namespace sapha::plans
