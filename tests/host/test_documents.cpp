// Sapha tests — host::Documents: the one place the GUI and sapha-cli load, save, restore and make
// documents. Each policy is tested here once: a save that does not load is refused, a protected change
// asks its reason, a restore changes exactly the document asked for, new documents get valid names.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include <sapha/utf8.hpp>

#include "demo/demo_workspace.hpp"
#include "documents/documents.hpp"
#include "history/document_links.hpp"
#include "index/document_index.hpp"
#include "host_services.hpp"
#include "plugins/plugin_registry.hpp"
#include "search/workspace_search.hpp"
#include "temp_dir.hpp"
#include "storage/atomic_file.hpp"
#include "workspace/workspace.hpp"

using namespace sapha;
using namespace sapha::host;
using sapha::test::TempDir;

namespace {

const Author kClerk { "เลขานุการ", "clerk@example.invalid", 0, 0 };

std::string meeting(const std::string& status, const std::string& title)
{
    return "<?xml version=\"1.0\"?>\n<meeting format=\"1\" language=\"th\" digits=\"arabic\" status=\"" + status
        + "\"><committee>คณะอนุกรรมการ</committee><number>1</number><year>2563</year><date>2020-08-17</date>"
          "<start>09.30</start><people></people><agenda><item id=\"item-1\"><title>"
        + title + "</title></item></agenda></meeting>\n";
}

// A workspace with every plugin of the build loaded, and its documents service.
struct Fixture {
    UserSettings settings;
    HostServices services { settings, LogLevel::None };
    PluginRegistry registry { services };
    TempDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Documents> documents;

    explicit Fixture(const std::string& language = "th")
    {
        registry.discover({ SAPHA_PLUGIN_DIR });
        registry.loadAll();
        auto created = Workspace::create(dir.path(), kClerk);
        REQUIRE(created);
        workspace = std::move(created.value());
        documents = std::make_unique<Documents>(*workspace, registry, kClerk, language);
    }
};

} // namespace

TEST_CASE("documents: a restore changes exactly the document asked for")
{
    Fixture f;
    const std::string first = "minutes/a.meeting.xml";
    const std::string second = "minutes/b.meeting.xml";
    REQUIRE(f.workspace->save(first, meeting("draft", "ฉบับแรกของ ก"), "ก 1", kClerk));
    REQUIRE(f.workspace->save(second, meeting("draft", "ฉบับแรกของ ข"), "ข 1", kClerk));
    REQUIRE(f.workspace->save(first, meeting("draft", "ฉบับสองของ ก"), "ก 2", kClerk));
    REQUIRE(f.workspace->save(second, meeting("draft", "ฉบับสองของ ข"), "ข 2", kClerk));
    Result<std::vector<Revision>> history = f.documents->history(second);
    REQUIRE(history);
    REQUIRE(history.value().size() == 2);

    // The caller's strings change as soon as the call is made (a tab closed, the panel showing another
    // document): the restore keeps what it was given.
    std::string path = second;
    std::string revision = history.value().back().id;
    Result<CommitOutcome> restored = f.documents->restore(path, revision);
    path = first;
    revision = "HEAD";
    REQUIRE(restored);
    CHECK(restored.value().isNewCommit);
    CHECK(f.workspace->readWorking(second).value() == meeting("draft", "ฉบับแรกของ ข"));
    CHECK(f.workspace->readWorking(first).value() == meeting("draft", "ฉบับสองของ ก"));
    CHECK(f.documents->history(first).value().size() == 2); // nothing committed for the other document
    // The commit message names the document, in the reader's language, with a Buddhist-Era date.
    const std::string& message = restored.value().revision.message;
    CHECK(message.rfind("นำ " + second + " ฉบับวันที่ ", 0) == 0);
    CHECK(message.find("กลับมา") != std::string::npos);
    CHECK(message.find("ข 1") != std::string::npos);
}

TEST_CASE("documents: a restore refuses a document with changes not committed, and changes nothing")
{
    Fixture f("en");
    const std::string path = "minutes/a.meeting.xml";
    REQUIRE(f.workspace->save(path, meeting("draft", "one"), "1", kClerk));
    REQUIRE(f.workspace->save(path, meeting("draft", "two"), "2", kClerk));
    const std::string edited = meeting("draft", "edited, not committed");
    REQUIRE(writeFileAtomically(f.dir.path() / path, edited));
    Result<CommitOutcome> restored = f.documents->restore(path, "HEAD~1");
    REQUIRE_FALSE(restored);
    CHECK(restored.error().where == path);
    CHECK(f.workspace->readWorking(path).value() == edited);
    CHECK(f.documents->history(path).value().size() == 2);
}

