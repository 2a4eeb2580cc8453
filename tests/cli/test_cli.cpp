// Sapha tests — sapha-cli as a user runs it: every verb in a temporary workspace, checked with git itself.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "english_words.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"

using sapha::test::englishWordsIn;
using sapha::test::ProcessResult;
using sapha::test::runProcess;
using sapha::test::TempDir;

namespace {

// A user with a configured identity and no plugins of their own.
class CliUser {
public:
    CliUser()
    {
        std::filesystem::create_directories(m_home.path() / "config");
        std::ofstream(m_home.path() / "config" / "settings.json")
            << R"({ "author.name": "นางเลขา ทดสอบ", "author.email": "lekha@example.invalid" })";
    }

    // The interface language of the settings ("th", the default, or "en").
    void speak(const std::string& language) const
    {
        std::ofstream(m_home.path() / "config" / "settings.json")
            << R"({ "author.name": "นางเลขา ทดสอบ", "author.email": "lekha@example.invalid", "ui.language": ")" << language
            << R"(" })";
    }

    ProcessResult run(const std::vector<std::string>& arguments, const std::string& pluginPath = {},
        std::map<std::string, std::string> environment = {}) const
    {
        environment.insert({ { "SAPHA_CONFIG_HOME", (m_home.path() / "config").string() },
            { "XDG_DATA_HOME", (m_home.path() / "data").string() }, { "SAPHA_PLUGIN_PATH", pluginPath }, { "LC_ALL", "C" } });
        return runProcess(SAPHA_CLI, arguments, m_home.path().string(), environment);
    }

    std::string git(const std::string& workspace, const std::vector<std::string>& arguments) const
    {
        auto result = runProcess("git", arguments, (m_home.path() / workspace).string());
        INFO("git: " << result.err);
        REQUIRE(result.exitCode == 0);
        return result.out;
    }

    std::filesystem::path path(const std::string& relative) const { return m_home.path() / relative; }

private:
    TempDir m_home;
};

void writeFile(const std::filesystem::path& path, const std::string& content)
{
    std::ofstream(path, std::ios::binary) << content;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

} // namespace

TEST_CASE("cli: --version and --help answer without a workspace")
{
    CliUser user;
    auto version = user.run({ "--version" });
    CHECK(version.exitCode == 0);
    CHECK(version.out.find("sapha-cli 0.1.0") == 0);
    auto help = user.run({ "--help" });
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("demo DIR") != std::string::npos);
    auto unknown = user.run({ "frobnicate" });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("ไม่รู้จักคำสั่ง \"frobnicate\"") != std::string::npos);
}

TEST_CASE("cli: the manual pages and the completion are written from the verb table")
{
    CliUser user;
    auto page = user.run({ "--manual-page", "sapha-cli", "en" });
    REQUIRE(page.exitCode == 0);
    auto thai = user.run({ "--manual-page", "sapha-cli", "th" });
    REQUIRE(thai.exitCode == 0);
    auto completion = user.run({ "--bash-completion" });
    REQUIRE(completion.exitCode == 0);
    std::replace(completion.out.begin(), completion.out.end(), '"', ' ');
    // Every verb --help lists (the host's and the plugins') is in both pages and the completion.
    for (const char* verb : { "plugins", "init", "new", "log", "restore", "sync", "resolve", "export", "demo",
             "serve", "results", "actions", "certify" }) {
        CHECK_MESSAGE(page.out.find("\\fB" + std::string(verb) + "\\fR") != std::string::npos, verb);
        CHECK_MESSAGE(thai.out.find("\\fB" + std::string(verb) + "\\fR") != std::string::npos, verb);
        CHECK_MESSAGE(completion.out.find(" " + std::string(verb) + " ") != std::string::npos, verb);
    }
    CHECK(thai.out.find("สร้าง\\:พื้นที่") != std::string::npos); // "create the demo workspace", cut into words
    CHECK(user.run({ "--manual-page", "sapha", "th" }).out.find("\\-\\-screenshot") != std::string::npos);
    CHECK(user.run({ "--manual-page", "git", "en" }).exitCode == 2);
    CHECK(user.run({ "--manual-page", "sapha", "fr" }).exitCode == 2);
    CHECK(user.run({ "--manual-page" }).exitCode == 2);
}

TEST_CASE("cli: plugins lists the shipped plugins, and refused ones with their reasons")
{
    CliUser user;
    auto plugins = user.run({ "plugins" });
    CHECK(plugins.exitCode == 0);
    CHECK(plugins.out.find("minutes") != std::string::npos);
    CHECK(plugins.out.find("refused") == std::string::npos);

    auto withFixtures = user.run({ "plugins", "--json" }, SAPHA_FIXTURE_DIR);
    CHECK(withFixtures.exitCode == 0);
    CHECK(withFixtures.out.find(R"("id": "wrong_api_manifest")") != std::string::npos);
    CHECK(withFixtures.out.find("built for SDK API 999") != std::string::npos);
    CHECK(withFixtures.out.find("its library is missing") != std::string::npos);
    CHECK(withFixtures.out.find(R"("id": "standards", "name": "มาตรฐาน", "version": "0.1.0", "state": "running")")
        != std::string::npos);
}

// Each line of `check`'s output without its "path: severity: " and with what the user typed (quoted) and the
// ids ([…]) left aside: what a reader reads.
std::vector<std::string> checkSentences(const std::string& out)
{
    std::vector<std::string> sentences;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
        const std::size_t path = line.find(": ");
        const std::size_t severity = path == std::string::npos ? path : line.find(": ", path + 2);
        sentences.push_back(severity == std::string::npos ? line : line.substr(severity + 2));
    }
    return sentences;
}

TEST_CASE("cli: check speaks the reader's language, findings, links and counts alike")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    // Findings of every kind: a new standard (no statements), a session, a roster with no members, and the
    // demo's own warnings; a link to a version nobody named.
    REQUIRE(user.run({ "-C", "demo", "new", "standard", "draft", "--title", "มาตรฐานทดสอบ" }).exitCode == 0);
    REQUIRE(user.run({ "-C", "demo", "new", "brainstorm.session", "ideas" }).exitCode == 0);
    const std::string meeting = "minutes/chiangrai-2-2563.meeting.xml";
    std::string xml = readFile(user.path("demo/" + meeting));
    const std::size_t link = xml.find("<link relation=\"certifies\"");
    REQUIRE(link != std::string::npos);
    const std::size_t version = xml.find("version=\"", link);
    xml.replace(version, xml.find('"', version + 9) + 1 - version, "version=\"ไม่มีฉบับนี้\"");
    writeFile(user.path("demo/" + meeting), xml);

    // Thai, the default: no English sentence, and the count in Thai.
    auto thai = user.run({ "-C", "demo", "check" });
    CHECK(thai.exitCode == 1);
    INFO(thai.out);
    CHECK(thai.out.find(": ข้อผิดพลาด: ") != std::string::npos);
    CHECK(thai.out.find(": คำเตือน: ") != std::string::npos);
    CHECK(thai.out.find("ฉบับ \"ไม่มีฉบับนี้\" ซึ่งไม่มีฉบับที่ตั้งชื่อนี้") != std::string::npos);
    CHECK(thai.err.find("ตรวจเอกสาร ") != std::string::npos);
    const std::vector<std::string> sentences = checkSentences(thai.out);
    CHECK(sentences.size() >= 8);
    for (const std::string& sentence : sentences)
        CHECK_MESSAGE(englishWordsIn(sentence).empty(), sentence);

    // English when the user works in English: the same findings, none of them in Thai words of our own.
    std::ofstream(user.path("config/settings.json"))
        << R"({ "author.name": "x", "author.email": "x@example.invalid", "ui.language": "en" })";
    auto english = user.run({ "-C", "demo", "check" });
    CHECK(english.exitCode == 1);
    CHECK(checkSentences(english.out).size() == sentences.size());
    CHECK(english.out.find(": error: ") != std::string::npos);
    CHECK(english.out.find(": warning: ") != std::string::npos);
    CHECK(english.out.find("at \"ไม่มีฉบับนี้\", a version that does not exist") != std::string::npos);
    CHECK(english.out.find("ยังไม่") == std::string::npos);
    CHECK(english.err.find("document(s) checked") != std::string::npos);
}

TEST_CASE("cli: init, new, list, log, show and check on a fresh workspace")
{
    CliUser user;
    REQUIRE(user.run({ "init", "ws" }).exitCode == 0);
    auto again = user.run({ "init", "ws" });
    CHECK(again.exitCode == 1);
    CHECK(again.err.find("เป็นคลัง Git อยู่แล้ว") != std::string::npos);

    auto created = user.run({ "-C", "ws", "new", "minutes", "minutes/ครั้งที่-2", "--title",
        "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย", "--date", "2020-09-14" });
    INFO(created.err);
    REQUIRE(created.exitCode == 0);
    CHECK(created.out == "minutes/ครั้งที่-2.meeting.xml\n");
    CHECK(std::filesystem::exists(user.path("ws/minutes/ครั้งที่-2.meeting.xml")));
    REQUIRE(user.run({ "-C", "ws", "new", "standard", "draft", "--title", "มาตรฐานทดสอบ" }).exitCode == 0);
    REQUIRE(user.run({ "-C", "ws", "new", "brainstorm.session", "ideas" }).exitCode == 0);

    auto list = user.run({ "-C", "ws", "list", "--json" });
    CHECK(list.exitCode == 0);
    CHECK(list.out.find(R"({"path": "minutes/ครั้งที่-2.meeting.xml", "kind": "minutes.meeting"})") != std::string::npos);
    CHECK(list.out.find(R"({"path": "draft.standard.xml", "kind": "standards.standard"})") != std::string::npos);
    CHECK(list.out.find(R"({"path": "ideas.session.xml", "kind": "brainstorm.session"})") != std::string::npos);

    auto log = user.run({ "-C", "ws", "log", "minutes/ครั้งที่-2.meeting.xml" });
    CHECK(log.exitCode == 0);
    CHECK(log.out.find("นางเลขา ทดสอบ") != std::string::npos);
    CHECK(log.out.find("ครั้งที่ 1/2563") != std::string::npos);
    CHECK(user.git("ws", { "log", "-1", "--format=%ae" }) == "lekha@example.invalid\n");

    auto show = user.run({ "-C", "ws", "show", "minutes/ครั้งที่-2.meeting.xml@HEAD" });
    CHECK(show.exitCode == 0);
    CHECK(show.out.find("<date>2020-09-14</date>") != std::string::npos);

    // A new standard's indicator has no statement yet: check reports it and fails.
    auto check = user.run({ "-C", "ws", "check", "draft.standard.xml" });
    CHECK(check.exitCode == 1);
    CHECK(check.out.find("draft.standard.xml: ข้อผิดพลาด: ตัวชี้วัดที่ 1.1 ยังไม่มีข้อความตัวชี้วัด") != std::string::npos);
    CHECK(user.run({ "-C", "ws", "check", "ideas.session.xml" }).exitCode == 0);

    auto duplicate = user.run({ "-C", "ws", "new", "minutes", "minutes/ครั้งที่-2" });
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.find("มีอยู่แล้ว") != std::string::npos);
    auto unknownKind = user.run({ "-C", "ws", "new", "poem", "p" });
    CHECK(unknownKind.exitCode == 1);
    CHECK(unknownKind.err.find("ที่มี: ") != std::string::npos);

    user.git("ws", { "fsck", "--strict" });
    CHECK(user.git("ws", { "status", "--porcelain" }).empty());
}

