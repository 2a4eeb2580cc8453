// Sapha brainstorm — what a session came to.
// SPDX-License-Identifier: MIT
#include "core/session_results.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <string_view>

#include <sapha/thai_words.hpp>

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
    // The field's terms whole ("คนไร้ที่พึ่ง", not "คน" and "พึ่ง"); stop words and numbers left out.
    const std::shared_ptr<const thai::Vocabulary> vocabulary = thai::currentVocabulary();
    std::map<std::string, int> counts;
    for (const Idea& idea : session.ideas) {
        for (const std::string& piece : thai::words(idea.text, *vocabulary)) {
            const std::string word = lowered(piece);
            if (!thai::isCountableWord(word, *vocabulary))
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
