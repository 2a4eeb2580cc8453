// Sapha tests — the English words left in a message meant for a Thai reader.
// SPDX-License-Identifier: MIT
#pragma once

#include <cctype>
#include <string>
#include <vector>

namespace sapha::test {

// Runs of three and more Latin letters outside double quotes (what the user typed is quoted and may be in
// any language), an id in [brackets], and words joined to others by / . - _ # (a path, sapha-cli, --ours,
// YYYY-MM-DD, STANDARD#INDICATOR): what a Thai reader would find untranslated. A command's verb is typed as
// it is ("sapha-cli resolve").
inline std::vector<std::string> englishWordsIn(const std::string& message)
{
    static const std::vector<std::string> kFormats { "resolve" };
    std::vector<std::string> words;
    bool quoted = false;
    bool bracketed = false;
    std::string word;
    auto flush = [&](char next) {
        const bool partOfPath = next == '/' || next == '.' || next == '-' || next == '_' || next == '#';
        bool format = false;
        for (const std::string& known : kFormats)
            format = format || word == known;
        if (word.size() >= 3 && !partOfPath && !format)
            words.push_back(word);
        word.clear();
    };
    char before = ' ';
    for (char c : message) {
        if (c == '"')
            quoted = !quoted;
        else if (c == '[')
            bracketed = true;
        else if (c == ']')
            bracketed = false;
        const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
        if (letter && !quoted && !bracketed) {
            // A word glued to a path or an id (plans/x.plan.xml, ind-rehab) is not prose.
            if (word.empty() && (before == '/' || before == '.' || before == '-' || before == '_' || before == '#'))
                word = "/";
            word += c;
        } else if (!word.empty()) {
            if (word[0] == '/')
                word.clear();
            else
                flush(c);
        }
        before = c;
    }
    if (!word.empty() && word[0] != '/')
        flush(' ');
    return words;
}

} // namespace sapha::test