TEST_CASE("cli: commit refuses malformed XML with file:line:reason and commits nothing")
{
    CliUser user;
    REQUIRE(user.run({ "init", "ws" }).exitCode == 0);
    REQUIRE(user.run({ "-C", "ws", "new", "standards", "s", "--title", "ร่าง" }).exitCode == 0);
    const std::string head = user.git("ws", { "rev-parse", "HEAD" });
    const auto file = user.path("ws/s.standard.xml");
    const std::string good = readFile(file);

    writeFile(file, "<?xml version=\"1.0\"?>\n<standard format=\"1\">\n  <title>ร่าง\n</standard>\n");
    auto refused = user.run({ "-C", "ws", "commit", "s.standard.xml", "-m", "broken" });
    CHECK(refused.exitCode == 1);
    CHECK(std::regex_search(refused.err, std::regex("s\\.standard\\.xml:4: .+: ไม่ได้บันทึกสิ่งใด")));
    CHECK(user.git("ws", { "rev-parse", "HEAD" }) == head);

    writeFile(file, std::regex_replace(good, std::regex("<title>ร่าง</title>"), "<title>ร่างที่สอง</title>"));
    auto committed = user.run({ "-C", "ws", "commit", "s.standard.xml", "-m", "แก้ชื่อ" });
    INFO(committed.err);
    CHECK(committed.exitCode == 0);
    CHECK(user.git("ws", { "log", "-1", "--format=%s" }) == "แก้ชื่อ\n");
    CHECK(user.git("ws", { "show", "HEAD~1:s.standard.xml" }) == good);
    auto unchanged = user.run({ "-C", "ws", "commit", "s.standard.xml" });
    CHECK(unchanged.exitCode == 0);
    CHECK(unchanged.out.find("ไม่มีการแก้ไขตั้งแต่") != std::string::npos);

    // Without -m the message says what changed, in the plugin's terms.
    const std::string current = readFile(file);
    writeFile(file, std::regex_replace(current, std::regex("<statement></statement>"), "<statement>มีแผน</statement>"));
    REQUIRE(user.run({ "-C", "ws", "commit", "s.standard.xml" }).exitCode == 0);
    CHECK(user.git("ws", { "log", "-1", "--format=%s" }) == "แก้ไขตัวชี้วัดที่ 1.1\n");

    auto old = user.run({ "-C", "ws", "show", "s.standard.xml@HEAD~2" });
    CHECK(old.exitCode == 0);
    CHECK(old.out == good);
    auto badRev = user.run({ "-C", "ws", "show", "s.standard.xml@nonsense" });
    CHECK(badRev.exitCode == 1);
    CHECK(badRev.err.find("ไม่มีฉบับ \"nonsense\"") != std::string::npos);
    user.git("ws", { "fsck", "--strict" });
}

TEST_CASE("cli: log --json carries every revision of a document")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    auto log = user.run({ "-C", "demo", "log", "standards/homeless-protection-centre.standard.xml", "--json" });
    CHECK(log.exitCode == 0);
    std::size_t entries = 0;
    for (std::size_t at = log.out.find("\"id\""); at != std::string::npos; at = log.out.find("\"id\"", at + 1))
        ++entries;
    CHECK(entries == 3);
    CHECK(log.out.find(R"("date": "2018-09-05 10:00 +0700")") != std::string::npos);
    auto limited = user.run({ "-C", "demo", "log", "standards/homeless-protection-centre.standard.xml", "-n", "1" });
    CHECK(std::count(limited.out.begin(), limited.out.end(), '\n') == 1);
}

TEST_CASE("cli: demo builds three committees' documents with real history, named versions and a clean repository")
{
    CliUser user;
    auto demo = user.run({ "demo", "demo", "--quiet" });
    INFO(demo.err);
    REQUIRE(demo.exitCode == 0);
    auto list = user.run({ "-C", "demo", "list" });
    // The workshop's session, standard and self-assessment; three committees' rosters and four meetings (two
    // of the Chiang Rai subcommittee for the homeless, one each of its begging-control sister and of the
    // national subcommittee); the action plan.
    CHECK(std::count(list.out.begin(), list.out.end(), '\n') == 11);
    // A Thai committee's history, in Thai from its first commit.
    CHECK(user.git("demo", { "log", "--reverse", "--format=%s" }).rfind("สร้างพื้นที่ทำงานของสภา\n", 0) == 0);
    for (const auto& [path, revisions] : std::vector<std::pair<std::string, int>> {
             { "minutes/chiangrai-1-2563.meeting.xml", 4 }, { "minutes/chiangrai-2-2563.meeting.xml", 2 },
             { "standards/homeless-protection-centre.standard.xml", 3 }, { "brainstorm/workshop-2561-08-16.session.xml", 3 },
             { "plans/chiangrai-homeless-2563.plan.xml", 3 }, { "minutes/chiangrai-begging-1-2563.meeting.xml", 2 },
             { "minutes/national-homeless-4-2561.meeting.xml", 2 } }) {
        const std::string log = user.git("demo", { "log", "--format=%H", "--", path });
        INFO(path);
        CHECK(std::count(log.begin(), log.end(), '\n') == revisions);
    }
    // The standard's two named drafts, the minutes' circulation and certification (milestones of their life)
    // and the plan as proposed to the committee.
    CHECK(user.git("demo", { "tag" })
        == "รายงานการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย-ครั้งที่-1/2563-—-รับรองแล้ว\n"
           "รายงานการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย-ครั้งที่-1/2563-—-เวียนให้ตรวจแก้ไข\nร่างที่-1\n"
           "เสนอคณะอนุกรรมการ\nแผนปฏิบัติการ-2563-เสนอคณะอนุกรรมการ\n");
    CHECK(user.run({ "-C", "demo", "tags" }).out.find("ร่างที่ 1\t") == 0);
    CHECK(user.run({ "-C", "demo", "check" }).exitCode == 0);
    user.git("demo", { "fsck", "--strict" });
    CHECK(user.git("demo", { "status", "--porcelain" }).empty());
    auto again = user.run({ "demo", "demo" });
    CHECK(again.exitCode == 1);
}

TEST_CASE("cli: errors name the workspace, the verb's usage or the file")
{
    CliUser user;
    user.speak("en");
    std::filesystem::create_directories(user.path("plain"));
    auto notWorkspace = user.run({ "-C", "plain", "list" });
    CHECK(notWorkspace.exitCode == 1);
    CHECK(notWorkspace.err.find("not a Sapha workspace") != std::string::npos);
    auto usage = user.run({ "log" });
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.find("usage: sapha-cli [-C DIR] log PATH") != std::string::npos);
    auto badOption = user.run({ "list", "--colour" });
    CHECK(badOption.exitCode == 2);
    REQUIRE(user.run({ "init", "ws" }).exitCode == 0);
    auto missing = user.run({ "-C", "ws", "commit", "nothing.meeting.xml", "-m", "x" });
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("nothing.meeting.xml") != std::string::npos);
    auto unknownKind = user.run({ "-C", "ws", "commit", "notes.txt", "-m", "x" });
    CHECK(unknownKind.exitCode == 1);
    CHECK(unknownKind.err.find("not a document of any kind") != std::string::npos);
}

// What a Thai reader is told in an error: without the program's name, the place it names (a folder, a
// path) when that is not Thai, a command to type (`sapha-cli init`), the syntax a usage line quotes after
// "วิธีใช้:", and the names Sapha and Git.
std::string prose(std::string message)
{
    // A sanitizer build's leak report of its suppressions follows the program's own words: not the program's.
    if (const std::size_t report = message.find("Suppressions used:"); report != std::string::npos) {
        const std::size_t rule = message.rfind("\n---", report);
        message.erase(rule == std::string::npos ? report : rule);
    }
    if (message.rfind("sapha-cli: ", 0) == 0)
        message.erase(0, 11);
    if (const std::size_t place = message.find(": "); place != std::string::npos) {
        const bool thai = std::any_of(message.begin(), message.begin() + static_cast<long>(place),
            [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        if (!thai)
            message.erase(0, place + 2);
    }
    if (const std::size_t usage = message.find("วิธีใช้:"); usage != std::string::npos)
        message.erase(usage);
    message = std::regex_replace(message, std::regex("`[^`]*`|Sapha|Git"), "");
    return message;
}

TEST_CASE("cli: errors speak the reader's language, the core's and the command line's alike")
{
    CliUser user;
    std::filesystem::create_directories(user.path("plain"));
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string meeting = "minutes/chiangrai-1-2563.meeting.xml";
    const std::string first = user.git("demo", { "rev-list", "--max-parents=0", "HEAD" }).substr(0, 12);
    REQUIRE(!first.empty());
    REQUIRE(user.run({ "-C", "demo", "tag", "ร่างแรก", "--rev", first }).exitCode == 0);
    // Two documents edited by hand: one not XML at all, one with a field no meeting can have.
    writeFile(user.path("demo/minutes/broken.meeting.xml"), "<meeting format=\"1\"><title>x</meeting>");
    std::string meetingText = readFile(user.path("demo/" + meeting));
    meetingText.replace(meetingText.find("status=\"certified\""), 18, "status=\"bogus\"");
    writeFile(user.path("demo/minutes/status.meeting.xml"), meetingText);

    // Each mistake, the words an English reader is told, and the exit code: made by the core (workspace,
    // revisions, paths, remotes, named versions) and by the command line (options, verbs, kinds).
    struct Mistake {
        std::vector<std::string> arguments;
        std::string english;
        int exitCode;
    };
    const std::vector<Mistake> mistakes {
        { { "-C", "plain", "list" }, "not a Sapha workspace", 1 },
        { { "-C", "demo", "show", meeting + "@ไม่มีฉบับนี้" }, "unknown revision", 1 },
        { { "-C", "demo", "show", meeting + "@" + first }, "the document does not exist in that revision", 1 },
        { { "-C", "demo", "restore", "../outside.meeting.xml", "HEAD" }, "the path leaves the workspace", 1 },
        { { "-C", "demo", "remote", "remove", "ไม่มี" }, "no remote of this name", 1 },
        { { "-C", "demo", "tag", "ร่างแรก" }, "a version is already named", 1 },
        { { "-C", "demo", "new", "minutes.nothing", "x" }, "unknown document kind", 1 },
        { { "-C", "demo", "log", meeting, "--colour" }, "unknown option --colour", 2 },
        { { "-C", "demo", "log" }, "usage: sapha-cli", 2 },
        { { "frobnicate" }, "unknown verb", 2 },
        { { "--colour" }, "unknown option --colour", 2 },
        { { "-C" }, "-C needs a folder", 2 },
        // A document that does not load: the SDK's XML reading and the kind's own rules.
        { { "-C", "demo", "commit", "minutes/broken.meeting.xml", "-m", "x" }, "mismatch; nothing was committed", 1 },
        { { "-C", "demo", "commit", "minutes/status.meeting.xml", "-m", "x" }, "status must be draft", 1 },
        // A plugin's command says it in the reader's language too.
        { { "-C", "demo", "actions", "--bogus" }, "unknown argument \"--bogus\"", 2 },
        { { "-C", "demo", "serve", "brainstorm/workshop-2561-08-16.session.xml", "--lan", "0.0.0.0" }, "not every network at once", 2 },
        { { "-C", "demo", "plan-csv", meeting }, "not an action plan", 1 },
    };
    for (const Mistake& mistake : mistakes) {
        std::string command;
        for (const std::string& argument : mistake.arguments)
            command += argument + " ";
        user.speak("th");
        const ProcessResult thai = user.run(mistake.arguments);
        INFO(command << "→ " << thai.err);
        CHECK(thai.exitCode == mistake.exitCode);
        CHECK(thai.err.find("sapha-cli: ") == 0);
        CHECK(thai.err.find(mistake.english) == std::string::npos);
        CHECK_MESSAGE(englishWordsIn(prose(thai.err)).empty(), thai.err);
        user.speak("en");
        const ProcessResult english = user.run(mistake.arguments);
        INFO(english.err);
        CHECK(english.exitCode == mistake.exitCode);
        CHECK(english.err.find(mistake.english) != std::string::npos);
    }
}

TEST_CASE("cli: export writes each format, a past revision, and everything at once")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string meeting = "minutes/chiangrai-1-2563.meeting.xml";
    for (const char* format : { "docx", "odt", "pdf", "html", "md" }) {
        const std::string file = std::string("meeting.") + format;
        auto exported = user.run({ "-C", "demo", "export", meeting, "--format", format, "-o", user.path(file).string() });
        INFO(format << ": " << exported.err);
        CHECK(exported.exitCode == 0);
        CHECK(std::filesystem::file_size(user.path(file)) > 1000);
    }
    CHECK(readFile(user.path("meeting.pdf")).rfind("%PDF-", 0) == 0);
    CHECK(readFile(user.path("meeting.docx")).rfind("PK", 0) == 0);

    // The agenda as first drafted has no resolutions yet; the final minutes do.
    const std::string meetingLog = user.git("demo", { "log", "--format=%H", "--", meeting });
    const std::string firstDraftRevision = meetingLog.substr(meetingLog.rfind('\n', meetingLog.size() - 2) + 1, 40);
    auto draft = user.run({ "-C", "demo", "export", meeting + "@" + firstDraftRevision, "--format", "md", "-o", "-" });
    REQUIRE(draft.exitCode == 0);
    CHECK(draft.out.find("มติที่ประชุม") == std::string::npos);
    CHECK(readFile(user.path("meeting.md")).find("มติที่ประชุม") != std::string::npos);
    auto thai = user.run({ "-C", "demo", "export", meeting, "--format", "md", "-o", "-", "--thai-digits" });
    CHECK(thai.out.find("ครั้งที่ ๑/๒๕๖๓") != std::string::npos);
    // Thai digits chosen once in the preferences (the GUI's Edit > Preferences writes the same key).
    std::ofstream(user.path("config/settings.json")) << R"({ "author.name": "นางเลขา ทดสอบ",
        "author.email": "lekha@example.invalid", "export.digits": "thai" })";
    auto preferred = user.run({ "-C", "demo", "export", meeting, "--format", "md", "-o", "-" });
    CHECK(preferred.out.find("ครั้งที่ ๑/๒๕๖๓") != std::string::npos);
    auto arabic = user.run({ "-C", "demo", "export", meeting, "--format", "md", "-o", "-", "--arabic-digits" });
    CHECK(arabic.out.find("ครั้งที่ 1/2563") != std::string::npos);

    auto all = user.run({ "-C", "demo", "export", "--all", user.path("out").string(), "--format", "pdf,md" });
    INFO(all.err);
    REQUIRE(all.exitCode == 0);
    CHECK(std::filesystem::exists(user.path("out/minutes/chiangrai-1-2563.pdf")));
    CHECK(std::filesystem::exists(user.path("out/standards/homeless-protection-centre.md")));
    CHECK(std::filesystem::exists(user.path("out/brainstorm/workshop-2561-08-16.pdf")));
    CHECK_FALSE(std::filesystem::exists(user.path("out/minutes/chiangrai-1-2563.docx")));
    CHECK(all.err.find("22/22") != std::string::npos);
    CHECK(std::filesystem::exists(user.path("out/plans/chiangrai-homeless-2563.pdf")));
    CHECK(std::filesystem::exists(user.path("out/committees/chiangrai.pdf")));

    // A standard with the meeting's name in its folder: both are exported, neither overwrites the other
    // (one PDF survived, and the export said nothing).
    REQUIRE(user.run({ "-C", "demo", "new", "standard", "minutes/chiangrai-1-2563", "--title", "มาตรฐานชื่อซ้ำ" }).exitCode == 0);
    auto shared = user.run({ "-C", "demo", "export", "--all", user.path("out2").string(), "--format", "pdf" });
    INFO(shared.err);
    REQUIRE(shared.exitCode == 0);
    CHECK(std::filesystem::exists(user.path("out2/minutes/chiangrai-1-2563.meeting.pdf")));
    CHECK(std::filesystem::exists(user.path("out2/minutes/chiangrai-1-2563.standard.pdf")));
    CHECK_FALSE(std::filesystem::exists(user.path("out2/minutes/chiangrai-1-2563.pdf")));
    CHECK(std::filesystem::exists(user.path("out2/standards/homeless-protection-centre.pdf")));

    auto badFormat = user.run({ "-C", "demo", "export", meeting, "--format", "doc", "-o", "x.doc" });
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.find("ไม่รู้จักรูปแบบ \"doc\"") != std::string::npos);
    auto missing = user.run({ "-C", "demo", "export", "minutes/none.meeting.xml", "--format", "pdf", "-o", "x.pdf" });
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("minutes/none.meeting.xml") != std::string::npos);
    auto noOutput = user.run({ "-C", "demo", "export", meeting, "--format", "pdf" });
    CHECK(noOutput.exitCode == 2);
}

