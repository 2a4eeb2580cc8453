// Sapha — search across a workspace's documents.
// SPDX-License-Identifier: MIT
#include "search/workspace_search.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>

#include <sapha/thai_words.hpp>

#include "documents/documents.hpp"
#include "search/search_index.hpp"

namespace sapha::host {

namespace {

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

// The query cut into words once, for every text it is looked for in.
struct PreparedQuery {
    std::vector<Word> words;  // lowered
    std::string phrase;       // lowered, each run of spaces as one space (for `withinWords`)
    bool withinWords = false;
    // What a text holding the query must hold, byte for byte: each word (or the phrase).
    std::vector<std::string> needles;
};

PreparedQuery prepareQuery(const std::string& query, bool withinWords)
{
    PreparedQuery prepared;
    prepared.withinWords = withinWords;
    const std::string lowered = lowerAscii(query);
    prepared.words = wordsWithOffsets(lowered, *thai::currentVocabulary());
    for (const char c : lowered) {
        const bool space = std::isspace(static_cast<unsigned char>(c));
        if (!space)
            prepared.phrase += c;
        else if (!prepared.phrase.empty() && prepared.phrase.back() != ' ')
            prepared.phrase += ' ';
    }
    while (!prepared.phrase.empty() && prepared.phrase.back() == ' ')
        prepared.phrase.pop_back();
    if (withinWords)
        prepared.needles.push_back(prepared.phrase);
    else {
        for (const Word& word : prepared.words)
            prepared.needles.push_back(word.text);
    }
    return prepared;
}

// Whether `lowered` holds every needle: a text that does not cannot match, and is not cut into words.
bool mayMatch(std::string_view lowered, const PreparedQuery& query)
{
    // memmem rather than find: every Thai character starts with the same byte, which find looks for first.
    for (const std::string& needle : query.needles) {
        if (!::memmem(lowered.data(), lowered.size(), needle.data(), needle.size()))
            return false;
    }
    return true;
}

// Where the query's words stand in `words`, in order.
std::vector<std::pair<std::size_t, std::size_t>> wholeWordMatches(const std::vector<Word>& words, const PreparedQuery& query);

std::vector<std::pair<std::size_t, std::size_t>> matchesIn(const std::string& text, const PreparedQuery& query)
{
    std::vector<std::pair<std::size_t, std::size_t>> matches;
    const std::string haystack = lowerAscii(text);
    if (query.words.empty() || !mayMatch(haystack, query))
        return matches;
    if (query.withinWords) {
        const std::string& phrase = query.phrase;
        for (std::size_t at = haystack.find(phrase); at != std::string::npos; at = haystack.find(phrase, at + phrase.size()))
            matches.push_back({ at, at + phrase.size() });
        return matches;
    }
    return wholeWordMatches(wordsWithOffsets(haystack, *thai::currentVocabulary()), query);
}

// The same for element `i` of an indexed document, with its words as the index keeps them (where each
// ends): the text is not cut again.
std::vector<std::pair<std::size_t, std::size_t>> matchesIn(const IndexedDocument& document, std::size_t i, const PreparedQuery& query)
{
    const IndexedElement& element = document.elements[i];
    if (query.withinWords)
        return matchesIn(element.text, query);
    std::vector<std::pair<std::size_t, std::size_t>> matches;
    const std::string_view haystack = document.loweredText(i);
    if (query.words.empty() || !mayMatch(haystack, query))
        return matches;
    const std::vector<Word>& wanted = query.words;
    // The words of the text, blanks left out, as [start, end) in it; compared as they come: where the
    // first word of the query stands, the next words of the text are looked at.
    const auto isBlank = [&](std::size_t from, std::size_t to) {
        return std::all_of(haystack.begin() + from, haystack.begin() + to, [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
    };
    const std::vector<std::uint32_t>& ends = element.wordEnds;
    for (std::size_t w = 0; w < ends.size(); ++w) {
        const std::size_t start = w == 0 ? 0 : ends[w - 1];
        if (ends[w] < start || ends[w] > haystack.size())
            break;
        if (haystack.substr(start, ends[w] - start) != wanted[0].text)
            continue;
        // The query's next words, blanks between them skipped.
        std::size_t next = w + 1;
        std::size_t matchedEnd = ends[w];
        bool same = true;
        for (std::size_t j = 1; j < wanted.size() && same; ++j) {
            while (next < ends.size() && ends[next] >= ends[next - 1] && ends[next] <= haystack.size()
                && isBlank(ends[next - 1], ends[next]))
                ++next;
            same = next < ends.size() && ends[next] >= ends[next - 1] && ends[next] <= haystack.size()
                && haystack.substr(ends[next - 1], ends[next] - ends[next - 1]) == wanted[j].text;
            if (same)
                matchedEnd = ends[next++];
        }
        if (!same)
            continue;
        matches.push_back({ start, matchedEnd });
        w = next - 1;
    }
    return matches;
}

std::vector<std::pair<std::size_t, std::size_t>> wholeWordMatches(const std::vector<Word>& words, const PreparedQuery& query)
{
    std::vector<std::pair<std::size_t, std::size_t>> matches;
    const std::vector<Word>& wanted = query.words;
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
std::vector<SearchHit> hitsIn(const LoadedDocument& loaded, const std::string& path, const PreparedQuery& query)
{
    std::vector<SearchHit> hits;
    const std::string title = loaded.kind->title(*loaded.document);
    auto consider = [&](const std::string& text, const ElementInfo* element) {
        std::vector<std::pair<std::size_t, std::size_t>> matches = matchesIn(text, query);
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
void addHistory(const Documents& documents, const std::string& path, const PreparedQuery& query, std::vector<SearchHit>& hits)
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
        for (SearchHit& hit : hitsIn(loaded.value(), path, query)) {
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
    return matchesIn(text, prepareQuery(query, withinWords));
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
    const PreparedQuery prepared = prepareQuery(query, options.withinWords);
    if (prepared.words.empty())
        return Error { "nothing to search for: the query has no words", query, ErrorCode::Invalid };
    std::vector<SearchHit> hits;
    std::vector<std::string> paths;
    {
        // The documents as they are now, from the index (brought up to date first).
        const std::shared_ptr<SearchIndex> index = SearchIndex::of(documents.workspace().root() / ".git");
        std::lock_guard lock(index->mutex());
        index->refresh(documents);
        // Where the words are, ranked as ranksBefore ranks the hits; only those shown are made hits (a
        // common word is in tens of thousands of elements).
        struct Found {
            const IndexedDocument* document;
            std::size_t element;
            std::vector<std::pair<std::size_t, std::size_t>> matches;
        };
        std::vector<Found> found;
        for (const IndexedDocument& document : index->documents()) {
            if (!isOfKind(document.kindId, options.kindId))
                continue;
            paths.push_back(document.path);
            if (!mayMatch(document.lowered, prepared))
                continue;
            for (std::size_t i = 0; i < document.elements.size(); ++i) {
                std::vector<std::pair<std::size_t, std::size_t>> matches = matchesIn(document, i, prepared);
                if (!matches.empty())
                    found.push_back(Found { &document, i, std::move(matches) });
            }
        }
        const auto better = [](const Found& a, const Found& b) {
            if (a.matches.size() != b.matches.size())
                return a.matches.size() > b.matches.size();
            const std::string& aText = a.document->elements[a.element].text;
            const std::string& bText = b.document->elements[b.element].text;
            if (aText.size() != bText.size())
                return aText.size() < bText.size();
            if (a.document->path != b.document->path)
                return a.document->path < b.document->path;
            return a.document->elements[a.element].id < b.document->elements[b.element].id;
        };
        // With the history every hit is needed (to say when its words appeared).
        const std::size_t shown = options.history ? found.size() : std::min(found.size(), options.limit);
        std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(shown), found.end(), better);
        for (std::size_t f = 0; f < shown; ++f) {
            const IndexedDocument& document = *found[f].document;
            const IndexedElement& element = document.elements[found[f].element];
            SearchHit hit;
            hit.path = document.path;
            hit.documentTitle = document.title;
            if (found[f].element > 0) { // the first is the title
                hit.elementId = element.id;
                hit.elementType = element.type;
                hit.elementTerm = element.term;
                hit.elementLabel = element.label;
            }
            hit.text = element.text;
            hit.matches = std::move(found[f].matches);
            hits.push_back(std::move(hit));
        }
    }
    if (options.history) {
        for (const std::string& path : paths)
            addHistory(documents, path, prepared, hits);
    }
    std::stable_sort(hits.begin(), hits.end(), ranksBefore);
    if (hits.size() > options.limit)
        hits.resize(options.limit);
    return hits;
}

} // namespace sapha::host
