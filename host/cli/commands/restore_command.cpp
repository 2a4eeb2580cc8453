// Sapha — `sapha-cli restore PATH REV`: bring back an earlier version as a new commit.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>


namespace sapha::cli {

int runRestore(CliContext& context, Arguments& arguments)
{
    if (int bad = expectArguments(context, arguments, 2, 2, "sapha-cli [-C DIR] restore PATH REV"))
        return bad;
    const std::vector<std::string> positionals = arguments.positionals();
    Result<host::Documents*> documents = context.documents();
    if (!documents)
        return context.fail(documents.error());
    Result<host::CommitOutcome> restored = documents.value()->restore(positionals[0], positionals[1]);
    if (!restored)
        return context.fail(restored.error());
    if (!restored.value().isNewCommit) {
        std::printf(context.settings().language() == "th" ? "%s เหมือนฉบับ %s อยู่แล้ว\n" : "%s is already as it was in %s\n",
            positionals[0].c_str(), positionals[1].c_str());
        return kExitOk;
    }
    std::printf("%s %s\n", restored.value().revision.shortId().c_str(), restored.value().revision.message.c_str());
    return kExitOk;
}

} // namespace sapha::cli
