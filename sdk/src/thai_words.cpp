// Sapha — Thai words: ICU's breaks with the vocabulary's terms kept whole.
// SPDX-License-Identifier: MIT
#include <sapha/thai_words.hpp>

#include <sapha/utf8.hpp>

#include <cctype>
#include <memory>
#include <mutex>

#include "icu/icu_library.hpp"

namespace sapha::thai::data {
extern const unsigned char terms[];
extern const std::size_t terms_size;
extern const unsigned char stopWords[];
extern const std::size_t stopWords_size;
} // namespace sapha::thai::data

namespace sapha::thai {

namespace {

std::string_view embedded(const unsigned char* bytes, std::size_t size)
{
    return std::string_view(reinterpret_cast<const char*>(bytes), size);
}

// Calls `take` with each line of `text` that is not blank or a `#` comment, trimmed.
template <typename Take>
void forEachEntry(std::string_view text, Take take)
{
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (const std::size_t hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front())))
            line.remove_prefix(1);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
            line.remove_suffix(1);
        if (!line.empty())
            take(line);
    }
}

// The length of the UTF-8 character that starts with `lead`.
std::size_t characterLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead >> 5) == 0x6)
        return 2;
    if ((lead >> 4) == 0xE)
        return 3;
    if ((lead >> 3) == 0x1E)
        return 4;
    return 1;
}

// A Thai vowel or tone mark written above or below its consonant (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E):
// a word never ends just before one.
bool startsWithCombiningMark(std::string_view text)
{
    if (text.size() < 3 || static_cast<unsigned char>(text[0]) != 0xE0)
        return false;
    const unsigned char b = static_cast<unsigned char>(text[1]);
    const unsigned char c = static_cast<unsigned char>(text[2]);
    if (b == 0xB8)
        return c == 0xB1 || (c >= 0xB4 && c <= 0xBA);
    if (b == 0xB9)
        return c >= 0x87 && c <= 0x8E;
    return false;
}

std::mutex currentLock;
std::shared_ptr<const Vocabulary>& current()
{
    static std::shared_ptr<const Vocabulary> vocabulary = std::make_shared<const Vocabulary>(Vocabulary::builtIn());
    return vocabulary;
}

} // namespace

Vocabulary Vocabulary::builtIn()
{
    Vocabulary vocabulary;
    vocabulary.addTerms(embedded(data::terms, data::terms_size));
    vocabulary.addStopWords(embedded(data::stopWords, data::stopWords_size));
    return vocabulary;
}

Vocabulary Vocabulary::withWorkspace(std::string_view termsFile, std::string_view stopWordsFile)
{
    Vocabulary vocabulary = builtIn();
    vocabulary.addTerms(termsFile);
    vocabulary.addStopWords(stopWordsFile);
    return vocabulary;
}

void Vocabulary::addTerm(std::string_view term)
{
    if (term.empty())
        return;
    m_terms.emplace(term);
    m_longestTerm = std::max(m_longestTerm, term.size());
}

void Vocabulary::addStopWord(std::string_view word)
{
    if (!word.empty())
        m_stopWords.emplace(word);
}

void Vocabulary::addTerms(std::string_view text)
{
    forEachEntry(text, [this](std::string_view term) { addTerm(term); });
}

void Vocabulary::addStopWords(std::string_view text)
{
    forEachEntry(text, [this](std::string_view word) { addStopWord(word); });
}

std::size_t Vocabulary::longestTermAt(std::string_view text) const
{
    // Every character boundary within the longest term's length, tried from the longest.
    std::vector<std::size_t> ends;
    for (std::size_t at = 0; at < text.size() && at < m_longestTerm;) {
        at += characterLength(static_cast<unsigned char>(text[at]));
        ends.push_back(std::min(at, text.size()));
    }
    for (auto end = ends.rbegin(); end != ends.rend(); ++end) {
        if (m_terms.count(std::string(text.substr(0, *end))) && !startsWithCombiningMark(text.substr(*end)))
            return *end;
    }
    return 0;
}

std::shared_ptr<const Vocabulary> currentVocabulary()
{
    std::lock_guard hold(currentLock);
    return current();
}

void useVocabulary(std::shared_ptr<const Vocabulary> vocabulary)
{
    std::lock_guard hold(currentLock);
    current() = vocabulary ? std::move(vocabulary) : std::make_shared<const Vocabulary>(Vocabulary::builtIn());
}

std::vector<std::string> icuWords(std::string_view utf8)
{
    std::vector<std::string> words;
    if (utf8.empty())
        return words;
    // ICU would read bytes that are not UTF-8 as U+FFFD, and the words would no longer give the text back.
    const SaphaIcuWords cut = icuLibrary().words;
    struct Taken {
        std::string_view text;
        std::vector<std::string>& words;
    } taken { utf8, words };
    const auto take = [](std::size_t start, std::size_t length, void* context) {
        Taken& into = *static_cast<Taken*>(context);
        into.words.emplace_back(into.text.substr(start, length));
    };
    if (!cut || !isValidUtf8(utf8) || !cut(utf8.data(), utf8.size(), take, &taken)) {
        words.clear();
        words.emplace_back(utf8);
    }
    return words;
}

std::vector<std::string> words(std::string_view utf8, const Vocabulary& vocabulary)
{
    std::vector<std::string> pieces = icuWords(utf8);
    if (vocabulary.termCount() == 0)
        return pieces;
    std::vector<std::string> result;
    result.reserve(pieces.size());
    std::size_t at = 0; // where pieces[i] starts in utf8
    for (std::size_t i = 0; i < pieces.size();) {
        const std::size_t term = vocabulary.longestTermAt(utf8.substr(at));
        if (term <= pieces[i].size()) {
            at += pieces[i].size();
            result.push_back(std::move(pieces[i++]));
            continue;
        }
        // A term longer than ICU's word: taken whole, up to where it ends.
        result.emplace_back(utf8.substr(at, term));
        const std::size_t termEnd = at + term;
        while (i < pieces.size() && at + pieces[i].size() <= termEnd)
            at += pieces[i++].size();
        if (at < termEnd) {
            // It ended inside one of ICU's words, whose cut depended on the letters the term took
            // ("อย่าง|น้อยห|นึ่ง"): the rest of the run, up to a space or punctuation, is cut again.
            at += pieces[i++].size();
            while (i < pieces.size() && isCountableWord(pieces[i], Vocabulary()))
                at += pieces[i++].size();
            const std::size_t runEnd = at;
            for (std::string& rest : words(utf8.substr(termEnd, runEnd - termEnd), vocabulary))
                result.push_back(std::move(rest));
        }
    }
    return result;
}

bool isCountableWord(std::string_view word, const Vocabulary& vocabulary)
{
    bool letter = false;
    for (std::size_t i = 0; i < word.size() && !letter; ++i) {
        const unsigned char c = static_cast<unsigned char>(word[i]);
        if (std::isalpha(c))
            letter = true;
        // Thai letters U+0E01–U+0E2E and vowels U+0E30–U+0E4E (E0 B8 81 … E0 B9 8E); not Thai digits.
        if (c == 0xE0 && i + 2 < word.size()) {
            const unsigned char b = static_cast<unsigned char>(word[i + 1]);
            const unsigned char d = static_cast<unsigned char>(word[i + 2]);
            letter = (b == 0xB8 && d >= 0x81) || (b == 0xB9 && d <= 0x8E);
        }
    }
    return letter && !vocabulary.isStopWord(word);
}

} // namespace sapha::thai
