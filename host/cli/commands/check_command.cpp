// Sapha — `sapha-cli check PATH...`: loads and validates documents; exit 1 on any error.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include "history/document_links.hpp"

#include <cstdio>

#include "document_catalog.hpp"

namespace sapha::cli {

int runCheck(CliContext& context, Arguments& arguments)
{
    if (int bad = expectArguments(context, arguments, 0, 1000, "sapha-cli [-C DIR] check [PATH...]"))
        return bad;
    Result<host::Workspace*> workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    std::vector<std::string> paths = arguments.positionals();
    if (paths.empty()) {
        for (const host::DocumentEntry& entry : host::listDocuments(*workspace.value(), context.plugins()))
            paths.push_back(entry.path);
    }
    int errors = 0;
    int warnings = 0;
    // Links to other documents' versions must lead somewhere.
    const std::vector<host::DocumentLink> links = host::workspaceLinks(*workspace.value(), context.plugins());
    for (const std::string& path : paths) {
        for (const Error& broken : host::brokenLinks(*workspace.value(), links, path)) {
            std::printf("%s: error: %s\n", path.c_str(), broken.message.c_str());
            ++errors;
        }
        Result<host::LoadedDocument> loaded = host::loadDocument(*workspace.value(), context.plugins(), path, "");
        if (!loaded) {
            context.fail(loaded.error());
            ++errors;
            continue;
        }
        for (const Finding& finding : loaded.value().kind->validate(*loaded.value().document)) {
            std::string where = path;
            if (finding.line > 0)
                where += ":" + std::to_string(finding.line);
            std::printf("%s: %s: %s%s\n", where.c_str(), severityName(finding.severity), finding.message.c_str(),
                finding.elementId.empty() ? "" : (" [" + finding.elementId + "]").c_str());
            (finding.severity == Severity::Error ? errors : warnings)++;
        }
    }
    std::fprintf(stderr, "%zu document(s) checked: %d error(s), %d warning(s)\n", paths.size(), errors, warnings);
    return errors > 0 ? kExitFailure : kExitOk;
}

} // namespace sapha::cli
