// Sapha — `sapha-cli trace PATH#ID [--json]`: who wrote an element's current text, when, in which commit,
// and where it came from (the idea it was made from, the meeting it was carried over from).
// SPDX-License-Identifier: MIT
#include "commands/commands.hpp"

#include <cstdio>

#include "history/element_trace.hpp"

namespace sapha::cli {

namespace {

std::string nameOf(const host::TracedElement& element, const std::string& language)
{
    if (element.elementId.empty())
        return element.documentTitle;
    const std::string& term = language == "th" ? element.term : element.type;
    const std::string name = element.label.empty() ? term : term + " " + element.label;
    return (name.empty() ? element.elementId : name) + " — " + element.documentTitle;
}

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

// The first line of a text, shortened: what a person recognises an element by.
std::string firstLine(const std::string& text)
{
    std::string line = text.substr(0, text.find('\n'));
    if (line.size() > 240) {
        std::size_t cut = 240;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        line = line.substr(0, cut) + "…";
    }
    return line;
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
        return context.usage("name the element after a '#': PATH#ELEMENT (the ids `sapha-cli search` and `diff` show)");
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
    const std::string& language = context.settings().language();
    const bool thai = language == "th";
    const host::Calendar calendar = context.settings().calendar();
    std::printf("%s\n    %s\n", nameOf(t.element, language).c_str(), firstLine(t.element.text).c_str());
    auto describe = [&](const host::Revision& revision) {
        return revision.displayTime(calendar) + "  " + revision.authorName + "  " + revision.shortId() + "  "
            + revision.message.substr(0, revision.message.find('\n'));
    };
    if (t.uncommitted)
        std::printf(thai ? "ข้อความนี้: ยังไม่ได้บันทึกเป็นฉบับ\n" : "this text: not committed yet\n");
    else if (t.lastWritten)
        std::printf(thai ? "ข้อความนี้เขียนเมื่อ: %s\n" : "this text written: %s\n", describe(*t.lastWritten).c_str());
    if (t.created)
        std::printf(thai ? "เริ่มมีเมื่อ: %s\n" : "first appeared: %s\n", describe(*t.created).c_str());
    for (const host::ElementOrigin& origin : t.origins) {
        const char* relation = origin.relation == "source" ? (thai ? "มาจาก" : "made from") : (thai ? "ต่อจาก" : "carried on from");
        const std::string where = origin.element.elementId.empty() ? origin.element.path : origin.element.path + "#" + origin.element.elementId;
        if (!origin.found) {
            std::printf(thai ? "%s: %s (ไม่พบแล้ว)\n" : "%s: %s (no longer there)\n", relation, where.c_str());
            continue;
        }
        std::printf("%s: %s  %s\n    %s\n", relation, where.c_str(), nameOf(origin.element, language).c_str(),
            firstLine(origin.element.text).c_str());
    }
    return kExitOk;
}

} // namespace sapha::cli
