// Sapha — `sapha-cli search QUERY [--kind K] [--history] [--within] [-n N] [--json]`: the elements of the
// workspace's documents holding the query's words, whole, best first.
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>
#include <cstdlib>

#include "search/workspace_search.hpp"

namespace sapha::cli {

namespace {

// "มติ 4.1" in Thai, "resolution 4.1" in English; the document's title for a hit in the title itself.
std::string elementName(const host::SearchHit& hit, const std::string& language)
{
    if (hit.elementId.empty())
        return language == "th" ? "ชื่อเอกสาร" : "title";
    const std::string& term = language == "th" ? hit.elementTerm : hit.elementType;
    return hit.elementLabel.empty() ? term : term + " " + hit.elementLabel;
}

std::string revisionJson(const std::optional<host::Revision>& revision)
{
    if (!revision)
        return "null";
    return "{\"id\": " + jsonString(revision->id) + ", \"date\": " + jsonString(revision->isoTime()) + ", \"author\": "
        + jsonString(revision->authorName) + "}";
}

} // namespace

int runSearch(CliContext& context, Arguments& arguments)
{
    host::SearchOptions options;
    const bool asJson = arguments.takeFlag("--json");
    options.history = arguments.takeFlag("--history");
    options.withinWords = arguments.takeFlag("--within");
    if (std::optional<std::string> kind = arguments.takeOption("--kind"))
        options.kindId = *kind;
    if (std::optional<std::string> count = arguments.takeOption("--max-count", "-n"))
        options.limit = static_cast<std::size_t>(std::strtoul(count->c_str(), nullptr, 10));
    if (int bad = expectArguments(context, arguments, 1, 1,
            "sapha-cli [-C DIR] search QUERY [--kind KIND] [--history] [--within] [-n N] [--json]"))
        return bad;
    Result<host::Documents*> documents = context.documents();
    if (!documents)
        return context.fail(documents.error());
    const std::string query = arguments.positionals().front();
    Result<std::vector<host::SearchHit>> hits = host::searchWorkspace(*documents.value(), query, options);
    if (!hits)
        return context.fail(hits.error());
    const std::string& language = context.settings().language();
    if (asJson) {
        std::printf("[");
        bool first = true;
        for (const host::SearchHit& hit : hits.value()) {
            std::string ranges;
            for (const auto& [start, end] : hit.matches)
                ranges += std::string(ranges.empty() ? "" : ", ") + "[" + std::to_string(start) + ", " + std::to_string(end) + "]";
            std::printf("%s\n  {\"path\": %s, \"document\": %s, \"element\": %s, \"type\": %s, \"term\": %s, "
                        "\"label\": %s, \"text\": %s, \"matches\": [%s], \"current\": %s, \"since\": %s, \"until\": %s}",
                first ? "" : ",", jsonString(hit.path).c_str(), jsonString(hit.documentTitle).c_str(),
                jsonString(hit.elementId).c_str(), jsonString(hit.elementType).c_str(), jsonString(hit.elementTerm).c_str(),
                jsonString(hit.elementLabel).c_str(), jsonString(hit.text).c_str(), ranges.c_str(),
                hit.current ? "true" : "false", revisionJson(hit.since).c_str(),
                hit.current ? "null" : revisionJson(hit.until).c_str());
            first = false;
        }
        std::printf("\n]\n");
        return kExitOk;
    }
    if (hits.value().empty()) {
        std::printf(language == "th" ? "ไม่พบ \"%s\"\n" : "\"%s\" was not found\n", query.c_str());
        return kExitOk;
    }
    const host::Calendar calendar = context.settings().calendar();
    for (const host::SearchHit& hit : hits.value()) {
        std::string when;
        if (!hit.current && hit.since && hit.until)
            when = (language == "th" ? "  [เคยมี: " : "  [was there: ") + hit.since->displayTime(calendar) + " – "
                + hit.until->displayTime(calendar) + " " + hit.until->shortId() + "]";
        else if (hit.since)
            when = (language == "th" ? "  [มีตั้งแต่ " : "  [since ") + hit.since->displayTime(calendar) + " "
                + hit.since->shortId() + "]";
        const std::string place = hit.elementId.empty() ? hit.path : hit.path + "#" + hit.elementId;
        std::printf("%s  %s — %s%s\n    %s\n", place.c_str(), elementName(hit, language).c_str(),
            hit.documentTitle.c_str(), when.c_str(), host::searchSnippet(hit.text, hit.matches).c_str());
    }
    return kExitOk;
}

} // namespace sapha::cli
