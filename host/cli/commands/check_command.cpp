// Sapha — `sapha-cli check PATH...`: loads and validates documents; exit 1 on any error.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include "history/document_links.hpp"

#include <cstdio>
#include <map>

#include "document_catalog.hpp"
#include "sync/conflict_records.hpp"

namespace sapha::cli {

int runCheck(CliContext& context, Arguments& arguments)
{
    if (int bad = expectArguments(context, arguments, 0, 1000, "sapha-cli [-C DIR] check [PATH...]"))
        return bad;
    Result<host::Documents*> documents = context.documents();
    if (!documents)
        return context.fail(documents.error());
    std::vector<std::string> paths = arguments.positionals();
    if (paths.empty()) {
        for (const host::DocumentEntry& entry : documents.value()->list())
            paths.push_back(entry.path);
    }
    int errors = 0;
    int warnings = 0;
    // Links to other documents' versions must lead somewhere.
    const std::vector<host::DocumentLink> links = documents.value()->links();
    for (const std::string& path : paths) {
        for (const Error& broken : host::brokenLinks(documents.value()->workspace(), links, path)) {
            std::printf("%s: error: %s\n", path.c_str(), broken.message.c_str());
            ++errors;
        }
        Result<host::LoadedDocument> loaded = documents.value()->load(path);
        if (!loaded) {
            context.fail(loaded.error());
            ++errors;
            continue;
        }
        // Conflicts a sync kept in the document: each one an error until a person chooses.
        const ElementList elements = loaded.value().kind->elements(*loaded.value().document);
        const std::string language = context.settings().language();
        for (const xml::MergeConflict& conflict : xml::readConflictRecords(loaded.value().text)) {
            std::printf("%s: error: sync conflict, changed differently on both sides: %s: this workspace \"%s\", the remote \"%s\"; "
                        "choose with sapha-cli resolve %s --element %s --ours or --theirs%s\n",
                path.c_str(), host::conflictPlace(conflict, elements, language).c_str(),
                host::conflictValue(conflict, conflict.ours, language).c_str(), host::conflictValue(conflict, conflict.theirs, language).c_str(),
                path.c_str(), conflict.element.empty() ? "\"\"" : conflict.element.c_str(),
                conflict.element.empty() ? "" : (" [" + conflict.element + "]").c_str());
            ++errors;
        }
        // Element ids are how history, compare and sync know an element: two elements with one id would be
        // confused with each other (a file edited by hand, a copy pasted).
        std::map<std::string, int> idUses;
        for (const ElementInfo& element : elements) {
            if (!element.id.empty() && ++idUses[element.id] == 2) {
                std::printf("%s: error: the id \"%s\" is used by more than one element (%s); give each its own [%s]\n",
                    path.c_str(), element.id.c_str(), element.label.empty() ? element.type.c_str() : element.label.c_str(),
                    element.id.c_str());
                ++errors;
            }
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
