// Sapha — `sapha-cli log PATH [--json] [-n N]`: the revisions that changed a document, newest first.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include "history/document_links.hpp"

#include <cstdio>
#include <cstdlib>
#include <map>

#include "history/document_history.hpp"

namespace sapha::cli {

int runLog(CliContext& context, Arguments& arguments)
{
    const bool asJson = arguments.takeFlag("--json");
    std::optional<std::string> count = arguments.takeOption("--max-count", "-n");
    const bool withSummary = arguments.takeFlag("--summary");
    std::optional<std::string> calendarName = arguments.takeOption("--calendar");
    if (int bad = expectArguments(context, arguments, 1, 1, "sapha-cli [-C DIR] log PATH [--json] [-n N] [--summary] [--calendar buddhist|gregorian]"))
        return bad;
    const std::size_t limit = count ? static_cast<std::size_t>(std::strtoul(count->c_str(), nullptr, 10)) : 0;
    const std::string path = arguments.positionals().front();
    Result<host::Documents*> documents = context.documents();
    if (!documents)
        return context.fail(documents.error());
    Result<std::vector<host::Revision>> history = documents.value()->history(path, limit);
    if (!history)
        return context.fail(history.error());
    std::error_code ignored;
    if (history.value().empty() && !std::filesystem::exists(documents.value()->workspace().root() / path, ignored))
        return context.fail(Error { localized("ไม่มีเอกสารนี้ในพื้นที่ทำงานหรือในประวัติ", "no such document in the workspace or its history"), path });
    host::Calendar calendar = context.settings().calendar();
    if (calendarName) {
        if (*calendarName != "buddhist" && *calendarName != "gregorian")
            return context.usage(localized("--calendar รับค่า buddhist (พุทธศักราช) หรือ gregorian (คริสต์ศักราช)", "--calendar takes buddhist or gregorian"));
        calendar = *calendarName == "buddhist" ? host::Calendar::Buddhist : host::Calendar::Gregorian;
    }
    const std::vector<std::string> summaries = withSummary
        ? documents.value()->summarize(path, history.value())
        : std::vector<std::string>(history.value().size());
    // Named versions are shown on the revision they name.
    std::map<std::string, std::string> namesOf;
    if (Result<std::vector<host::NamedVersion>> versions = documents.value()->namedVersions(); versions) {
        for (const host::NamedVersion& version : versions.value())
            namesOf[version.revisionId] += (namesOf[version.revisionId].empty() ? "" : ", ") + version.name;
    }
    // What other documents decided about this one's versions: "เห็นชอบโดย <minutes>, มติระเบียบวาระที่ 4.1".
    host::addIncomingNames(namesOf, documents.value()->linksTo(path), context.settings().language());
    if (asJson) {
        std::printf("[");
        bool first = true;
        for (std::size_t index = 0; index < history.value().size(); ++index) {
            const host::Revision& revision = history.value()[index];
            std::printf("%s\n  {\"id\": %s, \"author\": %s, \"email\": %s, \"time\": %lld, \"date\": %s, "
                        "\"message\": %s, \"names\": %s, \"summary\": %s}",
                first ? "" : ",", jsonString(revision.id).c_str(), jsonString(revision.authorName).c_str(),
                jsonString(revision.authorEmail).c_str(), static_cast<long long>(revision.time),
                jsonString(revision.isoTime()).c_str(), jsonString(revision.message).c_str(),
                jsonString(namesOf[revision.id]).c_str(), jsonString(summaries[index]).c_str());
            first = false;
        }
        std::printf("\n]\n");
        return kExitOk;
    }
    for (std::size_t index = 0; index < history.value().size(); ++index) {
        const host::Revision& revision = history.value()[index];
        const std::string subject = withSummary ? summaries[index] : revision.message.substr(0, revision.message.find('\n'));
        const std::string names = namesOf[revision.id].empty() ? "" : " (" + namesOf[revision.id] + ")";
        std::printf("%s%s  %s  %s  %s\n", revision.shortId().c_str(), names.c_str(),
            revision.displayTime(calendar).c_str(),
            revision.authorName.c_str(), subject.c_str());
    }
    return kExitOk;
}

} // namespace sapha::cli
