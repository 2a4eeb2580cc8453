// Sapha brainstorm — a session while it is live.
// SPDX-License-Identifier: MIT
#include "core/live/live_session.hpp"

#include <algorithm>
#include <ctime>
#include <random>
#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/SHA2Engine.h>

#include <sapha/json_text.hpp>
#include <sapha/utf8.hpp>
#include <sapha/xml_io.hpp>

namespace sapha::brainstorm {

namespace {

std::string nowIso()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc {};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string toJson(const Poco::JSON::Object& object)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(object, out);
    return out.str();
}

// Text a participant typed: valid UTF-8, no control characters but newlines, trimmed.
std::optional<std::string> cleanText(const std::string& text)
{
    if (!isValidUtf8(text)) // hostile or broken input is refused, never stored
        return std::nullopt;
    std::string clean;
    for (const char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n')
            clean += ' ';
        else if (u != 0x7f)
            clean += c;
    }
    const std::size_t first = clean.find_first_not_of(" \n");
    if (first == std::string::npos)
        return std::string();
    return clean.substr(first, clean.find_last_not_of(" \n") - first + 1);
}

} // namespace

std::string recordType(const std::string& record)
{
    try {
        return Poco::JSON::Parser().parse(record).extract<Poco::JSON::Object::Ptr>()->optValue<std::string>("type", "");
    } catch (const Poco::Exception&) {
        return {};
    }
}

std::string recordField(const std::string& record, const std::string& field)
{
    try {
        return Poco::JSON::Parser().parse(record).extract<Poco::JSON::Object::Ptr>()->optValue<std::string>(field, "");
    } catch (const Poco::Exception&) {
        return {};
    }
}

std::string randomToken()
{
    static thread_local std::random_device device;
    std::string token;
    for (int i = 0; i < 4; ++i) {
        char part[9];
        std::snprintf(part, sizeof part, "%08x", static_cast<unsigned>(device()));
        token += part;
    }
    return token;
}

bool sameSecret(std::string_view given, std::string_view expected)
{
    unsigned difference = given.size() == expected.size() ? 0u : 1u;
    for (std::size_t i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i]) ^ static_cast<unsigned char>(i < given.size() ? given[i] : 0);
    return difference == 0 && !expected.empty();
}

std::string participantLabel(const std::string& token)
{
    Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
    sha.update(token);
    return Poco::DigestEngine::digestToHex(sha.digest()).substr(0, 8);
}

bool isJoinCode(std::string_view code)
{
    return code.size() >= 6 && code.size() <= 12 && code.find_first_not_of("0123456789") == std::string_view::npos;
}

const char* roundName(Round round)
{
    switch (round) {
    case Round::Cluster:
        return "cluster";
    case Round::Vote:
        return "vote";
    case Round::Closed:
        return "closed";
    case Round::Ideate:
        break;
    }
    return "ideate";
}

std::optional<Round> roundFromName(const std::string& name)
{
    for (Round round : { Round::Ideate, Round::Cluster, Round::Vote, Round::Closed }) {
        if (name == roundName(round))
            return round;
    }
    return std::nullopt;
}

Round liveRoundOf(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Cluster:
        return Round::Cluster;
    case RoundKind::Vote:
        return Round::Vote;
    case RoundKind::Ideate:
        break;
    }
    return Round::Ideate;
}

LiveSession::LiveSession(Session session, std::unique_ptr<Journal> journal, const std::vector<std::string>& recovered,
    std::string joinCode)
    : m_session(std::move(session))
    , m_journal(std::move(journal))
    , m_joinCode(std::move(joinCode))
{
    // A live session carries on from where the document is: its planned round, or closed when locked.
    if (m_session.locked)
        m_round = Round::Closed;
    else if (const RoundPlan* plan = m_session.findRound(m_session.currentRound))
        m_round = liveRoundOf(plan->kind);
    // Records before the last commit mark are in the document already.
    std::size_t committed = 0;
    for (std::size_t i = 0; i < recovered.size(); ++i) {
        if (recordType(recovered[i]) == "committed")
            committed = i + 1;
    }
    for (std::size_t i = 0; i < recovered.size(); ++i)
        apply(recovered[i], i < committed);
}

Status LiveSession::markCommitted(const std::string& revision)
{
    Poco::JSON::Object event;
    event.set("type", "committed");
    event.set("revision", revision);
    event.set("time", nowIso());
    if (Status written = m_journal->append(toJson(event)); !written)
        return written;
    // What was committed is now the base: the participants counted in it are not counted again.
    std::lock_guard lock(m_lock);
    m_session = withParticipants(m_session);
    for (auto& [token, participant] : m_participants)
        participant.counted = true;
    return Status::ok();
}

