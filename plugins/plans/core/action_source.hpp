// Sapha plans — the action items a plan can answer, read from the workspace's meetings.
//
// Through the SDK only: the meetings are read as the workspace holds them (IWorkspaceView) in their
// published format (docs/formats/minutes.md: <meeting>, <committee roster="…">, <number>, <year>,
// <action id status due><task/><assignee/></action>), never through the minutes plugin's code.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plans_export.h"

#include <string>
#include <string_view>
#include <vector>

#include <sapha/status.hpp>
#include <sapha/workspace_view.hpp>

namespace sapha::plans {

struct ActionItemSource {
    std::string reference; // "<meeting path>#<action id>"
    std::string meetingPath;
    std::string actionId;
    std::string task;
    std::string assignee;
    std::string due;
    std::string status; // open, done
    std::string committee;
    std::string roster;
    std::string meetingDate; // ISO
    std::string meetingNumber; // "1/2563"
};

// The action item `reference` ("minutes/m.meeting.xml#act-1") names; the error says what is missing.
SAPHA_PLANS_EXPORT Result<ActionItemSource> readActionItem(const IWorkspaceView& workspace, std::string_view reference);
// Every open action item of every meeting of the workspace, in the meetings' order: not done where it was
// decided nor in a later meeting that carried it, nor closed by a resolution adopting a plan made for it.
SAPHA_PLANS_EXPORT std::vector<ActionItemSource> openActionItems(const IWorkspaceView& workspace);
// The title a plan made for `task` starts with: "จัดทำแผน… ประจำปี 2563 ภายใต้…" → "แผน… ประจำปี 2563".
SAPHA_PLANS_EXPORT std::string planTitleFromTask(const std::string& task);

} // namespace sapha::plans
