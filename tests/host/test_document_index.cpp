// Sapha tests — the documents index (.git/sapha/documents-index): each document's kind, title,
// references and digest, read again only when its file changed; damage, a foreign build or a hostile file
// rebuild it; the digests a plugin asks for through the workspace view.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>

#include "documents/documents.hpp"
#include "demo/demo_workspace.hpp"
#include "history/document_links.hpp"
#include "host_services.hpp"
#include "index/document_index.hpp"
#include "plugins/plugin_registry.hpp"
#include "temp_dir.hpp"
#include "workspace/workspace.hpp"
#include "workspace_documents.hpp"

using namespace sapha::host;
using sapha::FollowUp;
namespace fs = std::filesystem;

namespace {

// As if saved an hour ago: a file changed within two seconds is read again every time (racy).
void ageFile(const fs::path& file)
{
    fs::last_write_time(file, fs::last_write_time(file) - std::chrono::hours(1));
}

void ageAll(const fs::path& root)
{
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (entry.is_regular_file() && entry.path().string().find("/.git/") == std::string::npos)
            ageFile(entry.path());
    }
}

std::string readBytes(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), {} };
}

void writeBytes(const fs::path& file, const std::string& bytes)
{
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

const IndexedSummary* find(const DocumentSummaries& summaries, std::string_view path)
{
    for (const IndexedSummary& summary : summaries.documents)
        if (summary.path == path)
            return &summary;
    return nullptr;
}

struct DemoFixture {
    UserSettings settings;
    HostServices services { settings, sapha::LogLevel::None };
    PluginRegistry registry { services };
    sapha::test::TempDir dir;
    std::unique_ptr<Workspace> workspace;
    fs::path file;

    DemoFixture()
    {
        registry.discover({ SAPHA_PLUGIN_DIR });
        registry.loadAll();
        REQUIRE(buildDemoWorkspace(dir / "demo", registry).isOk());
        ageAll(dir / "demo");
        auto opened = Workspace::open(dir / "demo");
        REQUIRE(opened);
        workspace = std::move(opened.value());
        file = dir / "demo/.git/sapha/documents-index";
    }
};

const char* const kMeeting = "minutes/chiangrai-1-2563.meeting.xml";

} // namespace

TEST_CASE("documents index: built once, then only a changed document is read again, gone ones leave")
{
    DemoFixture demo;
    auto first = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(first);
    const std::size_t count = first->documents.size();
    CHECK(count >= 10);
    CHECK(first->readAgain == count);
    REQUIRE(fs::exists(demo.file));
    const IndexedSummary* meeting = find(*first, kMeeting);
    REQUIRE(meeting);
    CHECK(meeting->kindId == "minutes.meeting");
    CHECK(meeting->title.find("ครั้งที่ 1/2563") != std::string_view::npos);
    CHECK_FALSE(meeting->digest.empty());

    // Another process: the index is read, no document.
    auto second = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(second);
    CHECK(second->readAgain == 0);
    CHECK(second->documents.size() == count);
    const IndexedSummary* again = find(*second, kMeeting);
    REQUIRE(again);
    CHECK(again->title == meeting->title);
    CHECK(again->digest == meeting->digest);
    CHECK(again->references().size() == meeting->references().size());

    // An edit outside Sapha (same kind, new title) is read again alone; a file removed leaves the index.
    const fs::path plan = demo.dir / "demo/plans/chiangrai-homeless-2563.plan.xml";
    std::string text = readBytes(plan);
    const std::size_t at = text.find("2563");
    REQUIRE(at != std::string::npos);
    writeBytes(plan, text.replace(at, 4, "2564"));
    ageFile(plan);
    fs::remove(demo.dir / "demo/brainstorm/workshop-2561-08-16.session.xml");
    auto third = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(third);
    CHECK(third->readAgain == 1);
    CHECK(third->documents.size() == count - 1);
    CHECK_FALSE(find(*third, "brainstorm/workshop-2561-08-16.session.xml"));
    CHECK(std::string(find(*third, "plans/chiangrai-homeless-2563.plan.xml")->title).find("2564") != std::string::npos);
}

