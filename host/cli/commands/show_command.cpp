// Sapha — `sapha-cli show PATH[@REV]`: a document as it was at a revision (HEAD when none is given).
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

#include "document_catalog.hpp"

namespace sapha::cli {

int runShow(CliContext& context, Arguments& arguments)
{
    if (int bad = expectArguments(context, arguments, 1, 1, "sapha-cli [-C DIR] show PATH[@REV]"))
        return bad;
    auto [path, revision] = host::splitRevisionSpec(arguments.positionals().front());
    Result<host::Workspace*> workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    Result<std::string> content = workspace.value()->readAt(path, revision.empty() ? "HEAD" : revision);
    if (!content)
        return context.fail(content.error());
    std::fwrite(content.value().data(), 1, content.value().size(), stdout);
    return kExitOk;
}

} // namespace sapha::cli
