// Sapha — `sapha-cli trace PATH#ID [--json]`: who wrote an element's current text, when, in which commit,
// and where it came from (the idea it was made from, the meeting it was carried over from).
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

#include "history/element_trace.hpp"

namespace sapha::cli {

namespace {

std::string revisionJson(const std::optional<host::Revision>& revision)
{
    if (!revision)
        return "null";
    return "{\"id\": " + jsonString(revision->id) + ", \"date\": " + jsonString(revision->isoTime()) + ", \"author\": "
        + jsonString(revision->authorName) + ", \"email\": " + jsonString(revision->authorEmail) + ", \"message\": "
        + jsonString(revision->message) + "}";
}

std::string elementJson(const host::TracedElement& element)
{
    return "{\"path\": " + jsonString(element.path) + ", \"id\": " + jsonString(element.elementId) + ", \"document\": "
        + jsonString(element.documentTitle) + ", \"type\": " + jsonString(element.type) + ", \"term\": "
        + jsonString(element.term) + ", \"label\": " + jsonString(element.label) + ", \"text\": " + jsonString(element.text) + "}";
}

} // namespace

int runTrace(CliContext& context, Arguments& arguments)
{
    const bool asJson = arguments.takeFlag("--json");
    if (int bad = expectArguments(context, arguments, 1, 1, "sapha-cli [-C DIR] trace PATH#ELEMENT [--json]"))
        return bad;
    const std::string spec = arguments.positionals().front();
    const std::size_t hash = spec.rfind('#');
    if (hash == std::string::npos || hash + 1 == spec.size())
        return context.usage(localized("ระบุส่วนของเอกสารหลัง '#': PATH#ELEMENT (รหัสที่ `sapha-cli search` และ `diff` แสดง)",
            "name the element after a '#': PATH#ELEMENT (the ids `sapha-cli search` and `diff` show)"));
    Result<host::Documents*> documents = context.documents();
    if (!documents)
        return context.fail(documents.error());
    Result<host::ElementTrace> trace = host::traceElement(*documents.value(), spec.substr(0, hash), spec.substr(hash + 1));
    if (!trace)
        return context.fail(trace.error());
    const host::ElementTrace& t = trace.value();
    if (asJson) {
        std::string origins;
        for (const host::ElementOrigin& origin : t.origins)
            origins += std::string(origins.empty() ? "" : ", ") + "{\"relation\": " + jsonString(origin.relation)
                + ", \"found\": " + (origin.found ? "true" : "false") + ", \"element\": " + elementJson(origin.element) + "}";
        std::printf("{\"element\": %s, \"created\": %s, \"written\": %s, \"uncommitted\": %s, \"origins\": [%s]}\n",
            elementJson(t.element).c_str(), revisionJson(t.created).c_str(), revisionJson(t.lastWritten).c_str(),
            t.uncommitted ? "true" : "false", origins.c_str());
        return kExitOk;
    }
    for (const std::string& line : host::describeTrace(t, context.settings().language(), context.settings().calendar()))
        std::printf("%s\n", line.c_str());
    return kExitOk;
}

} // namespace sapha::cli
