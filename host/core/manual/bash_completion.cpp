// Sapha — bash completion (see bash_completion.hpp).
// SPDX-License-Identifier: MIT
#include "manual/bash_completion.hpp"

namespace sapha::host {

namespace {

std::string joined(const std::vector<std::string>& words)
{
    std::string out;
    for (const std::string& word : words)
        out += (out.empty() ? "" : " ") + word;
    return out;
}

// A bash function name from the program's ("sapha-cli" → "_sapha_cli").
std::string functionName(const std::string& program)
{
    std::string name = "_" + program;
    for (char& c : name) {
        if (c == '-')
            c = '_';
    }
    return name;
}

} // namespace

std::string bashCompletion(const ProgramDescription& program, const std::vector<std::string>& documentKinds)
{
    std::vector<std::string> verbs;
    std::string optionCases;
    for (const CommandDescription& command : program.commands) {
        const std::string verb = verbOf(command);
        verbs.push_back(verb);
        const std::vector<std::string> options = optionsInUsage(command.usage);
        if (!options.empty())
            optionCases += "        " + verb + ") options=\"" + joined(options) + "\" ;;\n";
    }
    std::vector<std::string> programOptions;
    for (const OptionDescription& option : program.options)
        programOptions.push_back(option.name);

    const std::string function = functionName(program.name);
    std::string script = "# bash completion for " + program.name + ", written by " + program.name
        + " from its own description; do not edit.\n";
    script += function + "()\n{\n";
    script += "    local cur prev verb=\"\" i\n";
    script += "    cur=\"${COMP_WORDS[COMP_CWORD]}\"\n";
    script += "    prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n";
    script += "    if [[ \"$prev\" == -C ]]; then\n"
              "        COMPREPLY=( $(compgen -d -- \"$cur\") )\n"
              "        return\n"
              "    fi\n";
    // The verb is the first word that is neither an option nor -C's folder.
    script += "    for (( i = 1; i < COMP_CWORD; i++ )); do\n"
              "        if [[ \"${COMP_WORDS[i]}\" == -C ]]; then (( i++ )); continue; fi\n"
              "        if [[ \"${COMP_WORDS[i]}\" != -* ]]; then verb=\"${COMP_WORDS[i]}\"; break; fi\n"
              "    done\n";
    script += "    if [[ -z \"$verb\" ]]; then\n"
              "        if [[ \"$cur\" == -* ]]; then\n"
              "            COMPREPLY=( $(compgen -W \"" + joined(programOptions) + "\" -- \"$cur\") )\n"
              "        else\n"
              "            COMPREPLY=( $(compgen -W \"" + joined(verbs) + "\" -- \"$cur\") )\n"
              "        fi\n"
              "        return\n"
              "    fi\n";
    script += "    if [[ \"$verb\" == new && \"$prev\" == new ]]; then\n"
              "        COMPREPLY=( $(compgen -W \"" + joined(documentKinds) + "\" -- \"$cur\") )\n"
              "        return\n"
              "    fi\n";
    script += "    local options=\"\"\n    case \"$verb\" in\n" + optionCases + "    esac\n";
    script += "    if [[ \"$cur\" == -* ]]; then\n"
              "        COMPREPLY=( $(compgen -W \"$options\" -- \"$cur\") )\n"
              "    else\n"
              "        COMPREPLY=( $(compgen -f -- \"$cur\") )\n"
              "    fi\n";
    script += "}\ncomplete -o filenames " + function + " " + program.name + "\n";
    return script;
}

} // namespace sapha::host
