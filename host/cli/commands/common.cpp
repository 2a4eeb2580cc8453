// Sapha — helpers shared by the verbs.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

namespace sapha::cli {

int expectArguments(CliContext& context, const Arguments& arguments, std::size_t minimum, std::size_t maximum,
    const char* usageLine)
{
    if (arguments.hadMissingValue())
        return context.usage(std::string("an option is missing its value; usage: ") + usageLine);
    if (!arguments.unknownOptions().empty())
        return context.usage("unknown option " + arguments.unknownOptions().front() + "; usage: " + usageLine);
    const std::size_t count = arguments.positionals().size();
    if (count < minimum || count > maximum)
        return context.usage(std::string("usage: ") + usageLine);
    return kExitOk;
}

std::string jsonString(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

} // namespace sapha::cli
