// Sapha — `sapha-cli log PATH [--json] [-n N]`: the revisions that changed a document, newest first.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>
#include <cstdlib>
#include <map>

namespace sapha::cli {

int runLog(CliContext& context, Arguments& arguments)
{
    const bool asJson = arguments.takeFlag("--json");
    std::optional<std::string> count = arguments.takeOption("--max-count", "-n");
    if (int bad = expectArguments(context, arguments, 1, 1, "sapha-cli [-C DIR] log PATH [--json] [-n N]"))
        return bad;
    const std::size_t limit = count ? static_cast<std::size_t>(std::strtoul(count->c_str(), nullptr, 10)) : 0;
    const std::string path = arguments.positionals().front();
    Result<host::Workspace*> workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    Result<std::vector<host::Revision>> history = workspace.value()->history(path, limit);
    if (!history)
        return context.fail(history.error());
    if (history.value().empty() && !std::filesystem::exists(workspace.value()->root() / path))
        return context.fail(Error { "no such document in the workspace or its history", path });
    // Named versions are shown on the revision they name.
    std::map<std::string, std::string> namesOf;
    if (Result<std::vector<host::NamedVersion>> versions = workspace.value()->namedVersions(); versions) {
        for (const host::NamedVersion& version : versions.value())
            namesOf[version.revisionId] += (namesOf[version.revisionId].empty() ? "" : ", ") + version.name;
    }
    if (asJson) {
        std::printf("[");
        bool first = true;
        for (const host::Revision& revision : history.value()) {
            std::printf("%s\n  {\"id\": %s, \"author\": %s, \"email\": %s, \"time\": %lld, \"date\": %s, "
                        "\"message\": %s, \"names\": %s}",
                first ? "" : ",", jsonString(revision.id).c_str(), jsonString(revision.authorName).c_str(),
                jsonString(revision.authorEmail).c_str(), static_cast<long long>(revision.time),
                jsonString(revision.isoTime()).c_str(), jsonString(revision.message).c_str(),
                jsonString(namesOf[revision.id]).c_str());
            first = false;
        }
        std::printf("\n]\n");
        return kExitOk;
    }
    for (const host::Revision& revision : history.value()) {
        const std::string subject = revision.message.substr(0, revision.message.find('\n'));
        const std::string names = namesOf[revision.id].empty() ? "" : " (" + namesOf[revision.id] + ")";
        std::printf("%s%s  %s  %s  %s\n", revision.shortId().c_str(), names.c_str(), revision.isoTime().c_str(),
            revision.authorName.c_str(), subject.c_str());
    }
    return kExitOk;
}

} // namespace sapha::cli
