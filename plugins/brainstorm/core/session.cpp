// Sapha brainstorm — queries on the session model.
// SPDX-License-Identifier: MIT
#include "core/session.hpp"

#include <algorithm>

namespace sapha::brainstorm {

const char* roundKindName(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Cluster:
        return "cluster";
    case RoundKind::Vote:
        return "vote";
    case RoundKind::Ideate:
        break;
    }
    return "ideate";
}

const RoundPlan* Session::findRound(const std::string& id) const
{
    auto it = std::find_if(rounds.begin(), rounds.end(), [&](const RoundPlan& round) { return round.id == id; });
    return it == rounds.end() ? nullptr : &*it;
}

int Session::votesFor(const std::string& targetId) const
{
    int total = 0;
    for (const Vote& vote : votes) {
        if (vote.targetId == targetId)
            total += vote.count;
    }
    return total;
}

const Group* Session::findGroup(const std::string& id) const
{
    auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& group) { return group.id == id; });
    return it == groups.end() ? nullptr : &*it;
}

const Cluster* Session::clusterOf(const std::string& ideaId) const
{
    for (const Cluster& cluster : clusters) {
        if (std::find(cluster.ideaIds.begin(), cluster.ideaIds.end(), ideaId) != cluster.ideaIds.end())
            return &cluster;
    }
    return nullptr;
}

} // namespace sapha::brainstorm
