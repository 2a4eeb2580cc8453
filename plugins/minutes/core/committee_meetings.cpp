// Sapha minutes — a committee across its meetings.
// SPDX-License-Identifier: MIT
#include "core/committee_meetings.hpp"

#include <algorithm>
#include <functional>
#include <tuple>
#include <map>
#include <set>
#include <stdexcept>

#include <sapha/message_language.hpp>
#include <sapha/xml_io.hpp>

#include "core/meeting_kind.hpp"
#include "core/roster_kind.hpp"

namespace sapha::minutes {

namespace {

void forEachItem(const std::vector<AgendaItem>& items, const std::function<void(const AgendaItem&)>& visit)
{
    for (const AgendaItem& item : items) {
        visit(item);
        forEachItem(item.children, visit);
    }
}

AgendaItem* findByTitle(std::vector<AgendaItem>& items, std::string_view thai, std::string_view english)
{
    for (AgendaItem& item : items) {
        if (item.title.find(thai) != std::string::npos || item.title.find(english) != std::string::npos)
            return &item;
    }
    return nullptr;
}

} // namespace

std::vector<AgendaItem> agendaFromTemplate(const std::vector<TemplateItem>& items)
{
    std::vector<AgendaItem> agenda;
    for (const TemplateItem& entry : items) {
        AgendaItem item;
        item.id = xml::newElementId("item");
        item.title = entry.title;
        item.children = agendaFromTemplate(entry.children);
        agenda.push_back(std::move(item));
    }
    return agenda;
}

std::vector<MeetingOnDisk> meetingsOfCommittee(
    const IWorkspaceView& workspace, const std::string& rosterPath, const std::string& committee)
{
    const MeetingKind kind;
    // A digest that does not hold the roster's path (or the committee's name) as written is not one of the
    // committee's meetings: it is not even copied. (A name with characters XML escapes is looked for by
    // parsing every meeting's digest.)
    const std::string& key = rosterPath.empty() ? committee : rosterPath;
    const bool findable = key.find_first_of("<>&\"'") == std::string::npos;
    std::vector<MeetingOnDisk> meetings;
    for (const DocumentDigest& entry : workspace.digests(MeetingKind::kSuffix, findable ? key : std::string())) {
        Result<std::unique_ptr<IDocument>> loaded = kind.load(entry.digest, entry.path);
        if (!loaded)
            continue;
        const Meeting& meeting = static_cast<const Meeting&>(*loaded.value());
        const bool same = !rosterPath.empty() ? meeting.roster == rosterPath : meeting.committee == committee;
        if (same)
            meetings.push_back({ entry.path, meeting });
    }
    sortOldestFirst(meetings);
    return meetings;
}

void sortOldestFirst(std::vector<MeetingOnDisk>& meetings)
{
    std::sort(meetings.begin(), meetings.end(), [](const MeetingOnDisk& a, const MeetingOnDisk& b) {
        return std::tie(a.meeting.year, a.meeting.number, a.meeting.date)
            < std::tie(b.meeting.year, b.meeting.number, b.meeting.date);
    });
}

std::vector<TrackedAction> trackActions(const std::vector<MeetingOnDisk>& meetings)
{
    std::vector<TrackedAction> tracked;
    std::map<std::string, std::size_t> byOrigin;
    for (const MeetingOnDisk& entry : meetings) {
        forEachItem(entry.meeting.agenda, [&](const AgendaItem& item) {
            for (const ActionItem& action : item.actions) {
                const std::string origin = action.origin.empty() ? entry.path + "#" + action.id : action.origin;
                auto found = byOrigin.find(origin);
                if (found == byOrigin.end()) {
                    byOrigin[origin] = tracked.size();
                    tracked.push_back({ action, origin, entry.meeting.heading(), entry.path });
                    continue;
                }
                // A later record of the same action: its state wins, but done stays done.
                TrackedAction& existing = tracked[found->second];
                const bool wasDone = existing.action.status == "done";
                existing.action = action;
                existing.lastRecordedIn = entry.path;
                if (wasDone)
                    existing.action.status = "done";
            }
        });
    }
    return tracked;
}

namespace {

// Every document a resolution of `items` approves (any version).
void collectApproved(const std::vector<AgendaItem>& items, std::set<std::string>& approved)
{
    for (const AgendaItem& item : items) {
        for (const ItemLink& link : item.links)
            if (link.relation == "approves")
                approved.insert(link.document);
        collectApproved(item.children, approved);
    }
}

// "<path>#<id>" split; false when it is not that.
bool splitOrigin(const std::string& origin, std::string& path, std::string& id)
{
    const std::size_t hash = origin.find('#');
    if (hash == std::string::npos || hash == 0 || hash + 1 == origin.size())
        return false;
    path = origin.substr(0, hash);
    id = origin.substr(hash + 1);
    return true;
}

} // namespace

void closeAdoptedActions(std::vector<TrackedAction>& actions, const std::vector<MeetingOnDisk>& meetings,
    const IWorkspaceView& workspace, const std::string& language)
{
    std::set<std::string> approved;
    for (const MeetingOnDisk& entry : meetings)
        collectApproved(entry.meeting.agenda, approved);
    if (approved.empty())
        return;
    for (TrackedAction& tracked : actions) {
        std::string path;
        std::string id;
        if (tracked.action.status == "done" || !splitOrigin(tracked.origin, path, id))
            continue;
        for (const FollowUp& followUp : workspace.followUps(path, id, language)) {
            if (approved.count(followUp.path)) {
                tracked.action.status = "done";
                tracked.closedBy = followUp.path;
                break;
            }
        }
    }
}

namespace {

// Members, quorum rule and agenda template from the committee's roster.
void startFromRoster(Meeting& meeting, const IWorkspaceView& workspace, const std::string& rosterPath)
{
    Result<std::string> text = workspace.read(rosterPath);
    if (!text)
        throw std::runtime_error(localized("อ่านทำเนียบคณะกรรมการไม่ได้: ", "the committee's roster cannot be read: ") + text.error().describe());
    Result<Roster> parsed = RosterKind().parse(text.value(), rosterPath);
    if (!parsed)
        throw std::runtime_error(parsed.error().describe());
    const Roster& roster = parsed.value();

    meeting.roster = rosterPath;
    // The committee is the roster's: a title typed for the new document is not its name.
    if (!roster.committee.empty())
        meeting.committee = roster.committee;
    meeting.quorumNumerator = roster.quorumNumerator;
    meeting.quorumDenominator = roster.quorumDenominator;
    meeting.people.clear();
    for (const Member& member : roster.members) {
        Person person;
        person.id = xml::newElementId("person");
        person.memberId = member.id;
        person.name = member.name;
        person.position = member.position;
        person.role = member.role;
        person.attendance = Attendance::Present;
        meeting.people.push_back(std::move(person));
    }
    if (!roster.agendaTemplate.empty())
        meeting.agenda = agendaFromTemplate(roster.agendaTemplate);
}

// The minutes-taker and checker of the committee's previous meeting: the same secretariat writes and
// checks the next minutes, as a rule. Only that meeting's file is read (digests hold no people); when it
// does not load, the new meeting leaves them to be filled in.
void carryOverSignatories(Meeting& meeting, const IWorkspaceView& workspace, const std::string& previousPath)
{
    Result<std::string> text = workspace.read(previousPath);
    if (!text)
        return;
    const MeetingKind kind;
    Result<std::unique_ptr<IDocument>> loaded = kind.load(text.value(), previousPath);
    if (!loaded)
        return;
    const Meeting& previous = MeetingKind::model(*loaded.value());
    if (meeting.recorder.name.empty())
        meeting.recorder = previous.recorder;
    if (meeting.checker.name.empty())
        meeting.checker = previous.checker;
}

} // namespace

std::string committeeNameOf(const IWorkspaceView& workspace, const std::string& rosterPath)
{
    Result<std::string> text = workspace.read(rosterPath);
    if (!text)
        return rosterPath;
    Result<Roster> parsed = RosterKind().parse(text.value(), rosterPath);
    return parsed && !parsed.value().committee.empty() ? parsed.value().committee : rosterPath;
}

void startFromCommittee(Meeting& meeting, const IWorkspaceView& workspace, std::string rosterPath)
{
    if (rosterPath.empty()) {
        const std::vector<std::string> rosters = workspace.documents(RosterKind::kSuffix);
        if (rosters.size() == 1)
            rosterPath = rosters.front();
        if (rosters.size() > 1) {
            std::string named;
            for (const std::string& path : rosters)
                named += (named.empty() ? "" : ", ") + path + " (" + committeeNameOf(workspace, path) + ")";
            throw std::runtime_error(localized("พื้นที่ทำงานนี้มีคณะกรรมการ " + std::to_string(rosters.size())
                                                   + " คณะ: บอกว่าเป็นการประชุมของคณะใดด้วย --committee ROSTER (" + named + ")",
                "this workspace keeps " + std::to_string(rosters.size())
                    + " committees: say which the meeting is of with --committee ROSTER (" + named + ")"));
        }
    }
    if (!rosterPath.empty())
        startFromRoster(meeting, workspace, rosterPath);
    if (rosterPath.empty() && meeting.committee.empty())
        return; // no committee to follow on from: the default template, meeting 1

    // After the committee's previous meetings: found by roster, or by the committee's name without one.
    const std::vector<MeetingOnDisk> earlier = meetingsOfCommittee(workspace, rosterPath, meeting.committee);
    int number = 0;
    for (const MeetingOnDisk& entry : earlier) {
        if (entry.meeting.year == meeting.year)
            number = std::max(number, entry.meeting.number);
    }
    meeting.number = number + 1;
    const bool english = meeting.language == "en";
    if (earlier.empty())
        return;

    const Meeting& previous = earlier.back().meeting;
    carryOverSignatories(meeting, workspace, earlier.back().path);
    if (AgendaItem* adoption = findByTitle(meeting.agenda, "รับรองรายงานการประชุม", "previous minutes")) {
        adoption->title += (english ? " (meeting " : " ครั้งที่ ") + std::to_string(previous.number) + "/"
            + std::to_string(previous.year) + (english ? ")" : "");
    }
    AgendaItem* arising = findByTitle(meeting.agenda, "สืบเนื่อง", "arising");
    if (!arising)
        return;
    std::size_t carried = 0;
    std::vector<TrackedAction> actions = trackActions(earlier);
    closeAdoptedActions(actions, earlier, workspace, meeting.language);
    for (const TrackedAction& tracked : actions) {
        if (tracked.action.status == "done")
            continue;
        ActionItem copy = tracked.action;
        copy.id = xml::newElementId("action");
        copy.origin = tracked.origin;
        arising->actions.push_back(std::move(copy));
        ++carried;
        // What the documents drafted for it report (an action plan's latest quarter), read to the meeting
        // under the action, the document attached.
        std::string path;
        std::string id;
        if (!splitOrigin(tracked.origin, path, id))
            continue;
        for (const FollowUp& followUp : workspace.followUps(path, id, meeting.language)) {
            // The meetings that carried the action over are its own record, not work drafted for it:
            // attached, each meeting attached every meeting before it, once for each action it carried.
            if (followUp.path.ends_with(MeetingKind::kSuffix))
                continue;
            if (!followUp.report.empty())
                arising->text += (arising->text.empty() ? "" : "\n") + followUp.report;
            arising->attachments.push_back(Attachment { followUp.title, followUp.path });
        }
    }
    if (carried == 0)
        arising->text = english ? "No matters arising." : "ไม่มีเรื่องสืบเนื่อง";
}

} // namespace sapha::minutes
