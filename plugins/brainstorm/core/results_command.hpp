// Sapha brainstorm — `sapha-cli results SESSION [--csv] [--words N]`: the ideas as CSV (for a
// spreadsheet), or the ranking by votes and the words used most. The live server gives the same CSV
// mid-session (GET /api/results.csv).
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <string>
#include <vector>

#include <sapha/command_provider.hpp>

namespace sapha::brainstorm {

SAPHA_BRAINSTORM_EXPORT CommandOutput runResultsCommand(
    const std::vector<std::string>& arguments, const IWorkspaceView& workspace, std::string_view language);

} // namespace sapha::brainstorm