TEST_CASE("documents index: a command whose plugins load when asked loads none while the index is up to date")
{
    DemoFixture demo;
    REQUIRE(indexedSummaries(*demo.workspace, demo.registry)); // built with every plugin running
    const auto running = [](const PluginRegistry& registry) {
        std::vector<std::string> ids;
        for (const PluginRecord& record : registry.records())
            if (record.state == PluginState::Running)
                ids.push_back(record.manifest.id);
        return ids;
    };

    // sapha-cli: the plugins found, none loaded. The index names the same build: nothing is read again.
    PluginRegistry asked(demo.services);
    asked.discover({ SAPHA_PLUGIN_DIR });
    asked.loadWhenAsked();
    CHECK(indexBuild(asked) == indexBuild(demo.registry));
    auto fresh = indexedSummaries(*demo.workspace, asked);
    REQUIRE(fresh);
    CHECK(fresh->readAgain == 0);
    CHECK(fresh->documents.size() >= 10);
    CHECK(running(asked).empty());
    CHECK(asked.kindManifestForPath(kMeeting) != nullptr);
    CHECK(running(asked).empty());

    // A plan edited outside Sapha: its plugin alone is loaded to read it again.
    const fs::path plan = demo.dir / "demo/plans/chiangrai-homeless-2563.plan.xml";
    std::string text = readBytes(plan);
    writeBytes(plan, text.replace(text.find("2563"), 4, "2564"));
    ageFile(plan);
    auto again = indexedSummaries(*demo.workspace, asked);
    REQUIRE(again);
    CHECK(again->readAgain == 1);
    CHECK(std::string(find(*again, "plans/chiangrai-homeless-2563.plan.xml")->title).find("2564") != std::string::npos);
    CHECK(running(asked) == std::vector<std::string> { "plans" });
    // Asked for every kind, it loads the rest.
    CHECK(asked.documentKinds().size() == demo.registry.documentKinds().size());
    CHECK(running(asked).size() == running(demo.registry).size());
}

TEST_CASE("documents index: a file changed within two seconds is read again until it is not")
{
    DemoFixture demo;
    REQUIRE(indexedSummaries(*demo.workspace, demo.registry));
    const fs::path meeting = demo.dir / "demo" / kMeeting;
    writeBytes(meeting, readBytes(meeting)); // the same bytes, just written: its time cannot be trusted yet
    CHECK(indexedSummaries(*demo.workspace, demo.registry)->readAgain == 1);
    CHECK(indexedSummaries(*demo.workspace, demo.registry)->readAgain == 1);
    ageFile(meeting);
    CHECK(indexedSummaries(*demo.workspace, demo.registry)->readAgain == 1); // its new time, once
    CHECK(indexedSummaries(*demo.workspace, demo.registry)->readAgain == 0);
}

