// Sapha brainstorm — the board's edits of a session.
// SPDX-License-Identifier: MIT
#include "core/board_edits.hpp"

#include <algorithm>

#include <sapha/diff/word_diff.hpp>
#include <sapha/xml_io.hpp>

namespace sapha::brainstorm {

namespace {

bool hasIdea(const Session& session, const std::string& ideaId)
{
    return std::any_of(session.ideas.begin(), session.ideas.end(), [&](const Idea& idea) { return idea.id == ideaId; });
}

Cluster* findCluster(Session& session, const std::string& clusterId)
{
    auto it = std::find_if(session.clusters.begin(), session.clusters.end(), [&](const Cluster& c) { return c.id == clusterId; });
    return it == session.clusters.end() ? nullptr : &*it;
}

void takeOutOfClusters(Session& session, const std::string& ideaId)
{
    for (Cluster& cluster : session.clusters)
        std::erase(cluster.ideaIds, ideaId);
}

} // namespace

bool moveIdea(Session& session, const std::string& ideaId, const std::string& clusterId, std::size_t position)
{
    if (!hasIdea(session, ideaId))
        return false;
    if (clusterId.empty()) {
        takeOutOfClusters(session, ideaId);
        return true;
    }
    Cluster* target = findCluster(session, clusterId);
    if (!target)
        return false;
    // The position counts the cluster's ideas as they are before the move: dropping a card below itself
    // in its own cluster lands it where it was dropped.
    auto& members = target->ideaIds;
    const auto current = std::find(members.begin(), members.end(), ideaId);
    if (current != members.end() && static_cast<std::size_t>(current - members.begin()) < position && position != static_cast<std::size_t>(-1))
        --position;
    takeOutOfClusters(session, ideaId);
    members.insert(members.begin() + static_cast<std::ptrdiff_t>(std::min(position, members.size())), ideaId);
    return true;
}

std::string shortTitle(const std::string& text, std::size_t maxCharacters)
{
    // Characters, not bytes: a Thai character is three bytes of UTF-8.
    auto characters = [](const std::string& piece) {
        return static_cast<std::size_t>(std::count_if(piece.begin(), piece.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    };
    std::string title;
    std::size_t count = 0;
    for (const std::string& word : diff::splitWords(text)) {
        if (word == "\n" || count + characters(word) > maxCharacters)
            break;
        title += word;
        count += characters(word);
    }
    while (!title.empty() && (title.back() == ' ' || title.back() == ','))
        title.pop_back();
    return title.empty() ? text : title;
}

std::string startCluster(Session& session, const std::string& ideaId, std::string title)
{
    auto idea = std::find_if(session.ideas.begin(), session.ideas.end(), [&](const Idea& i) { return i.id == ideaId; });
    if (idea == session.ideas.end())
        return {};
    if (title.empty())
        title = shortTitle(idea->text);
    takeOutOfClusters(session, ideaId);
    session.clusters.push_back(Cluster { xml::newElementId("cluster"), std::move(title), { ideaId } });
    return session.clusters.back().id;
}

bool renameCluster(Session& session, const std::string& clusterId, const std::string& title)
{
    Cluster* cluster = findCluster(session, clusterId);
    if (!cluster || title.empty())
        return false;
    cluster->title = title;
    return true;
}

bool mergeClusters(Session& session, const std::string& from, const std::string& into)
{
    Cluster* source = findCluster(session, from);
    Cluster* target = findCluster(session, into);
    if (!source || !target || source == target)
        return false;
    target->ideaIds.insert(target->ideaIds.end(), source->ideaIds.begin(), source->ideaIds.end());
    for (Vote& vote : session.votes) {
        if (vote.targetId == from)
            vote.targetId = into;
    }
    std::erase_if(session.clusters, [&](const Cluster& c) { return c.id == from; });
    return true;
}

bool dissolveCluster(Session& session, const std::string& clusterId)
{
    if (!findCluster(session, clusterId) || session.votesFor(clusterId) > 0)
        return false;
    std::erase_if(session.clusters, [&](const Cluster& c) { return c.id == clusterId; });
    return true;
}

bool removeIdea(Session& session, const std::string& ideaId)
{
    if (!hasIdea(session, ideaId))
        return false;
    std::erase_if(session.ideas, [&](const Idea& idea) { return idea.id == ideaId; });
    takeOutOfClusters(session, ideaId);
    std::erase_if(session.votes, [&](const Vote& vote) { return vote.targetId == ideaId; });
    return true;
}

std::string addGroup(Session& session)
{
    const std::string stem = session.language == "en" ? "Group " : "กลุ่มที่ ";
    const auto taken = [&](const std::string& name) {
        return std::any_of(session.groups.begin(), session.groups.end(), [&](const Group& g) { return g.name == name; });
    };
    std::size_t number = session.groups.size() + 1;
    while (taken(stem + std::to_string(number)))
        ++number;
    Group group;
    group.id = xml::newElementId("group");
    group.name = stem + std::to_string(number);
    session.groups.push_back(group);
    return group.id;
}

bool removeGroup(Session& session, const std::string& groupId)
{
    const auto group = std::find_if(session.groups.begin(), session.groups.end(), [&](const Group& g) { return g.id == groupId; });
    if (group == session.groups.end())
        return false;
    if (std::any_of(session.ideas.begin(), session.ideas.end(), [&](const Idea& idea) { return idea.groupId == groupId; }))
        return false;
    session.groups.erase(group);
    return true;
}

} // namespace sapha::brainstorm
