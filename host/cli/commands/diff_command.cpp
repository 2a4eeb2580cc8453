// Sapha — `sapha-cli diff PATH REV1 [REV2] [--words] [--json]`: what changed between two versions of a
// document (REV2 absent: the working copy), element by element in the plugin's terms; --words adds
// each changed text in the notation of `git diff --word-diff`, with Thai cut into words.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>


namespace sapha::cli {

namespace {

std::string describe(const ElementInfo& element)
{
    return element.type + (element.label.empty() ? "" : " " + element.label) + " [" + element.id + "]";
}

} // namespace

int runDiff(CliContext& context, Arguments& arguments)
{
    const bool words = arguments.takeFlag("--words");
    const bool asJson = arguments.takeFlag("--json");
    if (int bad = expectArguments(context, arguments, 2, 3, "sapha-cli [-C DIR] diff PATH REV1 [REV2] [--words] [--json]"))
        return bad;
    const std::vector<std::string> positionals = arguments.positionals();
    Result<host::Documents*> documents = context.documents();
    if (!documents)
        return context.fail(documents.error());
    Result<host::Comparison> comparison
        = documents.value()->compare(positionals[0], positionals[1], positionals.size() > 2 ? positionals[2] : "");
    if (!comparison)
        return context.fail(comparison.error());
    const host::Comparison& result = comparison.value();
    if (asJson) {
        std::printf("{\"path\": %s, \"from\": %s, \"to\": %s, \"changes\": [", jsonString(result.path).c_str(),
            jsonString(result.fromLabel).c_str(), jsonString(result.toLabel).c_str());
        bool first = true;
        for (const diff::ElementChange& change : result.changes) {
            const ElementInfo& element = change.kind == diff::ChangeKind::Removed ? change.before : change.after;
            std::printf("%s\n  {\"change\": %s, \"id\": %s, \"type\": %s, \"label\": %s, \"before\": %s, \"after\": %s, "
                        "\"words\": %s}",
                first ? "" : ",", jsonString(diff::changeKindName(change.kind)).c_str(), jsonString(element.id).c_str(),
                jsonString(element.type).c_str(), jsonString(element.label).c_str(), jsonString(change.before.text).c_str(),
                jsonString(change.after.text).c_str(), jsonString(diff::toWordDiffNotation(change.words)).c_str());
            first = false;
        }
        std::printf("\n]}\n");
        return kExitOk;
    }
    std::printf("%s: %s → %s\n", result.path.c_str(), result.fromLabel.c_str(), result.toLabel.c_str());
    if (result.changes.empty())
        std::printf("no changes\n");
    for (const diff::ElementChange& change : result.changes) {
        const ElementInfo& element = change.kind == diff::ChangeKind::Removed ? change.before : change.after;
        std::printf("%s %s\n", diff::changeKindName(change.kind), describe(element).c_str());
        if (words && !change.words.empty()) {
            // The lines of the element's text that changed, indented (like the hunks of git's word diff).
            const std::string notation = diff::toWordDiffNotation(change.words);
            std::size_t start = 0;
            while (start <= notation.size()) {
                const std::size_t end = notation.find('\n', start);
                const std::string line = notation.substr(start, end == std::string::npos ? std::string::npos : end - start);
                if (line.find("[-") != std::string::npos || line.find("{+") != std::string::npos)
                    std::printf("    %s\n", line.c_str());
                if (end == std::string::npos)
                    break;
                start = end + 1;
            }
        }
    }
    return kExitOk;
}

} // namespace sapha::cli
