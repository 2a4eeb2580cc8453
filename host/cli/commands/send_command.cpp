// Sapha — `sapha-cli send PATH --to PATH [--title T]`: one document's outline into another kind's
// document (host/core/outline_send.hpp), committed.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

#include "outline_send.hpp"

namespace sapha::cli {

int runSend(CliContext& context, Arguments& arguments)
{
    const char* usage = "sapha-cli [-C DIR] send PATH --to PATH [--title T]";
    std::optional<std::string> to = arguments.takeOption("--to");
    std::optional<std::string> title = arguments.takeOption("--title");
    if (int bad = expectArguments(context, arguments, 1, 1, usage))
        return bad;
    if (!to)
        return context.usage(localized("send ต้องมี --to PATH วิธีใช้: ", "send needs --to PATH; usage: ") + usage);
    const std::string from = arguments.positionals().front();
    Result<host::Documents*> documents = context.documents();
    if (!documents)
        return context.fail(documents.error());
    Result<host::SentOutline> sent = documents.value()->sendOutline(from, *to, title.value_or(""));
    if (!sent)
        return context.fail(sent.error());
    const bool english = context.settings().language() == "en";
    std::printf("%s %s: %zu %s, %zu %s\n", sent.value().saved.commit.revision.shortId().c_str(), to->c_str(),
        sent.value().headings, english ? "headings" : "หัวข้อ", sent.value().items, english ? "items" : "รายการ");
    return kExitOk;
}

} // namespace sapha::cli
