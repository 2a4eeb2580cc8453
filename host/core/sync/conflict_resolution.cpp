// Sapha — resolving a sync conflict.
// SPDX-License-Identifier: MIT
#include "sync/conflict_resolution.hpp"

#include <algorithm>

#include "messages/message_language.hpp"
#include "sync/conflict_records.hpp"
#include "sync/sync.hpp"

namespace sapha::host {

namespace {

std::string sideName(xml::Side side, std::string_view language)
{
    const bool theirs = side == xml::Side::Theirs;
    return language == "en" ? (theirs ? "the remote's" : "this workspace's") : (theirs ? "จากเครื่องอื่น" : "ของเครื่องนี้");
}

// One side of the merge that made the markers, whole.
Result<ResolvedConflict> resolveWholeDocument(Workspace& workspace, const PluginRegistry& registry, const std::string& path,
    xml::Side side, const Author& author, std::string_view language)
{
    Result<std::string> chosen = sideOfLastMerge(workspace.root(), path, side == xml::Side::Theirs);
    if (!chosen)
        return chosen.error();
    const std::string message = language == "en" ? "resolved the sync conflict: kept " + sideName(side, language) + " version"
                                                 : "แก้ความขัดแย้งจากการซิงก์: ใช้ฉบับ" + sideName(side, language);
    Result<SavedDocument> saved = saveDocument(workspace, registry, path, &chosen.value(), message, author, language, true);
    if (!saved)
        return saved.error();
    return ResolvedConflict { saved.value(), message, 0 };
}

} // namespace

Result<ResolvedConflict> resolveConflict(Workspace& workspace, const PluginRegistry& registry, const std::string& path,
    xml::Side side, const std::optional<std::string>& element, const Author& author, std::string_view language)
{
    Result<std::string> text = workspace.readWorking(path);
    if (!text)
        return text.error();
    if (hasConflictMarkers(text.value())) {
        if (element)
            return Error { localized("มีทั้งสองฉบับของทั้งเอกสารอยู่ระหว่างเครื่องหมายข้อขัดแย้ง (เอกสารชนิดนี้รวมทีละส่วนไม่ได้): "
                                     "เลือกทั้งเอกสารด้วย --ours หรือ --theirs",
                               "holds both versions of the whole document between conflict markers (its kind does not merge by "
                               "element): choose the whole document with --ours or --theirs"),
                path };
        return resolveWholeDocument(workspace, registry, path, side, author, language);
    }
    const std::vector<xml::MergeConflict> conflicts = xml::readConflictRecords(text.value());
    if (conflicts.empty())
        return Error { localized("ไม่มีข้อขัดแย้งจากการซิงก์ให้เลือก", "has no sync conflict to resolve"), path };
    std::vector<xml::MergeConflict> chosen;
    std::vector<xml::MergeConflict> remaining;
    std::string elementsWithConflicts;
    for (const xml::MergeConflict& conflict : conflicts) {
        (!element || conflict.element == *element ? chosen : remaining).push_back(conflict);
        elementsWithConflicts += (elementsWithConflicts.empty() ? "" : ", ") + (conflict.element.empty() ? std::string("\"\"") : conflict.element);
    }
    if (chosen.empty())
        return Error { localized("ไม่มีข้อขัดแย้งที่ส่วน \"" + element.value_or("") + "\" (ข้อขัดแย้งอยู่ที่: " + elementsWithConflicts + ")",
                           "has no conflict on element \"" + element.value_or("") + "\" (its conflicts are on: " + elementsWithConflicts + ")"),
            path };

    const IDocumentKind* kind = registry.kindForPath(path);
    if (!kind)
        return Error { localized("ไม่มีปลั๊กอินที่ทำงานอยู่อ่านเอกสารชนิดนี้ได้", "no running plugin reads this kind of document"), path };
    std::string xmlText = xml::withoutConflictRecords(text.value());
    Result<std::unique_ptr<IDocument>> before = kind->load(xmlText, path);
    if (!before)
        return before.error();
    const ElementList elements = kind->elements(*before.value());
    std::string places;
    // Records of one field stacked by earlier syncs: the first is the newest; an older one applied after it
    // would bring back a value someone had already replaced.
    std::vector<xml::MergeConflict> newestOfEach;
    for (const xml::MergeConflict& conflict : chosen) {
        const bool seen = std::any_of(newestOfEach.begin(), newestOfEach.end(),
            [&](const xml::MergeConflict& kept) { return kept.element == conflict.element && kept.path == conflict.path; });
        if (!seen)
            newestOfEach.push_back(conflict);
    }
    for (const xml::MergeConflict& conflict : newestOfEach) {
        Result<std::string> applied = xml::applyChoice(xmlText, conflict, side);
        if (!applied)
            return Error { applied.error().message, path + ": " + applied.error().where };
        xmlText = std::move(applied.value());
        const std::string place = conflictPlace(conflict, elements, language);
        if (places.find(place) == std::string::npos)
            places += (places.empty() ? "" : "; ") + place;
    }
    // Written by the kind, in its usual form; the conflicts not chosen now stay.
    Result<std::unique_ptr<IDocument>> after = kind->load(xmlText, path);
    if (!after)
        return Error { localized("ฉบับที่เลือกไม่ใช่เอกสารที่ถูกต้อง: ", "the chosen version is not a valid document: ") + after.error().describe(), path };
    Result<std::string> saved = kind->save(*after.value());
    if (!saved)
        return saved.error();
    std::vector<xml::MergeConflict> left;
    for (const xml::MergeConflict& conflict : remaining) {
        if (xml::conflictStillApplies(saved.value(), conflict))
            left.push_back(conflict);
    }
    const std::string content = xml::withConflictRecords(saved.value(), left);
    const std::string count = std::to_string(chosen.size());
    const std::string message = language == "en"
        ? "resolved " + count + " sync conflict(s): kept " + sideName(side, language) + " version of " + places
        : "แก้ความขัดแย้งจากการซิงก์ " + count + " จุด: ใช้ฉบับ" + sideName(side, language) + " (" + places + ")";
    Result<SavedDocument> committed = saveDocument(workspace, registry, path, &content, message, author, language, true);
    if (!committed)
        return committed.error();
    return ResolvedConflict { committed.value(), message, left.size() };
}

} // namespace sapha::host
