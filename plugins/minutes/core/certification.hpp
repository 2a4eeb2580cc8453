// Sapha minutes — certifying minutes at a later meeting (การรับรองรายงานการประชุม): the minutes become
// certified (or frozen) as a named version, and the item of the certifying meeting links to that version
// and records the resolution. The same steps for `sapha-cli certify` and the meeting editor.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/minutes_export.h"

#include <string>
#include <vector>

#include <sapha/status.hpp>
#include <sapha/workspace_view.hpp>

#include "core/meeting.hpp"

namespace sapha::minutes {

class MeetingKind;

// The item of a meeting that certifies the minutes at `path`: the one already linked to them, else the
// usual "รับรองรายงานการประชุม" item (top level or below); null when there is none.
SAPHA_MINUTES_EXPORT AgendaItem* certifyingItem(std::vector<AgendaItem>& items, const std::string& path);

// Whether `item` is where a meeting certifies earlier minutes (by its link or its usual title).
SAPHA_MINUTES_EXPORT bool certifiesMinutes(const AgendaItem& item);

// Why `next` (at `nextPath`) cannot certify `minutes` (at `minutesPath`) — already certified, of another
// committee, not after them, itself frozen, no item to record it under — in the reader's language;
// empty when it can.
SAPHA_MINUTES_EXPORT std::string certificationRefusal(
    const Meeting& minutes, const std::string& minutesPath, Meeting& next, const std::string& nextPath);

// The minutes of `next`'s committee it may certify: earlier meetings neither certified nor frozen,
// latest first, as the workspace's digests list them.
SAPHA_MINUTES_EXPORT std::vector<std::string> minutesAwaitingCertification(const IWorkspaceView& workspace, const Meeting& next);

// Certifies: checks first (a refusal changes nothing), then saves `minutes` certified (frozen with
// `freeze`) through `changes` with a message naming the meeting, and links the certifying item of `next`
// to the version made, writing its resolution when it has none. `next` changes in memory only: the
// caller saves it. The name of the version made (its revision when the save named none), or why not.
SAPHA_MINUTES_EXPORT Result<std::string> certify(Meeting& minutes, const std::string& minutesPath, Meeting& next,
    const std::string& nextPath, bool freeze, const MeetingKind& kind, IWorkspaceChanges& changes);

} // namespace sapha::minutes