Session LiveSession::withParticipants(Session session) const
{
    // Lock held by the caller.
    for (const auto& [token, participant] : m_participants) {
        if (participant.counted)
            continue;
        for (Group& group : session.groups) {
            if (group.id == participant.groupId)
                ++group.participants;
        }
    }
    return session;
}

bool LiveSession::apply(const std::string& record, bool alreadyInDocument)
{
    // Lock held by the caller, or construction.
    Poco::JSON::Object::Ptr event;
    try {
        event = Poco::JSON::Parser().parse(record).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
        return false;
    }
    const std::string type = event->optValue<std::string>("type", "");
    if (type == "join") {
        Participant participant { event->getValue<std::string>("token"), event->getValue<std::string>("group"),
            event->optValue<std::string>("name", ""), 0, alreadyInDocument };
        m_participants[participant.token] = participant;
    } else if (type == "idea") {
        if (alreadyInDocument)
            return true;
        Idea idea { event->getValue<std::string>("id"), event->getValue<std::string>("group"), event->getValue<std::string>("text"),
            event->optValue<std::string>("author", ""), event->optValue<std::string>("time", "") };
        m_session.ideas.push_back(idea);
        publish(record);
    } else if (type == "vote") {
        const std::string token = event->getValue<std::string>("token");
        if (auto found = m_participants.find(token); found != m_participants.end())
            ++found->second.votesUsed;
        if (alreadyInDocument)
            return true;
        m_session.votes.push_back({ event->getValue<std::string>("target"), participantLabel(token), 1 });
        Poco::JSON::Object shown; // the board sees the count, not who voted
        shown.set("type", "vote");
        shown.set("target", event->getValue<std::string>("target"));
        publish(toJson(shown));
    } else if (type == "round") {
        m_round = roundFromName(event->getValue<std::string>("round")).value_or(Round::Ideate);
        // The document says which planned round is on, and a closed session is locked.
        m_session.locked = m_round == Round::Closed;
        for (const RoundPlan& plan : m_session.rounds) {
            if (m_round != Round::Closed && liveRoundOf(plan.kind) == m_round) {
                m_session.currentRound = plan.id;
                break;
            }
        }
        publish(record);
    } else if (type == "clusters") {
        if (alreadyInDocument)
            return true;
        m_session.clusters.clear();
        for (const auto& item : *event->getArray("clusters")) {
            const auto object = item.extract<Poco::JSON::Object::Ptr>();
            Cluster cluster { object->getValue<std::string>("id"), object->getValue<std::string>("title"), {} };
            for (const auto& member : *object->getArray("ideas"))
                cluster.ideaIds.push_back(member.convert<std::string>());
            m_session.clusters.push_back(std::move(cluster));
        }
        // Dots placed on a cluster merged into another count for the other.
        if (event->has("moved")) {
            const auto moved = event->getObject("moved");
            for (Vote& vote : m_session.votes) {
                if (moved->has(vote.targetId))
                    vote.targetId = moved->getValue<std::string>(vote.targetId);
            }
        }
        publish("{\"type\":\"clusters\"}");
    } else if (type == "remove") {
        if (alreadyInDocument)
            return true;
        const std::string ideaId = event->getValue<std::string>("idea");
        std::erase_if(m_session.ideas, [&](const Idea& idea) { return idea.id == ideaId; });
        for (Cluster& cluster : m_session.clusters)
            std::erase(cluster.ideaIds, ideaId);
        std::erase_if(m_session.votes, [&](const Vote& vote) { return vote.targetId == ideaId; });
        publish(record);
    } else if (type != "committed" && type != "start") {
        return false;
    }
    return true;
}

void LiveSession::publish(const std::string& event)
{
    m_events.emplace_back(m_nextEvent++, event);
    m_changed.notify_all();
}

std::optional<Refusal> LiveSession::record(const std::string& json)
{
    if (Status written = m_journal->append(json); !written)
        return Refusal { 503, "not saved: " + written.error().describe() };
    return std::nullopt;
}

std::optional<Refusal> LiveSession::recordAndApply(const std::string& json)
{
    if (std::optional<Refusal> failed = record(json))
        return failed;
    std::lock_guard lock(m_lock);
    apply(json);
    return std::nullopt;
}

