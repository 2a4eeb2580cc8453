// Sapha brainstorm — word cloud placement.
// SPDX-License-Identifier: MIT
#include "core/word_cloud_layout.hpp"

#include <algorithm>
#include <cmath>

namespace sapha::brainstorm {

namespace {

// Words closer than this read as one phrase: the gap grows with the larger of the two.
bool overlaps(const PlacedWord& a, const PlacedWord& b, double smallestGap)
{
    const double gap = std::max(smallestGap, std::max(a.size, b.size) * 0.25);
    return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

} // namespace

std::vector<PlacedWord> layoutWordCloud(const std::vector<WordCount>& words, double boxWidth, double boxHeight,
    const std::function<TextExtent(const std::string&, double)>& measure, double smallest, double largest)
{
    std::vector<PlacedWord> placed;
    if (words.empty() || boxWidth <= 0 || boxHeight <= 0)
        return placed;
    int most = 0;
    int least = words.front().count;
    for (const WordCount& word : words) {
        most = std::max(most, word.count);
        least = std::min(least, word.count);
    }
    // Most used first: they take the middle.
    std::vector<WordCount> ordered = words;
    std::stable_sort(ordered.begin(), ordered.end(), [](const WordCount& a, const WordCount& b) { return a.count > b.count; });
    const double centreX = boxWidth / 2;
    const double centreY = boxHeight / 2;
    const double gap = std::max(1.0, smallest * 0.15);
    // An Archimedean spiral, flattened to the box's shape; the step keeps successive tries a few units apart.
    const double aspect = boxWidth / boxHeight;
    const double maxRadius = std::hypot(boxWidth, boxHeight) / 2;
    for (const WordCount& word : ordered) {
        const double weight = most == least ? 1.0 : std::sqrt(static_cast<double>(word.count - least) / (most - least));
        const double size = smallest + (largest - smallest) * weight;
        const TextExtent extent = measure(word.word, size);
        if (extent.width > boxWidth || extent.height > boxHeight)
            continue;
        PlacedWord candidate { word.word, word.count, size, 0, 0, extent.width, extent.height, weight };
        bool found = false;
        for (double angle = 0;; angle += 0.12) {
            const double radius = 2.0 * angle;
            if (radius > maxRadius)
                break;
            candidate.x = centreX + radius * std::cos(angle) * std::sqrt(aspect) - extent.width / 2;
            candidate.y = centreY + radius * std::sin(angle) / std::sqrt(aspect) - extent.height / 2;
            if (candidate.x < 0 || candidate.y < 0 || candidate.x + extent.width > boxWidth || candidate.y + extent.height > boxHeight)
                continue;
            if (std::none_of(placed.begin(), placed.end(), [&](const PlacedWord& other) { return overlaps(candidate, other, gap); })) {
                found = true;
                break;
            }
        }
        if (found)
            placed.push_back(candidate);
    }
    return placed;
}

} // namespace sapha::brainstorm
