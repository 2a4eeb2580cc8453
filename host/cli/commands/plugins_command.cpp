// Sapha — `sapha-cli plugins [--json]`: every plugin found, its state and why.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

namespace sapha::cli {

int runPlugins(CliContext& context, Arguments& arguments)
{
    const bool asJson = arguments.takeFlag("--json");
    if (int bad = expectArguments(context, arguments, 0, 0, "sapha-cli plugins [--json]"))
        return bad;
    const host::PluginRegistry& registry = context.plugins();
    const std::string language = context.settings().language();
    if (asJson) {
        std::printf("[");
        bool first = true;
        for (const host::PluginRecord& record : registry.records()) {
            std::printf("%s\n  {\"id\": %s, \"name\": %s, \"version\": %s, \"state\": %s, \"reason\": %s, "
                        "\"folder\": %s, \"documentKinds\": [",
                first ? "" : ",", jsonString(record.manifest.id).c_str(),
                jsonString(record.manifest.name.in(language)).c_str(), jsonString(record.manifest.version).c_str(),
                jsonString(host::pluginStateName(record.state)).c_str(), jsonString(record.reason).c_str(),
                jsonString(record.manifest.directory.string()).c_str());
            bool firstKind = true;
            for (const host::DocumentKindManifest& kind : record.manifest.documentKinds) {
                std::printf("%s{\"id\": %s, \"suffix\": %s}", firstKind ? "" : ", ", jsonString(kind.id).c_str(),
                    jsonString(kind.suffix).c_str());
                firstKind = false;
            }
            std::printf("]}");
            first = false;
        }
        std::printf("\n]\n");
        return kExitOk;
    }
    for (const host::PluginRecord& record : registry.records()) {
        std::string kinds;
        for (const host::DocumentKindManifest& kind : record.manifest.documentKinds)
            kinds += (kinds.empty() ? "" : ", ") + kind.id;
        std::printf("%-12s %-8s %-10s %s\n", record.manifest.id.empty() ? "?" : record.manifest.id.c_str(),
            record.manifest.version.c_str(), host::pluginStateName(record.state), kinds.c_str());
        if (!record.reason.empty())
            std::printf("             %s\n", record.reason.c_str());
    }
    return kExitOk;
}

} // namespace sapha::cli
