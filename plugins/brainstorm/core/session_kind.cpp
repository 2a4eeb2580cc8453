// Sapha brainstorm — reading, writing and checking sessions.
// SPDX-License-Identifier: MIT
#include "core/session_kind.hpp"

#include <algorithm>

#include "core/session_paper.hpp"

#include <map>
#include <optional>
#include <set>

#include <sapha/localized_text.hpp>
#include <sapha/message_language.hpp>
#include <sapha/thai_text.hpp>
#include <sapha/typed_date.hpp>
#include <sapha/xml_io.hpp>

namespace sapha::brainstorm {

namespace {

// Format 2 added the groups' participant counts; format 3 the planned rounds with their timers and the
// lock. Earlier files load unchanged.
constexpr int kFormatVersion = 3;

std::optional<RoundKind> roundKindFrom(std::string_view name)
{
    for (RoundKind kind : { RoundKind::Ideate, RoundKind::Cluster, RoundKind::Vote }) {
        if (name == roundKindName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace

std::string SessionKind::id() const noexcept
{
    return kId;
}

LocalizedText SessionKind::displayName() const noexcept
{
    return { "การระดมความคิด", "Brainstorm session" };
}

std::string SessionKind::fileSuffix() const noexcept
{
    return kSuffix;
}

std::string_view SessionKind::rootElement() const
{
    return "session";
}

int SessionKind::formatVersion() const
{
    return kFormatVersion;
}

Session SessionKind::makeNew(const NewDocumentOptions& options) const
{
    Session session;
    session.language = options.language == "en" ? "en" : "th";
    session.topic = options.title.empty() ? (session.language == "en" ? "Brainstorm" : "ระดมความคิด") : options.title;
    session.date = options.date.empty() ? thai::toIsoDate(thai::today()) : options.date;
    // The usual shape of a session: a quarter of an hour of ideas, sorting them, five minutes of votes.
    session.rounds = { RoundPlan { xml::newElementId("round"), RoundKind::Ideate, 15 },
        RoundPlan { xml::newElementId("round"), RoundKind::Cluster, 0 }, RoundPlan { xml::newElementId("round"), RoundKind::Vote, 5 } };
    // The board opens on the ideas round: "Next round" then goes to the sorting, as a facilitator expects.
    session.currentRound = session.rounds.front().id;
    for (int i = 1; i <= 2; ++i) {
        Group group;
        group.id = xml::newElementId("group");
        group.name = (session.language == "en" ? "Group " : "กลุ่มที่ ") + std::to_string(i);
        session.groups.push_back(std::move(group));
    }
    return session;
}

Status SessionKind::readModel(
    const pugi::xml_document& xml, std::string_view text, std::string_view sourceName, Session& session) const
{
    const xml::Source source { text, sourceName };
    const pugi::xml_node root = xml.document_element();
    session.language = root.attribute("language").as_string("th");
    session.topic = xml::childText(root, "topic");
    session.prompt = xml::childText(root, "prompt");
    session.date = xml::childText(root, "date");
    session.venue = xml::childText(root, "venue");
    session.facilitator = xml::childText(root, "facilitator");
    session.votesPerParticipant = root.child("votes").attribute("per-participant").as_int(3);
    for (pugi::xml_node g : root.child("groups").children("group")) {
        if (Status ok = source.requireAttribute(g, "id"); !ok)
            return ok;
        Group group { g.attribute("id").value(), xml::childText(g, "name"), xml::childText(g, "prompt"),
            g.attribute("participants").as_int(0) };
        if (group.participants < 0)
            return source.failureAt(g, localized("จำนวนผู้เข้าร่วมติดลบไม่ได้", "participants cannot be negative"));
        session.groups.push_back(std::move(group));
    }
    std::set<std::string> groupIds;
    for (const Group& group : session.groups)
        groupIds.insert(group.id);
    for (pugi::xml_node i : root.child("ideas").children("idea")) {
        if (Status ok = source.requireAttribute(i, "id"); !ok)
            return ok;
        Idea idea { i.attribute("id").value(), i.attribute("group").value(), xml::childText(i, "text"),
            i.attribute("author").value(), i.attribute("time").value() };
        if (!idea.groupId.empty() && !groupIds.count(idea.groupId))
            return source.failureAt(i, localized("ความคิด " + idea.id + " อ้างกลุ่ม \"" + idea.groupId + "\" ซึ่งไม่มีอยู่",
                                       "idea " + idea.id + " names group \"" + idea.groupId + "\", which does not exist"));
        session.ideas.push_back(std::move(idea));
    }
    for (pugi::xml_node c : root.child("clusters").children("cluster")) {
        if (Status ok = source.requireAttribute(c, "id"); !ok)
            return ok;
        Cluster cluster { c.attribute("id").value(), xml::childText(c, "title"), {} };
        for (pugi::xml_node member : c.children("member"))
            cluster.ideaIds.push_back(member.attribute("idea").value());
        session.clusters.push_back(std::move(cluster));
    }
    for (pugi::xml_node v : root.child("votes").children("vote")) {
        if (Status ok = source.requireAttribute(v, "target"); !ok)
            return ok;
        session.votes.push_back(Vote { v.attribute("target").value(), v.attribute("participant").value(),
            v.attribute("count").as_int(1) });
    }
    session.locked = root.attribute("locked").as_bool(false);
    const pugi::xml_node rounds = root.child("rounds");
    for (pugi::xml_node r : rounds.children("round")) {
        if (Status ok = source.requireAttribute(r, "id"); !ok)
            return ok;
        const std::optional<RoundKind> kind = roundKindFrom(r.attribute("kind").value());
        if (!kind)
            return source.failureAt(r, localized("ชนิดของรอบต้องเป็น \"ideate\", \"cluster\" หรือ \"vote\" ไม่ใช่ \"" + std::string(r.attribute("kind").value()) + "\"",
                                       "round kind must be ideate, cluster or vote, not \"" + std::string(r.attribute("kind").value()) + "\""));
        const int minutes = r.attribute("minutes").as_int(0);
        if (minutes < 0 || minutes > 24 * 60)
            return source.failureAt(r, localized("เวลาของรอบต้องอยู่ระหว่าง 0 ถึง 1440 นาที", "a round's minutes must be between 0 and 1440"));
        session.rounds.push_back(RoundPlan { r.attribute("id").value(), *kind, minutes });
    }
    session.currentRound = rounds.attribute("current").value();
    if (!session.currentRound.empty() && !session.findRound(session.currentRound))
        return source.failureAt(rounds, localized("รอบปัจจุบัน \"" + session.currentRound + "\" ไม่ใช่รอบหนึ่งของการระดมความคิดนี้",
                                           "the current round \"" + session.currentRound + "\" is not one of the session's rounds"));
    return Status::ok();
}

void SessionKind::writeModel(const Session& session, pugi::xml_node& root) const
{
    root.append_attribute("language").set_value(session.language.c_str());
    if (session.locked)
        root.append_attribute("locked").set_value("true");
    xml::setChildText(root, "topic", session.topic);
    if (!session.prompt.empty())
        xml::setChildText(root, "prompt", session.prompt);
    xml::setChildText(root, "date", session.date);
    if (!session.venue.empty())
        xml::setChildText(root, "venue", session.venue);
    if (!session.facilitator.empty())
        xml::setChildText(root, "facilitator", session.facilitator);
    if (!session.rounds.empty()) {
        pugi::xml_node rounds = root.append_child("rounds");
        if (!session.currentRound.empty())
            rounds.append_attribute("current").set_value(session.currentRound.c_str());
        for (const RoundPlan& round : session.rounds) {
            pugi::xml_node r = rounds.append_child("round");
            r.append_attribute("id").set_value(round.id.c_str());
            r.append_attribute("kind").set_value(roundKindName(round.kind));
            if (round.minutes > 0)
                r.append_attribute("minutes").set_value(round.minutes);
        }
    }
    pugi::xml_node groups = root.append_child("groups");
    for (const Group& group : session.groups) {
        pugi::xml_node g = groups.append_child("group");
        g.append_attribute("id").set_value(group.id.c_str());
        if (group.participants > 0)
            g.append_attribute("participants").set_value(group.participants);
        xml::setChildText(g, "name", group.name);
        if (!group.prompt.empty())
            xml::setChildText(g, "prompt", group.prompt);
    }
    pugi::xml_node ideas = root.append_child("ideas");
    for (const Idea& idea : session.ideas) {
        pugi::xml_node i = ideas.append_child("idea");
        i.append_attribute("id").set_value(idea.id.c_str());
        i.append_attribute("group").set_value(idea.groupId.c_str());
        if (!idea.author.empty())
            i.append_attribute("author").set_value(idea.author.c_str());
        if (!idea.time.empty())
            i.append_attribute("time").set_value(idea.time.c_str());
        xml::setChildText(i, "text", idea.text);
    }
    pugi::xml_node clusters = root.append_child("clusters");
    for (const Cluster& cluster : session.clusters) {
        pugi::xml_node c = clusters.append_child("cluster");
        c.append_attribute("id").set_value(cluster.id.c_str());
        xml::setChildText(c, "title", cluster.title);
        for (const std::string& ideaId : cluster.ideaIds)
            c.append_child("member").append_attribute("idea").set_value(ideaId.c_str());
    }
    pugi::xml_node votes = root.append_child("votes");
    votes.append_attribute("per-participant").set_value(session.votesPerParticipant);
    for (const Vote& vote : session.votes) {
        pugi::xml_node v = votes.append_child("vote");
        v.append_attribute("target").set_value(vote.targetId.c_str());
        if (!vote.participant.empty())
            v.append_attribute("participant").set_value(vote.participant.c_str());
        v.append_attribute("count").set_value(vote.count);
    }
}

Findings SessionKind::check(const Session& session, std::string_view language) const
{
    Findings findings;
    if (session.topic.empty())
        findings.push_back({ Severity::Error, {}, inLanguage(language, "การระดมความคิดยังไม่มีหัวข้อ", "the session has no topic"), 0 });
    if (session.groups.empty())
        findings.push_back({ Severity::Warning, {}, inLanguage(language, "การระดมความคิดยังไม่มีกลุ่ม", "the session has no groups"), 0 });
    if (std::optional<GroupNameProblem> problem = groupNameProblem(session))
        findings.push_back({ Severity::Warning, problem->groupId, inLanguage(language, problem->thai, problem->english), 0 });
    if (std::optional<std::string> problem = session.date.empty() ? std::nullopt : thai::storedDateProblem(session.date, language))
        findings.push_back({ Severity::Error, {},
            inLanguage(language, "วันที่ระดมความคิด \"" + session.date + "\" " + *problem, "the session date \"" + session.date + "\" " + *problem), 0 });
    std::set<std::string> ideaIds;
    for (const Idea& idea : session.ideas) {
        ideaIds.insert(idea.id);
        if (idea.text.empty())
            findings.push_back({ Severity::Warning, idea.id, inLanguage(language, "มีความคิดที่ว่างเปล่า", "an empty idea"), 0 });
    }
    std::set<std::string> targets = ideaIds;
    std::map<std::string, int> clusterCount;
    for (const Cluster& cluster : session.clusters) {
        targets.insert(cluster.id);
        for (const std::string& ideaId : cluster.ideaIds) {
            if (!ideaIds.count(ideaId))
                findings.push_back({ Severity::Error, cluster.id,
                    inLanguage(language, "กลุ่มความคิด \"" + cluster.title + "\" มีความคิดที่ไม่พบ " + ideaId,
                        "cluster \"" + cluster.title + "\" holds unknown idea " + ideaId),
                    0 });
            if (++clusterCount[ideaId] == 2)
                findings.push_back({ Severity::Error, ideaId,
                    inLanguage(language, "ความคิด " + ideaId + " อยู่ในกลุ่มความคิดมากกว่าหนึ่งกลุ่ม", "idea " + ideaId + " is in more than one cluster"), 0 });
        }
    }
    std::map<std::string, int> perParticipant;
    for (const Vote& vote : session.votes) {
        if (!targets.count(vote.targetId))
            findings.push_back({ Severity::Error, vote.targetId,
                inLanguage(language, "มีคะแนนโหวตให้ความคิดหรือกลุ่มความคิดที่ไม่พบ " + vote.targetId,
                    "a vote for unknown idea or cluster " + vote.targetId),
                0 });
        if (!vote.participant.empty())
            perParticipant[vote.participant] += vote.count;
    }
    for (const auto& [participant, count] : perParticipant) {
        if (count > session.votesPerParticipant) {
            const std::string used = std::to_string(count);
            const std::string allowed = std::to_string(session.votesPerParticipant);
            findings.push_back({ Severity::Warning, {},
                inLanguage(language, participant + " ใช้คะแนนโหวต " + used + " คะแนน จากที่มี " + allowed + " คะแนน",
                    participant + " used " + used + " votes of " + allowed),
                0 });
        }
    }
    return findings;
}

std::string SessionKind::titleOf(const Session& session) const
{
    return session.topic;
}

ElementList SessionKind::elementsOf(const Session& session) const
{
    ElementList elements;
    const bool thai = session.language != "en";
    std::vector<ElementField> details { { { "หัวข้อ", "Topic" }, session.topic }, { { "คำถามนำ", "Prompt" }, session.prompt },
        { { "วันที่", "Date" }, session.date }, { { "สถานที่", "Venue" }, session.venue },
        { { "วิทยากรกระบวนการ", "Facilitator" }, session.facilitator } };
    if (session.locked)
        details.push_back({ { "การส่งความคิด", "Submissions" }, thai ? "ปิดรับ" : "locked" });
    if (!session.currentRound.empty())
        details.push_back({ { "รอบปัจจุบัน", "Current round" }, session.currentRound });
    elements.push_back(labelledElement("session", {}, "session details", {}, "รายละเอียดการระดมความคิด", std::move(details)));
    for (const RoundPlan& round : session.rounds) {
        std::vector<ElementField> fields { { { "รอบ", "Round" }, roundKindName(round.kind) } };
        if (round.minutes)
            fields.push_back({ { "เวลา (นาที)", "Minutes" }, std::to_string(round.minutes) });
        elements.push_back(labelledElement(round.id, {}, "round", roundKindName(round.kind), "รอบ", std::move(fields)));
    }
    for (const Group& group : session.groups)
        elements.push_back(labelledElement(group.id, {}, "group", group.name, "กลุ่ม",
            { { { "ชื่อกลุ่ม", "Name" }, group.name }, { { "คำถามของกลุ่ม", "Prompt" }, group.prompt } }));
    for (const Idea& idea : session.ideas)
        elements.push_back(labelledElement(idea.id, idea.groupId, "idea", {}, "ความคิด", { { { "ความคิด", "Idea" }, idea.text } }));
    for (const Cluster& cluster : session.clusters) {
        // The ideas by their words, one per line, as a reader knows them (an id when the idea is gone).
        std::string members;
        for (const std::string& ideaId : cluster.ideaIds) {
            auto idea = std::find_if(session.ideas.begin(), session.ideas.end(), [&](const Idea& each) { return each.id == ideaId; });
            members += (members.empty() ? "" : "\n") + (idea == session.ideas.end() ? ideaId : idea->text);
        }
        elements.push_back(labelledElement(cluster.id, {}, "cluster", cluster.title, "หมวด",
            { { { "ชื่อหมวด", "Title" }, cluster.title }, { { "ความคิดในหมวด", "Ideas" }, members } }));
    }
    return elements;
}

exporting::Document SessionKind::buildExport(const Session& session) const
{
    return sessionPaper(session);
}

} // namespace sapha::brainstorm
