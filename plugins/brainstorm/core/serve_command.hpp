// Sapha brainstorm — `sapha-cli serve SESSION [--port N] [--lan ADDRESS] [--code CODE]`: the live
// participation server for a session, until Ctrl+C (or SIGTERM). Every idea and vote is in the journal
// before it is acknowledged; the session is committed when a round ends and when the server stops.
// Started again after a crash, it carries on from the journal with the same code.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <string>
#include <string_view>
#include <vector>

#include <sapha/command_provider.hpp>

namespace sapha::brainstorm {

SAPHA_BRAINSTORM_EXPORT CommandOutput runServeCommand(const std::vector<std::string>& arguments,
    const IWorkspaceView& workspace, IWorkspaceChanges& changes, std::string_view language);

} // namespace sapha::brainstorm
