// Sapha minutes — `sapha-cli certify MEETING --at MEETING [--freeze]`: the next meeting certifies the
// previous minutes. The minutes become "certified" (a named version), and the certifying item of the
// next meeting links to that version and states the resolution.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/minutes_export.h"

#include <string>
#include <string_view>
#include <vector>

#include <sapha/command_provider.hpp>

namespace sapha::minutes {

SAPHA_MINUTES_EXPORT CommandOutput runCertifyCommand(const std::vector<std::string>& arguments,
    const IWorkspaceView& workspace, IWorkspaceChanges& changes, std::string_view language);

} // namespace sapha::minutes
