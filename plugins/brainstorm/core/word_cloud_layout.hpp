// Sapha brainstorm — where each word of a word cloud goes: the most used word largest in the middle, the
// others on a spiral around it, none overlapping, all inside the box. The caller measures text (a screen
// or a page), so the same placement serves the board and the projector.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <functional>
#include <vector>

#include "core/session_results.hpp"

namespace sapha::brainstorm {

struct PlacedWord {
    std::string word;
    int count = 0;
    double size = 0; // the font size the word was measured at
    double x = 0;    // top left, in the box's units
    double y = 0;
    double width = 0;
    double height = 0;
    // How strongly the word stands out, 0 (least used) to 1 (most used): for its colour.
    double weight = 0;
};

struct TextExtent {
    double width = 0;
    double height = 0;
};

// `measure(word, size)`: the extent of the word at that font size. Sizes run from `smallest` for the
// least used word to `largest` for the most used (by the square root of the count, so that one very
// common word does not shrink the rest to nothing). Words that find no room are left out.
SAPHA_BRAINSTORM_EXPORT std::vector<PlacedWord> layoutWordCloud(const std::vector<WordCount>& words, double boxWidth,
    double boxHeight, const std::function<TextExtent(const std::string&, double)>& measure, double smallest, double largest);

} // namespace sapha::brainstorm
