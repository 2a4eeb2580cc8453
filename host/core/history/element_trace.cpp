// Sapha — the story of one element.
// SPDX-License-Identifier: MIT
#include "history/element_trace.hpp"

#include <set>

#include "documents/documents.hpp"
#include "messages/message_language.hpp"

namespace sapha::host {

namespace {

// How far a chain of origins is followed (a carried-over action through many meetings).
constexpr int kMaxOriginDepth = 12;

std::optional<TracedElement> findElement(const LoadedDocument& loaded, const std::string& path, const std::string& elementId)
{
    for (const ElementInfo& element : loaded.kind->elements(*loaded.document)) {
        if (element.id != elementId)
            continue;
        return TracedElement { path, element.id, loaded.kind->title(*loaded.document), element.type,
            element.thaiTerm.empty() ? element.type : element.thaiTerm, element.label, element.text };
    }
    return std::nullopt;
}

// The references of `elementId` that say where it came from, each followed to its own, nearest first.
void followOrigins(const Documents& documents, const LoadedDocument& loaded, const std::string& path,
    const std::string& elementId, std::set<std::string>& visited, int depth, std::vector<ElementOrigin>& origins)
{
    if (depth >= kMaxOriginDepth)
        return;
    for (const DocumentReference& reference : loaded.kind->references(*loaded.document)) {
        if (reference.elementId != elementId || (reference.relation != "source" && reference.relation != "continues"))
            continue;
        const std::string key = reference.path + "#" + reference.targetElementId;
        if (!visited.insert(key).second)
            continue; // a loop of references: each element once
        ElementOrigin origin;
        origin.relation = reference.relation;
        origin.element.path = reference.path;
        origin.element.elementId = reference.targetElementId;
        Result<LoadedDocument> target = documents.load(reference.path);
        std::optional<TracedElement> found;
        if (target)
            found = reference.targetElementId.empty()
                ? std::optional<TracedElement>(TracedElement { reference.path, {}, target.value().kind->title(*target.value().document) })
                : findElement(target.value(), reference.path, reference.targetElementId);
        origin.found = found.has_value();
        if (found)
            origin.element = *found;
        origins.push_back(origin);
        if (target && found && !reference.targetElementId.empty())
            followOrigins(documents, target.value(), reference.path, reference.targetElementId, visited, depth + 1, origins);
    }
}

// "ตัวชี้วัด 4.2 — <document title>": an element as a person names it.
std::string nameOf(const TracedElement& element, const std::string& language)
{
    if (element.elementId.empty())
        return element.documentTitle;
    const std::string& term = language == "th" ? element.term : element.type;
    const std::string name = element.label.empty() ? term : term + " " + element.label;
    return (name.empty() ? element.elementId : name) + " — " + element.documentTitle;
}

// The first line of a text, shortened at a character: what a person recognises an element by.
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

std::string describeRevision(const Revision& revision, Calendar calendar)
{
    return revision.displayTime(calendar) + "  " + revision.authorName + "  " + revision.shortId() + "  "
        + revision.message.substr(0, revision.message.find('\n'));
}

} // namespace

std::vector<std::string> describeTrace(const ElementTrace& trace, const std::string& language, Calendar calendar)
{
    const bool thai = language == "th";
    std::vector<std::string> lines { nameOf(trace.element, language), "    " + firstLine(trace.element.text) };
    if (trace.uncommitted)
        lines.push_back(thai ? "ข้อความนี้: ยังไม่ได้บันทึกเป็นฉบับ" : "this text: not committed yet");
    else if (trace.lastWritten)
        lines.push_back((thai ? "ข้อความนี้เขียนเมื่อ: " : "this text written: ") + describeRevision(*trace.lastWritten, calendar));
    if (trace.created)
        lines.push_back((thai ? "เริ่มมีเมื่อ: " : "first appeared: ") + describeRevision(*trace.created, calendar));
    for (const ElementOrigin& origin : trace.origins) {
        const std::string relation = origin.relation == "source" ? (thai ? "มาจาก" : "made from") : (thai ? "ต่อจาก" : "carried on from");
        const std::string where
            = origin.element.elementId.empty() ? origin.element.path : origin.element.path + "#" + origin.element.elementId;
        if (!origin.found) {
            lines.push_back(relation + ": " + where + (thai ? " (ไม่พบแล้ว)" : " (no longer there)"));
            continue;
        }
        lines.push_back(relation + ": " + where + "  " + nameOf(origin.element, language));
        lines.push_back("    " + firstLine(origin.element.text));
    }
    return lines;
}

Result<ElementTrace> traceElement(const Documents& documents, const std::string& path, const std::string& elementId)
{
    Result<LoadedDocument> loaded = documents.load(path);
    if (!loaded)
        return loaded.error();
    ElementTrace trace;
    std::optional<TracedElement> element = findElement(loaded.value(), path, elementId);
    if (!element) {
        std::string ids;
        for (const ElementInfo& info : loaded.value().kind->elements(*loaded.value().document))
            ids += (ids.empty() ? "" : ", ") + info.id;
        return Error { localized("เอกสารนี้ไม่มีส่วน \"" + elementId + "\" (ส่วนที่มี: " + ids + ")",
                           "no element \"" + elementId + "\" in this document (its elements: " + ids + ")"),
            path, ErrorCode::NotFound };
    }
    trace.element = *element;

    // Newest first: the versions holding today's text, back to the one that wrote it; then the element's
    // life back to the version it first appeared in.
    Result<std::vector<Revision>> revisions = documents.history(path);
    if (!revisions)
        return revisions.error();
    bool sameText = true;
    for (const Revision& revision : revisions.value()) {
        Result<LoadedDocument> version = documents.load(path, revision.id);
        if (!version)
            continue; // an older format this build cannot read: passed over
        std::optional<TracedElement> then = findElement(version.value(), path, elementId);
        if (!then)
            break; // before it was made (or while it was gone)
        trace.created = revision;
        sameText = sameText && then->text == trace.element.text;
        if (sameText)
            trace.lastWritten = revision;
    }
    trace.uncommitted = !trace.lastWritten.has_value();

    std::set<std::string> visited { path + "#" + elementId };
    followOrigins(documents, loaded.value(), path, elementId, visited, 0, trace.origins);
    return trace;
}

} // namespace sapha::host
