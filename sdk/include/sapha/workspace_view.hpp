// Sapha — what a plugin may read of the workspace: its documents by kind, and their content.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string>
#include <string_view>
#include <vector>

#include <sapha/status.hpp>

namespace sapha {

// Read-only. A new meeting reads its committee's roster and earlier meetings through it; a command
// lists every meeting of a committee. Paths are workspace-relative, '/'-separated.
class SAPHA_SDK_EXPORT IWorkspaceView {
public:
    virtual ~IWorkspaceView();
    // Every document whose file name ends with `suffix` (".meeting.xml"), sorted.
    virtual std::vector<std::string> documents(std::string_view suffix) const = 0;
    // A document's content as it is in the working tree; the error names the path.
    virtual Result<std::string> read(std::string_view path) const = 0;
};

} // namespace sapha