TEST_CASE("documents: a save of text its kind cannot load is refused and commits nothing")
{
    Fixture f("en");
    const std::string path = "minutes/a.meeting.xml";
    REQUIRE(f.workspace->save(path, meeting("draft", "one"), "1", kClerk));
    SaveOptions options;
    options.content = "<meeting format=\"1\"><agenda>"; // cut short, as a broken editor might give it
    Result<SavedDocument> saved = f.documents->save(path, options);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().message.find("nothing was committed") != std::string::npos);
    CHECK(saved.error().code == ErrorCode::Invalid); // the XML is cut short: not worth saving again
    CHECK(f.documents->history(path).value().size() == 1);
    // Asked for a reason or not, the policy is the same.
    options.askReason = [](const std::string&) { return std::optional<std::string>("because"); };
    CHECK_FALSE(f.documents->save(path, options));
    CHECK(f.documents->history(path).value().size() == 1);
}

TEST_CASE("documents: a change to frozen minutes asks its reason, and is saved only with one")
{
    Fixture f("en");
    const std::string path = "minutes/a.meeting.xml";
    REQUIRE(f.workspace->save(path, meeting("frozen", "as certified"), "frozen", kClerk));
    SaveOptions options;
    options.content = meeting("frozen", "corrected afterwards");

    // No way to ask and no message: refused, naming what it needs.
    Result<SavedDocument> refused = f.documents->save(path, options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("certified and frozen") != std::string::npos);

    // Asked, and the person declines: nothing saved, and the file is as it was.
    std::string asked;
    options.askReason = [&asked](const std::string& protection) {
        asked = protection;
        return std::optional<std::string>();
    };
    Result<SavedDocument> declined = f.documents->save(path, options);
    REQUIRE(declined);
    CHECK(declined.value().declined);
    CHECK(asked.find("certified and frozen") != std::string::npos);
    CHECK(f.documents->history(path).value().size() == 1);
    CHECK(f.workspace->readWorking(path).value() == meeting("frozen", "as certified"));

    // Asked, and given a reason: it leads the commit message, the kind's summary follows.
    options.askReason = [](const std::string&) { return std::optional<std::string>("typo in the item's title"); };
    Result<SavedDocument> saved = f.documents->save(path, options);
    REQUIRE(saved);
    CHECK_FALSE(saved.value().declined);
    CHECK(saved.value().commit.isNewCommit);
    CHECK(saved.value().commit.revision.message.rfind("typo in the item's title\n\n", 0) == 0);
}

TEST_CASE("documents: file names from titles are valid UTF-8, cut at a character, in the kind's folder, unique")
{
    // "1 " and 120 Thai characters (360 bytes): 120 bytes in is inside a character; the cut falls before it.
    std::string longTitle = "1 ";
    for (int i = 0; i < 20; ++i)
        longTitle += "ประชุม"; // six characters
    const std::string name = fileNameFromTitle(longTitle);
    CHECK(name.size() <= 120);
    CHECK(name.size() == 2 + 39 * 3);
    CHECK(isValidUtf8(name));
    CHECK(fileNameFromTitle("ครั้งที่ 1/2563: วาระ \"พิเศษ\"") == "ครั้งที่-1-2563-วาระ-พิเศษ");
    CHECK(fileNameFromTitle("../..") == "untitled");
    CHECK(fileNameFromTitle("a\nb\tc") == "a-b-c");
    CHECK(isValidUtf8(fileNameFromTitle(std::string("abc\xE0\xB8", 5)))); // a character cut short in the title
    CHECK(fileNameFromTitle(std::string("abc\xE0\xB8", 5)) == "abc");
    // A meeting's long title keeps the words that tell it from the committee's other meetings.
    const std::string meetingName
        = fileNameFromTitle("รายงานการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ครั้งที่ 13/2569");
    CHECK(meetingName == "รายงานการประชุมคณะอนุกรรมการ-ครั้งที่-13-2569");
    CHECK(meetingName.size() <= 120);
    // Never between a consonant and the mark above it, nor after a vowel written before its consonant.
    CHECK(fileNameFromTitle("คนไร้ที่พึ่ง", 9) == "คน");     // "คนไ" would end on ไ, "คนไร" would read ไร
    CHECK(fileNameFromTitle("คนไร้ที่พึ่ง", 15) == "คนไร้");
    CHECK(fileNameFromTitle("ที่พึ่ง", 9) == "ที่");
    CHECK(fileNameFromTitle("ที่พึ่ง", 8) == "untitled"); // ที่ is ท and two marks: never ท alone

    Fixture f("en");
    const IDocumentKind* kind = f.registry.kindForPath("x.standard.xml");
    REQUIRE(kind);
    NewDocumentOptions options;
    options.title = longTitle;
    Result<std::string> first = f.documents->create(*kind, options);
    REQUIRE(first);
    CHECK(first.value().rfind("standards/", 0) == 0);
    CHECK(isValidUtf8(first.value()));
    Result<std::string> second = f.documents->create(*kind, options);
    REQUIRE(second);
    CHECK(second.value() != first.value());
    CHECK(second.value().find("-2.standard.xml") != std::string::npos);
    CHECK(f.documents->load(second.value()));
    // A path given that exists already is refused.
    Result<std::string> again = f.documents->create(*kind, options, first.value());
    REQUIRE_FALSE(again);
    CHECK(again.error().message.find("already exists") != std::string::npos);
    // A committee's roster goes beside the other committees, not among the meetings.
    const IDocumentKind* rosterKind = f.registry.kindForPath("x.roster.xml");
    REQUIRE(rosterKind);
    options.title = "คณะทำงานติดตามคนไร้ที่พึ่งจังหวัดพะเยา";
    Result<std::string> roster = f.documents->create(*rosterKind, options);
    REQUIRE(roster);
    CHECK(roster.value() == "committees/คณะทำงานติดตามคนไร้ที่พึ่งจังหวัดพะเยา.roster.xml");
    // Written in the language of the person who made it (English here): it was always Thai.
    std::ifstream made(f.dir.path() / roster.value());
    const std::string text((std::istreambuf_iterator<char>(made)), std::istreambuf_iterator<char>());
    CHECK(text.find("language=\"en\"") != std::string::npos);
    CHECK(text.find("Matters for information") != std::string::npos);
}

