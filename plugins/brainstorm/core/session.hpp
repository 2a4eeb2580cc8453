// Sapha brainstorm — the session model: groups, ideas, clusters and dot votes.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <optional>
#include <string>
#include <vector>

#include <sapha/document_kind.hpp>

namespace sapha::brainstorm {

struct Group {
    std::string id;
    std::string name;
    std::string prompt;
    int participants = 0; // how many joined the group from their phones (0: not counted)
};

struct Idea {
    std::string id;
    std::string groupId;
    std::string text;
    std::string author; // empty: anonymous
    std::string time;   // ISO time it was captured
};

struct Cluster {
    std::string id;
    std::string title;
    std::vector<std::string> ideaIds;
};

// Dots placed on an idea or a cluster by one participant (or a group's tally).
struct Vote {
    std::string targetId;
    std::string participant;
    int count = 1;
};

// The steps of a session, in the order the facilitator plans them: ideas are collected, sorted into
// clusters, then voted on.
enum class RoundKind { Ideate, Cluster, Vote };
SAPHA_BRAINSTORM_EXPORT const char* roundKindName(RoundKind kind); // "ideate", "cluster", "vote"

struct RoundPlan {
    std::string id;
    RoundKind kind = RoundKind::Ideate;
    int minutes = 0; // the timer the board starts with; 0: no timer
};

class SAPHA_BRAINSTORM_EXPORT Session : public IDocument {
public:
    std::string language = "th";
    std::string topic;
    std::string prompt;
    std::string date; // ISO
    std::string venue;
    std::string facilitator;
    int votesPerParticipant = 3;
    std::vector<Group> groups;
    std::vector<Idea> ideas;
    std::vector<Cluster> clusters;
    std::vector<Vote> votes;
    std::vector<RoundPlan> rounds;
    std::string currentRound; // a round's id; empty: the session has not started
    bool locked = false;      // nothing more is taken, on the board or from phones

    // The planned round with this id, or null.
    const RoundPlan* findRound(const std::string& id) const;

    // Total dots on an idea or cluster.
    int votesFor(const std::string& targetId) const;
    const Group* findGroup(const std::string& id) const;
    // The cluster holding `ideaId`, or null.
    const Cluster* clusterOf(const std::string& ideaId) const;
};

// A group the phones in the room could not choose: one without a name (an empty choice) or with
// another group's name (two choices alike). Said in both languages, for check() and for the live start.
struct GroupNameProblem {
    std::string groupId;
    std::string thai;
    std::string english;
};
// The first such group, or nothing when every group has a name of its own.
SAPHA_BRAINSTORM_EXPORT std::optional<GroupNameProblem> groupNameProblem(const Session& session);

} // namespace sapha::brainstorm
