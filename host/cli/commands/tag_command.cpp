// Sapha — `sapha-cli tag NAME [-m MSG] [--rev REV]` names a version (HEAD by default);
// `sapha-cli tags [--json]` lists the named versions.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

namespace sapha::cli {

int runTag(CliContext& context, Arguments& arguments)
{
    std::optional<std::string> message = arguments.takeOption("--message", "-m");
    std::optional<std::string> revision = arguments.takeOption("--rev");
    if (int bad = expectArguments(context, arguments, 1, 1, "sapha-cli [-C DIR] tag NAME [-m MESSAGE] [--rev REV]"))
        return bad;
    const std::string name = arguments.positionals().front();
    Result<host::Documents*> documents = context.documents();
    if (!documents)
        return context.fail(documents.error());
    const std::string target = revision.value_or("HEAD");
    Result<host::Revision> resolved = documents.value()->workspace().resolve(target);
    if (!resolved)
        return context.fail(resolved.error());
    if (Status tagged = documents.value()->nameVersion(resolved.value().id, name, message.value_or("")); !tagged)
        return context.fail(tagged.error());
    std::printf("%s → %s %s\n", name.c_str(), resolved.value().shortId().c_str(),
        resolved.value().message.substr(0, resolved.value().message.find('\n')).c_str());
    return kExitOk;
}

int runTags(CliContext& context, Arguments& arguments)
{
    const bool asJson = arguments.takeFlag("--json");
    if (int bad = expectArguments(context, arguments, 0, 0, "sapha-cli [-C DIR] tags [--json]"))
        return bad;
    Result<host::Workspace*> workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    Result<std::vector<host::NamedVersion>> versions = workspace.value()->namedVersions();
    if (!versions)
        return context.fail(versions.error());
    if (asJson) {
        std::printf("[");
        bool first = true;
        for (const host::NamedVersion& version : versions.value()) {
            std::printf("%s\n  {\"name\": %s, \"tag\": %s, \"revision\": %s, \"by\": %s, \"time\": %lld, \"message\": %s}",
                first ? "" : ",", jsonString(version.name).c_str(), jsonString(version.tagName).c_str(),
                jsonString(version.revisionId).c_str(), jsonString(version.taggerName).c_str(),
                static_cast<long long>(version.time), jsonString(version.message).c_str());
            first = false;
        }
        std::printf("\n]\n");
        return kExitOk;
    }
    for (const host::NamedVersion& version : versions.value()) {
        host::Revision when;
        when.time = version.time;
        when.offsetMinutes = version.offsetMinutes;
        // Named versions are often Thai: pad by tabs, not by byte counts.
        std::printf("%s\t%s  %s  %s\n", version.name.c_str(), version.revisionId.substr(0, 8).c_str(),
            when.isoTime().c_str(), version.message.substr(0, version.message.find('\n')).c_str());
    }
    return kExitOk;
}

} // namespace sapha::cli