TEST_CASE("cli: the export font follows --font, else the person's preference")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string standard = "standards/homeless-protection-centre.standard.xml";
    auto byDefault = user.run({ "-C", "demo", "export", standard, "--format", "html", "-o", "-" });
    CHECK(byDefault.out.find("font-family: \"TH SarabunPSK\"") != std::string::npos);
    auto chosen = user.run({ "-C", "demo", "export", standard, "--format", "html", "-o", "-", "--font", "TH Sarabun New" });
    CHECK(chosen.out.find("font-family: \"TH Sarabun New\"") != std::string::npos);
    std::ofstream(user.path("config/settings.json"))
        << R"({ "author.name": "x", "author.email": "x@example.invalid", "export.font": "TH SarabunIT๙" })";
    auto preferred = user.run({ "-C", "demo", "export", standard, "--format", "html", "-o", "-" });
    CHECK(preferred.out.find("font-family: \"TH SarabunIT๙\"") != std::string::npos);
}

TEST_CASE("cli: diff shows changed elements and the changed Thai words only")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string standard = "standards/homeless-protection-centre.standard.xml";
    auto words = user.run({ "-C", "demo", "diff", standard, "ร่างที่ 1", "เสนอคณะอนุกรรมการ", "--words" });
    INFO(words.err);
    REQUIRE(words.exitCode == 0);
    // In the reader's language: Thai by default, each element and field under its Thai name.
    CHECK(words.out.find("แก้ไข ตัวชี้วัด 1.2 [ind-staff]\n    ตัวชี้วัด: บุคลากร{+ทุกคน+}ได้รับการพัฒนาศักยภาพและเสริมพลังในการให้บริการ{+อย่างน้อยปีละครั้ง+}\n")
        != std::string::npos);
    CHECK(words.out.find("เพิ่ม ตัวชี้วัด 3.2 [ind-satisfaction]") != std::string::npos);
    CHECK(words.out.find("    ฉบับ: ร่างที่ [-1-]{+2+}") != std::string::npos); // each changed field by its name
    std::ofstream(user.path("config/settings.json"))
        << R"({ "author.name": "x", "author.email": "x@example.invalid", "ui.language": "en" })";
    auto english = user.run({ "-C", "demo", "diff", standard, "ร่างที่ 1", "เสนอคณะอนุกรรมการ", "--words" });
    CHECK(english.out.find("changed indicator 1.2 [ind-staff]\n    Indicator: บุคลากร{+ทุกคน+}ได้รับการพัฒนาศักยภาพและเสริมพลังในการให้บริการ{+อย่างน้อยปีละครั้ง+}\n")
        != std::string::npos);
    CHECK(english.out.find("added indicator 3.2 [ind-satisfaction]") != std::string::npos);
    CHECK(english.out.find("    Version: ร่างที่ [-1-]{+2+}") != std::string::npos);

    auto json = user.run({ "-C", "demo", "diff", standard, "เสนอคณะอนุกรรมการ~1", "เสนอคณะอนุกรรมการ", "--json" });
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.find(R"("change": "added", "id": "ind-satisfaction")") != std::string::npos);

    // Against the working copy when no second revision is given.
    auto none = user.run({ "-C", "demo", "diff", standard, "HEAD" });
    CHECK(none.out.find("working copy\nno changes") != std::string::npos);
    auto bad = user.run({ "-C", "demo", "diff", standard, "ร่างที่ 9" });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.find("unknown revision \"ร่างที่ 9\"") != std::string::npos);
}

TEST_CASE("cli: the word cloud counts the field's terms whole, and a workspace's own terms and stop words")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string session = "brainstorm/workshop-2561-08-16.session.xml";
    auto counted = user.run({ "-C", "demo", "results", session, "--words", "8" });
    INFO(counted.err);
    REQUIRE(counted.exitCode == 0);
    CHECK(counted.out.find("\n4\tผู้รับบริการ\n3\tคืนสู่สังคม\n") != std::string::npos);
    CHECK(counted.out.find("\tผู้รับ\n") == std::string::npos);

    // The committee's own words: "ระบบข้อมูล" is one word to them, "พัฒนา" says nothing.
    writeFile(user.path("demo/.sapha/terms.txt"), "# คำที่ไม่ตัดแยก\nระบบข้อมูล\n");
    writeFile(user.path("demo/.sapha/stop-words.txt"), "พัฒนา\n");
    auto own = user.run({ "-C", "demo", "results", session, "--words", "100" });
    REQUIRE(own.exitCode == 0);
    CHECK(own.out.find("\tระบบข้อมูล\n") != std::string::npos);
    CHECK(own.out.find("\tระบบ\n") == std::string::npos);
    CHECK(own.out.find("\tพัฒนา\n") == std::string::npos);
}

TEST_CASE("cli: search finds Thai words whole across the workspace, as elements, and in the history")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    // "Where did we decide anything about แผนปฏิบัติการ?": the resolution of meeting 1/2563 item 4.1, the
    // action item, the standard's indicator 1.1.
    auto plan = user.run({ "-C", "demo", "search", "แผนปฏิบัติการ" });
    INFO(plan.err);
    REQUIRE(plan.exitCode == 0);
    CHECK(plan.out.find("minutes/chiangrai-1-2563.meeting.xml#item-4-1/resolution  มติวาระ 4.1 — รายงานการประชุม") != std::string::npos);
    CHECK(plan.out.find("#act-plan-2563  งานที่มอบหมาย") != std::string::npos);
    CHECK(plan.out.find("standards/homeless-protection-centre.standard.xml#ind-plan  ตัวชี้วัด 1.1 — ") != std::string::npos);
    CHECK(plan.out.find("«แผนปฏิบัติการ»") != std::string::npos);
    // Only the meetings when asked.
    auto meetings = user.run({ "-C", "demo", "search", "แผนปฏิบัติการ", "--kind", "minutes" });
    CHECK(meetings.out.find("standards/") == std::string::npos);
    CHECK(meetings.out.find("#item-4-1/resolution") != std::string::npos);
    // A word inside another is not a hit, unless asked.
    auto part = user.run({ "-C", "demo", "search", "พึ่ง" });
    CHECK(part.exitCode == 0);
    CHECK(part.out == "ไม่พบ \"พึ่ง\"\n");
    CHECK(user.run({ "-C", "demo", "search", "พึ่ง", "--within" }).out.find("«พึ่ง»") != std::string::npos);
    // With the history: the standard was "ร่างที่ 1" until its second draft.
    auto draft = user.run({ "-C", "demo", "search", "ร่างที่ 1", "--history", "--json" });
    REQUIRE(draft.exitCode == 0);
    CHECK(draft.out.find(R"json("path": "standards/homeless-protection-centre.standard.xml", "document": "มาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง (ร่างที่ 1)", "element": "")json")
        != std::string::npos);
    CHECK(draft.out.find(R"("current": false, "since": {"id": ")") != std::string::npos);
    CHECK(draft.out.find(R"("until": {"id": ")") != std::string::npos);
    CHECK(user.run({ "-C", "demo", "search", "ร่างที่ 1" }).out.find("ไม่พบ") != std::string::npos);
    // Nothing to search for.
    auto empty = user.run({ "-C", "demo", "search", "  " });
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.find("ไม่มีคำให้ค้นหา") != std::string::npos);
}

