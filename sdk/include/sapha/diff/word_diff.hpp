// Sapha — word-level difference of two texts. Thai has no spaces between words, so words are found
// with ICU's dictionary word breaker: a one-word change in a Thai sentence shows as that word, where
// `git diff --word-diff` (which splits on spaces) marks the whole sentence.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <sapha/sdk_export.h>

namespace sapha::diff {

enum class Operation { None, Equal, Delete, Insert };

struct Segment {
    Operation operation = Operation::None;
    std::string text;
};

using Segments = std::vector<Segment>;

// The text cut into words, spaces and punctuation, in order (joining them gives the text back); Thai
// by ICU with the current vocabulary's terms whole (sapha/thai_words.hpp).
SAPHA_SDK_EXPORT std::vector<std::string> splitWords(std::string_view utf8);

// The difference as runs of equal, deleted and inserted text, adjacent runs of one kind merged.
// Joining the Equal and Delete runs gives `before`; the Equal and Insert runs give `after`.
SAPHA_SDK_EXPORT Segments diffWords(std::string_view before, std::string_view after);

// In the notation of `git diff --word-diff`: "[-old-]{+new+}".
SAPHA_SDK_EXPORT std::string toWordDiffNotation(const Segments& segments);

} // namespace sapha::diff
