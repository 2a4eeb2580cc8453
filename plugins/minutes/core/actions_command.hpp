// Sapha minutes — `sapha-cli actions`: every action item of a committee's meetings, open, overdue, done.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/minutes_export.h"

#include <sapha/command_provider.hpp>

namespace sapha::minutes {

// Arguments: [--open] [--committee ROSTER] [--json]. Exit 0; 2 for unknown arguments.
SAPHA_MINUTES_EXPORT CommandOutput runActionsCommand(
    const std::vector<std::string>& arguments, const IWorkspaceView& workspace, std::string_view language);

} // namespace sapha::minutes
