// Sapha tests — Thai words with the field's vocabulary: terms whole, the text given back, the stop words,
// a workspace's own terms, and the segmentation figures of ICU alone and ICU with the vocabulary on a
// hand-segmented set (tests/sdk/thai_segmentation.txt).
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <utility>

#include <sapha/diff/word_diff.hpp>
#include <sapha/thai_words.hpp>

using namespace sapha;

namespace {

bool contains(const std::vector<std::string>& words, const std::string& word)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

std::string joined(const std::vector<std::string>& words)
{
    std::string text;
    for (const std::string& word : words)
        text += word;
    return text;
}

bool isBlank(const std::string& word)
{
    return std::all_of(word.begin(), word.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// A word's place in its sentence: [start, end) in bytes.
using Span = std::pair<std::size_t, std::size_t>;

std::set<Span> spansOf(const std::vector<std::string>& words)
{
    std::set<Span> spans;
    std::size_t at = 0;
    for (const std::string& word : words) {
        if (!isBlank(word))
            spans.insert({ at, at + word.size() });
        at += word.size();
    }
    return spans;
}

struct Figures {
    std::size_t found = 0;     // words the segmenter gave
    std::size_t expected = 0;  // words of the hand segmentation
    std::size_t right = 0;     // words in both, at the same place
    double precision() const { return found ? static_cast<double>(right) / static_cast<double>(found) : 0; }
    double recall() const { return expected ? static_cast<double>(right) / static_cast<double>(expected) : 0; }
    double f1() const { return precision() + recall() > 0 ? 2 * precision() * recall() / (precision() + recall()) : 0; }
};

} // namespace

TEST_CASE("thai words: the field's terms are one word each, and the words give the text back")
{
    const thai::Vocabulary vocabulary = thai::Vocabulary::builtIn();
    const std::string text = "ผู้รับบริการคืนสู่สังคมได้ด้วยภาคีเครือข่ายที่ขับเคลื่อนงานคุ้มครองคนไร้ที่พึ่ง ร้อยละ 80";
    const std::vector<std::string> words = thai::words(text, vocabulary);
    for (const char* term : { "ผู้รับบริการ", "คืนสู่สังคม", "ภาคีเครือข่าย", "ขับเคลื่อน", "คนไร้ที่พึ่ง", "ร้อยละ" })
        CHECK_MESSAGE(contains(words, term), term);
    for (const char* fragment : { "ผู้รับ", "บริการ", "เครือ", "ข่าย", "พึ่ง", "ร้อย" })
        CHECK_MESSAGE(!contains(words, fragment), fragment);
    CHECK(joined(words) == text);
    // ICU alone splits them: what the vocabulary is for.
    const std::vector<std::string> icu = thai::icuWords(text);
    CHECK(joined(icu) == text);
    CHECK_FALSE(contains(icu, "คนไร้ที่พึ่ง"));
}

TEST_CASE("thai words: a term that ends inside ICU's next word takes its part, and the rest is a word again")
{
    const thai::Vocabulary vocabulary = thai::Vocabulary::builtIn();
    const std::vector<std::string> words = thai::words("อย่างน้อยหนึ่งครั้ง", vocabulary);
    CHECK(contains(words, "อย่างน้อย"));
    CHECK(contains(words, "หนึ่ง"));
    CHECK(joined(words) == "อย่างน้อยหนึ่งครั้ง");
}

TEST_CASE("thai words: a term never ends before a vowel or tone mark of its last letter")
{
    thai::Vocabulary vocabulary;
    vocabulary.addTerm("คนไร้ที่พึ"); // the tone mark of พึ่ง left off
    CHECK(vocabulary.longestTermAt("คนไร้ที่พึ่ง") == 0);
    vocabulary.addTerm("คนไร้ที่พึ่ง");
    CHECK(vocabulary.longestTermAt("คนไร้ที่พึ่งในจังหวัด") == std::string("คนไร้ที่พึ่ง").size());
    // Text that is not UTF-8, or cut inside a character, is given back as it came.
    const std::string broken = std::string("คนไร้") + "\xE0\xB8";
    CHECK(joined(thai::words(broken, vocabulary)) == broken);
}

TEST_CASE("thai words: stop words and numbers are not counted, a workspace adds its own terms and stop words")
{
    const thai::Vocabulary builtIn = thai::Vocabulary::builtIn();
    for (const char* filler : { "ปี", "ละ", "ต้น", "หลัง", "และ", "the" })
        CHECK_MESSAGE(!thai::isCountableWord(filler, builtIn), filler);
    for (const char* word : { "๑๒", "12", " ", "," })
        CHECK_MESSAGE(!thai::isCountableWord(word, builtIn), word);
    CHECK(thai::isCountableWord("คนไร้ที่พึ่ง", builtIn));
    CHECK(thai::isCountableWord("budget", builtIn));

    const thai::Vocabulary workspace = thai::Vocabulary::withWorkspace(
        "# the committee's own words\nศูนย์ฯ เชียงราย   \n\n  ห้องพวงแสด\n", "# not topics here\nจังหวัด\n");
    CHECK(workspace.isTerm("ศูนย์ฯ เชียงราย"));
    CHECK(workspace.isTerm("ห้องพวงแสด"));
    CHECK(workspace.isTerm("คนไร้ที่พึ่ง")); // the built-in ones stay
    CHECK_FALSE(workspace.isTerm("# the committee's own words"));
    CHECK_FALSE(thai::isCountableWord("จังหวัด", workspace));
    CHECK(contains(thai::words("ประชุมที่ห้องพวงแสดชั้นสอง", workspace), "ห้องพวงแสด"));

    // The process's vocabulary is what splitWords (and so the word diff) uses; set back afterwards.
    thai::useVocabulary(std::make_shared<const thai::Vocabulary>(workspace));
    CHECK(contains(diff::splitWords("ประชุมที่ห้องพวงแสดชั้นสอง"), "ห้องพวงแสด"));
    thai::useVocabulary(nullptr);
    CHECK_FALSE(contains(diff::splitWords("ประชุมที่ห้องพวงแสดชั้นสอง"), "ห้องพวงแสด"));
}

TEST_CASE("thai words: on hand-segmented sentences of the field, ICU with the vocabulary beats ICU alone")
{
    std::ifstream in(SAPHA_TEST_SDK_DIR "/thai_segmentation.txt");
    REQUIRE(in);
    const thai::Vocabulary vocabulary = thai::Vocabulary::builtIn();
    Figures icu;
    Figures withVocabulary;
    std::size_t sentences = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#')
            continue;
        ++sentences;
        std::vector<std::string> expected;
        std::string text;
        std::istringstream pieces(line);
        for (std::string piece; std::getline(pieces, piece, '|');) {
            expected.push_back(piece);
            text += piece;
        }
        const std::set<Span> truth = spansOf(expected);
        for (auto [segmenter, figures] : { std::pair { 0, &icu }, std::pair { 1, &withVocabulary } }) {
            const std::vector<std::string> found = segmenter == 0 ? thai::icuWords(text) : thai::words(text, vocabulary);
            REQUIRE(joined(found) == text);
            const std::set<Span> spans = spansOf(found);
            figures->found += spans.size();
            figures->expected += truth.size();
            for (const Span& span : spans)
                figures->right += truth.count(span);
        }
    }
    REQUIRE(sentences >= 25);
    MESSAGE("Thai segmentation of " << sentences << " sentences (" << icu.expected << " words): ICU alone precision "
                                    << icu.precision() << " recall " << icu.recall() << " F1 " << icu.f1()
                                    << "; ICU + vocabulary precision " << withVocabulary.precision() << " recall "
                                    << withVocabulary.recall() << " F1 " << withVocabulary.f1());
    CHECK(withVocabulary.precision() > icu.precision());
    CHECK(withVocabulary.recall() > icu.recall());
    CHECK(withVocabulary.f1() > 0.9);
}
