// Sapha — `sapha-cli diff PATH REV1 [REV2] [--words] [--json]`: what changed between two versions of a
// document (REV2 absent: the working copy), element by element in the plugin's terms; --words adds
// each changed text in the notation of `git diff --word-diff`, with Thai cut into words.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

namespace sapha::cli {

namespace {

// "changed indicator 1.2 [ind-staff]" / "แก้ไข ตัวชี้วัด 1.2 [ind-staff]".
std::string describe(diff::ChangeKind kind, const ElementInfo& element, std::string_view language)
{
    if (language != "th")
        return diff::changeKindName(kind) + (" " + element.type) + (element.label.empty() ? "" : " " + element.label) + " [" + element.id + "]";
    const char* change = kind == diff::ChangeKind::Added ? "เพิ่ม"
        : kind == diff::ChangeKind::Removed              ? "ลบ"
        : kind == diff::ChangeKind::Moved                ? "ย้าย"
        : kind == diff::ChangeKind::Changed              ? "แก้ไข"
        : kind == diff::ChangeKind::MovedAndChanged      ? "ย้ายและแก้ไข"
                                                         : "ไม่เปลี่ยน";
    const std::string& type = element.thaiTerm.empty() ? element.type : element.thaiTerm;
    return change + (" " + type) + (element.label.empty() ? "" : " " + element.label) + " [" + element.id + "]";
}

// Each line of a field added or emptied whole, marked on its own line: "{+line+}".
std::string markedLines(const std::string& text, const char* open, const char* close)
{
    std::string marked;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        marked += (start == 0 ? "" : "\n") + std::string(open) + text.substr(start, end == std::string::npos ? end : end - start) + close;
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return marked;
}

// The lines of a word diff that changed, indented (like the hunks of git's word diff), the first
// after `prefix`.
void printChangedLines(const std::string& notation, const std::string& prefix)
{
    std::size_t start = 0;
    bool first = true;
    while (start <= notation.size()) {
        const std::size_t end = notation.find('\n', start);
        const std::string line = notation.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (line.find("[-") != std::string::npos || line.find("{+") != std::string::npos) {
            std::printf("    %s%s\n", first ? prefix.c_str() : "", line.c_str());
            first = false;
        }
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
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
    const std::string language = context.settings().language();
    std::printf("%s: %s → %s\n", result.path.c_str(), result.fromLabel.c_str(), result.toLabel.c_str());
    if (result.changes.empty())
        std::printf("%s\n", inLanguage(language, "ไม่มีการเปลี่ยนแปลง", "no changes").c_str());
    for (const diff::ElementChange& change : result.changes) {
        const ElementInfo& element = change.kind == diff::ChangeKind::Removed ? change.before : change.after;
        std::printf("%s\n", describe(change.kind, element, language).c_str());
        if (!words || change.words.empty())
            continue;
        const std::vector<diff::FieldChange> fields = diff::diffFields(change);
        if (fields.empty()) {
            printChangedLines(diff::toWordDiffNotation(change.words), {});
            continue;
        }
        // Field by field, each under its name: "Weight: [-1-]{+2+}".
        for (const diff::FieldChange& field : fields) {
            if (field.kind == diff::ChangeKind::None)
                continue;
            const std::string notation = field.kind == diff::ChangeKind::Changed ? diff::toWordDiffNotation(field.words)
                : field.kind == diff::ChangeKind::Added                          ? markedLines(field.after, "{+", "+}")
                                                                                 : markedLines(field.before, "[-", "-]");
            printChangedLines(notation, field.label.in(language) + ": ");
        }
    }
    return kExitOk;
}

} // namespace sapha::cli