TEST_CASE("cli: trace tells who wrote an element, when, and the idea or meeting it came from")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    // The workshop's ideas become a standard's indicators, each linked to its idea.
    REQUIRE(user.run({ "-C", "demo", "send", "brainstorm/workshop-2561-08-16.session.xml", "--to",
                  "standards/from-workshop.standard.xml", "--title", "มาตรฐานจากการระดมความคิด" })
                .exitCode == 0);
    const std::string standard = readFile(user.path("demo/standards/from-workshop.standard.xml"));
    std::smatch indicator;
    REQUIRE(std::regex_search(standard, indicator,
        std::regex("<indicator id=\"([^\"]+)\"[^>]*>\\s*<statement>ถอดบทเรียนร่วมกับภาคีเครือข่ายทุกปี</statement>")));
    auto made = user.run({ "-C", "demo", "trace", "standards/from-workshop.standard.xml#" + indicator[1].str() });
    INFO(made.err);
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.rfind("ตัวชี้วัด 4.2 — มาตรฐานจากการระดมความคิด (ร่างที่ 1)\n    ถอดบทเรียนร่วมกับภาคีเครือข่ายทุกปี\n", 0) == 0);
    CHECK(made.out.find("ข้อความนี้เขียนเมื่อ: ") != std::string::npos);
    CHECK(made.out.find("นางเลขา ทดสอบ") != std::string::npos);
    CHECK(made.out.find("มาจาก: brainstorm/workshop-2561-08-16.session.xml#idea-12  ความคิด — ระดมความคิดร่างมาตรฐาน") != std::string::npos);

    // The next meeting (2/2563 of the demo) carried the open action items over; each says which meeting
    // decided it.
    const std::string meeting = readFile(user.path("demo/minutes/chiangrai-2-2563.meeting.xml"));
    std::smatch action;
    REQUIRE(std::regex_search(meeting, action,
        std::regex("<action id=\"([^\"]+)\"[^>]*origin=\"minutes/chiangrai-1-2563.meeting.xml#act-plan-2563\"")));
    auto carried = user.run({ "-C", "demo", "trace", "minutes/chiangrai-2-2563.meeting.xml#" + action[1].str(), "--json" });
    REQUIRE(carried.exitCode == 0);
    CHECK(carried.out.find(R"("origins": [{"relation": "continues", "found": true, "element": {"path": "minutes/chiangrai-1-2563.meeting.xml", "id": "act-plan-2563")")
        != std::string::npos);
    CHECK(carried.out.find(R"("uncommitted": false)") != std::string::npos);

    // A change not committed yet says so; the resolution's text was written by the secretariat in 2563.
    writeFile(user.path("demo/standards/from-workshop.standard.xml"),
        std::regex_replace(standard, std::regex("ถอดบทเรียนร่วมกับภาคีเครือข่ายทุกปี"), "ถอดบทเรียนร่วมกับภาคีเครือข่ายทุกไตรมาส"));
    auto edited = user.run({ "-C", "demo", "trace", "standards/from-workshop.standard.xml#" + indicator[1].str() });
    CHECK(edited.out.find("ข้อความนี้: ยังไม่ได้บันทึกเป็นฉบับ") != std::string::npos);
    auto resolution = user.run({ "-C", "demo", "trace", "minutes/chiangrai-1-2563.meeting.xml#item-4-1/resolution" });
    CHECK(resolution.out.find("ข้อความนี้เขียนเมื่อ: 17/08/2563") != std::string::npos);

    auto missing = user.run({ "-C", "demo", "trace", "minutes/chiangrai-1-2563.meeting.xml#nothing" });
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("เอกสารนี้ไม่มีส่วน \"nothing\" (ส่วนที่มี: meeting,") != std::string::npos);
    CHECK(user.run({ "-C", "demo", "trace", "minutes/chiangrai-1-2563.meeting.xml" }).exitCode == 2);
}

TEST_CASE("cli: restore brings an old version back as a new commit, history intact")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string meeting = "minutes/chiangrai-1-2563.meeting.xml";
    const std::string meetingLog = user.git("demo", { "log", "--format=%H", "--", meeting });
    const std::string firstDraftRevision = meetingLog.substr(meetingLog.rfind('\n', meetingLog.size() - 2) + 1, 40);
    const std::string firstDraft = user.run({ "-C", "demo", "show", meeting + "@" + firstDraftRevision }).out;
    const std::string before = user.git("demo", { "rev-parse", "HEAD" });
    auto restored = user.run({ "-C", "demo", "restore", meeting, firstDraftRevision });
    INFO(restored.err);
    REQUIRE(restored.exitCode == 0);
    // In the reader's language (Thai here), with the version's Buddhist-Era date.
    CHECK(restored.out.find("นำ " + meeting + " ฉบับวันที่ 10/08/2563 14:00 กลับมา") != std::string::npos);
    CHECK(readFile(user.path("demo/" + meeting)) == firstDraft);
    CHECK(user.git("demo", { "rev-parse", "HEAD~1" }) == before); // a new commit on top, nothing rewritten
    auto log = user.run({ "-C", "demo", "log", meeting });
    CHECK(std::count(log.out.begin(), log.out.end(), '\n') == 5);
    auto again = user.run({ "-C", "demo", "restore", meeting, "HEAD" });
    CHECK(again.out.find("อยู่แล้ว") != std::string::npos);
    user.git("demo", { "fsck", "--strict" });
    CHECK(user.git("demo", { "status", "--porcelain" }).empty());
}

TEST_CASE("cli: tag names a version with spaces and Thai, tags and log show it, duplicates are refused")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string meetingHead = user.git("demo", { "log", "-1", "--format=%H", "--", "minutes/chiangrai-1-2563.meeting.xml" }).substr(0, 40);
    auto tagged = user.run({ "-C", "demo", "tag", "รับรองแล้ว ครั้งที่ 2/2563", "-m", "ที่ประชุมรับรองรายงานการประชุม", "--rev", meetingHead });
    INFO(tagged.err);
    REQUIRE(tagged.exitCode == 0);
    auto tags = user.run({ "-C", "demo", "tags", "--json" });
    CHECK(tags.out.find(R"("name": "รับรองแล้ว ครั้งที่ 2/2563", "tag": "รับรองแล้ว-ครั้งที่-2/2563")") != std::string::npos);
    CHECK(tags.out.find("ที่ประชุมรับรองรายงานการประชุม") != std::string::npos);
    CHECK(user.git("demo", { "tag", "-l", "รับรองแล้ว*" }) == "รับรองแล้ว-ครั้งที่-2/2563\n");
    auto log = user.run({ "-C", "demo", "log", "minutes/chiangrai-1-2563.meeting.xml", "-n", "1" });
    // Beside the demo's own milestone, before the meeting that certified the minutes and the action plan that
    // carries on one of their action items.
    CHECK(log.out.find(" — รับรองแล้ว, รับรองแล้ว ครั้งที่ 2/2563; รับรองโดย รายงานการประชุม") != std::string::npos);
    CHECK(log.out.find("; ทำต่อใน แผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563") != std::string::npos);
    // Meeting 2 carries two of its action items on under one agenda item: said once, not twice alike.
    const std::string carried = "ทำต่อใน รายงานการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ครั้งที่ 2/2563, งานที่มอบหมายในระเบียบวาระที่ 3";
    const std::size_t once = log.out.find(carried);
    CHECK(once != std::string::npos);
    CHECK(log.out.find(carried, once + carried.size()) == std::string::npos);
    auto show = user.run({ "-C", "demo", "show", "minutes/chiangrai-1-2563.meeting.xml@รับรองแล้ว ครั้งที่ 2/2563" });
    CHECK(show.exitCode == 0);
    auto duplicate = user.run({ "-C", "demo", "tag", "รับรองแล้ว ครั้งที่ 2/2563" });
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.find("มีฉบับที่ชื่อ") != std::string::npos);
    auto badRev = user.run({ "-C", "demo", "tag", "x", "--rev", "nowhere" });
    CHECK(badRev.exitCode == 1);
}

TEST_CASE("cli: log follows a document across a rename made with git")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    user.git("demo", { "mv", "minutes/chiangrai-1-2563.meeting.xml", "minutes/เชียงราย-1-2563.meeting.xml" });
    user.git("demo", { "-c", "user.name=g", "-c", "user.email=g@example.invalid", "commit", "-qm", "rename" });
    auto log = user.run({ "-C", "demo", "log", "minutes/เชียงราย-1-2563.meeting.xml" });
    INFO(log.out);
    CHECK(std::count(log.out.begin(), log.out.end(), '\n') == 5);
    CHECK(log.out.find("ร่างระเบียบวาระการประชุม ครั้งที่ 1/2563") != std::string::npos);
}

TEST_CASE("cli: log says what each revision changed, with Buddhist-Era or Gregorian dates")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string standard = "standards/homeless-protection-centre.standard.xml";
    auto thai = user.run({ "-C", "demo", "log", standard, "--summary", "--calendar", "buddhist" });
    REQUIRE(thai.exitCode == 0);
    // The named version, and the assessment made against it.
    CHECK(thai.out.find("ใช้ประเมิน ศูนย์คุ้มครองคนไร้ที่พึ่ง (ตัวอย่างการประเมิน))  05/09/2561 10:00") != std::string::npos);
    // Its last version is the source of two of the action plan's indicators.
    CHECK(thai.out.find("; ที่มาของ แผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563, ตัวชี้วัดที่ 1.1.2; ") != std::string::npos);
    // And the national subcommittee approved that version: the end of the workshop's story.
    CHECK(thai.out.find("(เสนอคณะอนุกรรมการ; เห็นชอบโดย รายงานการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่ง ครั้งที่ 4/2561, มติระเบียบวาระที่ 5.1; ")
        != std::string::npos);
    CHECK(thai.out.find("แก้ไขตัวชี้วัดที่ 1.2; แก้ไขตัวชี้วัดที่ 3.1; แก้ไขความเห็น กลุ่มที่ 3; เพิ่มตัวชี้วัดที่ 3.2") != std::string::npos);
    auto gregorian = user.run({ "-C", "demo", "log", standard, "--summary", "--calendar", "gregorian" });
    CHECK(gregorian.out.find("2018-09-05 10:00") != std::string::npos);
    // Without --calendar, the user's own: Buddhist-Era for Thai (the default), Gregorian for English.
    CHECK(user.run({ "-C", "demo", "log", standard }).out.find("05/09/2561 10:00") != std::string::npos);
    // In English when the user works in English.
    std::ofstream(user.path("config/settings.json"))
        << R"({ "author.name": "x", "author.email": "x@example.invalid", "ui.language": "en" })";
    CHECK(user.run({ "-C", "demo", "log", standard }).out.find("2018-09-05 10:00") != std::string::npos);
    auto json = user.run({ "-C", "demo", "log", standard, "--json", "--summary" });
    CHECK(json.out.find(R"("summary": "changed indicator 1.1; changed indicator 1.2; changed indicator 2.1; added indicator 2.3; added comment กลุ่มที่ 3")") != std::string::npos);
    CHECK(json.out.find(R"("names": "ร่างที่ 1")") != std::string::npos);
    auto bad = user.run({ "-C", "demo", "log", standard, "--calendar", "lunar" });
    CHECK(bad.exitCode == 2);
}

TEST_CASE("cli: export --changes-since writes the difference of two versions as tracked changes")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string standard = "standards/homeless-protection-centre.standard.xml";
    auto markdown = user.run({ "-C", "demo", "export", standard + "@เสนอคณะอนุกรรมการ", "--changes-since", "ร่างที่ 1",
        "--format", "md", "-o", "-" });
    INFO(markdown.err);
    REQUIRE(markdown.exitCode == 0);
    CHECK(markdown.out.find("ร่างที่ [-1-]{+2+}") != std::string::npos);
    CHECK(markdown.out.find("{+**ทุกคน**+}") != std::string::npos);
    auto docx = user.run({ "-C", "demo", "export", standard, "--changes-since", "ร่างที่ 1", "--format", "docx", "-o",
        user.path("changes.docx").string() });
    CHECK(docx.exitCode == 0);
    auto badBase = user.run({ "-C", "demo", "export", standard, "--changes-since", "ร่างที่ 7", "--format", "docx", "-o", "x.docx" });
    CHECK(badBase.exitCode == 1);
    CHECK(badBase.err.find("ร่างที่ 7") != std::string::npos);
}

