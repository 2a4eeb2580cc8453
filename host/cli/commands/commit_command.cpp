// Sapha — `sapha-cli commit PATH [-m MSG]`: commits the working file after checking that it loads;
// a milestone the change reaches (minutes certified) is named.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

#include "document_save.hpp"

namespace sapha::cli {

int runCommit(CliContext& context, Arguments& arguments)
{
    std::optional<std::string> message = arguments.takeOption("--message", "-m");
    if (int bad = expectArguments(context, arguments, 1, 1, "sapha-cli [-C DIR] commit PATH [-m MESSAGE]"))
        return bad;
    const std::string path = arguments.positionals().front();
    Result<host::Documents*> documents = context.documents();
    if (!documents)
        return context.fail(documents.error());
    host::SaveOptions options;
    options.message = message.value_or("");
    Result<host::SavedDocument> saved = documents.value()->save(path, std::move(options));
    if (!saved)
        return context.fail(saved.error());
    const host::CommitOutcome& committed = saved.value().commit;
    const bool inThai = context.settings().language() == "th";
    if (!committed.isNewCommit) {
        std::printf(inThai ? "%s: ไม่มีการแก้ไขตั้งแต่ %s\n" : "%s: no changes since %s\n", path.c_str(), committed.revision.shortId().c_str());
        return kExitOk;
    }
    std::printf("%s %s\n", committed.revision.shortId().c_str(), committed.revision.message.c_str());
    if (!saved.value().milestone.empty())
        std::printf(inThai ? "ตั้งชื่อฉบับ: %s\n" : "named version: %s\n", saved.value().milestone.c_str());
    return kExitOk;
}

} // namespace sapha::cli