Answer<Participant> LiveSession::join(const std::string& code, const std::string& groupId, const std::string& name)
{
    if (!sameSecret(code, m_joinCode))
        return Answer<Participant>::refused(403, "wrong session code");
    std::optional<std::string> cleanName = cleanText(name);
    if (!cleanName || cleanName->size() > 200)
        return Answer<Participant>::refused(400, "the name is not valid text");
    {
        std::lock_guard lock(m_lock);
        if (m_round == Round::Closed)
            return Answer<Participant>::refused(409, "the session is closed");
        if (!m_session.findGroup(groupId))
            return Answer<Participant>::refused(400, "no such group");
    }
    Participant participant { randomToken(), groupId, *cleanName, 0, false };
    Poco::JSON::Object event;
    event.set("type", "join");
    event.set("token", participant.token);
    event.set("group", groupId);
    event.set("name", participant.name);
    event.set("time", nowIso());
    if (std::optional<Refusal> failed = recordAndApply(toJson(event)))
        return { std::nullopt, *failed };
    return { participant, {} };
}

Answer<Idea> LiveSession::submitIdea(const std::string& token, const std::string& text)
{
    std::optional<std::string> clean = cleanText(text);
    if (!clean)
        return Answer<Idea>::refused(400, "the idea is not valid text (UTF-8)");
    if (clean->empty())
        return Answer<Idea>::refused(400, "the idea is empty");
    if (clean->size() > kMaxIdeaBytes)
        return Answer<Idea>::refused(413, "the idea is too long");
    Participant participant;
    {
        std::lock_guard lock(m_lock);
        auto found = m_participants.find(token);
        if (found == m_participants.end())
            return Answer<Idea>::refused(403, "unknown participant: join first");
        if (m_round != Round::Ideate)
            return Answer<Idea>::refused(409, "ideas are not being collected now");
        participant = found->second;
    }
    return recordIdea(Idea { xml::newElementId("idea"), participant.groupId, *clean, participant.name, nowIso() });
}

Answer<Idea> LiveSession::recordIdea(Idea idea)
{
    Poco::JSON::Object event;
    event.set("type", "idea");
    event.set("id", idea.id);
    event.set("group", idea.groupId);
    event.set("text", idea.text);
    if (!idea.author.empty())
        event.set("author", idea.author);
    event.set("time", idea.time);
    if (std::optional<Refusal> failed = recordAndApply(toJson(event)))
        return { std::nullopt, *failed };
    return { std::move(idea), {} };
}

Answer<Vote> LiveSession::vote(const std::string& token, const std::string& targetId)
{
    std::unique_lock lock(m_lock);
    auto found = m_participants.find(token);
    if (found == m_participants.end())
        return Answer<Vote>::refused(403, "unknown participant: join first");
    if (m_round != Round::Vote)
        return Answer<Vote>::refused(409, "voting is not open now");
    const bool known = std::any_of(m_session.ideas.begin(), m_session.ideas.end(), [&](const Idea& i) { return i.id == targetId; })
        || std::any_of(m_session.clusters.begin(), m_session.clusters.end(), [&](const Cluster& c) { return c.id == targetId; });
    if (!known)
        return Answer<Vote>::refused(400, "no such idea or cluster");
    if (found->second.votesUsed >= m_session.votesPerParticipant)
        return Answer<Vote>::refused(409, "no votes left");
    // The dot is reserved while it is written, so that two quick taps cannot spend one dot twice.
    ++found->second.votesUsed;
    lock.unlock();
    Poco::JSON::Object event;
    event.set("type", "vote");
    event.set("token", token);
    event.set("target", targetId);
    event.set("time", nowIso());
    const std::string json = toJson(event);
    std::optional<Refusal> failed = record(json);
    lock.lock();
    --found->second.votesUsed; // apply() counts it again once durable
    if (failed)
        return { std::nullopt, *failed };
    apply(json);
    return { Vote { targetId, participantLabel(token), 1 }, {} };
}

Answer<Round> LiveSession::setRound(Round round)
{
    Poco::JSON::Object event;
    event.set("type", "round");
    event.set("round", roundName(round));
    event.set("time", nowIso());
    if (std::optional<Refusal> failed = recordAndApply(toJson(event)))
        return { std::nullopt, *failed };
    return { round, {} };
}

Answer<Idea> LiveSession::addFacilitatorIdea(const std::string& groupId, const std::string& text)
{
    std::optional<std::string> clean = cleanText(text);
    if (!clean || clean->empty() || clean->size() > kMaxIdeaBytes)
        return Answer<Idea>::refused(400, "the idea is empty, too long or not valid text");
    {
        std::lock_guard lock(m_lock);
        if (!m_session.findGroup(groupId))
            return Answer<Idea>::refused(400, "no such group");
    }
    return recordIdea(Idea { xml::newElementId("idea"), groupId, *clean, {}, nowIso() });
}