TEST_CASE("cli: a committee's roster, meetings numbered from it, open actions carried over and listed")
{
    CliUser user;
    REQUIRE(user.run({ "init", "ws" }).exitCode == 0);
    auto roster = user.run({ "-C", "ws", "new", "roster", "committees/chiangrai", "--title", "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย" });
    REQUIRE(roster.exitCode == 0);
    CHECK(roster.out == "committees/chiangrai.roster.xml\n");
    // The secretary adds the members (here by editing the file) and commits.
    std::string xml = readFile(user.path("ws/committees/chiangrai.roster.xml"));
    xml.replace(xml.find("<members></members>"), 19,
        "<members><member id=\"m-chair\" role=\"ประธานอนุกรรมการ\"><name>นายภาสกร บุญญลักษม์</name></member>"
        "<member id=\"m-1\" role=\"อนุกรรมการ\"><name>นางสาวหนึ่ง ใจงาม</name></member>"
        "<member id=\"m-sec\" role=\"อนุกรรมการและเลขานุการ\"><name>นางเลขา ช่วยงาน</name></member></members>");
    writeFile(user.path("ws/committees/chiangrai.roster.xml"), xml);
    REQUIRE(user.run({ "-C", "ws", "commit", "committees/chiangrai.roster.xml" }).exitCode == 0);
    CHECK(user.git("ws", { "log", "-1", "--format=%s" }) == "เพิ่มกรรมการ นายภาสกร บุญญลักษม์; เพิ่มกรรมการ นางสาวหนึ่ง ใจงาม; เพิ่มกรรมการ นางเลขา ช่วยงาน\n");

    // The only committee of the workspace: no --committee needed.
    REQUIRE(user.run({ "-C", "ws", "new", "minutes", "minutes/1-2563", "--date", "2020-08-17" }).exitCode == 0);
    std::string first = readFile(user.path("ws/minutes/1-2563.meeting.xml"));
    CHECK(first.find("<committee roster=\"committees/chiangrai.roster.xml\">คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย</committee>") != std::string::npos);
    CHECK(first.find("member=\"m-chair\"") != std::string::npos);
    // An action item decided at the first meeting.
    first.replace(first.find("<title>เรื่องเพื่อพิจารณา</title>"), std::string("<title>เรื่องเพื่อพิจารณา</title>").size(),
        "<title>เรื่องเพื่อพิจารณา</title><resolution>มอบหมายฝ่ายเลขานุการ</resolution>"
        "<action id=\"a-plan\" status=\"open\" due=\"2020-09-30\"><task>จัดทำแผนปฏิบัติการ</task><assignee>ฝ่ายเลขานุการ</assignee></action>");
    writeFile(user.path("ws/minutes/1-2563.meeting.xml"), first);
    REQUIRE(user.run({ "-C", "ws", "commit", "minutes/1-2563.meeting.xml" }).exitCode == 0);

    auto second = user.run({ "-C", "ws", "new", "minutes", "minutes/next", "--committee", "committees/chiangrai.roster.xml", "--date", "2020-10-05" });
    REQUIRE(second.exitCode == 0);
    const std::string next = readFile(user.path("ws/minutes/next.meeting.xml"));
    CHECK(next.find("<number>2</number>") != std::string::npos);
    CHECK(next.find("เรื่องรับรองรายงานการประชุม ครั้งที่ 1/2563") != std::string::npos);
    CHECK(next.find("origin=\"minutes/1-2563.meeting.xml#a-plan\"") != std::string::npos);

    auto open = user.run({ "-C", "ws", "actions", "--open" });
    CHECK(open.exitCode == 0);
    CHECK(open.out.find("เลยกำหนด\t2020-09-30\tฝ่ายเลขานุการ\tจัดทำแผนปฏิบัติการ") != std::string::npos);
    CHECK(open.out.find("ครั้งที่ 1/2563") != std::string::npos);
    auto json = user.run({ "-C", "ws", "actions", "--json" });
    CHECK(json.out.find("\"decided\": \"minutes/1-2563.meeting.xml#a-plan\"") != std::string::npos);
    CHECK(user.run({ "-C", "ws", "actions", "--soon" }).exitCode == 2);
    CHECK(user.run({ "--help" }).out.find("actions [--open]") != std::string::npos);

    // A roster that does not exist, or is malformed, is named.
    auto missing = user.run({ "-C", "ws", "new", "minutes", "minutes/x", "--committee", "committees/none.roster.xml" });
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.find("committees/none.roster.xml") != std::string::npos);
    writeFile(user.path("ws/committees/broken.roster.xml"), "<roster format=\"1\"><committee>x</committee>\n<members><member></members></roster>");
    auto broken = user.run({ "-C", "ws", "new", "minutes", "minutes/y", "--committee", "committees/broken.roster.xml" });
    CHECK(broken.exitCode != 0);
    CHECK(broken.err.find("committees/broken.roster.xml:2") != std::string::npos);
    auto check = user.run({ "-C", "ws", "check", "committees/broken.roster.xml" });
    CHECK(check.exitCode == 1);

    // A second committee: a meeting is no longer taken to be the first one's; the error names both.
    std::string begging = readFile(user.path("ws/committees/chiangrai.roster.xml"));
    begging.replace(begging.find("คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย"),
        std::string("คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย").size(), "คณะอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย");
    std::filesystem::remove(user.path("ws/committees/broken.roster.xml"));
    writeFile(user.path("ws/committees/begging.roster.xml"), begging);
    REQUIRE(user.run({ "-C", "ws", "commit", "committees/begging.roster.xml" }).exitCode == 0);
    auto which = user.run({ "-C", "ws", "new", "minutes", "minutes/which" });
    CHECK(which.exitCode != 0);
    CHECK(which.err.find("--committee") != std::string::npos);
    CHECK(which.err.find("committees/begging.roster.xml (คณะอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย)") != std::string::npos);
    CHECK(which.err.find("committees/chiangrai.roster.xml") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(user.path("ws/minutes/which.meeting.xml")));
    // Named, the meeting is that committee's, whatever title was typed: the roster names the committee.
    auto named = user.run({ "-C", "ws", "new", "minutes", "minutes/begging-1", "--committee", "committees/begging.roster.xml",
        "--title", "ประชุมครั้งแรก", "--date", "2020-08-17" });
    INFO(named.err);
    REQUIRE(named.exitCode == 0);
    const std::string beggingMeeting = readFile(user.path("ws/minutes/begging-1.meeting.xml"));
    CHECK(beggingMeeting.find(">คณะอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย</committee>") != std::string::npos);
    CHECK(beggingMeeting.find("<number>1</number>") != std::string::npos); // its own numbering, not the other's
}

TEST_CASE("cli: frozen minutes are committed again only with the reason for the change")
{
    CliUser user;
    REQUIRE(user.run({ "init", "ws" }).exitCode == 0);
    REQUIRE(user.run({ "-C", "ws", "new", "minutes", "m", "--title", "คณะอนุกรรมการ", "--date", "2020-08-17" }).exitCode == 0);
    std::string xml = readFile(user.path("ws/m.meeting.xml"));
    xml.replace(xml.find("status=\"draft\""), 14, "status=\"frozen\"");
    writeFile(user.path("ws/m.meeting.xml"), xml);
    REQUIRE(user.run({ "-C", "ws", "commit", "m.meeting.xml", "-m", "รับรองแล้ว" }).exitCode == 0);

    xml.replace(xml.find("<start>09.30</start>"), 20, "<start>10.30</start>");
    writeFile(user.path("ws/m.meeting.xml"), xml);
    auto refused = user.run({ "-C", "ws", "commit", "m.meeting.xml" });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("frozen") != std::string::npos);
    CHECK(refused.err.find("-m") != std::string::npos);
    CHECK(user.git("ws", { "log", "-1", "--format=%s" }) == "รับรองแล้ว\n");
    auto explained = user.run({ "-C", "ws", "commit", "m.meeting.xml", "-m", "แก้เวลาเริ่มประชุมตามมติที่ประชุมครั้งที่ 2/2563" });
    CHECK(explained.exitCode == 0);
    CHECK(user.git("ws", { "log", "-1", "--format=%s" }) == "แก้เวลาเริ่มประชุมตามมติที่ประชุมครั้งที่ 2/2563\n");
}

TEST_CASE("cli: each step of the minutes is a named version, and the next meeting certifies them and links to that version")
{
    CliUser user;
    REQUIRE(user.run({ "init", "ws" }).exitCode == 0);
    REQUIRE(user.run({ "-C", "ws", "new", "minutes", "m1", "--title", "คณะอนุกรรมการ", "--date", "2020-08-17" }).exitCode == 0);
    std::string xml = readFile(user.path("ws/m1.meeting.xml"));
    xml.replace(xml.find("status=\"draft\""), 14, "status=\"circulated\"");
    writeFile(user.path("ws/m1.meeting.xml"), xml);
    auto circulated = user.run({ "-C", "ws", "commit", "m1.meeting.xml" });
    REQUIRE(circulated.exitCode == 0);
    const std::string circulatedName = "รายงานการประชุมคณะอนุกรรมการ ครั้งที่ 1/2563 — เวียนให้ตรวจแก้ไข";
    CHECK(circulated.out.find("ตั้งชื่อฉบับ: " + circulatedName) != std::string::npos);
    CHECK(user.run({ "-C", "ws", "tags" }).out.find(circulatedName) != std::string::npos);

    REQUIRE(user.run({ "-C", "ws", "new", "minutes", "m2", "--title", "คณะอนุกรรมการ", "--date", "2020-10-05" }).exitCode == 0);
    const std::string headBefore = user.git("ws", { "rev-parse", "HEAD" });

    // Refused before anything is saved: the wrong order, an unknown file, a missing --at.
    auto backwards = user.run({ "-C", "ws", "certify", "m2.meeting.xml", "--at", "m1.meeting.xml" });
    CHECK(backwards.exitCode == 1);
    CHECK(backwards.err.find("ไม่ได้อยู่หลังการประชุมครั้งที่ 2/2563") != std::string::npos);
    auto unknown = user.run({ "-C", "ws", "certify", "none.meeting.xml", "--at", "m2.meeting.xml" });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.find("none.meeting.xml") != std::string::npos);
    CHECK(user.run({ "-C", "ws", "certify", "m1.meeting.xml" }).exitCode == 2);
    CHECK(user.git("ws", { "rev-parse", "HEAD" }) == headBefore);
    CHECK(user.git("ws", { "status", "--porcelain" }).empty());

    auto certified = user.run({ "-C", "ws", "certify", "m1.meeting.xml", "--at", "m2.meeting.xml" });
    INFO(certified.err);
    REQUIRE(certified.exitCode == 0);
    const std::string certifiedName = "รายงานการประชุมคณะอนุกรรมการ ครั้งที่ 1/2563 — รับรองแล้ว";
    CHECK(certified.out.find(certifiedName) != std::string::npos);
    // Two commits: the certified minutes (named), then the certifying item's link and resolution.
    CHECK(user.git("ws", { "rev-list", "--count", headBefore.substr(0, 40) + "..HEAD" }) == "2\n");
    CHECK(user.git("ws", { "rev-parse", "HEAD~1" }) == user.git("ws", { "rev-parse", "refs/tags/" + std::regex_replace(certifiedName, std::regex(" "), "-") + "^{commit}" }));
    CHECK(readFile(user.path("ws/m1.meeting.xml")).find("status=\"certified\"") != std::string::npos);
    const std::string next = readFile(user.path("ws/m2.meeting.xml"));
    CHECK(next.find("<link relation=\"certifies\" document=\"m1.meeting.xml\" version=\"" + certifiedName + "\">") != std::string::npos);
    CHECK(next.find("<resolution>ที่ประชุมมีมติรับรองรายงานการประชุม ครั้งที่ 1/2563</resolution>") != std::string::npos);
    CHECK(user.run({ "-C", "ws", "check", "m2.meeting.xml" }).exitCode == 0); // the link leads to a real version
    CHECK(user.run({ "-C", "ws", "log", "m1.meeting.xml" }).out.find("รับรองโดย รายงานการประชุมคณะอนุกรรมการ ครั้งที่ 2/2563") != std::string::npos);

    auto again = user.run({ "-C", "ws", "certify", "m1.meeting.xml", "--at", "m2.meeting.xml" });
    CHECK(again.exitCode == 1);
    CHECK(again.err.find("รายงานการประชุมนี้รับรองแล้ว") != std::string::npos);
    CHECK(user.git("ws", { "fsck", "--strict" }).empty());
}

TEST_CASE("cli: an attached file that is missing is an error of check, a present one shows on paper and in its history")
{
    CliUser user;
    REQUIRE(user.run({ "init", "ws" }).exitCode == 0);
    REQUIRE(user.run({ "-C", "ws", "new", "standards", "standards/centre", "--title", "มาตรฐานศูนย์" }).exitCode == 0);
    REQUIRE(user.run({ "-C", "ws", "new", "minutes", "m", "--title", "คณะอนุกรรมการ", "--date", "2020-08-17" }).exitCode == 0);
    std::string xml = readFile(user.path("ws/m.meeting.xml"));
    const std::string title = "<title>เรื่องเพื่อพิจารณา</title>";
    xml.replace(xml.find(title), title.size(), title + "<attachment href=\"attachments/plan-2563.pdf\">แผนปฏิบัติการ</attachment>"
        "<attachment href=\"standards/centre.standard.xml\">ร่างมาตรฐาน</attachment><resolution>เห็นชอบ</resolution>");
    writeFile(user.path("ws/m.meeting.xml"), xml);
    auto missing = user.run({ "-C", "ws", "check", "m.meeting.xml" });
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.find("เอกสารประกอบระเบียบวาระที่ 5 แนบ attachments/plan-2563.pdf ซึ่งไม่มีในพื้นที่ทำงาน") != std::string::npos);

    std::filesystem::create_directories(user.path("ws/attachments"));
    writeFile(user.path("ws/attachments/plan-2563.pdf"), "%PDF-1.4\n");
    CHECK(user.run({ "-C", "ws", "check", "m.meeting.xml" }).exitCode == 0);
    REQUIRE(user.run({ "-C", "ws", "commit", "m.meeting.xml" }).exitCode == 0);
    auto paper = user.run({ "-C", "ws", "export", "m.meeting.xml", "--format", "md", "-o", "-" });
    CHECK(paper.out.find("เอกสารประกอบ: แผนปฏิบัติการ (attachments/plan-2563.pdf)") != std::string::npos);
    CHECK(user.run({ "-C", "ws", "log", "standards/centre.standard.xml" }).out.find("แนบใน รายงานการประชุมคณะอนุกรรมการ ครั้งที่ 1/2563")
        != std::string::npos);
}

