// Sapha — `sapha-cli init DIR`: a new, empty workspace.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

namespace sapha::cli {

int runInit(CliContext& context, Arguments& arguments)
{
    if (int bad = expectArguments(context, arguments, 1, 1, "sapha-cli init DIR"))
        return bad;
    const std::string directory = arguments.positionals().front();
    context.requireGit();
    Result<std::unique_ptr<host::Workspace>> created = host::Workspace::create(directory, context.author(), context.settings().language());
    if (!created)
        return context.fail(created.error());
    std::printf(context.settings().language() == "th" ? "สร้างพื้นที่ทำงาน %s แล้ว\n" : "Created workspace %s\n", created.value()->root().c_str());
    return kExitOk;
}

} // namespace sapha::cli
