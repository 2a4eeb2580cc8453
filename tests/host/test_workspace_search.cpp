// Sapha tests — finding words in a document's text: Thai words whole (not inside longer words unless
// asked), phrases across spaces, English in any case; the snippet a result shows; and a workspace's own
// words, saved as its files.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <sapha/thai_words.hpp>

#include "documents/documents.hpp"
#include "documents/workspace_vocabulary.hpp"
#include "host_services.hpp"
#include "plugins/plugin_registry.hpp"
#include "search/search_index.hpp"
#include "search/workspace_search.hpp"
#include "temp_dir.hpp"
#include "workspace/workspace.hpp"

using namespace sapha::host;

TEST_CASE("search: Thai words are found whole, inside longer words only when asked")
{
    const std::string text = "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย มอบหมายให้ฝ่ายเลขานุการจัดทำแผนปฏิบัติการ";
    const auto plan = findWords(text, "แผนปฏิบัติการ", false);
    REQUIRE(plan.size() == 1);
    CHECK(text.substr(plan[0].first, plan[0].second - plan[0].first) == "แผนปฏิบัติการ");
    // "พึ่ง" is part of the word "คนไร้ที่พึ่ง": not found whole, found when asked for inside words.
    CHECK(findWords(text, "พึ่ง", false).empty());
    const auto within = findWords(text, "พึ่ง", true);
    REQUIRE(within.size() == 1);
    CHECK(text.substr(within[0].first, within[0].second - within[0].first) == "พึ่ง");
    // A phrase of several words, typed with or without the spaces between them.
    CHECK(findWords(text, "คนไร้ที่พึ่งจังหวัดเชียงราย", false).size() == 1);
    CHECK(findWords(text, "คนไร้ที่พึ่ง จังหวัดเชียงราย", false).size() == 1);
    CHECK(findWords(text, "เชียงราย มอบหมาย", false).size() == 1);
    CHECK(findWords(text, "ฝ่ายเลขานุการ", false).size() == 1);
    CHECK(findWords(text, "เลขา", false).empty());
    CHECK(findWords(text, "", false).empty());
    CHECK(findWords(text, "   ", true).empty());
}

TEST_CASE("search: English in any case, each occurrence once")
{
    const std::string text = "Action Plan for 2563: the action plan follows the plan.";
    const auto found = findWords(text, "action plan", false);
    REQUIRE(found.size() == 2);
    CHECK(found[0].first == 0);
    CHECK(text.substr(found[1].first, found[1].second - found[1].first) == "action plan");
    CHECK(findWords(text, "PLAN", false).size() == 3);
    CHECK(findWords(text, "pla", false).empty());
    CHECK(findWords(text, "pla", true).size() == 3);
}

TEST_CASE("search: the snippet marks the words and is cut between words, never inside a character")
{
    const std::string text = "ที่ประชุมมอบหมายให้ฝ่ายเลขานุการไปจัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย "
                             "ประจำปี 2563 ภายใต้กรอบแนวทางการขับเคลื่อนห้าด้าน และเพิ่มเติมขั้นตอนการบูรณาการ";
    const std::string snippet = searchSnippet(text, findWords(text, "แผนปฏิบัติการ", false), 30);
    CHECK(snippet.find("«แผนปฏิบัติการ»") != std::string::npos);
    CHECK(snippet.rfind("…", 0) == 0);
    CHECK(snippet.size() < text.size());
    // Every cut is at a word: the pieces between the marks are words of the text.
    CHECK(snippet.find("…ฝ่ายเลขานุการ") != std::string::npos);
    CHECK(searchSnippet("สั้น", {}, 30) == "สั้น");
}