TEST_CASE("cli: a resolution that approves a named version of a standard shows in both documents, and a broken link is an error")
{
    CliUser user;
    REQUIRE(user.run({ "init", "ws" }).exitCode == 0);
    REQUIRE(user.run({ "-C", "ws", "new", "standards", "standards/centre", "--title", "มาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง" }).exitCode == 0);
    REQUIRE(user.run({ "-C", "ws", "tag", "เสนอคณะอนุกรรมการ" }).exitCode == 0);
    REQUIRE(user.run({ "-C", "ws", "new", "minutes", "minutes/2-2563", "--title", "คณะอนุกรรมการ", "--date", "2020-10-05" }).exitCode == 0);
    std::string xml = readFile(user.path("ws/minutes/2-2563.meeting.xml"));
    const std::string title = "<title>เรื่องเพื่อพิจารณา</title>";
    xml.replace(xml.find(title), title.size(),
        title + "<resolution>เห็นชอบร่างมาตรฐาน</resolution>"
                "<link relation=\"approves\" document=\"standards/centre.standard.xml\" version=\"เสนอคณะอนุกรรมการ\"></link>");
    writeFile(user.path("ws/minutes/2-2563.meeting.xml"), xml);
    REQUIRE(user.run({ "-C", "ws", "commit", "minutes/2-2563.meeting.xml" }).exitCode == 0);

    auto check = user.run({ "-C", "ws", "check", "minutes/2-2563.meeting.xml" }); // the link leads somewhere
    CHECK(check.exitCode == 0);
    auto log = user.run({ "-C", "ws", "log", "standards/centre.standard.xml" });
    CHECK(log.out.find("เสนอคณะอนุกรรมการ; เห็นชอบโดย รายงานการประชุมคณะอนุกรรมการ ครั้งที่ 1/2563, มติระเบียบวาระที่ 5")
        != std::string::npos);
    auto paper = user.run({ "-C", "ws", "export", "minutes/2-2563.meeting.xml", "--format", "md", "-o", "-" });
    CHECK(paper.out.find("(เห็นชอบ standards/centre.standard.xml ฉบับ “เสนอคณะอนุกรรมการ”)") != std::string::npos);

    // A version nobody named is refused by check, with the element that refers to it.
    xml.replace(xml.find("version=\"เสนอคณะอนุกรรมการ\""), std::string("version=\"เสนอคณะอนุกรรมการ\"").size(), "version=\"ร่างที่ 9\"");
    writeFile(user.path("ws/minutes/2-2563.meeting.xml"), xml);
    auto broken = user.run({ "-C", "ws", "check", "minutes/2-2563.meeting.xml" });
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.find("มติระเบียบวาระที่ 5 เห็นชอบ standards/centre.standard.xml ฉบับ \"ร่างที่ 9\" ซึ่งไม่มีฉบับที่ตั้งชื่อนี้")
        != std::string::npos);
    std::string bad = xml;
    bad.replace(bad.find("relation=\"approves\""), 19, "relation=\"likes\"");
    writeFile(user.path("ws/minutes/2-2563.meeting.xml"), bad);
    auto refused = user.run({ "-C", "ws", "check", "minutes/2-2563.meeting.xml" });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("minutes/2-2563.meeting.xml:") != std::string::npos);
}

TEST_CASE("cli: an assessment made against a named version of a standard, checked, exported, and shown in the standard's history")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string standard = "standards/homeless-protection-centre.standard.xml";
    auto created = user.run({ "-C", "demo", "new", "assessment", "standards/assessments/chiangrai", "--title",
        "ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย", "--standard", standard + "@เสนอคณะอนุกรรมการ", "--date", "2020-10-01" });
    INFO(created.err);
    REQUIRE(created.exitCode == 0);
    CHECK(created.out == "standards/assessments/chiangrai.assessment.xml\n");
    const std::string path = "standards/assessments/chiangrai.assessment.xml";
    const std::string xml = readFile(user.path("demo/" + path));
    CHECK(xml.find("<standard path=\"" + standard + "\" version=\"เสนอคณะอนุกรรมการ\">") != std::string::npos);
    CHECK(xml.find("<result") == std::string::npos); // nothing scored yet

    // Unscored indicators are warnings: check passes, and says how many.
    auto check = user.run({ "-C", "demo", "check", path });
    CHECK(check.exitCode == 0);
    CHECK(check.out.find("ตัวชี้วัดที่ 3.2 ยังไม่ได้ให้คะแนน") != std::string::npos);
    // The blank form exports; the standard's history names the assessment beside the version.
    auto paper = user.run({ "-C", "demo", "export", path, "--format", "md", "-o", "-" });
    CHECK(paper.out.find("แบบประเมินตนเอง") != std::string::npos);
    CHECK(paper.out.find("สรุปผลการประเมิน") != std::string::npos);
    CHECK(user.run({ "-C", "demo", "log", standard }).out.find("ใช้ประเมิน ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย") != std::string::npos);

    // A version that does not exist, or no version at all, is refused and nothing is created.
    auto missing = user.run({ "-C", "demo", "new", "assessment", "x", "--standard", standard + "@ร่างที่ 9" });
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("ร่างที่ 9") != std::string::npos);
    CHECK(user.run({ "-C", "demo", "new", "assessment", "y", "--standard", standard }).exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(user.path("demo/x.assessment.xml")));

    // A result its scheme cannot take is an error of check, with the indicator.
    std::string scored = xml;
    const std::string anchor = "</statement>";
    scored.insert(scored.find(anchor) + anchor.size(), "<result level=\"9\"></result>");
    writeFile(user.path("demo/" + path), scored);
    auto bad = user.run({ "-C", "demo", "check", path });
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.find("ตัวชี้วัดที่ 1.1: ระดับ 9 ไม่ใช่ระดับหนึ่งของตัวชี้วัดนี้") != std::string::npos);
    // A reference to a version nobody named is an error too.
    std::string unnamed = xml;
    unnamed.replace(unnamed.find("version=\"เสนอคณะอนุกรรมการ\""), std::string("version=\"เสนอคณะอนุกรรมการ\"").size(), "version=\"ร่างที่ 9\"");
    writeFile(user.path("demo/" + path), unnamed);
    auto broken = user.run({ "-C", "demo", "check", path });
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.find(path + ": ข้อผิดพลาด: ประเมินตาม " + standard + " ฉบับ \"ร่างที่ 9\" ซึ่งไม่มีฉบับที่ตั้งชื่อนี้") != std::string::npos);
}

TEST_CASE("cli: send puts a session's clusters and ideas into a standard, each indicator linked back to its idea")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string session = "brainstorm/workshop-2561-08-16.session.xml";
    auto sent = user.run({ "-C", "demo", "send", session, "--to", "standards/from-workshop.standard.xml", "--title", "ร่างจากการระดมความคิด" });
    INFO(sent.err);
    REQUIRE(sent.exitCode == 0);
    const std::string xml = readFile(user.path("demo/standards/from-workshop.standard.xml"));
    CHECK(xml.find("<title>ร่างจากการระดมความคิด</title>") != std::string::npos);
    // Every idea of the session is there once, with its source; the most voted idea leads its component.
    const std::string sessionXml = readFile(user.path("demo/" + session));
    const std::regex ideaId("<idea id=\"([^\"]+)\"");
    int ideas = 0;
    for (auto it = std::sregex_iterator(sessionXml.begin(), sessionXml.end(), ideaId); it != std::sregex_iterator(); ++it) {
        ++ideas;
        const std::string source = "<source>" + session + "#" + (*it)[1].str() + "</source>";
        CHECK_MESSAGE(xml.find(source) != std::string::npos, source);
    }
    CHECK(ideas > 0);
    CHECK(sent.out.find(std::to_string(ideas) + " รายการ") != std::string::npos);
    // Under each component, printed in every export: where it came from in words, not a file path.
    std::smatch topic;
    REQUIRE(std::regex_search(sessionXml, topic, std::regex("<topic>([^<]+)</topic>")));
    CHECK(xml.find("<description>จากการระดมความคิด \u201c" + topic[1].str() + "\u201d</description>") != std::string::npos);
    CHECK(xml.find("<description>จาก brainstorm/") == std::string::npos);
    CHECK(user.git("demo", { "log", "-1", "--format=%s" }).find("จากการระดมความคิด") == 0);
    CHECK(user.run({ "-C", "demo", "check", "standards/from-workshop.standard.xml" }).exitCode == 0); // warnings: criteria to write

    // Into an existing standard: what it had stays, the outline is added after it.
    const std::string standard = "standards/homeless-protection-centre.standard.xml";
    const std::string before = readFile(user.path("demo/" + standard));
    REQUIRE(user.run({ "-C", "demo", "send", session, "--to", standard }).exitCode == 0);
    const std::string after = readFile(user.path("demo/" + standard));
    for (const char* kept : { "comp-management", "comp-service", "comp-outcome", "ind-plan", "ind-satisfaction" })
        CHECK(after.find(kept) != std::string::npos);
    CHECK(after.size() > before.size());

    // A kind that gives no outline, or a target that takes none, is refused; nothing is committed.
    const std::string head = user.git("demo", { "rev-parse", "HEAD" });
    CHECK(user.run({ "-C", "demo", "send", "minutes/chiangrai-1-2563.meeting.xml", "--to", "standards/x.standard.xml" }).exitCode == 1);
    CHECK(user.run({ "-C", "demo", "send", session, "--to", "minutes/x.meeting.xml" }).exitCode == 1);
    CHECK(user.run({ "-C", "demo", "send", session }).exitCode == 2);
    CHECK(user.git("demo", { "rev-parse", "HEAD" }) == head);
}

TEST_CASE("cli: check names an element id used twice (a document edited by hand)")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "ws", "--quiet" }).exitCode == 0);
    const std::filesystem::path file = user.path("ws/standards/homeless-protection-centre.standard.xml");
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    in.close();
    const std::size_t at = text.find("id=\"ind-staff\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 14, "id=\"ind-plan\"");
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    auto check = user.run({ "-C", "ws", "check", "standards/homeless-protection-centre.standard.xml" });
    CHECK(check.exitCode == 1);
    CHECK(check.out.find("ข้อผิดพลาด: รหัส \"ind-plan\" ถูกใช้กับมากกว่าหนึ่งส่วน") != std::string::npos);
}

