// Sapha — conflicts left in a document, as people see them (see conflict_records.hpp).
// SPDX-License-Identifier: MIT
#include "sync/conflict_records.hpp"

#include <pugixml.hpp>

namespace sapha::host {

namespace {

// The words of an element's XML, with a space between its texts.
std::string wordsOf(const std::string& xmlText)
{
    pugi::xml_document document;
    if (!document.load_buffer(xmlText.data(), xmlText.size(), pugi::parse_default, pugi::encoding_utf8))
        return xmlText;
    std::string words;
    for (const pugi::xpath_node& text : document.select_nodes("//text()")) {
        if (!words.empty())
            words += " ";
        words += text.node().value();
    }
    return words;
}

} // namespace

namespace {

// The name the editor gives the conflicting field ("ชื่อองค์ประกอบ" for <title>), found as the one field of
// the element holding this side's value (the document read holds it); the XML's own name when no field
// or more than one does.
std::string fieldNameOf(const xml::MergeConflict& conflict, const ElementInfo& element, std::string_view language)
{
    if (conflict.kind == xml::MergeConflict::Kind::Element || !conflict.ours || conflict.ours->empty())
        return conflict.path;
    const ElementField* named = nullptr;
    for (const ElementField& field : element.fields) {
        if (field.value != *conflict.ours)
            continue;
        if (named)
            return conflict.path; // two fields hold it: which one is not known
        named = &field;
    }
    return named ? named->label.in(language) : conflict.path;
}

} // namespace

std::string conflictPlace(const xml::MergeConflict& conflict, const ElementList& elements, std::string_view language)
{
    std::string place;
    std::string field = conflict.path;
    if (conflict.element.empty())
        place = language == "en" ? "the document" : "ตัวเอกสาร";
    for (const ElementInfo& element : elements) {
        if (element.id == conflict.element && !conflict.element.empty()) {
            const std::string term = language == "en" || element.thaiTerm.empty() ? element.type : element.thaiTerm;
            // A bare number ("2.1") says more with its term ("ตัวชี้วัด 2.1"); "ระเบียบวาระที่ 3" says it already.
            if (element.label.empty())
                place = term;
            else if (element.label.front() >= '0' && element.label.front() <= '9')
                place = term + " " + element.label;
            else
                place = element.label;
            if (!conflict.path.empty())
                field = fieldNameOf(conflict, element, language);
            break;
        }
    }
    if (place.empty())
        place = conflict.element;
    return field.empty() ? place : place + " — " + field;
}

std::string conflictValue(const xml::MergeConflict& conflict, const std::optional<std::string>& value, std::string_view language)
{
    if (!value)
        return language == "en" ? "(removed)" : "(ลบออก)";
    if (conflict.kind == xml::MergeConflict::Kind::Element)
        return wordsOf(*value);
    return *value;
}

std::string keepingConflictRecords(const Workspace& workspace, std::string_view path, std::string content)
{
    if (xml::hasConflictRecords(content))
        return content;
    Result<std::string> working = workspace.readWorking(path);
    if (!working || !xml::hasConflictRecords(working.value()))
        return content;
    std::vector<xml::MergeConflict> kept;
    for (const xml::MergeConflict& conflict : xml::readConflictRecords(working.value())) {
        if (xml::conflictStillApplies(content, conflict))
            kept.push_back(conflict);
    }
    return xml::withConflictRecords(content, kept);
}

} // namespace sapha::host