TEST_CASE("documents index: damaged, foreign or hostile bytes are never trusted: the index is built anew")
{
    DemoFixture demo;
    auto built = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(built);
    const std::size_t count = built->documents.size();
    const std::string good = readBytes(demo.file);
    const std::string build = indexBuild(demo.registry);
    REQUIRE(parseSummaries(std::make_shared<const std::string>(good), build));
    // Another build's index (a plugin rebuilt may write other digests).
    CHECK_FALSE(parseSummaries(std::make_shared<const std::string>(good), build + "x"));

    const std::size_t header = good.find('\n') + 1;
    const std::vector<std::string> hostile {
        good.substr(0, good.size() / 2),                            // cut short
        good.substr(0, header) + "99999999999:" + good.substr(header + 1), // entries past the end
        good.substr(0, header) + "-5:\n",                           // a negative length
        good.substr(0, header) + "18446744073709551615:\n",         // the largest number
        good.substr(0, header) + "0:\n" + "trailing",               // digests without entries: fine, but nothing
        std::string(good.size(), '\0'),                              // zeros
        "",
    };
    for (const std::string& bytes : hostile) {
        auto parsed = parseSummaries(std::make_shared<const std::string>(bytes), build);
        CHECK((!parsed || parsed->documents.empty()));
        writeBytes(demo.file, bytes);
        auto rebuilt = indexedSummaries(*demo.workspace, demo.registry);
        REQUIRE(rebuilt);
        CHECK(rebuilt->documents.size() == count);
        CHECK(rebuilt->readAgain == count);
    }
    // Entries out of order, and a digest said to lie past the digests' bytes: refused.
    {
        // The summaries are views into the bytes `parsed` keeps: it outlives them.
        const std::optional<DocumentSummaries> parsed = parseSummaries(std::make_shared<const std::string>(good), build);
        REQUIRE(parsed);
        std::vector<IndexedSummary> swapped = parsed->documents;
        std::swap(swapped.front(), swapped.back());
        CHECK_FALSE(parseSummaries(std::make_shared<const std::string>(serializeSummaries(swapped, build)), build));
    }
    // One document without references ("1:0\n": none), its digest at 0, 6 bytes long.
    const IndexedSummary one { "a.meeting.xml", "minutes.meeting", 1, 2, "t", "digest", "1:0\n" };
    const std::string single = serializeSummaries({ one }, build);
    CHECK(parseSummaries(std::make_shared<const std::string>(single), build)->documents.front().digest == "digest");
    std::string outOfBounds = single;
    outOfBounds.replace(outOfBounds.find("\n1:0\n1:6\n"), 9, "\n1:9\n1:6\n"); // the digest at 9 of 6 bytes
    CHECK_FALSE(parseSummaries(std::make_shared<const std::string>(outOfBounds), build));
}

TEST_CASE("documents index: links to a document and the digests a plugin asks for come from it")
{
    DemoFixture demo;
    // The minutes of meeting 2 certify meeting 1: found without reading the workspace again.
    REQUIRE(indexedSummaries(*demo.workspace, demo.registry));
    const std::vector<DocumentLink> links = workspaceLinksTo(*demo.workspace, demo.registry, kMeeting);
    bool certified = false;
    for (const DocumentLink& link : links)
        certified = certified || (link.reference.relation == "certifies" && link.fromPath == "minutes/chiangrai-2-2563.meeting.xml" && !link.revisionId.empty());
    CHECK(certified);
    CHECK(indexedSummaries(*demo.workspace, demo.registry)->readAgain == 0);

    const WorkspaceDocuments view(*demo.workspace, &demo.registry);
    const auto all = view.digests(".meeting.xml", "");
    CHECK(all.size() == 4);
    const auto chiangrai = view.digests(".meeting.xml", "committees/chiangrai.roster.xml");
    REQUIRE(chiangrai.size() == 2);
    CHECK(chiangrai[0].path == kMeeting);
    // A meeting's digest keeps its number and decisions, not its people or discussion.
    CHECK(chiangrai[0].digest.find("<number>1</number>") != std::string::npos);
    CHECK(chiangrai[0].digest.find("<action") != std::string::npos);
    CHECK(chiangrai[0].digest.find("นายภาสกร") == std::string::npos);
    CHECK(chiangrai[0].digest.find("\n  ") == std::string::npos);
    CHECK(chiangrai[0].digest.size() * 3 < readBytes(demo.dir / "demo" / kMeeting).size());
    // Kinds that give no digest are not listed; nothing matches a roster no meeting names.
    CHECK(view.digests(".roster.xml", "").empty());
    CHECK(view.digests(".meeting.xml", "committees/nobody.roster.xml").empty());
    // Without plugins, no digests (no kind to make them).
    CHECK(WorkspaceDocuments(*demo.workspace).digests(".meeting.xml", "").empty());
}

