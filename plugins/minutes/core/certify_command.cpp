// Sapha minutes — `sapha-cli certify`.
// SPDX-License-Identifier: MIT
#include "core/certify_command.hpp"

#include <memory>
#include <tuple>

#include "core/meeting_kind.hpp"

namespace sapha::minutes {

namespace {

constexpr const char* kUsage = "certify MEETING --at MEETING [--freeze]";

struct LoadedMeeting {
    std::unique_ptr<IDocument> document;
    Meeting* meeting = nullptr;
};

Result<LoadedMeeting> loadMeeting(const MeetingKind& kind, const IWorkspaceView& workspace, const std::string& path)
{
    Result<std::string> text = workspace.read(path);
    if (!text)
        return text.error();
    Result<std::unique_ptr<IDocument>> loaded = kind.load(text.value(), path);
    if (!loaded)
        return loaded.error();
    LoadedMeeting result;
    result.document = std::move(loaded.value());
    result.meeting = static_cast<Meeting*>(result.document.get());
    return result;
}

bool sameCommittee(const Meeting& a, const Meeting& b)
{
    if (!a.roster.empty() && !b.roster.empty())
        return a.roster == b.roster;
    return a.committee == b.committee;
}

// The item of `meeting` that certifies the minutes at `path`: the one already linked to them, else
// the usual "รับรองรายงานการประชุม" item (top level or below).
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
        if (item.title.find("รับรองรายงานการประชุม") != std::string::npos
            || item.title.find("previous minutes") != std::string::npos)
            return &item;
    }
    return nullptr;
}

CommandOutput failure(std::string message)
{
    return { 1, {}, std::move(message) };
}

} // namespace

CommandOutput runCertifyCommand(const std::vector<std::string>& arguments, const IWorkspaceView& workspace,
    IWorkspaceChanges& changes, std::string_view language)
{
    std::string certifiedPath;
    std::string certifyingPath;
    bool freeze = false;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == "--at" && i + 1 < arguments.size())
            certifyingPath = arguments[++i];
        else if (arguments[i] == "--freeze")
            freeze = true;
        else if (certifiedPath.empty() && !arguments[i].starts_with("-"))
            certifiedPath = arguments[i];
        else
            return { 2, {}, inLanguage(language, "ไม่รู้จักอาร์กิวเมนต์ \"" + arguments[i] + "\" วิธีใช้: ", "unknown argument \"" + arguments[i] + "\"; usage: ") + kUsage };
    }
    if (certifiedPath.empty() || certifyingPath.empty())
        return { 2, {}, inLanguage(language, "วิธีใช้: ", "usage: ") + kUsage };

    const MeetingKind kind;
    Result<LoadedMeeting> certified = loadMeeting(kind, workspace, certifiedPath);
    if (!certified)
        return failure(certified.error().describe());
    Result<LoadedMeeting> certifying = loadMeeting(kind, workspace, certifyingPath);
    if (!certifying)
        return failure(certifying.error().describe());
    Meeting& minutes = *certified.value().meeting;
    Meeting& next = *certifying.value().meeting;

    // Everything is checked before anything is saved, so that a refusal changes nothing.
    if (minutes.status == MinutesStatus::Certified || minutes.status == MinutesStatus::Frozen)
        return failure(certifiedPath + ": these minutes are already " + statusName(minutes.status));
    if (!sameCommittee(minutes, next))
        return failure(certifyingPath + ": a meeting of another committee (" + next.committee + ") cannot certify these minutes");
    if (std::tie(next.year, next.number) <= std::tie(minutes.year, minutes.number))
        return failure(certifyingPath + ": meeting " + std::to_string(next.number) + "/" + std::to_string(next.year)
            + " does not come after meeting " + std::to_string(minutes.number) + "/" + std::to_string(minutes.year));
    if (next.status == MinutesStatus::Frozen)
        return failure(certifyingPath + ": these minutes are frozen; record the certification before freezing them");
    AgendaItem* item = certifyingItem(next.agenda, certifiedPath);
    if (!item)
        return failure(certifyingPath + ": no agenda item certifies the previous minutes; add the item "
                                        "\"รับรองรายงานการประชุม\" (usually item 2)");

    // 1. The minutes, certified: the host names this version (the milestone).
    const bool english = language == "en";
    const std::string numbered = std::to_string(minutes.number) + "/" + std::to_string(minutes.year);
    const std::string at = std::to_string(next.number) + "/" + std::to_string(next.year);
    minutes.status = freeze ? MinutesStatus::Frozen : MinutesStatus::Certified;
    Result<std::string> certifiedText = kind.save(minutes);
    if (!certifiedText)
        return failure(certifiedText.error().describe());
    Result<SavedVersion> savedMinutes = changes.save(certifiedPath, certifiedText.value(),
        english ? "Certified at meeting " + at : "ที่ประชุมครั้งที่ " + at + " รับรองรายงานการประชุมครั้งนี้");
    if (!savedMinutes)
        return failure(savedMinutes.error().describe());
    const std::string version = savedMinutes.value().namedVersion.empty() ? savedMinutes.value().revision
                                                                           : savedMinutes.value().namedVersion;

    // 2. The certifying item links to that version and says so in its resolution.
    bool linked = false;
    for (ItemLink& link : item->links) {
        if (link.relation == "certifies" && link.document == certifiedPath) {
            link.version = version;
            linked = true;
        }
    }
    if (!linked)
        item->links.push_back({ "certifies", certifiedPath, version });
    if (item->resolution.empty())
        item->resolution = next.language == "en" ? "The meeting certified the minutes of meeting " + numbered + "."
                                                 : "ที่ประชุมมีมติรับรองรายงานการประชุม ครั้งที่ " + numbered;
    Result<std::string> nextText = kind.save(next);
    if (!nextText)
        return failure(nextText.error().describe());
    Result<SavedVersion> savedNext = changes.save(certifyingPath, nextText.value(), {});
    if (!savedNext)
        return failure(certifiedPath + " was certified as \"" + version + "\", but the link from " + certifyingPath
            + " was not saved: " + savedNext.error().describe());

    CommandOutput output;
    output.out = certifiedPath + ": " + (english ? "certified as " : "รับรองแล้ว เป็นฉบับ ") + "\"" + version + "\"\n"
        + certifyingPath + ": " + (english ? "links to it from its item \"" : "เชื่อมโยงจากระเบียบวาระ \"") + item->title
        + "\"\n";
    return output;
}

} // namespace sapha::minutes
