// Sapha — sapha-cli: every headless operation. Never initialises a GUI.
// SPDX-License-Identifier: MIT
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <sapha/version.h>

#include "cli_context.hpp"
#include "commands/commands.hpp"

namespace {

using namespace sapha::cli;

struct Verb {
    const char* name;
    int (*run)(CliContext&, Arguments&);
    const char* help;
};

constexpr Verb kVerbs[] = {
    { "plugins", runPlugins, "plugins [--json]            plugins found, their state and why" },
    { "init", runInit, "init DIR                    create an empty workspace" },
    { "new", runNew, "new KIND PATH [--title T] [--date D] [--committee ROSTER] [--standard PATH@VERSION]  create a document and commit it" },
    { "list", runList, "list [--json]               documents of the workspace by kind" },
    { "check", runCheck, "check [PATH...]             validate documents (exit 1 on errors)" },
    { "commit", runCommit, "commit PATH [-m MSG]        commit a document after checking it loads" },
    { "log", runLog, "log PATH [--json] [-n N]    revisions that changed a document" },
    { "show", runShow, "show PATH[@REV]             a document at a revision (hash, tag, HEAD~N)" },
    { "diff", runDiff, "diff PATH REV1 [REV2] [--words] [--json]   what changed, by element and by word" },
    { "restore", runRestore, "restore PATH REV            bring an earlier version back as a new commit" },
    { "tag", runTag, "tag NAME [-m MSG] [--rev REV]   name a version (\"ร่างที่ 1\")" },
    { "tags", runTags, "tags [--json]               the named versions" },
    { "send", runSend, "send PATH --to PATH [--title T]   a session's clusters and ideas into a standard, linked back" },
    { "remote", runRemote, "remote add NAME URL | list | remove NAME | login HOST --user NAME   shared remotes (token on stdin)" },
    { "clone", runClone, "clone URL DIR               a workspace from a remote" },
    { "pull", runPull, "pull [REMOTE]               fetch and merge the remote's changes" },
    { "push", runPush, "push [REMOTE]               send this workspace's versions and named versions" },
    { "sync", runSync, "sync [REMOTE]               pull, then push (merging again if someone pushed first)" },
    { "conflicts", runConflicts, "conflicts                   documents holding both versions of a sync conflict" },
    { "resolve", runResolve, "resolve PATH --ours|--theirs [--element ID]   choose a side of a sync conflict (committed)" },
    { "export", runExport, "export PATH[@REV] --format F -o OUT   DOCX, ODT, PDF, HTML or Markdown (--all DIR: all)" },
    { "demo", runDemo, "demo DIR                    build the demo workspace" },
};

void printHelp()
{
    std::printf("Usage: sapha-cli [-C DIR] VERB [ARGS]\n\n"
                "Sapha keeps committee documents in a Git repository; every save is a commit.\n\n"
                "Verbs:\n");
    for (const Verb& verb : kVerbs)
        std::printf("  %s\n", verb.help);
    sapha::cli::printPluginCommands();
    std::printf("\nOptions:\n  -C DIR      the workspace (default: the current folder)\n"
                "  --version   print the version\n  --help      this text\n");
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
        if (option == "-C") {
            if (index + 1 >= items.size()) {
                std::fprintf(stderr, "sapha-cli: -C needs a folder\n");
                return kExitUsage;
            }
            workspace = items[index + 1];
            index += 2;
            continue;
        }
        std::fprintf(stderr, "sapha-cli: unknown option %s\nTry `sapha-cli --help`.\n", option.c_str());
        return kExitUsage;
    }
    if (index >= items.size()) {
        printHelp();
        return kExitUsage;
    }
    const std::string verbName = items[index];
    for (const Verb& verb : kVerbs) {
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
