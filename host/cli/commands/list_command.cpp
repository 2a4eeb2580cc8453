// Sapha — `sapha-cli list [--json]`: the documents of the workspace by kind, from manifests only.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

#include "document_catalog.hpp"

namespace sapha::cli {

int runList(CliContext& context, Arguments& arguments)
{
    const bool asJson = arguments.takeFlag("--json");
    if (int bad = expectArguments(context, arguments, 0, 0, "sapha-cli [-C DIR] list [--json]"))
        return bad;
    Result<host::Workspace*> workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    const std::vector<host::DocumentEntry> documents = host::listDocuments(*workspace.value(), context.foundPlugins());
    if (asJson) {
        std::printf("[");
        for (std::size_t i = 0; i < documents.size(); ++i)
            std::printf("%s\n  {\"path\": %s, \"kind\": %s}", i ? "," : "", jsonString(documents[i].path).c_str(),
                jsonString(documents[i].kindId).c_str());
        std::printf("\n]\n");
        return kExitOk;
    }
    for (const host::DocumentEntry& document : documents)
        std::printf("%-20s %s\n", document.kindId.c_str(), document.path.c_str());
    return kExitOk;
}

} // namespace sapha::cli