TEST_CASE("documents index: each document that carries work on is read once for its report")
{
    DemoFixture demo;
    const WorkspaceDocuments view(*demo.workspace, &demo.registry);
    // The demo's plan carries on an action item decided at meeting 1: its report says how far it got.
    const auto planOf = [](const std::vector<FollowUp>& followUps) -> const FollowUp* {
        for (const FollowUp& followUp : followUps) {
            if (followUp.path.ends_with(".plan.xml"))
                return &followUp;
        }
        return nullptr;
    };
    const std::vector<FollowUp> first = view.followUps(kMeeting, "act-plan-2563", "th");
    const FollowUp* plan = planOf(first);
    REQUIRE(plan);
    REQUIRE_FALSE(plan->report.empty());
    // Asked again (a meeting asks once for each of the hundreds of actions a document carries over), the
    // report is not read again: the plan's file, made unreadable meanwhile, is not opened.
    writeBytes(demo.dir / "demo" / plan->path, "not a plan");
    const std::vector<FollowUp> again = view.followUps(kMeeting, "act-plan-2563", "th");
    REQUIRE(planOf(again));
    CHECK(planOf(again)->report == plan->report);
    // A new view (the next command) reads it as it is now.
    const WorkspaceDocuments next(*demo.workspace, &demo.registry);
    const std::vector<FollowUp> now = next.followUps(kMeeting, "act-plan-2563", "th");
    const FollowUp* changed = planOf(now);
    CHECK((changed == nullptr || changed->report != plan->report));
}

TEST_CASE("documents index: thousands of files are looked at on several threads, and each change is still found")
{
    DemoFixture demo;
    const fs::path committees = demo.dir / "demo/committees";
    const std::string roster = readBytes(committees / "chiangrai.roster.xml");
    const std::string name = "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย";
    REQUIRE(roster.find(name) != std::string::npos);
    constexpr int kCopies = 4500; // more than one thread's share (2,000 files)
    const auto copyPath = [&](int i) {
        char number[8];
        std::snprintf(number, sizeof number, "%04d", i);
        return committees / ("copy-" + std::string(number) + ".roster.xml");
    };
    for (int i = 0; i < kCopies; ++i)
        writeBytes(copyPath(i), roster);
    ageAll(demo.dir / "demo");
    auto first = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(first);
    const std::size_t count = first->documents.size();
    CHECK(count >= static_cast<std::size_t>(kCopies));

    // One change in each thread's share (the first file, the middle, the last): each read again, alone.
    for (int i : { 0, kCopies / 2, kCopies - 1 }) {
        std::string text = roster;
        writeBytes(copyPath(i), text.replace(text.find(name), name.size(), "คณะทดสอบ " + std::to_string(i)));
        ageFile(copyPath(i));
    }
    auto second = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(second);
    CHECK(second->readAgain == 3);
    CHECK(second->documents.size() == count);
    for (int i : { 0, kCopies / 2, kCopies - 1 }) {
        const std::string path = fs::relative(copyPath(i), demo.dir / "demo").string();
        const IndexedSummary* changed = find(*second, path);
        REQUIRE_MESSAGE(changed, path);
        CHECK(std::string(changed->title).find("คณะทดสอบ " + std::to_string(i)) != std::string::npos);
    }
    auto third = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(third);
    CHECK(third->readAgain == 0);
}

