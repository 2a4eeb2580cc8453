// Sapha minutes — certifying minutes at a later meeting (see certification.hpp).
// SPDX-License-Identifier: MIT
#include "core/certification.hpp"

#include <algorithm>
#include <tuple>

#include <sapha/message_language.hpp>

#include "core/committee_meetings.hpp"
#include "core/meeting_kind.hpp"

namespace sapha::minutes {

namespace {

bool sameCommittee(const Meeting& a, const Meeting& b)
{
    if (!a.roster.empty() && !b.roster.empty())
        return a.roster == b.roster;
    return a.committee == b.committee;
}

bool hasUsualTitle(const AgendaItem& item)
{
    return item.title.find("รับรองรายงานการประชุม") != std::string::npos || item.title.find("previous minutes") != std::string::npos;
}

std::string numbered(const Meeting& meeting)
{
    return std::to_string(meeting.number) + "/" + std::to_string(meeting.year);
}

std::string statusInWords(MinutesStatus status)
{
    return status == MinutesStatus::Frozen ? localized("ปิดการแก้ไขแล้ว", "frozen") : localized("รับรองแล้ว", "certified");
}

} // namespace

AgendaItem* certifyingItem(std::vector<AgendaItem>& items, const std::string& path)
{
    for (AgendaItem& item : items) {
        for (const ItemLink& link : item.links) {
            if (link.relation == "certifies" && link.document == path)
                return &item;
        }
        if (AgendaItem* inner = certifyingItem(item.children, path))
            return inner;
    }
    for (AgendaItem& item : items) {
        if (hasUsualTitle(item))
            return &item;
    }
    return nullptr;
}

bool certifiesMinutes(const AgendaItem& item)
{
    return hasUsualTitle(item)
        || std::any_of(item.links.begin(), item.links.end(), [](const ItemLink& link) { return link.relation == "certifies"; });
}

std::string certificationRefusal(const Meeting& minutes, const std::string& minutesPath, Meeting& next, const std::string& nextPath)
{
    if (minutesPath == nextPath)
        return localized(nextPath + ": การประชุมรับรองรายงานการประชุมของตัวเองไม่ได้", nextPath + ": a meeting cannot certify its own minutes");
    if (minutes.status == MinutesStatus::Certified || minutes.status == MinutesStatus::Frozen)
        return localized(minutesPath + ": รายงานการประชุมนี้" + statusInWords(minutes.status),
            minutesPath + ": these minutes are already " + statusInWords(minutes.status));
    if (!sameCommittee(minutes, next))
        return localized(nextPath + ": การประชุมของคณะอื่น (" + next.committee + ") รับรองรายงานการประชุมนี้ไม่ได้",
            nextPath + ": a meeting of another committee (" + next.committee + ") cannot certify these minutes");
    if (std::tie(next.year, next.number) <= std::tie(minutes.year, minutes.number))
        return localized(nextPath + ": การประชุมครั้งที่ " + numbered(next) + " ไม่ได้อยู่หลังการประชุมครั้งที่ " + numbered(minutes),
            nextPath + ": meeting " + numbered(next) + " does not come after meeting " + numbered(minutes));
    if (next.status == MinutesStatus::Frozen)
        return localized(nextPath + ": รายงานการประชุมนี้ปิดการแก้ไขแล้ว ต้องบันทึกการรับรองก่อนปิดการแก้ไข",
            nextPath + ": these minutes are frozen; record the certification before freezing them");
    if (!certifyingItem(next.agenda, minutesPath))
        return localized(nextPath + ": ไม่มีระเบียบวาระรับรองรายงานการประชุมครั้งก่อน เพิ่มระเบียบวาระ \"เรื่องรับรองรายงานการประชุม\" (มักเป็นระเบียบวาระที่ 2)",
            nextPath + ": no agenda item certifies the previous minutes; add the item \"รับรองรายงานการประชุม\" (usually item 2)");
    return {};
}

std::vector<std::string> minutesAwaitingCertification(const IWorkspaceView& workspace, const Meeting& next)
{
    std::vector<std::string> paths;
    for (const MeetingOnDisk& earlier : meetingsOfCommittee(workspace, next.roster, next.committee)) {
        const Meeting& minutes = earlier.meeting;
        if (minutes.status == MinutesStatus::Certified || minutes.status == MinutesStatus::Frozen)
            continue;
        if (std::tie(minutes.year, minutes.number) < std::tie(next.year, next.number))
            paths.push_back(earlier.path);
    }
    std::reverse(paths.begin(), paths.end()); // oldest first → latest first
    return paths;
}

Result<std::string> certify(Meeting& minutes, const std::string& minutesPath, Meeting& next, const std::string& nextPath,
    bool freeze, const MeetingKind& kind, IWorkspaceChanges& changes)
{
    if (std::string refusal = certificationRefusal(minutes, minutesPath, next, nextPath); !refusal.empty())
        return Error { refusal, {} }; // the refusal names its document
    AgendaItem* item = certifyingItem(next.agenda, minutesPath);

    // 1. The minutes, certified: the host names this version (the milestone).
    minutes.status = freeze ? MinutesStatus::Frozen : MinutesStatus::Certified;
    Result<std::string> certifiedText = kind.save(minutes);
    if (!certifiedText)
        return certifiedText.error();
    Result<SavedVersion> saved = changes.save(minutesPath, certifiedText.value(),
        // In the meeting's own language, as the rest of its record.
        next.language == "en" ? "Certified at meeting " + numbered(next) : "ที่ประชุมครั้งที่ " + numbered(next) + " รับรองรายงานการประชุมครั้งนี้");
    if (!saved)
        return saved.error();
    const std::string version = saved.value().namedVersion.empty() ? saved.value().revision : saved.value().namedVersion;

    // 2. The certifying item links to that version and says so in its resolution.
    bool linked = false;
    for (ItemLink& link : item->links) {
        if (link.relation == "certifies" && link.document == minutesPath) {
            link.version = version;
            linked = true;
        }
    }
    if (!linked)
        item->links.push_back({ "certifies", minutesPath, version });
    if (item->resolution.empty())
        item->resolution = next.language == "en" ? "The meeting certified the minutes of meeting " + numbered(minutes) + "."
                                                 : "ที่ประชุมมีมติรับรองรายงานการประชุม ครั้งที่ " + numbered(minutes);
    return version;
}

} // namespace sapha::minutes
