// Sapha — sapha-cli: every headless operation. Never initialises a GUI.
// SPDX-License-Identifier: MIT
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <sapha/version.h>

#include "cli_context.hpp"
#include "cli_description.hpp"
#include "commands/commands.hpp"
#include "manual/bash_completion.hpp"
#include "manual/manual_page.hpp"
#include "plugins/plugin_registry.hpp"

namespace {

using namespace sapha::cli;

// A mistake in the command line itself, before any verb: said in the language of the user's settings.
int commandLineMistake(const std::string& thai, const std::string& english)
{
    const CliContext context("."); // reads the settings and sets the language of messages
    return context.usage(sapha::localized(thai, english));
}

// --help in the language of the user's settings, from the same description as the manual page.
void printHelp()
{
    CliContext context(".");
    const std::string language = context.settings().language();
    const sapha::host::ProgramDescription program = cliProgramDescription(context.plugins());
    const bool thai = language == "th";
    std::printf("%s: sapha-cli %s\n\n%s\n\n%s\n", thai ? "วิธีใช้" : "Usage", program.synopsis.c_str(),
        program.purpose.in(language).c_str(), thai ? "คำสั่ง:" : "Verbs:");
    bool pluginsHeading = false;
    for (const sapha::host::CommandDescription& command : program.commands) {
        if (!command.plugin.empty() && !pluginsHeading) {
            std::printf("\n%s\n", thai ? "คำสั่งจากปลั๊กอิน:" : "From plugins:");
            pluginsHeading = true;
        }
        std::printf("  %s\n      %s%s\n", command.usage.c_str(), command.summary.in(language).c_str(),
            command.plugin.empty() ? "" : (" (" + command.plugin + ")").c_str());
    }
    std::printf("\n%s\n", thai ? "ตัวเลือก:" : "Options:");
    for (const sapha::host::OptionDescription& option : program.options) {
        const std::string name = option.value.empty() ? option.name : option.name + " " + option.value;
        std::printf("  %-28s %s\n", name.c_str(), option.summary.in(language).c_str());
    }
}

// `--manual-page PROGRAM LANG`: the page packagers install as sapha(1) or sapha-cli(1).
int printManualPage(const std::string& programName, const std::string& language)
{
    if ((programName != "sapha" && programName != "sapha-cli") || (language != "th" && language != "en"))
        return commandLineMistake("--manual-page ต้องตามด้วย sapha หรือ sapha-cli แล้ว th หรือ en",
            "--manual-page needs sapha or sapha-cli, then th or en");
    CliContext context(".");
    const sapha::host::ProgramDescription program = programName == "sapha"
        ? sapha::host::guiProgramDescription()
        : cliProgramDescription(context.plugins());
    std::fputs(sapha::host::manualPage(program, language, SAPHA_VERSION_STRING, SAPHA_RELEASE_DATE).c_str(), stdout);
    return kExitOk;
}

int printBashCompletion()
{
    CliContext context(".");
    std::vector<std::string> kinds;
    for (const sapha::host::PluginRecord& record : context.plugins().records()) {
        if (record.state != sapha::host::PluginState::Running)
            continue;
        for (const sapha::host::DocumentKindManifest& kind : record.manifest.documentKinds)
            kinds.push_back(kind.id);
        if (!record.manifest.documentKinds.empty())
            kinds.push_back(record.manifest.id);
    }
    std::fputs(sapha::host::bashCompletion(cliProgramDescription(context.plugins()), kinds).c_str(), stdout);
    return kExitOk;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> items(argv + 1, argv + argc);
    std::string workspace = ".";
    std::size_t index = 0;
    while (index < items.size() && items[index].size() > 1 && items[index][0] == '-') {
        const std::string& option = items[index];
        if (option == "--version") {
            std::printf("sapha-cli %s (plugin SDK API %d)\n", SAPHA_VERSION_STRING, SAPHA_SDK_API_VERSION);
            return kExitOk;
        }
        if (option == "--help" || option == "-h") {
            printHelp();
            return kExitOk;
        }
        if (option == "--manual-page") {
            if (index + 2 >= items.size())
                return commandLineMistake("--manual-page ต้องตามด้วย sapha หรือ sapha-cli แล้ว th หรือ en",
                    "--manual-page needs sapha or sapha-cli, then th or en");
            return printManualPage(items[index + 1], items[index + 2]);
        }
        if (option == "--bash-completion")
            return printBashCompletion();
        if (option == "-C") {
            if (index + 1 >= items.size())
                return commandLineMistake("-C ต้องตามด้วยโฟลเดอร์", "-C needs a folder");
            workspace = items[index + 1];
            index += 2;
            continue;
        }
        return commandLineMistake("ไม่รู้จักตัวเลือก " + option, "unknown option " + option);
    }
    if (index >= items.size()) {
        printHelp();
        return kExitUsage;
    }
    const std::string verbName = items[index];
    for (const Verb& verb : hostVerbs()) {
        if (verbName == verb.name) {
            CliContext context(workspace);
            Arguments arguments(std::vector<std::string>(items.begin() + static_cast<long>(index) + 1, items.end()));
            return verb.run(context, arguments);
        }
    }
    // Not a verb of the host: a plugin's command, or unknown.
    CliContext context(workspace);
    Arguments arguments(std::vector<std::string>(items.begin() + static_cast<long>(index) + 1, items.end()));
    return sapha::cli::runPluginCommand(context, verbName, arguments);
}
