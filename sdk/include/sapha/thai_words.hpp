// Sapha — Thai words that mean something: ICU's word breaks with the field's vocabulary kept whole.
//
// ICU's dictionary splits the terms committees use ("คนไร้ที่พึ่ง" → คน|ไร้|ที่|พึ่ง, "ภาคีเครือข่าย" →
// ภาคี|เครือ|ข่าย), so a word cloud counted fragments and a word diff marked more than what changed.
// A vocabulary lists the terms to keep whole — the field's, built in, and a workspace's own, in its
// `.sapha/terms.txt` — and the stop words left out of counts (`.sapha/stop-words.txt` adds to them).
// Words are ICU's, except that at each of ICU's breaks the longest term starting there is taken whole
// and the text after it is broken by ICU again. PDF line breaking stays ICU's and Pango's.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <sapha/sdk_export.h>

namespace sapha::thai {

class SAPHA_SDK_EXPORT Vocabulary {
public:
    // Nothing: ICU's words as they are, no stop words.
    Vocabulary() = default;
    // The field's terms and stop words, built into Sapha.
    static Vocabulary builtIn();
    // The built-in vocabulary and a workspace's own: the texts of its terms and stop-words files, one
    // entry a line, `#` starting a comment.
    static Vocabulary withWorkspace(std::string_view termsFile, std::string_view stopWordsFile);

    void addTerm(std::string_view term);
    void addStopWord(std::string_view word);
    // Each line of `text` a term (or a stop word); blank lines and `#` comments skipped.
    void addTerms(std::string_view text);
    void addStopWords(std::string_view text);

    bool isTerm(std::string_view word) const { return m_terms.count(std::string(word)) > 0; }
    bool isStopWord(std::string_view word) const { return m_stopWords.count(std::string(word)) > 0; }
    std::size_t termCount() const { return m_terms.size(); }
    // The length in bytes of the longest term `text` begins with that does not end inside a character
    // cluster (before a Thai vowel or tone mark); 0 when none.
    std::size_t longestTermAt(std::string_view text) const;

private:
    std::unordered_set<std::string> m_terms;
    std::unordered_set<std::string> m_stopWords;
    std::size_t m_longestTerm = 0;
};

// The vocabulary this process cuts words with: built in until the host sets a workspace's (when it opens
// one). Shared so that a thread holding it keeps it while another workspace's is set.
SAPHA_SDK_EXPORT std::shared_ptr<const Vocabulary> currentVocabulary();
SAPHA_SDK_EXPORT void useVocabulary(std::shared_ptr<const Vocabulary> vocabulary);

// ICU's words (every piece between two breaks: spaces and punctuation included).
SAPHA_SDK_EXPORT std::vector<std::string> icuWords(std::string_view utf8);
// ICU's words with the vocabulary's terms whole; the pieces still join to the text.
SAPHA_SDK_EXPORT std::vector<std::string> words(std::string_view utf8, const Vocabulary& vocabulary);
// A word worth counting: it has a Thai or Latin letter and is not a stop word.
SAPHA_SDK_EXPORT bool isCountableWord(std::string_view word, const Vocabulary& vocabulary);

} // namespace sapha::thai
