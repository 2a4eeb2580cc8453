// Sapha tests — the facilitator's board in the brainstorm plugin's core: edits (move, start, rename,
// merge, dissolve, remove), the layout and what lies under a point (so a drag lands where it was
// dropped), Thai wrapped between words, the word cloud's placement, rounds and the lock in the format,
// and the facilitator's records in a live session (clusters phones vote on, ideas taken off, replay).
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/board_edits.hpp"
#include "core/board_layout.hpp"
#include "core/brainstorm_plugin.hpp"
#include "core/live/journal.hpp"
#include "core/live/live_session.hpp"
#include "core/live/live_start.hpp"
#include "core/session_kind.hpp"
#include "core/word_cloud_layout.hpp"
#include "temp_dir.hpp"

using namespace sapha;
using namespace sapha::brainstorm;
using sapha::test::TempDir;

namespace {

Session finishedDemo()
{
    SessionKind kind;
    auto loaded = kind.load(workshopDemo(kind)[0].revisions.back().xml, "demo");
    REQUIRE(loaded.isOk());
    return SessionKind::model(*loaded.value());
}

// Every byte ten units wide: a Thai character (3 bytes) is 30, an ASCII one 10.
double byteWidth(const std::string& text)
{
    return static_cast<double>(text.size()) * 10;
}

BoardMetrics metrics(double width)
{
    BoardMetrics m;
    m.width = width;
    m.textWidth = byteWidth;
    return m;
}

std::vector<std::string> members(const Session& session, const std::string& clusterId)
{
    for (const Cluster& cluster : session.clusters) {
        if (cluster.id == clusterId)
            return cluster.ideaIds;
    }
    return { "<no such cluster>" };
}

} // namespace

TEST_CASE("board edits: an idea moves between clusters and back to its group, a cluster is started, renamed, merged and dissolved")
{
    Session session = finishedDemo();
    CHECK(moveIdea(session, "idea-10", "cluster-network", 0));
    CHECK(members(session, "cluster-network") == std::vector<std::string> { "idea-10", "idea-11", "idea-12" });
    CHECK(members(session, "cluster-service") == std::vector<std::string> { "idea-4", "idea-5", "idea-6" });
    // Within its own cluster, dropped below the next card: it lands there.
    CHECK(moveIdea(session, "idea-10", "cluster-network", 2));
    CHECK(members(session, "cluster-network") == std::vector<std::string> { "idea-11", "idea-10", "idea-12" });
    CHECK(moveIdea(session, "idea-10", ""));
    CHECK(session.clusterOf("idea-10") == nullptr);
    CHECK_FALSE(moveIdea(session, "idea-404", "cluster-network"));
    CHECK_FALSE(moveIdea(session, "idea-10", "cluster-404"));

    const std::string started = startCluster(session, "idea-10");
    REQUIRE_FALSE(started.empty());
    CHECK(session.clusterOf("idea-10")->title == "ประสานตำรวจและศูนย์ช่วยเหลือสังคม 1300"); // cut between words
    CHECK(renameCluster(session, started, "การส่งต่อ"));
    CHECK_FALSE(renameCluster(session, started, ""));

    // Merging keeps every idea and every dot: the votes on the merged cluster count for the other.
    session.votes.push_back(Vote { started, "p", 2 });
    CHECK(mergeClusters(session, started, "cluster-service"));
    CHECK(members(session, "cluster-service") == std::vector<std::string> { "idea-4", "idea-5", "idea-6", "idea-10" });
    CHECK(session.votesFor("cluster-service") == 2);
    CHECK_FALSE(mergeClusters(session, "cluster-service", "cluster-service"));
    // A cluster with dots on it is not dissolved (the dots would be lost); one without is.
    CHECK_FALSE(dissolveCluster(session, "cluster-service"));
    CHECK(dissolveCluster(session, "cluster-network"));
    CHECK(session.clusterOf("idea-11") == nullptr);
    CHECK(removeIdea(session, "idea-4"));
    CHECK(session.votesFor("idea-4") == 0);
    CHECK(members(session, "cluster-service") == std::vector<std::string> { "idea-5", "idea-6", "idea-10" });
    SessionKind kind;
    CHECK_FALSE(hasErrors(kind.validate(session, "en")));
}

