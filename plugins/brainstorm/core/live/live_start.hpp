// Sapha brainstorm — starting (or carrying on) a live session, the same way from `sapha-cli serve` and
// from the board: the session's journal in the workspace's private folder is opened and replayed; a new
// session gets a join code and a facilitator's secret (written to the journal first), and one carried on
// after a crash or a stop keeps both, so the phones in the room go on working.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <sapha/status.hpp>

#include "core/live/live_session.hpp"

namespace sapha::brainstorm {

struct LiveStart {
    std::unique_ptr<LiveSession> session;
    std::string secret;  // the facilitator's
    bool resumed = false; // carried on from the journal
    std::string warning;  // a torn journal tail that was cut, to show
};

// The journal file of the session at `sessionPath` inside the plugin's private `folder`.
SAPHA_BRAINSTORM_EXPORT std::filesystem::path journalPathFor(const std::filesystem::path& folder, const std::string& sessionPath);

// `session` is the document as committed; `code` the join code wanted (empty: six random digits).
SAPHA_BRAINSTORM_EXPORT Result<LiveStart> startLiveSession(
    const Session& session, const std::filesystem::path& folder, const std::string& sessionPath, std::string code);

// The addresses of this machine on the room's network (IPv4, not loopback), for the facilitator to
// choose from; the first is the usual choice.
SAPHA_BRAINSTORM_EXPORT std::vector<std::string> roomAddresses();

} // namespace sapha::brainstorm
