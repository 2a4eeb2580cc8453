// Sapha — sapha-cli's verbs and options, described once: main() dispatches on this table, and
// --help, the manual pages and the bash completion are written from it.
// SPDX-License-Identifier: MIT
#pragma once

#include <span>

#include <sapha/localized_text.hpp>

#include "cli_context.hpp"
#include "manual/program_description.hpp"

namespace sapha::cli {

struct Verb {
    const char* name;
    int (*run)(CliContext&, Arguments&);
    const char* usage;
    LocalizedText summary;
};

// The host's own verbs, in the order --help lists them.
std::span<const Verb> hostVerbs();

// The whole command line: the host's verbs and options, then the commands of the running plugins.
host::ProgramDescription cliProgramDescription(host::PluginRegistry& plugins);

} // namespace sapha::cli
