// Sapha — word diff: Thai words (ICU's, the vocabulary's terms whole: sapha/thai_words.hpp), then a longest-common-subsequence diff of the words
// (Myers' O(ND) algorithm, so that long texts with few changes are fast).
// SPDX-License-Identifier: MIT
#include <sapha/diff/word_diff.hpp>

#include <algorithm>
#include <memory>
#include <unordered_map>

#include <sapha/thai_words.hpp>

namespace sapha::diff {

namespace {

// Beyond this many differing words the texts are treated as rewritten: the search's memory grows with
// the square of the number of edits.
constexpr int kMaxEdits = 3000;

// Myers' shortest edit script over token ids; marks, for each token of a and b, whether it is kept.
// Returns false (nothing kept) when the texts differ by more than kMaxEdits words.
bool myers(const std::vector<int>& a, const std::vector<int>& b, std::vector<bool>& keepA, std::vector<bool>& keepB)
{
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    const int max = std::min(n + m, kMaxEdits);
    const int offset = max + 1;
    std::vector<int> v(static_cast<std::size_t>(2 * max + 3), 0);
    // trace[d] holds v[-d..d] as it was before step d: all the backtrack needs.
    std::vector<std::vector<int>> trace;
    auto at = [&](int k) -> int& { return v[static_cast<std::size_t>(offset + k)]; };
    int finalD = -1;
    for (int d = 0; d <= max && finalD < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
            int y = x - k;
            while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) {
                ++x;
                ++y;
            }
            at(k) = x;
            if (x >= n && y >= m) {
                finalD = d;
                break;
            }
        }
    }
    keepA.assign(static_cast<std::size_t>(n), false);
    keepB.assign(static_cast<std::size_t>(m), false);
    if (finalD < 0)
        return false;
    int x = n;
    int y = m;
    for (int d = finalD; d > 0; --d) {
        const std::vector<int>& previous = trace[static_cast<std::size_t>(d)];
        auto before = [&](int k) { return previous[static_cast<std::size_t>(k + d)]; };
        const int k = x - y;
        const int previousK = (k == -d || (k != d && before(k - 1) < before(k + 1))) ? k + 1 : k - 1;
        const int previousX = before(previousK);
        const int previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            keepA[static_cast<std::size_t>(--x)] = true;
            keepB[static_cast<std::size_t>(--y)] = true;
        }
        x = previousX;
        y = previousY;
    }
    while (x > 0 && y > 0) {
        keepA[static_cast<std::size_t>(--x)] = true;
        keepB[static_cast<std::size_t>(--y)] = true;
    }
    return true;
}

void append(Segments& segments, Operation operation, const std::string& text)
{
    if (text.empty())
        return;
    if (!segments.empty() && segments.back().operation == operation)
        segments.back().text += text;
    else
        segments.push_back(Segment { operation, text });
}

} // namespace

std::vector<std::string> splitWords(std::string_view utf8)
{
    return thai::words(utf8, *thai::currentVocabulary());
}

Segments diffWords(std::string_view before, std::string_view after)
{
    Segments segments;
    if (before == after) {
        append(segments, Operation::Equal, std::string(before));
        return segments;
    }
    const std::vector<std::string> oldWords = splitWords(before);
    const std::vector<std::string> newWords = splitWords(after);
    // Words become small integers, so that the diff compares numbers.
    std::unordered_map<std::string, int> ids;
    auto idsOf = [&ids](const std::vector<std::string>& words) {
        std::vector<int> result;
        result.reserve(words.size());
        for (const std::string& word : words)
            result.push_back(ids.emplace(word, static_cast<int>(ids.size())).first->second);
        return result;
    };
    const std::vector<int> a = idsOf(oldWords);
    const std::vector<int> b = idsOf(newWords);
    // Common prefix and suffix need no search.
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const std::vector<int> middleA(a.begin() + static_cast<long>(prefix), a.end() - static_cast<long>(suffix));
    const std::vector<int> middleB(b.begin() + static_cast<long>(prefix), b.end() - static_cast<long>(suffix));
    std::vector<bool> keepA;
    std::vector<bool> keepB;
    myers(middleA, middleB, keepA, keepB);

    for (std::size_t i = 0; i < prefix; ++i)
        append(segments, Operation::Equal, oldWords[i]);
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < middleA.size() || j < middleB.size()) {
        if (i < middleA.size() && !keepA[i]) {
            append(segments, Operation::Delete, oldWords[prefix + i++]);
        } else if (j < middleB.size() && !keepB[j]) {
            append(segments, Operation::Insert, newWords[prefix + j++]);
        } else {
            append(segments, Operation::Equal, oldWords[prefix + i]);
            ++i;
            ++j;
        }
    }
    for (std::size_t k = oldWords.size() - suffix; k < oldWords.size(); ++k)
        append(segments, Operation::Equal, oldWords[k]);
    return segments;
}

std::string toWordDiffNotation(const Segments& segments)
{
    std::string out;
    for (const Segment& segment : segments) {
        switch (segment.operation) {
        case Operation::Delete:
            out += "[-" + segment.text + "-]";
            break;
        case Operation::Insert:
            out += "{+" + segment.text + "+}";
            break;
        case Operation::Equal:
        case Operation::None:
            out += segment.text;
        }
    }
    return out;
}

} // namespace sapha::diff