TEST_CASE("cli: over-long names, links out of the workspace, devices, control characters and huge files are refused, never a crash")
{
    CliUser user;
    user.speak("en"); // the reasons in English words (the Thai ones: "errors speak the reader's language")
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string before = user.git("demo", { "rev-parse", "HEAD" });

    // A name of 300 bytes: refused with the reason (it ended in std::filesystem_error, exit 134).
    const std::string longName = "standards/" + std::string(300, 'a') + ".standard.xml";
    auto made = user.run({ "-C", "demo", "new", "standard", longName });
    CHECK(made.exitCode == 1);
    CHECK(made.err.find("longer than 255 bytes") != std::string::npos);
    auto logged = user.run({ "-C", "demo", "log", longName });
    CHECK(logged.exitCode == 1);
    CHECK(logged.err.find("longer than 255 bytes") != std::string::npos);

    // A folder of the workspace that is a link to elsewhere: nothing is written there.
    std::filesystem::create_directories(user.path("outside"));
    std::filesystem::create_directory_symlink(user.path("outside"), user.path("demo/standards/linked"));
    auto through = user.run({ "-C", "demo", "new", "standard", "standards/linked/x.standard.xml" });
    CHECK(through.exitCode == 1);
    CHECK(through.err.find("symbolic link (standards/linked)") != std::string::npos);
    CHECK(std::filesystem::is_empty(user.path("outside")));

    // A file that is a link to a file outside: not committed, not read.
    std::ofstream(user.path("outside/secret.standard.xml")) << "<standard format=\"1\"></standard>";
    std::filesystem::create_symlink(user.path("outside/secret.standard.xml"), user.path("demo/standards/secret.standard.xml"));
    auto committed = user.run({ "-C", "demo", "commit", "standards/secret.standard.xml", "-m", "x" });
    CHECK(committed.exitCode == 1);
    CHECK(committed.err.find("symbolic link") != std::string::npos);

    // A link to a device: refused at once instead of read without end.
    std::filesystem::create_symlink("/dev/zero", user.path("demo/minutes/zero.meeting.xml"));
    auto checked = user.run({ "-C", "demo", "check", "minutes/zero.meeting.xml" });
    CHECK(checked.exitCode == 1);
    CHECK(checked.err.find("symbolic link") != std::string::npos);

    // A line break or a tab in a name would split `list`; bytes that are not UTF-8 break its JSON.
    CHECK(user.run({ "-C", "demo", "new", "standard", "standards/two\nlines" }).err.find("control character") != std::string::npos);
    CHECK(user.run({ "-C", "demo", "new", "standard", "standards/tab\there" }).err.find("control character") != std::string::npos);
    CHECK(user.run({ "-C", "demo", "new", "standard", std::string("standards/bad\xE0\xB8") }).err.find("not valid UTF-8") != std::string::npos);

    // A 40 MB "document": over the limit, nothing committed.
    {
        std::ofstream big(user.path("demo/minutes/big.meeting.xml"));
        big << std::string(40u * 1024 * 1024, 'x');
    }
    auto huge = user.run({ "-C", "demo", "commit", "minutes/big.meeting.xml", "-m", "big" });
    CHECK(huge.exitCode == 1);
    CHECK(huge.err.find("over the 32 MB a document may have") != std::string::npos);

    // A live session on every network at once, or with a code a phone cannot type: refused before it starts.
    auto everywhere = user.run({ "-C", "demo", "serve", "brainstorm/workshop-2561-08-16.session.xml", "--lan", "0.0.0.0" });
    CHECK(everywhere.exitCode == 2);
    CHECK(everywhere.err.find("not every network at once") != std::string::npos);
    auto quoted = user.run({ "-C", "demo", "serve", "brainstorm/workshop-2561-08-16.session.xml", "--code", "12\"34" });
    CHECK(quoted.exitCode == 1);
    CHECK(quoted.err.find("6 to 12 digits") != std::string::npos);

    CHECK(user.git("demo", { "rev-parse", "HEAD" }) == before); // nothing of it was committed
}

TEST_CASE("cli: a meeting's date is taken as people write it and kept Gregorian, an impossible one refused")
{
    CliUser user;
    REQUIRE(user.run({ "init", "ws" }).exitCode == 0);
    // "2563-08-17" was taken as Gregorian: the minutes said 3106 (issue of the secretary's desktop).
    const char* const ways[] = { "17 สิงหาคม 2563", "17/8/2563", "2563-08-17", "2020-08-17" };
    int n = 0;
    for (const char* way : ways) {
        const std::string path = "minutes/m" + std::to_string(++n);
        auto created = user.run({ "-C", "ws", "new", "minutes", path, "--title", "คณะอนุกรรมการ", "--date", way });
        INFO(way << ": " << created.err);
        REQUIRE(created.exitCode == 0);
        auto shown = user.run({ "-C", "ws", "show", path + ".meeting.xml@HEAD" });
        CHECK(shown.out.find("<date>2020-08-17</date>") != std::string::npos);
    }
    auto refused = user.run({ "-C", "ws", "new", "minutes", "minutes/bad", "--title", "คณะอนุกรรมการ", "--date", "31/9/2563" });
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.find("ไม่มีวันนี้ในปฏิทิน") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(user.path("ws/minutes/bad.meeting.xml")));
    auto era = user.run({ "-C", "ws", "new", "minutes", "minutes/bad", "--title", "คณะอนุกรรมการ", "--date", "17/8/3106" });
    CHECK(era.exitCode != 0);
    CHECK(era.err.find("พุทธศักราช") != std::string::npos);
}

TEST_CASE("cli: a plan from the meeting's action item, its quarters reported, its table as CSV")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    // Started from the second task the meeting gave the secretariat, named after it in plans/.
    auto created = user.run({ "-C", "demo", "new", "plan", "--from", "minutes/chiangrai-1-2563.meeting.xml#act-integration",
        "--date", "2020-08-25" });
    INFO(created.err);
    REQUIRE(created.exitCode == 0);
    const std::string path = created.out.substr(0, created.out.find('\n'));
    CHECK(path.starts_with("plans/เพิ่มเติมขั้นตอนการบูรณาการ"));
    const std::string xml = readFile(user.path("demo/" + path));
    CHECK(xml.find(R"(<origin action="minutes/chiangrai-1-2563.meeting.xml#act-integration">)") != std::string::npos);
    CHECK(xml.find(R"(<committee roster="committees/chiangrai.roster.xml">คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย</committee>)")
        != std::string::npos);
    CHECK(xml.find("<fiscal-year>2563</fiscal-year>") != std::string::npos);
    // The meeting's history shows the plan carrying on its action item.
    auto meetingLog = user.run({ "-C", "demo", "log", "minutes/chiangrai-1-2563.meeting.xml", "-n", "1" });
    CHECK(meetingLog.out.find("ทำต่อใน") != std::string::npos);
    auto wrong = user.run({ "-C", "demo", "new", "plan", "--from", "minutes/chiangrai-1-2563.meeting.xml#act-nothing" });
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.find("การประชุมนี้ไม่มีงานที่มอบหมาย \"act-nothing\"") != std::string::npos);

    // The first quarter of fiscal 2564 reported, by the numbers the paper shows; then updated.
    const std::string plan = "plans/chiangrai-homeless-2563.plan.xml";
    const std::string head = user.git("demo", { "rev-parse", "HEAD" });
    auto early = user.run({ "-C", "demo", "progress", plan, "--quarter", "4", "--date", "15/6/2563", "--result", "1.1.1=10" });
    CHECK(early.exitCode == 1); // dated before its quarter began: refused, nothing committed
    CHECK(early.err.find("ก่อนไตรมาสเริ่ม (2020-07-01)") != std::string::npos);
    CHECK(user.git("demo", { "rev-parse", "HEAD" }) == head);
    auto unknown = user.run({ "-C", "demo", "progress", plan, "--quarter", "4", "--result", "9.9.9=1" });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("แผนไม่มีตัวชี้วัด \"9.9.9\"") != std::string::npos);
    auto updated = user.run({ "-C", "demo", "progress", plan, "--quarter", "4", "--date", "2020-10-06", "--result", "1.1.1=99",
        "--spent", "1.1=16000", "--next", "ขยายผลสู่อำเภอเชียงแสน" });
    INFO(updated.err);
    REQUIRE(updated.exitCode == 0);
    CHECK(updated.out == "รายงานผลการดำเนินงาน ไตรมาสที่ 4 (ก.ค.–ก.ย. 2563)\n");
    CHECK(user.git("demo", { "log", "-1", "--format=%s" }) == "รายงานผลการดำเนินงาน ไตรมาสที่ 4 (ก.ค.–ก.ย. 2563)\n");
    const std::string after = readFile(user.path("demo/" + plan));
    CHECK(after.find(R"(<result indicator="ind-helped" value="99"></result>)") != std::string::npos);
    CHECK(after.find(R"(<spent project="prj-outreach" amount="16000"></spent>)") != std::string::npos);
    CHECK(after.find("<next>ขยายผลสู่อำเภอเชียงแสน</next>") != std::string::npos);
    CHECK(after.find("<problems>การติดตามคนไร้ที่พึ่ง") != std::string::npos); // not given: kept
    CHECK(user.run({ "-C", "demo", "check", plan }).exitCode == 0);

    auto csv = user.run({ "-C", "demo", "plan-csv", plan });
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.starts_with("\xEF\xBB\xBFลำดับ,แนวทาง,"));
    CHECK(std::count(csv.out.begin(), csv.out.end(), '\r') == 8); // the head and seven projects
    CHECK(user.run({ "-C", "demo", "plan-csv", "minutes/chiangrai-1-2563.meeting.xml" }).exitCode == 1);
}

TEST_CASE("cli: the next meeting reads the plan's latest quarter, and adopting the plan closes its action item")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string task = "จัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563";
    const std::string path = "minutes/chiangrai-2-2563.meeting.xml";
    // The demo's story: meeting 2/2563 adopted the plan, so its action item is done.
    auto story = user.run({ "-C", "demo", "actions" });
    CHECK(story.out.find("เสร็จแล้ว\t-\tฝ่ายเลขานุการ\t" + task) != std::string::npos);
    const std::string demoMeeting = readFile(user.path("demo/" + path));
    const std::size_t arisingAt = demoMeeting.find("<text>", demoMeeting.find("<title>เรื่องสืบเนื่อง</title>"));
    const std::string demoReport = demoMeeting.substr(arisingAt, demoMeeting.find("</text>", arisingAt) - arisingAt);

    // Back to the day before meeting 2/2563 was drafted: the meeting taken out of the workspace.
    user.git("demo", { "rm", "-q", path });
    user.git("demo", { "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "without 2/2563" });
    auto before = user.run({ "-C", "demo", "actions", "--open" });
    REQUIRE(before.exitCode == 0);
    CHECK(before.out.find(task) != std::string::npos);

    auto created = user.run({ "-C", "demo", "new", "minutes", "minutes/chiangrai-2-2563", "--committee",
        "committees/chiangrai.roster.xml", "--date", "20/10/2563" });
    INFO(created.err);
    REQUIRE(created.exitCode == 0);
    std::string xml = readFile(user.path("demo/" + path));
    // The demo's meeting holds what Sapha writes itself.
    CHECK(xml.find(demoReport) != std::string::npos);
    // Under "เรื่องสืบเนื่อง": the plan's report of its fourth quarter, the plan attached.
    CHECK(xml.find("บรรลุค่าเป้าหมาย 3 จาก 8 ตัวชี้วัด ใช้งบประมาณแล้ว 38,000 บาท") != std::string::npos);
    CHECK(xml.find(R"(<attachment href="plans/chiangrai-homeless-2563.plan.xml">แผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563</attachment>)")
        != std::string::npos);
    auto paper = user.run({ "-C", "demo", "export", path, "--format", "md", "-o", "-" });
    CHECK(paper.out.find("บรรลุค่าเป้าหมาย 3 จาก 8 ตัวชี้วัด") != std::string::npos);

    // The meeting adopts the plan as proposed: a resolution that approves its named version.
    const std::string resolution = "<resolution>เห็นชอบแผนปฏิบัติการ</resolution>\n"
                                   "      <link relation=\"approves\" document=\"plans/chiangrai-homeless-2563.plan.xml\" "
                                   "version=\"แผนปฏิบัติการ 2563 เสนอคณะอนุกรรมการ\"></link>\n";
    const std::size_t item = xml.find("<title>เรื่องเพื่อพิจารณา</title>");
    REQUIRE(item != std::string::npos);
    xml.insert(xml.find('\n', item) + 1, "      " + resolution);
    writeFile(user.path("demo/" + path), xml);
    auto committed = user.run({ "-C", "demo", "commit", path, "-m", "มติเห็นชอบแผนปฏิบัติการ" });
    INFO(committed.err);
    REQUIRE(committed.exitCode == 0);
    auto after = user.run({ "-C", "demo", "actions", "--open" });
    CHECK(after.out.find(task) == std::string::npos); // closed by the adoption
    CHECK(after.out.find("เพิ่มเติมขั้นตอนการบูรณาการ") != std::string::npos); // the other is still open
    // The plan's history shows the approval.
    auto log = user.run({ "-C", "demo", "log", "plans/chiangrai-homeless-2563.plan.xml" });
    CHECK(log.out.find("เห็นชอบโดย รายงานการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ครั้งที่ 2/2563") != std::string::npos);
}

TEST_CASE("cli: a plan's quarterly report exports on its own, and an unknown part is refused naming those there are")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const std::string plan = "plans/chiangrai-homeless-2563.plan.xml";
    auto report = user.run({ "-C", "demo", "export", plan, "--part", "q4", "--format", "md", "-o", "-" });
    INFO(report.err);
    REQUIRE(report.exitCode == 0);
    // The report alone: its quarter, to whom, the summary in two figures, the table, the reporter's line.
    CHECK(report.out.find("รายงานผลการดำเนินงาน ไตรมาสที่ 4") != std::string::npos);
    CHECK(report.out.find("คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย") != std::string::npos);
    CHECK(report.out.find("บรรลุค่าเป้าหมาย 3 จาก 8 ตัวชี้วัด ใช้งบประมาณแล้ว 38,000 จาก 270,000 บาท") != std::string::npos);
    CHECK(report.out.find("ปัญหาอุปสรรค") != std::string::npos);
    CHECK(report.out.find("ผู้รายงาน") != std::string::npos);
    // Not the plan table: no month columns, no process steps.
    CHECK(report.out.find("ระยะเวลาดำเนินการ") == std::string::npos);
    CHECK(report.out.find("ขั้นตอนการดำเนินงาน") == std::string::npos);
    auto whole = user.run({ "-C", "demo", "export", plan, "--format", "md", "-o", "-" });
    CHECK(whole.out.find("ระยะเวลาดำเนินการ") != std::string::npos);

    auto pdf = user.run({ "-C", "demo", "export", plan, "--part", "q4", "--format", "pdf", "-o", user.path("q4.pdf").string() });
    REQUIRE(pdf.exitCode == 0);
    CHECK(readFile(user.path("q4.pdf")).rfind("%PDF", 0) == 0);

    auto unknown = user.run({ "-C", "demo", "export", plan, "--part", "q1", "--format", "md", "-o", "-" });
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.find("no part \"q1\"") != std::string::npos);
    CHECK(unknown.err.find("q4 (Progress report, Quarter 4") != std::string::npos);
    auto none = user.run({ "-C", "demo", "export", "minutes/chiangrai-1-2563.meeting.xml", "--part", "q4", "--format", "md", "-o", "-" });
    CHECK(none.exitCode != 0);
    CHECK(none.err.find("this document has none") != std::string::npos);
    auto withAll = user.run({ "-C", "demo", "export", "--all", user.path("out").string(), "--part", "q4" });
    CHECK(withAll.exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(user.path("out")));
}

