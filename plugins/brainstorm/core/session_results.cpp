// Sapha brainstorm — what a session came to.
// SPDX-License-Identifier: MIT
#include "core/session_results.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>

#include <sapha/diff/word_diff.hpp>

namespace sapha::brainstorm {

namespace {

// A field as a spreadsheet reads it, and only as text: one that begins like a formula (=, +, -, @, a tab or a
// carriage return: "=HYPERLINK(...)", "=cmd|...") would be run by the spreadsheet the facilitator opens the
// file in, so it is led by an apostrophe, which spreadsheets take as "this is text".
std::string csvField(const std::string& given)
{
    const bool formulaLike = !given.empty() && std::string_view("=+-@\t\r").find(given.front()) != std::string_view::npos;
    const std::string text = formulaLike ? "'" + given : given;
    if (!formulaLike && text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

// Words that carry no idea of their own: Thai function words and their English kin.
const std::set<std::string>& stopWords()
{
    static const std::set<std::string> words { "และ", "ที่", "ใน", "ของ", "มี", "ให้", "เป็น", "ได้", "กับ", "จะ", "ควร", "การ",
        "ความ", "เพื่อ", "โดย", "แก่", "ต่อ", "จาก", "ไป", "มา", "อย่าง", "ทุก", "สู่", "แต่", "หรือ", "the", "and", "of", "to", "a", "in", "for", "is",
        "be", "should", "with", "on" };
    return words;
}

// A word has a letter: Thai (U+0E01–U+0E4E, as UTF-8 E0 B8 81 … E0 B9 8E) or Latin; digits and marks
// alone are not words here.
bool hasLetter(const std::string& word)
{
    for (std::size_t i = 0; i < word.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(word[i]);
        if (std::isalpha(c))
            return true;
        if (c == 0xE0 && i + 2 < word.size()) {
            const unsigned char b = static_cast<unsigned char>(word[i + 1]);
            const unsigned char d = static_cast<unsigned char>(word[i + 2]);
            if ((b == 0xB8 && d >= 0x81) || (b == 0xB9 && d <= 0x8E && !(d >= 0x90)))
                return true;
        }
    }
    return false;
}

std::string lowered(std::string word)
{
    for (char& c : word)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word;
}

} // namespace

std::string sessionCsv(const Session& session)
{
    const bool english = session.language == "en";
    std::string csv = "\xEF\xBB\xBF"; // UTF-8 byte-order mark
    csv += english ? "group,cluster,idea,votes,author,time\r\n" : "กลุ่ม,หมวด,ความคิด,คะแนน,ผู้เสนอ,เวลา\r\n";
    for (const Idea& idea : session.ideas) {
        const Group* group = session.findGroup(idea.groupId);
        const Cluster* cluster = session.clusterOf(idea.id);
        csv += csvField(group ? group->name : idea.groupId) + "," + csvField(cluster ? cluster->title : std::string()) + ","
            + csvField(idea.text) + "," + std::to_string(session.votesFor(idea.id)) + "," + csvField(idea.author) + ","
            + csvField(idea.time) + "\r\n";
    }
    return csv;
}

std::vector<WordCount> wordCloud(const Session& session, std::size_t limit)
{
    std::map<std::string, int> counts;
    for (const Idea& idea : session.ideas) {
        for (const std::string& piece : diff::splitWords(idea.text)) {
            const std::string word = lowered(piece);
            if (!hasLetter(word) || stopWords().count(word))
                continue;
            ++counts[word];
        }
    }
    std::vector<WordCount> words;
    for (const auto& [word, count] : counts)
        words.push_back({ word, count });
    std::stable_sort(words.begin(), words.end(), [](const WordCount& a, const WordCount& b) { return a.count > b.count; });
    if (words.size() > limit)
        words.resize(limit);
    return words;
}

std::vector<const Idea*> rankedIdeas(const Session& session)
{
    std::vector<const Idea*> ranked;
    for (const Idea& idea : session.ideas)
        ranked.push_back(&idea);
    std::stable_sort(ranked.begin(), ranked.end(),
        [&](const Idea* a, const Idea* b) { return session.votesFor(a->id) > session.votesFor(b->id); });
    return ranked;
}

} // namespace sapha::brainstorm