TEST_CASE("documents: the workspace's files are listed without throwing while a folder goes away")
{
    Fixture f("en");
    for (int i = 0; i < 40; ++i)
        REQUIRE(f.workspace->save("minutes/m" + std::to_string(i) + ".meeting.xml", meeting("draft", "x"), "m", kClerk));
    std::atomic<bool> done { false };
    std::thread remover([&] {
        std::error_code ignored;
        for (int i = 0; i < 40; ++i)
            std::filesystem::remove(f.dir.path() / ("minutes/m" + std::to_string(i) + ".meeting.xml"), ignored);
        done = true;
    });
    std::size_t listings = 0;
    while (!done) {
        CHECK_NOTHROW((void)f.workspace->files());
        ++listings;
    }
    remover.join();
    CHECK(listings > 0);
    CHECK(f.documents->list().empty());
}

TEST_CASE("documents: the links to a document come from the documents index, a document changed since read again")
{
    UserSettings settings;
    HostServices services { settings, LogLevel::None };
    PluginRegistry registry { services };
    registry.discover({ SAPHA_PLUGIN_DIR });
    registry.loadAll();
    TempDir dir;
    REQUIRE(buildDemoWorkspace(dir / "demo", registry).isOk());
    // As if saved an hour ago: a file changed within two seconds is read again every time.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir / "demo"))
        if (entry.is_regular_file() && entry.path().string().find("/.git/") == std::string::npos)
            std::filesystem::last_write_time(entry.path(), entry.last_write_time() - std::chrono::hours(1));
    auto opened = Workspace::open(dir / "demo");
    REQUIRE(opened);
    Documents documents(*opened.value(), registry, kClerk, "th");
    const std::string standard = "standards/homeless-protection-centre.standard.xml";
    const auto describe = [&](const std::vector<DocumentLink>& links) {
        std::vector<std::string> lines;
        for (const DocumentLink& link : links)
            lines.push_back(link.fromPath + "|" + link.fromTitle + "|" + link.reference.relation + "|" + link.reference.label + "|"
                + link.reference.elementId + "|" + link.revisionId);
        std::sort(lines.begin(), lines.end());
        return lines;
    };
    // No index yet: every document is read, and the index made.
    const std::vector<std::string> read = describe(documents.linksTo(standard));
    // Used by the self-assessment, at its named version, by two indicators of the action plan, and approved
    // (and attached) by the national subcommittee's meeting 4/2561.
    REQUIRE(read.size() == 5);
    REQUIRE(std::filesystem::exists(dir / "demo/.git/sapha/documents-index"));
    // From the index: the same links, no document read.
    CHECK(describe(documents.linksTo(standard)) == read);
    CHECK(indexedSummaries(*opened.value(), registry)->readAgain == 0);
    // A document changed since the index was made is read again: its link goes with its text.
    const std::string assessment = "standards/assessments/example-centre-2561.assessment.xml";
    Result<std::string> text = opened.value()->readWorking(assessment);
    REQUIRE(text);
    std::string changed = text.value();
    const std::size_t at = changed.find(standard);
    REQUIRE(at != std::string::npos);
    changed.replace(at, standard.size(), "standards/another.standard.xml");
    REQUIRE(writeFileAtomically(dir / "demo" / assessment, changed).isOk());
    CHECK(describe(documents.linksTo(standard)).size() == read.size() - 1);
}
