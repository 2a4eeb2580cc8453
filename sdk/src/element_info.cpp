// Sapha — a one-line summary of structural change, computed from element ids.
// SPDX-License-Identifier: MIT
#include <sapha/element_info.hpp>

#include <cstdio>
#include <map>

namespace sapha {

namespace {

std::string describe(const ElementInfo& element, bool thai)
{
    if (!thai || element.thaiTerm.empty()) {
        std::string name = element.type;
        if (!element.label.empty())
            name += " " + element.label;
        return name;
    }
    const std::string& term = element.thaiTerm;
    const std::string& label = element.label;
    if (label.empty())
        return term;
    if (label.rfind(term, 0) == 0)
        return label; // the label already says it: "ระเบียบวาระที่ 3"
    if (label[0] >= '0' && label[0] <= '9')
        return term + "ที่ " + label; // a number: "ตัวชี้วัดที่ 2.4"
    return term + " " + label;
}

// The words of a summary in English and in Thai (Thai joins verb and noun without a space).
struct Words {
    const char* added;
    const char* changed;
    const char* moved;
    const char* removed;
    const char* more; // printf pattern with the count
    const char* same;
};

constexpr Words kEnglish { "added ", "changed ", "moved ", "removed ", "and %zu more", "no structural change" };
constexpr Words kThai { "เพิ่ม", "แก้ไข", "ย้าย", "ลบ", "และอีก %zu รายการ", "ไม่มีการเปลี่ยนแปลงโครงสร้าง" };

void appendPart(std::string& summary, const std::string& part)
{
    if (!summary.empty())
        summary += "; ";
    summary += part;
}

} // namespace

ElementInfo labelledElement(std::string id, std::string parentId, std::string type, std::string label,
    std::string thaiTerm, std::vector<ElementField> fields)
{
    std::string text;
    for (std::size_t i = 0; i < fields.size(); ++i)
        text += (i == 0 ? "" : "\n") + fields[i].value;
    return { std::move(id), std::move(parentId), std::move(type), std::move(label), std::move(text), std::move(thaiTerm),
        std::move(fields) };
}

std::string summarizeElementChanges(const ElementList& before, const ElementList& after, std::string_view language)
{
    const bool thai = language == "th";
    const Words& words = thai ? kThai : kEnglish;
    std::map<std::string, const ElementInfo*> oldById;
    for (const ElementInfo& element : before)
        oldById[element.id] = &element;

    std::string summary;
    constexpr std::size_t kMaxParts = 6;
    std::size_t parts = 0;
    std::size_t omitted = 0;
    auto add = [&](const std::string& part) {
        if (parts++ < kMaxParts)
            appendPart(summary, part);
        else
            ++omitted;
    };

    std::map<std::string, bool> seen;
    for (const ElementInfo& element : after) {
        seen[element.id] = true;
        auto old = oldById.find(element.id);
        if (old == oldById.end()) {
            add(words.added + describe(element, thai));
            continue;
        }
        const ElementInfo& previous = *old->second;
        if (previous.text != element.text)
            add(words.changed + describe(element, thai));
        else if (previous.parentId != element.parentId)
            add(words.moved + describe(element, thai));
    }
    for (const ElementInfo& element : before) {
        if (!seen.count(element.id))
            add(words.removed + describe(element, thai));
    }
    if (omitted > 0) {
        char more[64];
        std::snprintf(more, sizeof more, words.more, omitted);
        appendPart(summary, more);
    }
    return summary.empty() ? words.same : summary;
}

} // namespace sapha
