// Sapha — verbs that plugins add to sapha-cli (`actions` from the minutes plugin).
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

#include <sapha/command_provider.hpp>

#include "document_save.hpp"
#include "workspace_documents.hpp"

namespace sapha::cli {

namespace {

// The running plugin that provides command `name`, or null; only those loaded are asked.
const ICommandProvider* providerOf(const host::PluginRegistry& registry, const std::string& name)
{
    return host::loadedProvider<ICommandProvider>(registry, [&](const ICommandProvider& provider) {
        for (const CommandInfo& command : provider.commands()) {
            if (command.name == name)
                return true;
        }
        return false;
    });
}

} // namespace

int runPluginCommand(CliContext& context, const std::string& name, Arguments& arguments)
{
    // The plugin whose manifest names the verb, not every plugin; all of them when none names it, or
    // when the one that does provides no such verb.
    host::PluginRegistry& registry = context.foundPlugins();
    registry.loadForCommand(name);
    const ICommandProvider* provider = providerOf(registry, name);
    if (!provider)
        provider = providerOf(context.plugins(), name);
    if (!provider) {
        return context.usage(localized("ไม่รู้จักคำสั่ง \"" + name + "\"", "unknown verb \"" + name + "\""));
    }
    Result<host::Workspace*> workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    const host::WorkspaceDocuments documents(*workspace.value(), &registry);
    host::WorkspaceChanges changes(*workspace.value(), registry, context.author(), context.settings().language());
    const CommandOutput output
        = provider->run(name, arguments.remaining(), documents, changes, context.settings().language());
    std::fputs(output.out.c_str(), stdout);
    if (!output.err.empty())
        std::fprintf(stderr, "sapha-cli: %s\n", output.err.c_str());
    return output.exitCode;
}

} // namespace sapha::cli
