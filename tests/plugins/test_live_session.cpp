// Sapha tests — the participation journal (durable before acknowledged, group commit, a torn tail cut
// off) and the live session (join, ideas, vote budgets, rounds, refusals, replay after a crash).
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <fstream>
#include <thread>

#include <unistd.h>

#include "core/live/journal.hpp"
#include "core/live/live_session.hpp"
#include "core/brainstorm_plugin.hpp"
#include "core/session_kind.hpp"
#include "core/session_results.hpp"
#include "temp_dir.hpp"

using namespace sapha;
using namespace sapha::brainstorm;
using sapha::test::TempDir;

namespace {

Session twoGroups()
{
    Session session;
    session.topic = "ระดมความคิด";
    session.votesPerParticipant = 2;
    session.groups = { { "g1", "กลุ่มที่ 1", "การบริหาร" }, { "g2", "กลุ่มที่ 2", "การบริการ" } };
    return session;
}

std::unique_ptr<LiveSession> openLive(const std::filesystem::path& path, const Session& session = twoGroups())
{
    Journal::Recovered recovered;
    auto journal = Journal::open(path, recovered);
    REQUIRE(journal.isOk());
    return std::make_unique<LiveSession>(session, std::move(journal.value()), recovered.records, "123456");
}

} // namespace

TEST_CASE("journal: records come back in order, a torn tail is cut off with a warning, and appends go on after it")
{
    TempDir dir;
    const auto path = dir.path() / "s.journal";
    {
        Journal::Recovered recovered;
        auto journal = Journal::open(path, recovered);
        REQUIRE(journal.isOk());
        CHECK(recovered.records.empty());
        REQUIRE(journal.value()->append(R"({"type":"idea","text":"หนึ่ง"})").isOk());
        REQUIRE(journal.value()->append(R"({"type":"idea","text":"สอง"})").isOk());
    }
    // A crash in the middle of a write: half a record at the end, and a record whose bytes were changed.
    std::ofstream(path, std::ios::app) << journalLine(R"({"type":"idea","text":"สาม"})").substr(0, 12);
    {
        Journal::Recovered recovered;
        auto journal = Journal::open(path, recovered);
        REQUIRE(journal.isOk());
        REQUIRE(recovered.records.size() == 2);
        CHECK(recovered.records[1] == R"({"type":"idea","text":"สอง"})");
        CHECK(recovered.warning.find("12 bytes after the last whole record were cut off") != std::string::npos);
        REQUIRE(journal.value()->append(R"({"type":"idea","text":"สี่"})").isOk());
    }
    Journal::Recovered again;
    auto reopened = Journal::open(path, again);
    REQUIRE(reopened.isOk());
    CHECK(again.warning.empty());
    REQUIRE(again.records.size() == 3);
    CHECK(again.records[2] == R"({"type":"idea","text":"สี่"})");
    reopened.value().reset(); // closed, as a server stopping closes it (a session has one open journal)

    // A flipped byte inside a record: reading stops there, nothing after it is trusted.
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    bytes[bytes.find("สอง") + 1] ^= 0x01;
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    Journal::Recovered flipped;
    REQUIRE(Journal::open(path, flipped).isOk());
    CHECK(flipped.records.size() == 1);
    CHECK_FALSE(flipped.warning.empty());
}

TEST_CASE("journal: it holds the facilitator's secret and the tokens, so it is the user's alone")
{
    TempDir dir;
    const auto folder = dir.path() / "brainstorm";
    std::filesystem::create_directories(folder);
    std::filesystem::permissions(folder, std::filesystem::perms(0755), std::filesystem::perm_options::replace);
    const auto path = folder / "s.journal";
    std::ofstream(path) << ""; // left readable by an earlier version
    std::filesystem::permissions(path, std::filesystem::perms(0644), std::filesystem::perm_options::replace);
    Journal::Recovered recovered;
    auto journal = Journal::open(path, recovered);
    REQUIRE(journal.isOk());
    REQUIRE(journal.value()->append(R"({"type":"start","secret":"facilitator-secret"})").isOk());
    const auto mode = [](const std::filesystem::path& p) { return std::filesystem::status(p).permissions() & std::filesystem::perms::all; };
    CHECK(mode(path) == std::filesystem::perms(0600));
    CHECK(mode(folder) == std::filesystem::perms(0700));
    const auto fresh = folder / "new.journal";
    auto second = Journal::open(fresh, recovered);
    REQUIRE(second.isOk());
    CHECK(mode(fresh) == std::filesystem::perms(0600));
}

