// Sapha — `sapha-cli maintain [--auto]`: folds the packs the saves left into one, as `git gc` does.
// A save that finds fifty packs starts `maintain --auto` by itself (see background_fold.hpp).
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

#include "storage/pack_consolidation.hpp"

namespace sapha::cli {

int runMaintain(CliContext& context, Arguments& arguments)
{
    // --auto: started by a save, with nobody reading: fold only when the packs are still many (another
    // fold may have just taken them), and say nothing when there is nothing to do.
    const bool automatic = arguments.takeFlag("--auto");
    if (int bad = expectArguments(context, arguments, 0, 0, "sapha-cli [-C DIR] maintain [--auto]"))
        return bad;
    Result<host::Workspace*> workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    Result<std::size_t> folded = workspace.value()->foldPacks(automatic ? host::kPackLimit : 2);
    if (!folded) {
        if (folded.error().code == ErrorCode::Busy && automatic)
            return kExitOk; // the fold under way does the work
        return context.fail(folded.error());
    }
    if (!automatic) {
        if (folded.value() == 0)
            std::printf("%s\n", localized("ไม่มีอะไรต้องรวม", "nothing to fold").c_str());
        else
            std::printf("%s\n",
                localized("รวมแฟ้มของฉบับที่บันทึก " + std::to_string(folded.value()) + " แฟ้มเป็นแฟ้มเดียว",
                    "folded " + std::to_string(folded.value()) + " packs into one")
                    .c_str());
    }
    return kExitOk;
}

} // namespace sapha::cli
