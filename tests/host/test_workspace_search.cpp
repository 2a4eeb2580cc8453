// Sapha tests — finding words in a document's text: Thai words whole (not inside longer words unless
// asked), phrases across spaces, English in any case; the snippet a result shows; and a workspace's own
// words, saved as its files.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>

#include <sapha/thai_words.hpp>

#include "documents/workspace_vocabulary.hpp"
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