TEST_CASE("workspace vocabulary: the committee's words saved as the workspace's files, each change a commit, used at once")
{
    sapha::test::TempDir dir;
    const Author secretary { "นางเลขา ทดสอบ", "lekha@example.invalid" };
    auto created = Workspace::create(dir.path() / "ws", secretary);
    REQUIRE(created.isOk());
    Workspace& workspace = *created.value();
    auto isOneWord = [](const std::string& text, const std::string& term) {
        const std::vector<std::string> words = sapha::thai::words(text, *sapha::thai::currentVocabulary());
        return std::find(words.begin(), words.end(), term) != words.end();
    };
    CHECK_FALSE(isOneWord("ประชุมที่ห้องพวงแสดชั้นสอง", "ห้องพวงแสด")); // ICU cuts it

    REQUIRE(saveWorkspaceVocabulary(workspace, { "ห้องพวงแสด", "จังหวัด\n" }, secretary, "th").isOk());
    CHECK(readWorkspaceVocabularyFiles(workspace.root()).terms == "ห้องพวงแสด\n");
    CHECK(workspace.history(kWorkspaceTermsPath).value().size() == 1);
    CHECK(workspace.history(kWorkspaceStopWordsPath).value().size() == 1);
    CHECK(workspace.history(kWorkspaceTermsPath).value().front().message == "ปรับคำที่ไม่ตัดแยกของพื้นที่ทำงาน");
    // In use at once: one word in diffs, word clouds and search.
    CHECK(isOneWord("ประชุมที่ห้องพวงแสดชั้นสอง", "ห้องพวงแสด"));

    // Saving the same words again commits nothing; only the file that changed is committed.
    REQUIRE(saveWorkspaceVocabulary(workspace, { "ห้องพวงแสด\n", "จังหวัด\nอำเภอ\n" }, secretary, "en").isOk());
    CHECK(workspace.history(kWorkspaceTermsPath).value().size() == 1);
    CHECK(workspace.history(kWorkspaceStopWordsPath).value().size() == 2);

    // Bytes that are not UTF-8 are refused, naming the file, and nothing changes.
    const sapha::Status refused = saveWorkspaceVocabulary(workspace, { "\xff\xfe", "" }, secretary, "en");
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().where == kWorkspaceTermsPath);
    CHECK(readWorkspaceVocabularyFiles(workspace.root()).terms == "ห้องพวงแสด\n");
    sapha::thai::useVocabulary(nullptr);
}

namespace {

// A meeting whose one agenda item is titled `topic`.
std::string meetingAbout(const std::string& topic)
{
    return "<?xml version=\"1.0\"?>\n<meeting format=\"1\" language=\"th\" digits=\"arabic\"><committee>คณะอนุกรรมการ</committee>"
           "<number>1</number><year>2569</year><date>2026-11-23</date><start>09.30</start><people></people><agenda>"
           "<item id=\"item-1\"><title>"
        + topic + "</title></item></agenda></meeting>\n";
}

// Sets the file's time of change an hour back, as for a file saved long before the search.
void ageFile(const std::filesystem::path& file)
{
    std::filesystem::last_write_time(file, std::filesystem::last_write_time(file) - std::chrono::hours(1));
}

} // namespace

