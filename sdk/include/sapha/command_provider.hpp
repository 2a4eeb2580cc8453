// Sapha — commands a plugin adds to sapha-cli (`sapha-cli actions --open`).
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/sdk_export.h>

#include <string>
#include <string_view>
#include <vector>

#include <sapha/localized_text.hpp>
#include <sapha/workspace_view.hpp>

namespace sapha {

struct CommandInfo {
    std::string name;    // the verb: "actions"
    std::string usage;   // "actions [--open] [--committee ROSTER] [--json]"
    LocalizedText summary; // one line for `sapha-cli --help` and the manual pages, in Thai and English
};

// What a command prints, and how it ended: 0 success, 1 the result says "not good" (an overdue
// item, a failed check), 2 the arguments were wrong. Nothing crosses the boundary as an exception.
struct CommandOutput {
    int exitCode = 0;
    std::string out;
    std::string err;
};

// Optional plugin interface, reached with queryInterface(kInterfaceId).
class SAPHA_SDK_EXPORT ICommandProvider {
public:
    static constexpr std::string_view kInterfaceId = "sapha.commands/2";
    virtual ~ICommandProvider();
    virtual std::vector<CommandInfo> commands() const noexcept = 0;
    // Runs `name` with the arguments that followed it, on `workspace`, saving through `changes`;
    // `language` is "th" or "en".
    virtual CommandOutput run(std::string_view name, const std::vector<std::string>& arguments,
        const IWorkspaceView& workspace, IWorkspaceChanges& changes, std::string_view language) const noexcept = 0;
};

} // namespace sapha