TEST_CASE("journal: a session has one live server: a second opening of its journal is refused, naming the holder")
{
    TempDir dir;
    const auto path = dir.path() / "s.journal";
    Journal::Recovered recovered;
    auto first = Journal::open(path, recovered);
    REQUIRE(first.isOk());
    REQUIRE(first.value()->append(R"({"type":"idea","text":"หนึ่ง"})").isOk());
    Journal::Recovered again;
    auto second = Journal::open(path, again);
    REQUIRE_FALSE(second.isOk());
    CHECK(second.error().message.find("this session is live already (process " + std::to_string(::getpid())) == 0);
    CHECK(second.error().where == path.string());
    // The refused opening changed nothing: the first server's record is whole, and it goes on.
    REQUIRE(first.value()->append(R"({"type":"idea","text":"สอง"})").isOk());
    first.value().reset();
    auto third = Journal::open(path, again);
    REQUIRE(third.isOk());
    CHECK(again.records.size() == 2);
}

TEST_CASE("journal: appends from many threads are written together, fewer flushes than records")
{
    TempDir dir;
    Journal::Recovered recovered;
    auto journal = Journal::open(dir.path() / "s.journal", recovered);
    REQUIRE(journal.isOk());
    std::vector<std::thread> writers;
    std::atomic<int> failures { 0 };
    for (int t = 0; t < 16; ++t) {
        writers.emplace_back([&, t] {
            for (int i = 0; i < 25; ++i) {
                if (!journal.value()->append("{\"writer\":" + std::to_string(t) + ",\"n\":" + std::to_string(i) + "}"))
                    ++failures;
            }
        });
    }
    for (std::thread& writer : writers)
        writer.join();
    CHECK(failures == 0);
    const std::uint64_t flushes = journal.value()->flushCount();
    MESSAGE("400 records in " << flushes << " flushes");
    CHECK(flushes < 400);
    journal.value().reset();
    Journal::Recovered after;
    REQUIRE(Journal::open(dir.path() / "s.journal", after).isOk());
    CHECK(after.records.size() == 400);
}

TEST_CASE("live session: join with the code, ideas in the ideate round, votes within the budget, refusals say why")
{
    TempDir dir;
    auto live = openLive(dir.path() / "s.journal");
    CHECK(live->join("000000", "g1", "").refusal.status == 403);
    CHECK(live->join("123456", "g9", "").refusal.status == 400);
    Answer<Participant> somchai = live->join("123456", "g1", "สมชาย");
    REQUIRE(somchai);
    Answer<Participant> anonymous = live->join("123456", "g2", "");
    REQUIRE(anonymous);
    CHECK(somchai.value->token != anonymous.value->token);
    CHECK(somchai.value->token.size() == 32);

    Answer<Idea> idea = live->submitIdea(somchai.value->token, "  ควรมีแผนพัฒนาบุคลากร\u0007  ");
    REQUIRE(idea);
    CHECK(idea.value->text == "ควรมีแผนพัฒนาบุคลากร"); // the bell made a space, then trimmed
    CHECK(idea.value->groupId == "g1");
    CHECK(idea.value->author == "สมชาย");
    CHECK(live->submitIdea("not-a-token", "x").refusal.status == 403);
    CHECK(live->submitIdea(somchai.value->token, "   ").refusal.status == 400);
    CHECK(live->submitIdea(somchai.value->token, "\xC0\xAF").refusal.status == 400); // overlong UTF-8
    CHECK(live->submitIdea(somchai.value->token, std::string(2000, 'x')).refusal.status == 413);
    CHECK(live->vote(somchai.value->token, idea.value->id).refusal.status == 409); // not the vote round yet
    Answer<Idea> second = live->submitIdea(anonymous.value->token, "มีระบบรับแจ้งตลอด 24 ชั่วโมง");
    REQUIRE(second);

    REQUIRE(live->setRound(Round::Vote));
    CHECK(live->submitIdea(somchai.value->token, "ช้าไป").refusal.status == 409);
    REQUIRE(live->vote(somchai.value->token, idea.value->id));
    REQUIRE(live->vote(somchai.value->token, second.value->id));
    CHECK(live->vote(somchai.value->token, idea.value->id).refusal.reason == "no votes left");
    CHECK(live->vote(anonymous.value->token, "idea-none").refusal.status == 400);
    CHECK(live->stateJson(somchai.value->token).find("\"votesLeft\": 0") != std::string::npos);

    const Session now = live->snapshot();
    CHECK(now.ideas.size() == 2);
    CHECK(now.votesFor(idea.value->id) == 1);
    CHECK(now.votesFor(second.value->id) == 1);
    // The board's feed: two ideas, a round change, two votes (who voted is not in it).
    const auto events = live->eventsAfter(0, std::chrono::milliseconds(0));
    REQUIRE(events.size() == 5);
    CHECK(events[3].second.find(somchai.value->token) == std::string::npos);
}

