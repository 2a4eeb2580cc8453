// Sapha brainstorm — what a facilitator does on the board, as edits of the session: an idea dragged into
// a cluster or back to its group, a cluster started from an idea, renamed, merged into another or
// dissolved, an idea taken off the board; before the session, its groups added and removed. Each returns
// false (and changes nothing) when it cannot apply.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <cstddef>
#include <string>

#include "core/session.hpp"

namespace sapha::brainstorm {

// Moves the idea into `clusterId` at `position` (past the end: last), out of any cluster it was in; an
// empty `clusterId` takes it out of every cluster (back to its group's column).
SAPHA_BRAINSTORM_EXPORT bool moveIdea(Session& session, const std::string& ideaId, const std::string& clusterId,
    std::size_t position = static_cast<std::size_t>(-1));
// A new cluster titled `title` (the idea's first words when empty) holding the idea; its id, or empty.
SAPHA_BRAINSTORM_EXPORT std::string startCluster(Session& session, const std::string& ideaId, std::string title = {});
SAPHA_BRAINSTORM_EXPORT bool renameCluster(Session& session, const std::string& clusterId, const std::string& title);
// `from`'s ideas join `into` (after its own) and the dots placed on `from` count for `into`.
SAPHA_BRAINSTORM_EXPORT bool mergeClusters(Session& session, const std::string& from, const std::string& into);
// The cluster's ideas go back to their groups. Refused while dots are on the cluster: they would be lost.
SAPHA_BRAINSTORM_EXPORT bool dissolveCluster(Session& session, const std::string& clusterId);
// Takes the idea off the board, with its place in a cluster and the dots on it.
SAPHA_BRAINSTORM_EXPORT bool removeIdea(Session& session, const std::string& ideaId);
// A new group at the end, named "กลุ่มที่ N" / "Group N" in the session's language (N one past the
// groups there are, or the next number no group's name has); its id.
SAPHA_BRAINSTORM_EXPORT std::string addGroup(Session& session);
// Refused while the group has ideas: they would be left without a group.
SAPHA_BRAINSTORM_EXPORT bool removeGroup(Session& session, const std::string& groupId);

// The first words of an idea, for a new cluster's title: at most `maxCharacters`, cut between words (the
// whole text when its first word is longer).
SAPHA_BRAINSTORM_EXPORT std::string shortTitle(const std::string& text, std::size_t maxCharacters = 40);

} // namespace sapha::brainstorm