TEST_CASE("documents index: a few changes amend it in a file of their own, many write it whole again")
{
    DemoFixture demo;
    const fs::path committees = demo.dir / "demo/committees";
    const std::string roster = readBytes(committees / "chiangrai.roster.xml");
    const std::string name = "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย";
    const auto copyPath = [&](int i) { return committees / ("copy-" + std::to_string(1000 + i) + ".roster.xml"); };
    const auto renamed = [&](const std::string& to) {
        std::string text = roster;
        return text.replace(text.find(name), name.size(), to);
    };
    for (int i = 0; i < 200; ++i)
        writeBytes(copyPath(i), roster);
    ageAll(demo.dir / "demo");
    const fs::path changes = demo.file.string() + "-changes";
    auto built = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(built);
    const std::size_t count = built->documents.size();
    CHECK_FALSE(fs::exists(changes));
    const std::string whole = readBytes(demo.file);

    // One document changed, one gone, one new: the index file stays as it was, the changes say it.
    writeBytes(copyPath(7), renamed("คณะที่เปลี่ยนชื่อ"));
    fs::remove(copyPath(8));
    writeBytes(committees / "new.roster.xml", renamed("คณะใหม่"));
    ageFile(copyPath(7));
    ageFile(committees / "new.roster.xml");
    auto amended = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(amended);
    CHECK(amended->readAgain == 2);
    CHECK(readBytes(demo.file) == whole);
    REQUIRE(fs::exists(changes));
    CHECK(fs::file_size(changes) * 20 < whole.size());

    // Read back (the next command): the index and its changes, no document read.
    const auto check = [&](const DocumentSummaries& summaries) {
        CHECK(summaries.documents.size() == count);
        const IndexedSummary* changed = find(summaries, "committees/copy-1007.roster.xml");
        REQUIRE(changed);
        CHECK(std::string(changed->title).find("คณะที่เปลี่ยนชื่อ") != std::string::npos);
        CHECK_FALSE(find(summaries, "committees/copy-1008.roster.xml"));
        REQUIRE(find(summaries, "committees/new.roster.xml"));
        CHECK(std::string(find(summaries, "committees/new.roster.xml")->title).find("คณะใหม่") != std::string::npos);
    };
    auto again = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(again);
    CHECK(again->readAgain == 0);
    check(*again);

    // Changes that amend another index (written whole since by another program) are not used: what they
    // held is read again from the documents.
    std::string foreign = readBytes(changes);
    const std::size_t tokenAt = foreign.find(' ', foreign.find(' ') + 1) + 1;
    foreign[tokenAt] = foreign[tokenAt] == '0' ? '1' : '0';
    writeBytes(changes, foreign);
    auto mismatched = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(mismatched);
    CHECK(mismatched->readAgain == 2);
    check(*mismatched);

    // Damaged changes (cut short, zeros) are not used either.
    const std::string good = readBytes(changes);
    for (const std::string& damaged : { good.substr(0, good.size() / 2), std::string(good.size(), '\0') }) {
        writeBytes(changes, damaged);
        auto recovered = indexedSummaries(*demo.workspace, demo.registry);
        REQUIRE(recovered);
        CHECK(recovered->readAgain == 2);
        check(*recovered);
    }

    // Many changes: the index is written whole again, and the changes file goes.
    for (int i = 20; i < 120; ++i) {
        writeBytes(copyPath(i), renamed("คณะชุดใหม่ " + std::to_string(i)));
        ageFile(copyPath(i));
    }
    auto rewritten = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(rewritten);
    CHECK(rewritten->readAgain == 100);
    CHECK_FALSE(fs::exists(changes));
    CHECK(readBytes(demo.file) != whole);
    auto last = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(last);
    CHECK(last->readAgain == 0);
    check(*last);
    CHECK(std::string(find(*last, "committees/copy-1050.roster.xml")->title).find("คณะชุดใหม่ 50") != std::string::npos);
}

TEST_CASE("documents index: one change as large as an eighth of it writes it whole, not beside it")
{
    DemoFixture demo;
    const fs::path committees = demo.dir / "demo/committees";
    const std::string roster = readBytes(committees / "chiangrai.roster.xml");
    const std::string name = "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย";
    for (int i = 0; i < 100; ++i)
        writeBytes(committees / ("copy-" + std::to_string(100 + i) + ".roster.xml"), roster);
    ageAll(demo.dir / "demo");
    REQUIRE(indexedSummaries(*demo.workspace, demo.registry));
    const std::size_t indexBytes = fs::file_size(demo.file);
    // A committee whose name (the title) alone is as long as a fifth of the index.
    std::string longName;
    while (longName.size() < indexBytes / 5)
        longName += "คณะอนุกรรมการ";
    std::string text = roster;
    writeBytes(committees / "copy-150.roster.xml", text.replace(text.find(name), name.size(), longName));
    ageFile(committees / "copy-150.roster.xml");
    auto rewritten = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(rewritten);
    CHECK(rewritten->readAgain == 1);
    CHECK_FALSE(fs::exists(demo.file.string() + "-changes"));
    CHECK(fs::file_size(demo.file) > indexBytes);
    auto again = indexedSummaries(*demo.workspace, demo.registry);
    REQUIRE(again);
    CHECK(again->readAgain == 0);
    CHECK(find(*again, "committees/copy-150.roster.xml")->title.size() >= longName.size());
}
