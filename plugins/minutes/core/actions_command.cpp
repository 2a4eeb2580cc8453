// Sapha minutes — `sapha-cli actions`.
// SPDX-License-Identifier: MIT
#include "core/actions_command.hpp"

#include <map>

#include <sapha/json_text.hpp>
#include <sapha/thai_text.hpp>

#include "core/committee_meetings.hpp"
#include "core/meeting_kind.hpp"

namespace sapha::minutes {

namespace {

// "open", "overdue" (open and past its due date) or "done".
std::string stateOf(const ActionItem& action, const std::string& today)
{
    if (action.status == "done")
        return "done";
    if (!action.due.empty() && action.due < today)
        return "overdue";
    return "open";
}

} // namespace

CommandOutput runActionsCommand(
    const std::vector<std::string>& arguments, const IWorkspaceView& workspace, std::string_view language)
{
    bool openOnly = false;
    bool json = false;
    std::string roster;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == "--open")
            openOnly = true;
        else if (arguments[i] == "--json")
            json = true;
        else if (arguments[i] == "--committee" && i + 1 < arguments.size())
            roster = arguments[++i];
        else
            return { 2, {}, inLanguage(language, "ไม่รู้จักอาร์กิวเมนต์ \"" + arguments[i] + "\" วิธีใช้: ", "unknown argument \"" + arguments[i] + "\"; usage: ") + "actions [--open] [--committee ROSTER] [--json]" };
    }

    // Every committee of the workspace, or the one asked for, with its meetings: in one pass over the
    // meetings' digests (the workspace's index), not their files. A meeting belongs to its roster's
    // committee; one without a roster to the committee it names.
    const MeetingKind kind;
    std::map<std::pair<std::string, std::string>, std::vector<MeetingOnDisk>> committees;
    for (const DocumentDigest& entry : workspace.digests(MeetingKind::kSuffix, roster)) {
        Result<std::unique_ptr<IDocument>> loaded = kind.load(entry.digest, entry.path);
        if (!loaded)
            continue;
        Meeting& meeting = static_cast<Meeting&>(*loaded.value());
        if (!roster.empty() && meeting.roster != roster)
            continue;
        std::pair<std::string, std::string> committee { meeting.roster, meeting.roster.empty() ? meeting.committee : std::string() };
        committees[std::move(committee)].push_back({ entry.path, std::move(meeting) });
    }

    const std::string today = thai::toIsoDate(thai::today());
    const bool english = language == "en";
    CommandOutput output;
    std::string rows;
    for (auto& [committee, meetings] : committees) {
        sortOldestFirst(meetings);
        std::vector<TrackedAction> actions = trackActions(meetings);
        closeAdoptedActions(actions, meetings, workspace, std::string(language));
        for (const TrackedAction& tracked : actions) {
            const std::string state = stateOf(tracked.action, today);
            if (openOnly && state == "done")
                continue;
            if (json) {
                rows += std::string(rows.empty() ? "" : ",\n") + "  {\"state\": " + jsonString(state)
                    + ", \"task\": " + jsonString(tracked.action.task) + ", \"assignee\": " + jsonString(tracked.action.assignee)
                    + ", \"due\": " + jsonString(tracked.action.due) + ", \"decided\": " + jsonString(tracked.origin)
                    + ", \"meeting\": " + jsonString(tracked.decidedIn) + "}";
                continue;
            }
            std::string stateText = state;
            if (!english)
                stateText = state == "done" ? "เสร็จแล้ว" : state == "overdue" ? "เลยกำหนด" : "ยังไม่เสร็จ";
            rows += stateText + "\t" + (tracked.action.due.empty() ? "-" : tracked.action.due) + "\t"
                + tracked.action.assignee + "\t" + tracked.action.task + "\t(" + tracked.decidedIn + ")\n";
        }
    }
    output.out = json ? "[\n" + rows + (rows.empty() ? "" : "\n") + "]\n" : rows;
    return output;
}

} // namespace sapha::minutes