TEST_CASE("search index: kept in .git/sapha, a search reads again only what changed, damage rebuilds it")
{
    UserSettings settings;
    HostServices services { settings, sapha::LogLevel::None };
    PluginRegistry registry { services };
    registry.discover({ SAPHA_PLUGIN_DIR });
    registry.loadAll();
    sapha::test::TempDir dir;
    const Author clerk { "เลขานุการ", "clerk@example.invalid", 0, 0 };
    auto created = Workspace::create(dir.path(), clerk);
    REQUIRE(created);
    Workspace& workspace = *created.value();
    Documents documents(workspace, registry, clerk, "th");
    const char* const topics[] = { "แผนปฏิบัติการคุ้มครองคนไร้ที่พึ่ง", "งบประมาณประจำปี", "การติดตามผลการดำเนินงาน" };
    for (int i = 0; i < 3; ++i) {
        const std::string path = "minutes/m" + std::to_string(i) + ".meeting.xml";
        REQUIRE(workspace.save(path, meetingAbout(topics[i]), "s", clerk));
        ageFile(dir / path);
    }
    const std::filesystem::path file = dir / ".git/sapha/search-index";

    // The first search builds the index from the three documents and writes it.
    {
        SearchIndex index(file);
        CHECK(index.refresh(documents) == 3);
        CHECK(index.documents().size() == 3);
        CHECK(std::filesystem::exists(file));
    }
    // A later search (another process) reads the index and no document.
    {
        SearchIndex index(file);
        CHECK(index.refresh(documents) == 0);
        REQUIRE(index.documents().size() == 3);
        CHECK(index.documents()[0].elements().size() >= 2); // the title, then the agenda item
    }
    // A save reads that document alone again; a removed document leaves the index.
    REQUIRE(workspace.save("minutes/m1.meeting.xml", meetingAbout("งบประมาณศาลากลางจังหวัด"), "s", clerk));
    ageFile(dir / "minutes/m1.meeting.xml");
    std::filesystem::remove(dir / "minutes/m2.meeting.xml");
    {
        SearchIndex index(file);
        CHECK(index.refresh(documents) == 1);
        CHECK(index.documents().size() == 2);
    }
    auto hits = searchWorkspace(documents, "ศาลากลาง", {});
    REQUIRE(hits);
    REQUIRE(hits.value().size() == 1);
    CHECK(hits.value()[0].path == "minutes/m1.meeting.xml");
    CHECK(hits.value()[0].elementId == "item-1");
    CHECK(searchWorkspace(documents, "การติดตามผลการดำเนินงาน", {}).value().empty());

    // The committee's own words: the index is cut anew with them.
    REQUIRE(saveWorkspaceVocabulary(workspace, { "ศาลากลางจังหวัด\n", "" }, clerk, "th").isOk());
    CHECK(searchWorkspace(documents, "ศาลากลางจังหวัด", {}).value().size() == 1);
    CHECK(searchWorkspace(documents, "ศาลากลาง", {}).value().empty());
    sapha::thai::useVocabulary(nullptr);
    REQUIRE(saveWorkspaceVocabulary(workspace, { "", "" }, clerk, "th").isOk());
    CHECK(searchWorkspace(documents, "ศาลากลาง", {}).value().size() == 1);

    // Edited outside Sapha twice within the clock's granularity, the size the same: the second edit is
    // found too (a file changed in the last seconds is read again at every search).
    REQUIRE(workspace.save("minutes/m0.meeting.xml", meetingAbout("ประชุมที่ห้องหนึ่ง"), "s", clerk));
    CHECK(searchWorkspace(documents, "ห้องหนึ่ง", {}).value().size() == 1);
    {
        std::ofstream(dir / "minutes/m0.meeting.xml", std::ios::binary) << meetingAbout("ประชุมที่ห้องสอง");
    }
    auto second = searchWorkspace(documents, "ห้องสอง", {});
    REQUIRE(second);
    CHECK(second.value().size() == 1);

    // A damaged index, or one that says it holds more than it does, is built anew.
    const std::string vocabulary = vocabularyFingerprint(dir.path());
    for (const std::string& damage : { std::string("garbage"), std::string("sapha-search-index 2 ") + vocabulary + "\n3:abc",
             std::string("sapha-search-index 3 le ") + vocabulary + "\n\xff\xff\xff\x7f" + std::string(64, 'x'),
             std::string("sapha-search-index 3 le ") + vocabulary + "\n" + std::string(3, '\0') + "abc" }) {
        { std::ofstream(file, std::ios::binary) << damage; }
        SearchIndex index(file);
        CHECK(index.refresh(documents) == 2);
        CHECK(index.documents().size() == 2);
    }
    // The bytes of the index, read back: each change that makes them say something impossible is refused.
    SearchIndex kept(file);
    kept.refresh(documents);
    const std::vector<IndexedDocument>& two = kept.documents();
    REQUIRE(two.size() == 2);
    const std::string bytes = SearchIndex::serialize(two, "V");
    std::vector<IndexedDocument> parsed;
    REQUIRE(SearchIndex::parse(bytes, nullptr, "V", parsed));
    REQUIRE(parsed.size() == 2);
    CHECK(parsed[1].path == two[1].path);
    CHECK(parsed[1].title == two[1].title);
    CHECK(parsed[1].size == two[1].size);
    CHECK(parsed[1].changedAt == two[1].changedAt);
    const std::vector<IndexedElement> elements = parsed[1].elements();
    REQUIRE(elements.size() == two[1].elements().size());
    CHECK(elements.back().id == "item-1");
    CHECK(elements.back().text == two[1].elements().back().text);
    CHECK(SearchIndex::parse(SearchIndex::serialize(two, "V"), nullptr, "V", parsed));
    CHECK_FALSE(SearchIndex::parse(bytes, nullptr, "W", parsed)); // cut with other words
    CHECK_FALSE(SearchIndex::parse(SearchIndex::serialize({ two[1], two[0] }, "V"), nullptr, "V", parsed)); // out of order
    // Where the last element's word ends are in the bytes.
    const IndexedElement last = two[1].elements().back();
    REQUIRE(last.wordEnds.size() >= 2);
    const std::size_t record = bytes.find(two[1].record);
    REQUIRE(record != std::string::npos);
    const std::size_t ends = record + static_cast<std::size_t>(reinterpret_cast<const char*>(last.wordEnds.data()) - two[1].record.data());
    const auto withEnd = [&](std::size_t index, std::uint32_t value) {
        std::string changed = bytes;
        std::memcpy(changed.data() + ends + index * 4, &value, 4);
        return changed;
    };
    CHECK(SearchIndex::parse(withEnd(last.wordEnds.size() - 1, last.wordEnds.back()), nullptr, "V", parsed));
    CHECK_FALSE(SearchIndex::parse(withEnd(last.wordEnds.size() - 1, static_cast<std::uint32_t>(last.text.size() + 1)), nullptr, "V", parsed)); // past the text
    CHECK_FALSE(SearchIndex::parse(withEnd(1, 0), nullptr, "V", parsed)); // going back
    CHECK(parsed.empty());
    // Cut short anywhere: refused, or (cut between documents) the documents before the cut.
    for (std::size_t cut = 0; cut < bytes.size(); cut += 5) {
        const std::string shorter = bytes.substr(0, cut);
        if (SearchIndex::parse(shorter, nullptr, "V", parsed))
            CHECK(parsed.size() < 2);
    }
}

