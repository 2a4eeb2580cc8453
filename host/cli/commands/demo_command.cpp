// Sapha — `sapha-cli demo DIR`: the demo workspace, with real history.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

#include <unistd.h>

#include "demo/demo_workspace.hpp"

namespace sapha::cli {

int runDemo(CliContext& context, Arguments& arguments)
{
    // Progress is for a person watching a terminal; logs and pipes get the result line only.
    const bool quiet = arguments.takeFlag("--quiet") || !isatty(STDERR_FILENO);
    if (int bad = expectArguments(context, arguments, 1, 1, "sapha-cli demo DIR [--quiet]"))
        return bad;
    const std::string directory = arguments.positionals().front();
    context.requireGit();
    const bool inThai = context.settings().language() == "th";
    Status built = host::buildDemoWorkspace(directory, context.plugins(), [quiet, inThai](int done, int total) {
        if (!quiet)
            std::fprintf(stderr, inThai ? "\rsapha-cli: demo: บันทึกแล้ว %d/%d ฉบับ" : "\rsapha-cli: demo: %d/%d revisions committed", done, total);
    });
    if (!quiet)
        std::fprintf(stderr, "\n");
    if (!built)
        return context.fail(built.error());
    std::printf(inThai ? "พื้นที่ทำงานตัวอย่างพร้อมแล้ว: %s\n" : "Demo workspace ready: %s\n", std::filesystem::canonical(directory).c_str());
    return kExitOk;
}

} // namespace sapha::cli
