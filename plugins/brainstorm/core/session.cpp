// Sapha brainstorm — queries on the session model.
// SPDX-License-Identifier: MIT
#include "core/session.hpp"

#include <algorithm>
#include <cctype>
#include <set>

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

std::optional<GroupNameProblem> groupNameProblem(const Session& session)
{
    const auto blank = [](const std::string& text) {
        return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
    };
    std::set<std::string> names;
    for (std::size_t i = 0; i < session.groups.size(); ++i) {
        const Group& group = session.groups[i];
        const std::string number = std::to_string(i + 1);
        if (blank(group.name))
            return GroupNameProblem { group.id,
                "กลุ่มที่ " + number + " ยังไม่มีชื่อ: ผู้เข้าร่วมเลือกกลุ่มจากชื่อบนโทรศัพท์",
                "group " + number + " has no name: participants choose their group by its name on their phones" };
        if (!names.insert(group.name).second)
            return GroupNameProblem { group.id,
                "มีกลุ่มชื่อ \"" + group.name + "\" มากกว่าหนึ่งกลุ่ม: ผู้เข้าร่วมแยกไม่ออกว่าจะเลือกกลุ่มใด",
                "more than one group is named \"" + group.name + "\": participants cannot tell which to choose" };
    }
    return std::nullopt;
}

} // namespace sapha::brainstorm
