// Sapha minutes — the roster model.
// SPDX-License-Identifier: MIT
#include "core/roster.hpp"

#include <sapha/xml_io.hpp>

#include "core/quorum_rule.hpp"

namespace sapha::minutes {

int Roster::quorumOf(int memberCount) const
{
    return quorumCount(memberCount, quorumNumerator, quorumDenominator);
}

std::vector<TemplateItem> defaultAgendaTemplate(const std::string& language)
{
    static const char* const kThai[] = { "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "เรื่องรับรองรายงานการประชุม",
        "เรื่องสืบเนื่อง", "เรื่องเพื่อพิจารณา", "เรื่องอื่น ๆ" };
    static const char* const kEnglish[] = { "Announcements from the chair", "Adoption of the previous minutes",
        "Matters arising", "Matters for consideration", "Other matters" };
    std::vector<TemplateItem> items;
    for (int i = 0; i < 5; ++i)
        items.push_back({ xml::newElementId("item"), language == "en" ? kEnglish[i] : kThai[i], {} });
    return items;
}

} // namespace sapha::minutes