TEST_CASE("live session: replaying the journal after a crash gives the same state, and a commit mark stops double counting")
{
    TempDir dir;
    const auto path = dir.path() / "s.journal";
    std::string token;
    std::string ideaId;
    {
        auto live = openLive(path);
        token = live->join("123456", "g1", "").value->token;
        ideaId = live->submitIdea(token, "แนวคิดแรก").value->id;
        REQUIRE(live->setRound(Round::Vote));
        REQUIRE(live->vote(token, ideaId));
    } // the process dies here: only the journal is left
    Session committed;
    {
        auto live = openLive(path);
        const Session replayed = live->snapshot();
        REQUIRE(replayed.ideas.size() == 1);
        CHECK(replayed.ideas[0].id == ideaId);
        CHECK(replayed.votesFor(ideaId) == 1);
        CHECK(live->round() == Round::Vote);
        CHECK(live->stateJson(token).find("\"votesLeft\": 1") != std::string::npos); // the token still works
        committed = replayed;
        REQUIRE(live->markCommitted("0123456789abcdef").isOk());
        REQUIRE(live->vote(token, ideaId));
    }
    // Started again from the committed document: what it holds is not applied twice, the later vote is.
    auto live = openLive(path, committed);
    const Session resumed = live->snapshot();
    CHECK(resumed.ideas.size() == 1);
    CHECK(resumed.votesFor(ideaId) == 2);
    CHECK(live->vote(token, ideaId).refusal.reason == "no votes left"); // the budget counts every vote
}

TEST_CASE("results: CSV a spreadsheet reads in Thai, ideas ranked by votes, the words used most cut by ICU")
{
    Session session = twoGroups();
    session.ideas = { { "i1", "g1", "พัฒนาบุคลากร, ทุกปี", "สมชาย", "2018-08-16T13:40:00+07:00" },
        { "i2", "g2", "บุคลากรมีคุณภาพ \"มืออาชีพ\"", "", "2018-08-16T13:41:00+07:00" }, { "i3", "g1", "ผู้รับบริการพึงพอใจ", "", "" } };
    session.clusters = { { "c1", "บุคลากร", { "i1", "i2" } } };
    session.votes = { { "i2", "p1", 2 }, { "i3", "p2", 1 } };
    const std::string csv = sessionCsv(session);
    CHECK(csv.rfind("\xEF\xBB\xBF" "กลุ่ม,หมวด,ความคิด,คะแนน,ผู้เสนอ,เวลา\r\n", 0) == 0);
    CHECK(csv.find("กลุ่มที่ 1,บุคลากร,\"พัฒนาบุคลากร, ทุกปี\",0,สมชาย,2018-08-16T13:40:00+07:00\r\n") != std::string::npos);
    CHECK(csv.find("\"บุคลากรมีคุณภาพ \"\"มืออาชีพ\"\"\",2,") != std::string::npos);

    // Text that a spreadsheet would run as a formula stays text: led by an apostrophe, quoted.
    Session hostile = twoGroups();
    hostile.ideas = { { "h1", "g1", "=HYPERLINK(\"http://evil.invalid\",\"click\")", "", "" },
        { "h2", "g1", "=cmd|' /C calc'!A0", "", "" }, { "h3", "g1", "+1+1", "@SUM(A1)", "" },
        { "h4", "g1", "-2+3", "", "" }, { "h5", "g1", "\t=1", "", "" }, { "h6", "g1", "ราคา = 5 บาท", "", "" } };
    const std::string hostileCsv = sessionCsv(hostile);
    CHECK(hostileCsv.find(",\"'=HYPERLINK(\"\"http://evil.invalid\"\",\"\"click\"\")\",") != std::string::npos);
    CHECK(hostileCsv.find(",\"'=cmd|' /C calc'!A0\",") != std::string::npos);
    CHECK(hostileCsv.find(",\"'+1+1\",0,\"'@SUM(A1)\",") != std::string::npos);
    CHECK(hostileCsv.find(",\"'-2+3\",") != std::string::npos);
    CHECK(hostileCsv.find(",\"'\t=1\",") != std::string::npos);
    CHECK(hostileCsv.find(",ราคา = 5 บาท,") != std::string::npos); // an '=' inside the text is harmless
    for (const char* cell : { ",=", ",+", ",@", ",-" })
        CHECK(hostileCsv.find(cell) == std::string::npos);

    const auto ranked = rankedIdeas(session);
    REQUIRE(ranked.size() == 3);
    CHECK(ranked[0]->id == "i2");
    CHECK(ranked[1]->id == "i3");

    // "บุคลากร" is a word in two ideas though no space sets it apart; "ทุก" is a function word, left out.
    const std::vector<WordCount> words = wordCloud(session, 50);
    REQUIRE_FALSE(words.empty());
    CHECK(words[0].word == "บุคลากร");
    CHECK(words[0].count == 2);
    for (const WordCount& word : words) {
        CHECK(word.word != "ทุก");
        CHECK(word.word != ",");
        CHECK(word.word.find(' ') == std::string::npos);
    }
    CHECK(wordCloud(session, 1).size() == 1);
}

