// Sapha minutes — the roster model.
// SPDX-License-Identifier: MIT
#include "core/roster.hpp"

#include <algorithm>
#include <iterator>

#include <sapha/xml_io.hpp>

#include "core/quorum_rule.hpp"

namespace sapha::minutes {

int Roster::quorumOf(int memberCount) const
{
    return quorumCount(memberCount, quorumNumerator, quorumDenominator);
}

std::vector<TemplateItem> defaultAgendaTemplate(const std::string& language)
{
    // The official order of a Thai meeting's agenda (ระเบียบวาระที่ 1–6), as DOMAIN.md gives it.
    static const char* const kThai[] = { "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "เรื่องรับรองรายงานการประชุม",
        "เรื่องสืบเนื่อง", "เรื่องเพื่อทราบ", "เรื่องเพื่อพิจารณา", "เรื่องอื่น ๆ" };
    static const char* const kEnglish[] = { "Announcements from the chair", "Adoption of the previous minutes",
        "Matters arising", "Matters for information", "Matters for consideration", "Other matters" };
    static_assert(std::size(kThai) == std::size(kEnglish));
    std::vector<TemplateItem> items;
    for (std::size_t i = 0; i < std::size(kThai); ++i)
        items.push_back({ xml::newElementId("item"), language == "en" ? kEnglish[i] : kThai[i], {} });
    return items;
}

namespace {

void writeOutline(const std::vector<TemplateItem>& items, int depth, std::string& out)
{
    for (const TemplateItem& item : items) {
        out += std::string(static_cast<std::size_t>(depth) * 4, ' ') + item.title + "\n";
        writeOutline(item.children, depth + 1, out);
    }
}

void collectIds(const std::vector<TemplateItem>& items, std::vector<std::string>& ids)
{
    for (const TemplateItem& item : items) {
        ids.push_back(item.id);
        collectIds(item.children, ids);
    }
}

} // namespace

std::string templateOutline(const std::vector<TemplateItem>& items)
{
    std::string out;
    writeOutline(items, 0, out);
    return out;
}

std::vector<TemplateItem> parseTemplateOutline(const std::string& text, const std::vector<TemplateItem>& previous)
{
    std::vector<std::string> ids;
    collectIds(previous, ids);
    std::vector<TemplateItem> items;
    // The chain of the last item at each depth: a line goes under the one at depth - 1.
    std::vector<std::vector<TemplateItem>*> levels { &items };
    std::size_t start = 0, index = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        start = end + 1;
        std::size_t indent = 0, column = 0;
        while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t'))
            column += line[indent++] == '\t' ? 4 : 1;
        line = line.substr(indent);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
            line.pop_back();
        if (line.empty())
            continue;
        const std::size_t depth = std::min(column / 4, levels.size() - 1);
        levels.resize(depth + 1);
        std::vector<TemplateItem>& siblings = *levels[depth];
        siblings.push_back({ index < ids.size() ? ids[index] : xml::newElementId("item"), line, {} });
        ++index;
        levels.push_back(&siblings.back().children);
    }
    return items;
}

} // namespace sapha::minutes