TEST_CASE("group edits: a group is added with the next free name in the session's language, and one with ideas is kept")
{
    Session session;
    session.language = "th";
    session.groups = { { "g1", "กลุ่มที่ 1", "" }, { "g3", "กลุ่มที่ 3", "" } };
    const std::string added = addGroup(session);
    REQUIRE(session.groups.size() == 3);
    CHECK(session.groups.back().id == added);
    CHECK(session.groups.back().name == "กลุ่มที่ 4"); // "กลุ่มที่ 3" is taken
    CHECK(added != "g1");
    CHECK(addGroup(session) != added);
    CHECK(session.groups.back().name == "กลุ่มที่ 5");

    session.ideas.push_back(Idea { "i1", "g1", "ห้องพักแยก", {}, {} });
    CHECK_FALSE(removeGroup(session, "g1")); // its idea would have no group
    CHECK(session.groups.size() == 4);
    CHECK(removeGroup(session, "g3"));
    CHECK_FALSE(removeGroup(session, "g3"));
    CHECK(session.groups.size() == 3);

    Session english;
    english.language = "en";
    addGroup(english);
    CHECK(english.groups.front().name == "Group 1");
}

TEST_CASE("board layout: Thai is wrapped between words, and a long word is cut to fit")
{
    // "การบริหารจัดการ" is การ|บริหาร|จัดการ: 15 characters, 450 units wide; "การบริหาร" is 270.
    const auto lines = wrapText("การบริหารจัดการ", 300, byteWidth);
    CHECK(lines == std::vector<std::string> { "การบริหาร", "จัดการ" });
    const auto spaced = wrapText("plan the year ahead", 100, byteWidth);
    CHECK(spaced == std::vector<std::string> { "plan the", "year ahead" });
    const auto cut = wrapText("abcdefghijklmnop", 50, byteWidth);
    CHECK(cut == std::vector<std::string> { "abcde", "fghij", "klmno", "p" });
    CHECK(wrapText("", 100, byteWidth) == std::vector<std::string> { "" });
}

TEST_CASE("board layout: groups' unsorted ideas, then clusters and the new-cluster column, and a drop lands where it was dropped")
{
    Session session = finishedDemo();
    REQUIRE(moveIdea(session, "idea-2", "")); // back to group 1's column
    const BoardLayout layout = layoutBoard(session, metrics(1000));
    REQUIRE(layout.columns.size() == 4 + 4 + 1);
    CHECK(layout.columns[0].kind == ColumnKind::Group);
    CHECK(layout.columns[0].cardCount == 1);
    CHECK(layout.columns[4].kind == ColumnKind::Cluster);
    CHECK(layout.columns[4].id == "cluster-management");
    CHECK(layout.columns[8].kind == ColumnKind::NewCluster);
    CHECK(layout.cards.size() == 12);
    // Columns flow into rows: at 1000 wide, four fit in a row; nothing overlaps.
    CHECK(layout.columns[3].area.y == layout.columns[0].area.y);
    CHECK(layout.columns[8].area.y > layout.columns[4].area.y);
    for (std::size_t a = 0; a < layout.cards.size(); ++a) {
        const BoardRect& r = layout.cards[a].area;
        CHECK(r.x + r.width <= 1000);
        for (std::size_t b = a + 1; b < layout.cards.size(); ++b) {
            const BoardRect& s = layout.cards[b].area;
            CHECK_FALSE((r.x < s.x + s.width && s.x < r.x + r.width && r.y < s.y + s.height && s.y < r.y + r.height));
        }
    }
    // The card under a point, and a drop between the second and third cards of "the service" cluster.
    const BoardCard& card = layout.cards[static_cast<std::size_t>(layout.cardOf("idea-5"))];
    CHECK(layout.cardAt(card.area.x + 5, card.area.y + 5) == layout.cardOf("idea-5"));
    CHECK(layout.headerAt(layout.columns[5].header.x + 3, layout.columns[5].header.y + 3) == 5);
    const BoardCard& third = layout.cards[static_cast<std::size_t>(layout.cardOf("idea-6"))];
    const DropTarget between = layout.dropAt(third.area.x + 5, third.area.y + 2);
    CHECK(between.column == 5);
    CHECK(between.position == 2);
    CHECK(dropIdea(session, layout, "idea-2", between));
    CHECK(members(session, "cluster-service") == std::vector<std::string> { "idea-4", "idea-5", "idea-2", "idea-6", "idea-10" });
    // On the new-cluster column: a cluster of its own; on a group column: unsorted again; outside: nothing.
    const BoardColumn& fresh = layout.columns[8];
    CHECK(dropIdea(session, layout, "idea-12", layout.dropAt(fresh.area.x + 5, fresh.area.y + 50)));
    CHECK(session.clusters.size() == 5);
    CHECK(members(session, session.clusters.back().id) == std::vector<std::string> { "idea-12" });
    const BoardColumn& group = layout.columns[2];
    CHECK(dropIdea(session, layout, "idea-12", layout.dropAt(group.area.x + 5, group.area.y + 40)));
    CHECK(session.clusterOf("idea-12") == nullptr);
    CHECK_FALSE(layout.dropAt(-10, -10).valid());
    CHECK_FALSE(dropIdea(session, layout, "idea-12", layout.dropAt(-10, -10)));
}