TEST_CASE("search index: an index file cut short in place under a running program is read again, not read past its end")
{
    UserSettings settings;
    HostServices services { settings, sapha::LogLevel::None };
    PluginRegistry registry { services };
    registry.discover({ SAPHA_PLUGIN_DIR });
    registry.loadAll();
    sapha::test::TempDir dir;
    const Author clerk { "เลขานุการ", "clerk@example.invalid", 0, 0 };
    auto created = Workspace::create(dir.path(), clerk);
    REQUIRE(created);
    Workspace& workspace = *created.value();
    Documents documents(workspace, registry, clerk, "th");
    REQUIRE(workspace.save("minutes/m0.meeting.xml", meetingAbout("งบประมาณศาลากลางจังหวัด"), "s", clerk));
    ageFile(dir / "minutes/m0.meeting.xml");
    const std::filesystem::path file = dir / ".git/sapha/search-index";
    {
        SearchIndex building(file);
        building.refresh(documents);
    }
    // A program holding the index as it is on disk (mapped), as the GUI does between searches.
    SearchIndex kept(file);
    CHECK(kept.refresh(documents) == 0);
    // Another program (or a person) cuts the file short where it lies, instead of replacing it.
    std::filesystem::resize_file(file, 16);
    CHECK(kept.refresh(documents) == 1); // read again from the document: its old bytes are gone
    REQUIRE(kept.documents().size() == 1);
    CHECK(kept.documents()[0].elements().back().id == "item-1");
}
