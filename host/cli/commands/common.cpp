// Sapha — helpers shared by the verbs.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

namespace sapha::cli {

int expectArguments(CliContext& context, const Arguments& arguments, std::size_t minimum, std::size_t maximum,
    const char* usageLine)
{
    if (arguments.hadMissingValue())
        return context.usage(localized("ตัวเลือกหนึ่งขาดค่า วิธีใช้: ", "an option is missing its value; usage: ") + usageLine);
    if (!arguments.unknownOptions().empty())
        return context.usage(localized("ไม่รู้จักตัวเลือก ", "unknown option ") + arguments.unknownOptions().front()
            + localized(" วิธีใช้: ", "; usage: ") + usageLine);
    const std::size_t count = arguments.positionals().size();
    if (count < minimum || count > maximum)
        return context.usage(localized("วิธีใช้: ", "usage: ") + usageLine);
    return kExitOk;
}


} // namespace sapha::cli
