// Sapha — what a program offers on its command line, described once: the program's --help, its
// manual page (sapha(1), sapha-cli(1)) and the bash completion are all written from this.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <sapha/localized_text.hpp>

namespace sapha::host {

// An option or switch: "--lang" with value "LANG", or "--help" with none.
struct OptionDescription {
    std::string name;  // "--lang", "-C"
    std::string value; // "LANG", "" for a switch
    LocalizedText summary;
};

// A verb of sapha-cli (or a plugin's command): its usage line and one line saying what it does.
struct CommandDescription {
    std::string usage; // "log PATH [--json] [-n N]": the verb first, then its arguments
    LocalizedText summary;
    std::string plugin; // the plugin that adds it, "" for the host's own verbs
};

struct ProgramDescription {
    std::string name;     // "sapha-cli"
    std::string synopsis; // "[-C DIR] VERB [ARGS]"
    LocalizedText purpose;     // the NAME line: "committee documents kept in Git, from the command line"
    LocalizedText description; // paragraphs separated by blank lines
    std::vector<OptionDescription> options;
    std::vector<CommandDescription> commands;
};

// The command's verb: the first word of its usage line.
std::string verbOf(const CommandDescription& command);
// The options a usage line names ("--json", "-n"), in order, each once.
std::vector<std::string> optionsInUsage(const std::string& usage);

// The GUI program's command line (sapha(1)); SaphaApp declares its options from this.
ProgramDescription guiProgramDescription();

} // namespace sapha::host
