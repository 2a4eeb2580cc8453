// Sapha — `sapha-cli commit PATH [-m MSG]`: commits the working file after checking that it loads.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

#include "document_catalog.hpp"

namespace sapha::cli {

int runCommit(CliContext& context, Arguments& arguments)
{
    std::optional<std::string> message = arguments.takeOption("--message", "-m");
    if (int bad = expectArguments(context, arguments, 1, 1, "sapha-cli [-C DIR] commit PATH [-m MESSAGE]"))
        return bad;
    const std::string path = arguments.positionals().front();
    Result<host::Workspace*> workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());

    // A file that does not load is never committed: the error says where it breaks.
    Result<host::LoadedDocument> loaded = host::loadDocument(*workspace.value(), context.pluginsFor(path), path, "");
    if (!loaded)
        return context.fail(Error { loaded.error().message + "; nothing was committed", loaded.error().where });

    std::string text = message.value_or("");
    // The committed version matters only without a message: to check the change and to summarise it.
    Result<host::LoadedDocument> previous = text.empty()
        ? host::loadDocument(*workspace.value(), context.pluginsFor(path), path, "HEAD")
        : Result<host::LoadedDocument>(Error { "not needed", path });
    const IDocument* before = previous ? previous.value().document.get() : nullptr;
    // A kind may protect what was committed (frozen minutes): such a change is made only with a reason.
    if (before && text.empty()) {
        for (const Finding& finding : loaded.value().kind->checkChange(*before, *loaded.value().document)) {
            if (finding.severity == Severity::Error)
                return context.fail(Error { finding.message + "; say why with -m \"...\"; nothing was committed", path });
        }
    }
    if (text.empty()) // no message: say what changed, in the kind's own terms
        text = loaded.value().kind->summarizeChange(before, *loaded.value().document, context.settings().language());
    Result<host::CommitOutcome> committed = workspace.value()->commitFile(path, text, context.author());
    if (!committed)
        return context.fail(committed.error());
    if (!committed.value().isNewCommit) {
        std::printf("%s: no changes since %s\n", path.c_str(), committed.value().revision.shortId().c_str());
        return kExitOk;
    }
    std::printf("%s %s\n", committed.value().revision.shortId().c_str(), committed.value().revision.message.c_str());
    return kExitOk;
}

} // namespace sapha::cli
