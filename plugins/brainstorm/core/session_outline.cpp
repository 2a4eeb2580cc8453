// Sapha brainstorm — a session as an outline.
// SPDX-License-Identifier: MIT
#include "core/session_outline.hpp"

#include <algorithm>
#include <set>

namespace sapha::brainstorm {

Outline sessionOutline(const Session& session, std::string_view path)
{
    Outline outline;
    outline.title = session.topic;
    outline.sourcePath = std::string(path);
    auto itemOf = [&](const Idea& idea) {
        return OutlineItem { idea.text, std::string(path) + "#" + idea.id, session.votesFor(idea.id) };
    };
    auto byVotes = [](std::vector<OutlineItem>& items) {
        std::stable_sort(items.begin(), items.end(), [](const OutlineItem& a, const OutlineItem& b) { return a.weight > b.weight; });
    };
    std::set<std::string> clustered;
    // Clusters first, the most voted first: what the room cared most about leads the draft.
    std::vector<const Cluster*> clusters;
    for (const Cluster& cluster : session.clusters)
        clusters.push_back(&cluster);
    std::stable_sort(clusters.begin(), clusters.end(),
        [&](const Cluster* a, const Cluster* b) { return session.votesFor(a->id) > session.votesFor(b->id); });
    for (const Cluster* cluster : clusters) {
        OutlineHeading heading { cluster->title, std::string(path) + "#" + cluster->id, {} };
        for (const std::string& ideaId : cluster->ideaIds) {
            for (const Idea& idea : session.ideas) {
                if (idea.id == ideaId) {
                    heading.items.push_back(itemOf(idea));
                    clustered.insert(idea.id);
                }
            }
        }
        byVotes(heading.items);
        outline.headings.push_back(std::move(heading));
    }
    for (const Group& group : session.groups) {
        OutlineHeading heading { group.name, std::string(path) + "#" + group.id, {} };
        for (const Idea& idea : session.ideas) {
            if (idea.groupId == group.id && !clustered.count(idea.id))
                heading.items.push_back(itemOf(idea));
        }
        byVotes(heading.items);
        if (!heading.items.empty())
            outline.headings.push_back(std::move(heading));
    }
    return outline;
}

} // namespace sapha::brainstorm