TEST_CASE("word cloud layout: the most used word is largest and in the middle, nothing overlaps, all inside the box")
{
    const std::vector<WordCount> words = { { "ภาคีเครือข่าย", 3 }, { "ผู้รับบริการ", 9 }, { "แผน", 1 }, { "บุคลากร", 2 }, { "สังคม", 5 } };
    auto measure = [](const std::string& word, double size) { return TextExtent { static_cast<double>(word.size()) * size * 0.2, size * 1.3 }; };
    const auto placed = layoutWordCloud(words, 600, 300, measure, 12, 48);
    REQUIRE(placed.size() == 5);
    CHECK(placed.front().word == "ผู้รับบริการ");
    CHECK(placed.front().size == 48);
    CHECK(placed.front().weight == 1.0);
    const double middleX = placed.front().x + placed.front().width / 2;
    const double middleY = placed.front().y + placed.front().height / 2;
    CHECK(std::abs(middleX - 300) < 10);
    CHECK(std::abs(middleY - 150) < 10);
    for (std::size_t a = 0; a < placed.size(); ++a) {
        const PlacedWord& p = placed[a];
        CHECK(p.x >= 0);
        CHECK(p.y >= 0);
        CHECK(p.x + p.width <= 600);
        CHECK(p.y + p.height <= 300);
        if (a > 0)
            CHECK(p.size <= placed[a - 1].size);
        for (std::size_t b = a + 1; b < placed.size(); ++b) {
            const PlacedWord& q = placed[b];
            CHECK_FALSE((p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height));
        }
    }
    // A box too small for a word leaves it out rather than overflow.
    CHECK(layoutWordCloud(words, 20, 20, measure, 12, 48).empty());
}

