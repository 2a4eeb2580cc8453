// Sapha tests — finding words in a document's text: Thai words whole (not inside longer words unless
// asked), phrases across spaces, English in any case; and the snippet a result shows.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "search/workspace_search.hpp"

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
