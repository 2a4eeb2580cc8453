// Sapha — the sapha-cli verbs, one function each (one file each in this folder).
// SPDX-License-Identifier: MIT
#pragma once

#include "outline_send.hpp"

#include <sapha/json_text.hpp>
#include <sapha/plugin.hpp>

#include "cli_context.hpp"
#include "messages/message_language.hpp"

namespace sapha::cli {

int runPlugins(CliContext& context, Arguments& arguments);
int runInit(CliContext& context, Arguments& arguments);
int runNew(CliContext& context, Arguments& arguments);
int runList(CliContext& context, Arguments& arguments);
int runCheck(CliContext& context, Arguments& arguments);
int runCommit(CliContext& context, Arguments& arguments);
int runLog(CliContext& context, Arguments& arguments);
int runShow(CliContext& context, Arguments& arguments);
int runDemo(CliContext& context, Arguments& arguments);
int runExport(CliContext& context, Arguments& arguments);
int runDiff(CliContext& context, Arguments& arguments);
int runRestore(CliContext& context, Arguments& arguments);
int runTag(CliContext& context, Arguments& arguments);
int runTags(CliContext& context, Arguments& arguments);
int runSend(CliContext& context, Arguments& arguments);
int runRemote(CliContext& context, Arguments& arguments);
int runClone(CliContext& context, Arguments& arguments);
int runPull(CliContext& context, Arguments& arguments);
int runPush(CliContext& context, Arguments& arguments);
int runSync(CliContext& context, Arguments& arguments);
int runConflicts(CliContext& context, Arguments& arguments);
int runResolve(CliContext& context, Arguments& arguments);
int runSearch(CliContext& context, Arguments& arguments);
int runTrace(CliContext& context, Arguments& arguments);
int runMaintain(CliContext& context, Arguments& arguments);
// A command a plugin provides (sapha/command_provider.hpp), or "unknown verb".
int runPluginCommand(CliContext& context, const std::string& name, Arguments& arguments);

// Shared by the verbs: refuses leftover options, or a wrong number of positionals.
// Returns kExitOk when the arguments are as expected.
int expectArguments(CliContext& context, const Arguments& arguments, std::size_t minimum, std::size_t maximum,
    const char* usageLine);

// The first running plugin that offers `Interface` (host/core/outline_send.hpp).
using host::runningProvider;

// JSON string literal for `text` (UTF-8 passed through, control characters escaped).
using sapha::jsonString;

} // namespace sapha::cli
