// Sapha minutes — a committee across its meetings: the roster a new meeting starts from, its number
// after the previous one, and the action items still open from earlier meetings.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/minutes_export.h"

#include <string>
#include <vector>

#include <sapha/workspace_view.hpp>

#include "core/meeting.hpp"
#include "core/roster.hpp"

namespace sapha::minutes {

// A meeting of the workspace as its digest holds it (MeetingKind::digest): committee, number, year, date,
// status, the agenda's items with their links and action items; not its people, texts or tables.
struct MeetingOnDisk {
    std::string path;
    Meeting meeting;
};

// Every meeting in the workspace that belongs to the committee of `rosterPath` (or, when empty, to
// the committee named `committee`), oldest first by year and number, from the workspace's digests (no
// meeting file is read when the index is up to date). Files that do not load are skipped.
SAPHA_MINUTES_EXPORT std::vector<MeetingOnDisk> meetingsOfCommittee(
    const IWorkspaceView& workspace, const std::string& rosterPath, const std::string& committee);

// Orders `meetings` oldest first: by year, then number, then date.
SAPHA_MINUTES_EXPORT void sortOldestFirst(std::vector<MeetingOnDisk>& meetings);

// An action item as the committee sees it across meetings: where it was decided, and its latest state.
struct TrackedAction {
    ActionItem action;          // as last recorded (task, assignee, due, status)
    std::string origin;         // "<meeting path>#<action id>" where it was decided
    std::string decidedIn;      // that meeting's heading
    std::string lastRecordedIn; // the path of the meeting that recorded its latest state
    std::string closedBy;       // the document whose adoption closed it (a plan approved by a resolution)
};

// Every action item of `meetings`, one entry per decision: an item carried over into a later meeting
// is the same action, and "done" anywhere is done everywhere.
SAPHA_MINUTES_EXPORT std::vector<TrackedAction> trackActions(const std::vector<MeetingOnDisk>& meetings);

// Closes each open action whose work a document carries on (a plan drafted for it, found through the
// workspace's follow-ups) when a resolution of `meetings` approves that document: what was asked is adopted.
SAPHA_MINUTES_EXPORT void closeAdoptedActions(std::vector<TrackedAction>& actions, const std::vector<MeetingOnDisk>& meetings,
    const IWorkspaceView& workspace, const std::string& language);

// Agenda items, each with a new id, from a template's headings (sub-items included).
SAPHA_MINUTES_EXPORT std::vector<AgendaItem> agendaFromTemplate(const std::vector<TemplateItem>& items);

// The committee a roster is of (its name), or the roster's path when it cannot be read.
SAPHA_MINUTES_EXPORT std::string committeeNameOf(const IWorkspaceView& workspace, const std::string& rosterPath);

// Fills a new meeting from its committee: roster (`rosterPath`, or the only roster of the workspace;
// with several and none named, it throws naming them: a meeting of the wrong committee would take its
// members, number and open action items),
// members as attendance, quorum rule, agenda template; then, found by roster or else by the committee's
// name, the number after the committee's latest meeting of the same year, the previous minutes to certify, and the open action items under "เรื่องสืบเนื่อง".
// Throws std::runtime_error naming the roster when it cannot be read.
SAPHA_MINUTES_EXPORT void startFromCommittee(Meeting& meeting, const IWorkspaceView& workspace, std::string rosterPath);

} // namespace sapha::minutes