TEST_CASE("cli: among the demo's three committees a new meeting says whose it is and follows that committee")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    auto which = user.run({ "-C", "demo", "new", "minutes", "minutes/which" });
    CHECK(which.exitCode != 0);
    for (const char* committee : { "คณะอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย", "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย",
             "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่ง)" })
        CHECK(which.err.find(committee) != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(user.path("demo/minutes/which.meeting.xml")));

    // The begging-control subcommittee's second meeting: its number, its six headings, its open item carried.
    auto begging = user.run({ "-C", "demo", "new", "minutes", "minutes/begging-2", "--committee",
        "committees/chiangrai-begging.roster.xml", "--date", "2020-10-20" });
    INFO(begging.err);
    REQUIRE(begging.exitCode == 0);
    const std::string xml = readFile(user.path("demo/minutes/begging-2.meeting.xml"));
    CHECK(xml.find("<committee roster=\"committees/chiangrai-begging.roster.xml\">คณะอนุกรรมการควบคุมการขอทานจังหวัดเชียงราย</committee>")
        != std::string::npos);
    CHECK(xml.find("<number>2</number>") != std::string::npos);
    CHECK(xml.find("<title>เรื่องเพื่อทราบ</title>") != std::string::npos);
    CHECK(xml.find("จัดทำแผนการออกตรวจร่วมเพื่อจัดระเบียบการขอทาน") != std::string::npos);
    CHECK(xml.find("จัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่ง") == std::string::npos); // not the other committee's

    // The national subcommittee's next meeting is its fifth of 2561.
    auto national = user.run({ "-C", "demo", "new", "minutes", "minutes/national-5", "--committee",
        "committees/national-homeless.roster.xml", "--date", "2018-12-18" });
    REQUIRE(national.exitCode == 0);
    const std::string next = readFile(user.path("demo/minutes/national-5.meeting.xml"));
    CHECK(next.find("<number>5</number>") != std::string::npos);
    CHECK(next.find("<year>2561</year>") != std::string::npos);
    CHECK(next.find("แจ้งศูนย์คุ้มครองคนไร้ที่พึ่งทุกแห่งนำมาตรฐานไปใช้ในการประเมินตนเอง") != std::string::npos);
}

namespace {

std::size_t packsIn(const std::filesystem::path& workspace)
{
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(workspace / ".git" / "objects" / "pack"))
        count += entry.path().extension() == ".idx";
    return count;
}

// The fold lock as any program takes it (flock on .git/sapha/fold.lock), held while this lives.
class HeldFoldLock {
public:
    explicit HeldFoldLock(const std::filesystem::path& workspace)
    {
        std::filesystem::create_directories(workspace / ".git" / "sapha");
        m_fd = ::open((workspace / ".git" / "sapha" / "fold.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        REQUIRE(m_fd >= 0);
        REQUIRE(::flock(m_fd, LOCK_EX | LOCK_NB) == 0);
    }
    ~HeldFoldLock() { ::close(m_fd); }
    HeldFoldLock(const HeldFoldLock&) = delete;
    HeldFoldLock& operator=(const HeldFoldLock&) = delete;

private:
    int m_fd = -1;
};

} // namespace

TEST_CASE("cli: a command's save that finds many packs hands the fold to a program of its own and returns at once")
{
    CliUser user;
    user.speak("en");
    REQUIRE(user.run({ "init", "ws" }).exitCode == 0);
    // Fifty packs, as fifty saves leave them (made by git itself: a commit, then its objects packed).
    for (int i = 0; i < 50; ++i) {
        writeFile(user.path("ws/notes.txt"), "note " + std::to_string(i) + "\n");
        user.git("ws", { "add", "notes.txt" });
        user.git("ws", { "-c", "gc.auto=0", "commit", "-q", "-m", "note " + std::to_string(i) });
        user.git("ws", { "-c", "gc.auto=0", "repack", "-q" });
    }
    REQUIRE(packsIn(user.path("ws")) >= 50);

    {
        // Another fold under way (its lock held): the save starts none, and nothing is folded twice.
        HeldFoldLock folding(user.path("ws"));
        auto saved = user.run({ "-C", "ws", "tag", "while folding" });
        INFO(saved.err);
        REQUIRE(saved.exitCode == 0);
        auto busy = user.run({ "-C", "ws", "maintain" });
        CHECK(busy.exitCode == 1);
        CHECK(busy.err.find("another program is folding") != std::string::npos);
        CHECK(busy.err.find("fold.lock") != std::string::npos);
        auto automatic = user.run({ "-C", "ws", "maintain", "--auto" });
        CHECK(automatic.exitCode == 0);
        CHECK(automatic.out.empty());
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        CHECK(packsIn(user.path("ws")) >= 50); // before, the command folded on a thread it then waited for
    }

    // The lock let go: the next save hands the fold to `maintain --auto`, which folds on after the
    // command has returned (its output closed: runProcess read it to its end).
    auto saved = user.run({ "-C", "ws", "tag", "after the fold" });
    INFO(saved.err);
    REQUIRE(saved.exitCode == 0);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (packsIn(user.path("ws")) >= 50 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(packsIn(user.path("ws")) < 50);
    // The fold lost nothing: every commit and both named versions, and git finds no fault.
    auto waitForFold = [&] {
        for (int tries = 0; tries < 600; ++tries) {
            const int fd = ::open((user.path("ws") / ".git" / "sapha" / "fold.lock").c_str(), O_RDWR | O_CLOEXEC);
            const bool free = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
            if (fd >= 0)
                ::close(fd);
            if (free)
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    };
    waitForFold();
    user.git("ws", { "fsck", "--strict" });
    CHECK(user.git("ws", { "rev-list", "--count", "HEAD" }) == "51\n");
    CHECK(user.git("ws", { "tag", "-l" }) == "after-the-fold\nwhile-folding\n");

    // A person may fold by hand too.
    REQUIRE(user.run({ "-C", "ws", "tag", "one more" }).exitCode == 0);
    auto folded = user.run({ "-C", "ws", "maintain" });
    INFO(folded.err);
    CHECK(folded.exitCode == 0);
    CHECK(folded.out.find("packs into one") != std::string::npos);
    CHECK(packsIn(user.path("ws")) == 1);
    auto nothing = user.run({ "-C", "ws", "maintain" });
    CHECK(nothing.out == "nothing to fold\n");
}

TEST_CASE("cli: a command loads only the libraries it needs: list and log no plugin and no ICU, a Thai date ICU")
{
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    // As if saved an hour ago: a file changed in the last two seconds is read again every time.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(user.path("demo")))
        if (entry.is_regular_file() && entry.path().string().find("/.git/") == std::string::npos)
            std::filesystem::last_write_time(entry.path(), entry.last_write_time() - std::chrono::hours(1));
    REQUIRE(user.run({ "-C", "demo", "log", "minutes/chiangrai-1-2563.meeting.xml" }).exitCode == 0); // the index made
    // The dynamic loader names every library it opens.
    const auto opened = [&](const std::vector<std::string>& arguments) {
        const ProcessResult result = user.run(arguments, {}, { { "LD_DEBUG", "files" } });
        INFO(result.out);
        CHECK(result.exitCode == 0);
        return result.err;
    };
    for (const std::vector<std::string>& command : std::vector<std::vector<std::string>> {
             { "-C", "demo", "list" }, { "-C", "demo", "log", "minutes/chiangrai-1-2563.meeting.xml" } }) {
        const std::string libraries = opened(command);
        INFO(command.back());
        CHECK(libraries.find("libsapha_sdk.so") != std::string::npos); // what is looked for is logged
        CHECK(libraries.find("libicu") == std::string::npos);
        CHECK(libraries.find("libsapha_sdk_icu") == std::string::npos);
        CHECK(libraries.find("_core.so") == std::string::npos);
    }
    // `actions`: the plugin that names the verb (and those whose documents it reads), not every plugin.
    const std::string actions = opened({ "-C", "demo", "actions" });
    CHECK(actions.find("libsapha_minutes_core.so") != std::string::npos);
    CHECK(actions.find("libsapha_brainstorm_core.so") == std::string::npos);
    CHECK(actions.find("libsapha_standards_core.so") == std::string::npos);
    // A Thai date written (an export of minutes): ICU, through the SDK's own library of it.
    const std::string exported = opened({ "-C", "demo", "export", "minutes/chiangrai-1-2563.meeting.xml", "--format", "md", "-o", "m.md" });
    CHECK(exported.find("libsapha_sdk_icu.so") != std::string::npos);
    CHECK(exported.find("libicui18n") != std::string::npos);
    CHECK(readFile(user.path("m.md")).find("วันจันทร์ที่ 17 สิงหาคม 2563") != std::string::npos);
}

TEST_CASE("cli: an installation without Sapha's ICU library says which file is missing and writes dates as ISO")
{
    // A copy of the staged installation (sapha-cli, its libraries, the plugins) without libsapha_sdk_icu.so.
    namespace fs = std::filesystem;
    CliUser user;
    REQUIRE(user.run({ "demo", "demo", "--quiet" }).exitCode == 0);
    const fs::path stage = fs::path(SAPHA_CLI).parent_path().parent_path();
    const fs::path copy = user.path("broken-install");
    fs::create_directories(copy / "bin");
    fs::copy_file(SAPHA_CLI, copy / "bin/sapha-cli");
    fs::copy(stage / "lib", copy / "lib", fs::copy_options::recursive);
    std::size_t removed = 0;
    for (const auto& entry : fs::recursive_directory_iterator(copy / "lib"))
        if (entry.path().filename() == "libsapha_sdk_icu.so")
            removed += fs::remove(entry.path()) ? 1 : 0;
    REQUIRE(removed == 1);
    const ProcessResult result = runProcess((copy / "bin/sapha-cli").string(),
        { "-C", "demo", "export", "minutes/chiangrai-1-2563.meeting.xml", "--format", "md", "-o", "m.md" },
        user.path("").string(),
        { { "SAPHA_CONFIG_HOME", user.path("config").string() }, { "XDG_DATA_HOME", user.path("data").string() },
            { "SAPHA_PLUGIN_PATH", "" }, { "LC_ALL", "C" } });
    INFO(result.err);
    CHECK(result.exitCode == 0);
    CHECK(result.err.find("libsapha_sdk_icu.so") != std::string::npos);
    CHECK(result.err.find("cannot load") != std::string::npos);
    const std::string paper = readFile(user.path("m.md"));
    CHECK(paper.find("2020-08-17") != std::string::npos);
    CHECK(paper.find("ครั้งที่ 1/2563") != std::string::npos); // the rest is there
}