TEST_CASE("session format 3: rounds with timers, the current round and the lock round-trip, and bad rounds are refused with their line")
{
    SessionKind kind;
    const Session demo = finishedDemo();
    REQUIRE(demo.rounds.size() == 3);
    CHECK(demo.rounds[0].minutes == 40);
    CHECK(demo.rounds[2].kind == RoundKind::Vote);
    CHECK(demo.currentRound == "round-vote");
    CHECK(demo.locked);
    const std::string xml = kind.save(demo).value();
    CHECK(xml.find(R"(<session format="3" language="th" locked="true">)") != std::string::npos);
    CHECK(xml.find(R"(<rounds current="round-vote">)") != std::string::npos);
    CHECK(xml.find(R"(<round id="round-ideas" kind="ideate" minutes="40"></round>)") != std::string::npos);
    // A new session has the usual three rounds.
    NewDocumentOptions options;
    const auto created = kind.create(options);
    REQUIRE(created.isOk());
    const Session fresh = SessionKind::model(*created.value());
    REQUIRE(fresh.rounds.size() == 3);
    CHECK(fresh.rounds[1].kind == RoundKind::Cluster);

    auto broken = [&](const std::string& rounds) {
        return kind.load("<session format=\"3\">\n<topic>t</topic>\n" + rounds + "\n</session>", "s.session.xml");
    };
    auto wrongKind = broken(R"(<rounds><round id="r" kind="talk"/></rounds>)");
    REQUIRE_FALSE(wrongKind.isOk());
    CHECK(wrongKind.error().describe().find("s.session.xml:3") != std::string::npos);
    CHECK(wrongKind.error().describe().find("round kind must be ideate, cluster or vote") != std::string::npos);
    CHECK_FALSE(broken(R"(<rounds><round id="r" kind="vote" minutes="-5"/></rounds>)").isOk());
    CHECK_FALSE(broken(R"(<rounds current="nowhere"><round id="r" kind="vote"/></rounds>)").isOk());
    CHECK(broken(R"(<rounds current="r"><round id="r" kind="vote"/></rounds>)").isOk());
}

TEST_CASE("live session: the facilitator's clusters are what phones vote on, merges carry the dots, and all of it survives a restart")
{
    TempDir dir;
    Session session = finishedDemo();
    session.locked = false;
    session.currentRound = "round-ideas";
    session.votes.clear();
    std::string token;
    {
        Result<LiveStart> started = startLiveSession(session, dir.path(), "brainstorm/w.session.xml", "");
        REQUIRE(started.isOk());
        LiveSession& live = *started.value().session;
        CHECK(live.joinCode().size() == 6);
        CHECK(live.round() == Round::Ideate); // where the document was
        Answer<Participant> joined = live.join(live.joinCode(), "group-2", "");
        REQUIRE(joined);
        token = joined.value->token;
        Answer<Idea> typed = live.addFacilitatorIdea("group-2", "ข้อเสนอจากกระดาน");
        REQUIRE(typed);
        CHECK_FALSE(live.addFacilitatorIdea("group-9", "x"));
        REQUIRE(live.removeIdea("idea-12").isOk());

        // The board merges "the network" into "the service" and puts the typed idea in a new cluster.
        Session board = live.snapshot();
        REQUIRE(mergeClusters(board, "cluster-network", "cluster-service"));
        const std::string fresh = startCluster(board, typed.value->id, "จากกระดาน");
        REQUIRE(live.setClusters(board.clusters).isOk());
        REQUIRE(live.setRound(Round::Cluster));
        const std::string sorting = live.stateJson(token);
        CHECK(sorting.find("\"round\": \"cluster\"") != std::string::npos);
        CHECK(sorting.find("choices") == std::string::npos);
        REQUIRE(live.setRound(Round::Vote));
        const std::string voting = live.stateJson(token);
        CHECK(voting.find("\"choices\": [{\"id\": \"cluster-management\"") != std::string::npos);
        CHECK(voting.find("\"text\": \"จากกระดาน\", \"detail\": \"ข้อเสนอจากกระดาน\"") != std::string::npos);
        CHECK(live.vote(token, fresh));
        CHECK(live.vote(token, "cluster-service"));
        CHECK_FALSE(live.vote(token, "cluster-network")); // merged away
        // The service cluster's dot moves on with a merge made while voting.
        Session later = live.snapshot();
        REQUIRE(mergeClusters(later, "cluster-service", "cluster-outcome"));
        REQUIRE(live.setClusters(later.clusters, { { "cluster-service", "cluster-outcome" } }).isOk());
        const Session now = live.snapshot();
        CHECK(now.votesFor("cluster-outcome") == 1);
        CHECK(now.currentRound == "round-vote");
        CHECK_FALSE(now.locked);
        SessionKind kind;
        CHECK_FALSE(hasErrors(kind.validate(now, "en")));
    }
    // Started again (a crash, or the board closed): the same code, every record replayed.
    Result<LiveStart> again = startLiveSession(session, dir.path(), "brainstorm/w.session.xml", "");
    REQUIRE(again.isOk());
    CHECK(again.value().resumed);
    const Session replayed = again.value().session->snapshot();
    CHECK(replayed.votesFor("cluster-outcome") == 1);
    CHECK(replayed.votesFor("cluster-service") == 0);
    CHECK(std::none_of(replayed.ideas.begin(), replayed.ideas.end(), [](const Idea& i) { return i.id == "idea-12"; }));
    CHECK(replayed.clusters.size() == 3); // management, outcome (with service and network), the board's
    CHECK(again.value().session->round() == Round::Vote);
    // Who voted is named by a one-way label, never by a piece of the token (it was its first 32 bits).
    for (const Vote& vote : replayed.votes) {
        if (vote.participant == participantLabel(token)) {
            CHECK(token.find(vote.participant) == std::string::npos);
        }
    }
    CHECK(std::any_of(replayed.votes.begin(), replayed.votes.end(),
        [&](const Vote& vote) { return vote.participant == participantLabel(token); }));
    REQUIRE(again.value().session->setRound(Round::Closed));
    CHECK(again.value().session->snapshot().locked);
}