TEST_CASE("word cloud: the demo workshop's largest words are the field's terms whole, fillers left out")
{
    SessionKind kind;
    auto loaded = kind.load(workshopDemo(kind)[0].revisions.back().xml, "demo");
    REQUIRE(loaded.isOk());
    const std::vector<WordCount> words = wordCloud(SessionKind::model(*loaded.value()), 40);
    REQUIRE(words.size() >= 10);
    std::map<std::string, int> counts;
    for (const WordCount& word : words)
        counts[word.word] = word.count;
    // Before the vocabulary, the largest were fragments: "ผู้รับ" | "บริการ", "คืน", "สังคม", "ปี".
    CHECK(words[0].word == "ผู้รับบริการ");
    CHECK(counts["ผู้รับบริการ"] == 4);
    CHECK(counts["คืนสู่สังคม"] == 3);
    CHECK(counts.count("ภาคีเครือข่าย") == 1);
    for (const char* fragment : { "ผู้รับ", "บริการ", "คืน", "ปี", "ละ", "หลัง", "เครือ", "ข่าย", "ร้อย" })
        CHECK_MESSAGE(counts.count(fragment) == 0, fragment);
}

TEST_CASE("live session: participants counted per group, once, across a commit and a restart, and kept in the file")
{
    TempDir dir;
    const auto path = dir.path() / "s.journal";
    Session committed;
    {
        auto live = openLive(path);
        REQUIRE(live->join("123456", "g1", ""));
        REQUIRE(live->join("123456", "g1", ""));
        REQUIRE(live->join("123456", "g2", ""));
        committed = live->snapshot();
        CHECK(committed.groups[0].participants == 2);
        CHECK(committed.groups[1].participants == 1);
        REQUIRE(live->markCommitted("rev-1").isOk());
        CHECK(live->snapshot().groups[0].participants == 2); // not counted twice after the commit
        REQUIRE(live->join("123456", "g1", ""));
        CHECK(live->snapshot().groups[0].participants == 3);
    }
    // Started again from the committed file: the three before the mark are in it, the fourth is added.
    auto live = openLive(path, committed);
    CHECK(live->snapshot().groups[0].participants == 3);
    CHECK(live->snapshot().groups[1].participants == 1);

    const SessionKind kind;
    const std::string xml = kind.save(live->snapshot()).value();
    CHECK(xml.find("<session format=\"3\"") != std::string::npos);
    CHECK(xml.find("<group id=\"g1\" participants=\"3\">") != std::string::npos);
    auto loaded = kind.load(xml, "s.session.xml");
    REQUIRE(loaded.isOk());
    CHECK(SessionKind::model(*loaded.value()).groups[0].participants == 3);
    std::string bad = xml;
    bad.replace(bad.find("participants=\"3\""), 16, "participants=\"-1\"");
    CHECK_FALSE(kind.load(bad, "s.session.xml").isOk());
    const exporting::Document paper = kind.exportDocument(*loaded.value()).value();
    bool counted = false;
    for (const exporting::Block& block : paper.blocks) {
        if (const auto* paragraph = std::get_if<exporting::Paragraph>(&block))
            counted = counted || (!paragraph->runs.empty() && paragraph->runs[0].text == "ผู้เข้าร่วม 3 คน");
    }
    CHECK(counted);
}
