// Sapha minutes — a committee's roster: its members and roles, its quorum rule and its agenda
// template, reused by every meeting of that committee.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/minutes_export.h"

#include <string>
#include <vector>

#include <sapha/document_kind.hpp>

namespace sapha::minutes {

struct Member {
    std::string id;
    std::string name;
    std::string position; // their post (รองผู้ว่าราชการจังหวัดเชียงราย)
    std::string role;     // ประธานอนุกรรมการ, รองประธาน, อนุกรรมการ, อนุกรรมการและเลขานุการ, ผู้ช่วยเลขานุการ
};

// A heading of the agenda template, with its sub-items.
struct TemplateItem {
    std::string id;
    std::string title;
    std::vector<TemplateItem> children;
};

class SAPHA_MINUTES_EXPORT Roster : public IDocument {
public:
    std::string language = "th";
    std::string committee;
    // Quorum: at least numerator/denominator of the members present (by default half).
    int quorumNumerator = 1;
    int quorumDenominator = 2;
    std::vector<Member> members;
    std::vector<TemplateItem> agendaTemplate;

    // How many members must be present for a quorum.
    int quorumOf(int memberCount) const;
};

// The five items of common practice (DOMAIN.md), in `language`.
SAPHA_MINUTES_EXPORT std::vector<TemplateItem> defaultAgendaTemplate(const std::string& language);

// The template as text, one heading per line, a sub-item indented four spaces under its item:
// how the roster editor shows it ("split item 1" is item 1 with indented lines under it).
SAPHA_MINUTES_EXPORT std::string templateOutline(const std::vector<TemplateItem>& items);
// Reads such text back. Headings keep the ids of `previous` by their position in reading order (an
// edited heading stays the same element); new lines get new ids. A line indented deeper than one level
// below the line above counts as one level below it.
SAPHA_MINUTES_EXPORT std::vector<TemplateItem> parseTemplateOutline(
    const std::string& text, const std::vector<TemplateItem>& previous);

} // namespace sapha::minutes