TEST_CASE("live session: a join code is digits only, and the start record stays valid JSON whatever is asked")
{
    TempDir dir;
    Session session = finishedDemo();
    session.locked = false;
    for (const std::string& bad : { std::string("12\",\"secret\":\"x"), std::string("12345"), std::string("1234567890123"),
             std::string("abcdef") }) {
        Result<LiveStart> refused = startLiveSession(session, dir.path(), "brainstorm/w.session.xml", bad);
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.error().message.find("6 to 12 digits") != std::string::npos);
    }
    {
        Result<LiveStart> started = startLiveSession(session, dir.path(), "brainstorm/w.session.xml", "20200817");
        REQUIRE(started.isOk());
        CHECK(started.value().session->joinCode() == "20200817");
    }
    // Started again: the same code, read back from the journal's start record.
    Result<LiveStart> again = startLiveSession(session, dir.path(), "brainstorm/w.session.xml", "");
    REQUIRE(again.isOk());
    CHECK(again.value().resumed);
    CHECK(again.value().session->joinCode() == "20200817");
}

TEST_CASE("live session: a group without a name, or with another's, is named and refused before phones see it")
{
    TempDir dir;
    Session session = finishedDemo();
    session.locked = false;
    REQUIRE(session.groups.size() >= 2);
    SessionKind kind;
    CHECK_FALSE(groupNameProblem(session));

    session.groups[1].name = "  ";
    std::optional<GroupNameProblem> blank = groupNameProblem(session);
    REQUIRE(blank);
    CHECK(blank->groupId == session.groups[1].id);
    CHECK(blank->english.find("group 2 has no name") == 0);
    Result<LiveStart> refused = startLiveSession(session, dir.path(), "brainstorm/w.session.xml", "");
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().where == session.groups[1].id);
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK_FALSE(std::filesystem::exists(journalPathFor(dir.path(), "brainstorm/w.session.xml"))); // nothing started
    const Findings blankFound = kind.validate(session, "th");
    CHECK(std::any_of(blankFound.begin(), blankFound.end(), [&](const Finding& finding) {
        return finding.elementId == session.groups[1].id && finding.message.find("ยังไม่มีชื่อ") != std::string::npos;
    }));

    session.groups[1].name = session.groups[0].name;
    std::optional<GroupNameProblem> twice = groupNameProblem(session);
    REQUIRE(twice);
    CHECK(twice->english.find("more than one group is named \"" + session.groups[0].name + "\"") == 0);
    CHECK_FALSE(startLiveSession(session, dir.path(), "brainstorm/w.session.xml", "").isOk());

    session.groups[1].name = "กลุ่มใหม่";
    CHECK(startLiveSession(session, dir.path(), "brainstorm/w.session.xml", "").isOk());
}
