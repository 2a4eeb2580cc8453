// Sapha — search across a workspace's documents.
// SPDX-License-Identifier: MIT
#include "search/workspace_search.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <sapha/thai_words.hpp>

#include "documents/documents.hpp"

namespace sapha::host {

namespace {

// ASCII letters lowered; every other byte (Thai included) as it is, so offsets stay the same.
std::string lowered(std::string text)
{
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

struct Word {
    std::string text;
    std::size_t offset = 0;
};

// The words of `text` with where each starts; spaces left out.
std::vector<Word> wordsWithOffsets(const std::string& text, const thai::Vocabulary& vocabulary)
{
    std::vector<Word> result;
    std::size_t at = 0;
    for (std::string& word : thai::words(text, vocabulary)) {
        const std::size_t size = word.size();
        const bool blank = std::all_of(word.begin(), word.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
        if (!blank)
            result.push_back({ std::move(word), at });
        at += size;
    }
    return result;
}

// Whether a document of `kindId` ("minutes.meeting") is of the kind asked for: the full id, the part after
// the dot ("meeting") or the plugin's ("minutes": every kind of the plugin).
bool isOfKind(const std::string& kindId, const std::string& asked)
{
    if (asked.empty() || kindId == asked)
        return true;
    const std::size_t dot = kindId.find('.');
    return dot != std::string::npos && (kindId.substr(dot + 1) == asked || kindId.substr(0, dot) == asked);
}

// What is searched in one version of a document: its title, then each element.
std::vector<SearchHit> hitsIn(const LoadedDocument& loaded, const std::string& path, const std::string& query, bool withinWords)
{
    std::vector<SearchHit> hits;
    const std::string title = loaded.kind->title(*loaded.document);
    auto consider = [&](const std::string& text, const ElementInfo* element) {
        std::vector<std::pair<std::size_t, std::size_t>> matches = findWords(text, query, withinWords);
        if (matches.empty())
            return;
        SearchHit hit;
        hit.path = path;
        hit.documentTitle = title;
        if (element) {
            hit.elementId = element->id;
            hit.elementType = element->type;
            hit.elementTerm = element->thaiTerm.empty() ? element->type : element->thaiTerm;
            hit.elementLabel = element->label;
        }
        hit.text = text;
        hit.matches = std::move(matches);
        hits.push_back(std::move(hit));
    };
    consider(title, nullptr);
    for (const ElementInfo& element : loaded.kind->elements(*loaded.document))
        consider(element.text, &element);
    return hits;
}

std::string keyOf(const SearchHit& hit)
{
    return hit.path + "#" + hit.elementId;
}

// Best first: more matches, then the shorter text (the words weigh more in it), then by place.
bool ranksBefore(const SearchHit& a, const SearchHit& b)
{
    if (a.current != b.current)
        return a.current;
    if (a.matches.size() != b.matches.size())
        return a.matches.size() > b.matches.size();
    if (a.text.size() != b.text.size())
        return a.text.size() < b.text.size();
    return keyOf(a) < keyOf(b);
}

// The versions of `path` oldest first, each with what it held; the hits of the document as it is now
// gain when they first appeared, and hits of older versions gone since are added with when they went.
void addHistory(const Documents& documents, const std::string& path, const std::string& query, bool withinWords,
    std::vector<SearchHit>& hits)
{
    Result<std::vector<Revision>> revisions = documents.history(path);
    if (!revisions)
        return;
    std::map<std::string, SearchHit> seen; // by path#element: the first version that held the words
    std::map<std::string, SearchHit> last; // the last version that held them, with its text
    for (auto revision = revisions.value().rbegin(); revision != revisions.value().rend(); ++revision) {
        Result<LoadedDocument> loaded = documents.load(path, revision->id);
        if (!loaded)
            continue; // a version that does not load (an older format) is passed over
        for (SearchHit& hit : hitsIn(loaded.value(), path, query, withinWords)) {
            const std::string key = keyOf(hit);
            hit.since = *revision;
            hit.until = *revision;
            seen.emplace(key, hit);
            last[key] = std::move(hit);
        }
    }
    for (SearchHit& hit : hits) {
        if (hit.path != path)
            continue;
        if (auto first = seen.find(keyOf(hit)); first != seen.end())
            hit.since = first->second.since;
    }
    for (auto& [key, hit] : last) {
        const bool stillThere = std::any_of(hits.begin(), hits.end(), [&](const SearchHit& now) { return keyOf(now) == key; });
        if (stillThere)
            continue;
        hit.current = false;
        hit.since = seen[key].since;
        hits.push_back(std::move(hit));
    }
}

} // namespace

std::vector<std::pair<std::size_t, std::size_t>> findWords(const std::string& text, const std::string& query, bool withinWords)
{
    std::vector<std::pair<std::size_t, std::size_t>> matches;
    const std::string haystack = lowered(text);
    const std::shared_ptr<const thai::Vocabulary> vocabulary = thai::currentVocabulary();
    const std::vector<Word> wanted = wordsWithOffsets(lowered(query), *vocabulary);
    if (wanted.empty())
        return matches;
    if (withinWords) {
        // The query as typed, each run of spaces as one space.
        std::string phrase;
        for (const char c : lowered(query)) {
            const bool space = std::isspace(static_cast<unsigned char>(c));
            if (!space)
                phrase += c;
            else if (!phrase.empty() && phrase.back() != ' ')
                phrase += ' ';
        }
        while (!phrase.empty() && phrase.back() == ' ')
            phrase.pop_back();
        for (std::size_t at = haystack.find(phrase); at != std::string::npos; at = haystack.find(phrase, at + phrase.size()))
            matches.push_back({ at, at + phrase.size() });
        return matches;
    }
    const std::vector<Word> words = wordsWithOffsets(haystack, *vocabulary);
    for (std::size_t i = 0; i + wanted.size() <= words.size(); ++i) {
        bool same = true;
        for (std::size_t j = 0; j < wanted.size() && same; ++j)
            same = words[i + j].text == wanted[j].text;
        if (!same)
            continue;
        const Word& lastWord = words[i + wanted.size() - 1];
        matches.push_back({ words[i].offset, lastWord.offset + lastWord.text.size() });
        i += wanted.size() - 1;
    }
    return matches;
}

std::string searchSnippet(const std::string& text, const std::vector<std::pair<std::size_t, std::size_t>>& matches, std::size_t width)
{
    if (matches.empty())
        return text;
    // Cut between words (Thai has no spaces to cut at): about a third of the width before the first
    // match, the rest after it.
    const std::size_t budget = width * 3; // bytes: a Thai character is three
    const std::size_t wantFrom = matches.front().first > budget / 3 ? matches.front().first - budget / 3 : 0;
    const std::size_t wantTo = wantFrom + budget;
    std::size_t from = 0;
    std::size_t to = text.size();
    std::size_t at = 0;
    for (const std::string& word : thai::words(text, *thai::currentVocabulary())) {
        if (at <= wantFrom && at <= matches.front().first)
            from = at;
        if (at >= wantTo && at >= matches.front().second) {
            to = at;
            break;
        }
        at += word.size();
    }
    std::string snippet = from > 0 ? "…" : "";
    at = from;
    for (const auto& [start, end] : matches) {
        if (start < from || end > to)
            continue;
        snippet += text.substr(at, start - at) + "«" + text.substr(start, end - start) + "»";
        at = end;
    }
    snippet += text.substr(at, to - at) + (to < text.size() ? "…" : "");
    for (char& c : snippet)
        c = c == '\n' || c == '\t' ? ' ' : c;
    return snippet;
}

Result<std::vector<SearchHit>> searchWorkspace(const Documents& documents, const std::string& query, const SearchOptions& options)
{
    if (wordsWithOffsets(lowered(query), *thai::currentVocabulary()).empty())
        return Error { "nothing to search for: the query has no words", query, ErrorCode::Invalid };
    std::vector<SearchHit> hits;
    std::vector<std::string> paths;
    for (const DocumentEntry& entry : documents.list()) {
        if (!isOfKind(entry.kindId, options.kindId))
            continue;
        paths.push_back(entry.path);
        Result<LoadedDocument> loaded = documents.load(entry.path);
        if (!loaded)
            continue; // `check` names it; a search goes on
        for (SearchHit& hit : hitsIn(loaded.value(), entry.path, query, options.withinWords))
            hits.push_back(std::move(hit));
    }
    if (options.history) {
        for (const std::string& path : paths)
            addHistory(documents, path, query, options.withinWords, hits);
    }
    std::stable_sort(hits.begin(), hits.end(), ranksBefore);
    if (hits.size() > options.limit)
        hits.resize(options.limit);
    return hits;
}

} // namespace sapha::host