Status LiveSession::setClusters(const std::vector<Cluster>& clusters, const std::map<std::string, std::string>& votesMoved)
{
    Poco::JSON::Object event;
    event.set("type", "clusters");
    Poco::JSON::Array list;
    for (const Cluster& cluster : clusters) {
        Poco::JSON::Object item;
        item.set("id", cluster.id);
        item.set("title", cluster.title);
        Poco::JSON::Array members;
        for (const std::string& ideaId : cluster.ideaIds)
            members.add(ideaId);
        item.set("ideas", members);
        list.add(item);
    }
    event.set("clusters", list);
    if (!votesMoved.empty()) {
        Poco::JSON::Object moved;
        for (const auto& [from, into] : votesMoved)
            moved.set(from, into);
        event.set("moved", moved);
    }
    if (std::optional<Refusal> failed = recordAndApply(toJson(event)))
        return Status::failure(failed->reason);
    return Status::ok();
}

Status LiveSession::removeIdea(const std::string& ideaId)
{
    Poco::JSON::Object event;
    event.set("type", "remove");
    event.set("idea", ideaId);
    if (std::optional<Refusal> failed = recordAndApply(toJson(event)))
        return Status::failure(failed->reason);
    return Status::ok();
}

Session LiveSession::snapshot() const
{
    std::lock_guard lock(m_lock);
    return withParticipants(m_session);
}

Round LiveSession::round() const
{
    std::lock_guard lock(m_lock);
    return m_round;
}

std::size_t LiveSession::participantCount() const
{
    std::lock_guard lock(m_lock);
    return m_participants.size();
}

bool LiveSession::isParticipant(const std::string& token) const
{
    std::lock_guard lock(m_lock);
    bool found = false;
    for (const auto& [known, participant] : m_participants)
        found |= sameSecret(token, known); // every token looked at: no early answer
    return found;
}

std::string LiveSession::stateJson(const std::string& token) const
{
    std::lock_guard lock(m_lock);
    std::string json = "{\"topic\": " + jsonString(m_session.topic) + ", \"language\": " + jsonString(m_session.language)
        + ", \"round\": " + jsonString(roundName(m_round)) + ", \"groups\": [";
    for (std::size_t i = 0; i < m_session.groups.size(); ++i)
        json += std::string(i ? ", " : "") + "{\"id\": " + jsonString(m_session.groups[i].id) + ", \"name\": "
            + jsonString(m_session.groups[i].name) + ", \"prompt\": " + jsonString(m_session.groups[i].prompt) + "}";
    json += "]";
    if (auto found = m_participants.find(token); found != m_participants.end()) {
        json += ", \"group\": " + jsonString(found->second.groupId) + ", \"votesLeft\": "
            + std::to_string(std::max(0, m_session.votesPerParticipant - found->second.votesUsed));
        // The participant's group's own ideas; while voting, the choices: each cluster, then each idea in none.
        json += ", \"ideas\": [";
        bool first = true;
        for (const Idea& idea : m_session.ideas) {
            if (idea.groupId != found->second.groupId)
                continue;
            json += std::string(first ? "" : ", ") + "{\"id\": " + jsonString(idea.id) + ", \"text\": " + jsonString(idea.text) + "}";
            first = false;
        }
        json += "]";
        if (m_round == Round::Vote) {
            json += ", \"choices\": [";
            first = true;
            for (const Cluster& cluster : m_session.clusters) {
                if (cluster.ideaIds.empty())
                    continue;
                std::string detail;
                for (const std::string& ideaId : cluster.ideaIds) {
                    for (const Idea& idea : m_session.ideas) {
                        if (idea.id == ideaId)
                            detail += (detail.empty() ? "" : " · ") + idea.text;
                    }
                }
                json += std::string(first ? "" : ", ") + "{\"id\": " + jsonString(cluster.id) + ", \"text\": " + jsonString(cluster.title)
                    + ", \"detail\": " + jsonString(detail) + "}";
                first = false;
            }
            for (const Idea& idea : m_session.ideas) {
                if (m_session.clusterOf(idea.id))
                    continue;
                json += std::string(first ? "" : ", ") + "{\"id\": " + jsonString(idea.id) + ", \"text\": " + jsonString(idea.text) + "}";
                first = false;
            }
            json += "]";
        }
    }
    return json + "}";
}

std::vector<std::pair<std::uint64_t, std::string>> LiveSession::eventsAfter(std::uint64_t since, std::chrono::milliseconds wait) const
{
    std::unique_lock lock(m_lock);
    m_changed.wait_for(lock, wait, [&] { return m_stopping || (!m_events.empty() && m_events.back().first > since); });
    std::vector<std::pair<std::uint64_t, std::string>> result;
    for (const auto& event : m_events) {
        if (event.first > since)
            result.push_back(event);
    }
    return result;
}

void LiveSession::wakeAll()
{
    std::lock_guard lock(m_lock);
    m_stopping = true;
    m_changed.notify_all();
}

} // namespace sapha::brainstorm
