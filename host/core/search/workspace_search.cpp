// Sapha — search across a workspace's documents.
// SPDX-License-Identifier: MIT
#include "search/workspace_search.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <span>

#include <sapha/thai_words.hpp>

#include "documents/documents.hpp"
#include "index/document_index.hpp"
#include "messages/message_language.hpp"
#include "search/search_index.hpp"

namespace sapha::host {

namespace {

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

// The words of `text`, spaces left out.
std::vector<std::string> wordsOf(const std::string& text, const thai::Vocabulary& vocabulary)
{
    std::vector<std::string> result;
    for (std::string& word : thai::words(text, vocabulary)) {
        if (!isBlank(word))
            result.push_back(std::move(word));
    }
    return result;
}

// The query cut into words once, for every text it is looked for in.
struct PreparedQuery {
    std::vector<std::string> words; // lowered
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
    prepared.words = wordsOf(lowered, *thai::currentVocabulary());
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
        prepared.needles = prepared.words;
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

// Where the query stands in `lowered` (a text with ASCII letters lowered) whose words end at `ends`:
// its words whole and in order, blanks between them skipped; or, with `withinWords`, its phrase anywhere.
std::vector<std::pair<std::size_t, std::size_t>> matchesIn(
    std::string_view lowered, std::span<const std::uint32_t> ends, const PreparedQuery& query)
{
    std::vector<std::pair<std::size_t, std::size_t>> matches;
    if (query.words.empty() || !mayMatch(lowered, query))
        return matches;
    if (query.withinWords) {
        const std::string& phrase = query.phrase;
        for (std::size_t at = lowered.find(phrase); at != std::string_view::npos; at = lowered.find(phrase, at + phrase.size()))
            matches.push_back({ at, at + phrase.size() });
        return matches;
    }
    const auto word = [&](std::size_t w) {
        const std::size_t start = w == 0 ? 0 : ends[w - 1];
        return lowered.substr(start, ends[w] - start);
    };
    const std::vector<std::string>& wanted = query.words;
    for (std::size_t w = 0; w < ends.size(); ++w) {
        if (word(w) != wanted[0])
            continue;
        std::size_t next = w + 1;
        bool same = true;
        for (std::size_t j = 1; j < wanted.size() && same; ++j) {
            while (next < ends.size() && isBlank(word(next)))
                ++next;
            same = next < ends.size() && word(next) == wanted[j];
            ++next;
        }
        if (!same)
            continue;
        matches.push_back({ w == 0 ? 0 : ends[w - 1], ends[next - 1] });
        w = next - 1;
    }
    return matches;
}

// The elements of `document` holding the query, with where (views into the document's bytes).
struct Found {
    const IndexedDocument* document;
    IndexedElement element;
    bool isTitle = false;
    std::vector<std::pair<std::size_t, std::size_t>> matches;
};

void findIn(const IndexedDocument& document, const PreparedQuery& query, std::vector<Found>& found)
{
    // Most documents hold not every word looked for: their elements are not even read.
    if (!mayMatch(document.lowered, query))
        return;
    const std::vector<IndexedElement> elements = document.elements();
    for (std::size_t i = 0; i < elements.size(); ++i) {
        std::vector<std::pair<std::size_t, std::size_t>> matches = matchesIn(elements[i].lowered, elements[i].wordEnds, query);
        if (!matches.empty())
            found.push_back(Found { &document, elements[i], i == 0, std::move(matches) });
    }
}

SearchHit hitOf(Found found)
{
    const IndexedDocument& document = *found.document;
    const IndexedElement& element = found.element;
    SearchHit hit;
    hit.path = document.path;
    hit.documentTitle = document.title;
    if (!found.isTitle) { // the first element is the title
        hit.elementId = element.id;
        hit.elementType = element.type;
        hit.elementTerm = element.term;
        hit.elementLabel = element.label;
    }
    hit.text = element.text;
    hit.matches = std::move(found.matches);
    return hit;
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

// The hits in one version of a document: its title, then each element.
std::vector<SearchHit> hitsIn(const LoadedDocument& loaded, const std::string& path, const PreparedQuery& query)
{
    const IndexedDocument described = describeDocument(loaded, path);
    std::vector<Found> found;
    findIn(described, query, found);
    std::vector<SearchHit> hits;
    for (Found& one : found)
        hits.push_back(hitOf(std::move(one)));
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
    const PreparedQuery prepared = prepareQuery(query, withinWords);
    const std::string lowered = lowerAscii(text);
    if (prepared.words.empty() || !mayMatch(lowered, prepared))
        return {};
    return matchesIn(lowered, withinWords ? std::vector<std::uint32_t>() : wordEndsOf(lowered, *thai::currentVocabulary()), prepared);
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

bool hasSearchIndex(const Documents& documents)
{
    std::error_code error;
    return std::filesystem::exists(documents.workspace().root() / ".git" / "sapha" / "search-index", error);
}

std::size_t updateIndexes(const Documents& documents)
{
    (void)indexedSummaries(documents.workspace(), documents.registry());
    if (!hasSearchIndex(documents))
        return 0;
    const std::shared_ptr<SearchIndex> index = SearchIndex::of(documents.workspace().root() / ".git");
    std::lock_guard lock(index->mutex());
    return index->refresh(documents);
}

Result<std::vector<SearchHit>> searchWorkspace(const Documents& documents, const std::string& query, const SearchOptions& options)
{
    const PreparedQuery prepared = prepareQuery(query, options.withinWords);
    if (prepared.words.empty())
        return Error { localized("ไม่มีคำให้ค้นหา", "nothing to search for: the query has no words"), query, ErrorCode::Invalid };
    std::vector<SearchHit> hits;
    std::vector<std::string> paths;
    {
        // The documents as they are now, from the index (brought up to date first).
        const std::shared_ptr<SearchIndex> index = SearchIndex::of(documents.workspace().root() / ".git");
        std::lock_guard lock(index->mutex());
        index->refresh(documents);
        // Where the words are, ranked as ranksBefore ranks the hits; only those shown are made hits (a
        // common word is in tens of thousands of elements).
        std::vector<Found> found;
        for (const IndexedDocument& document : index->documents()) {
            if (!isOfKind(document.kindId, options.kindId))
                continue;
            paths.push_back(document.path);
            findIn(document, prepared, found);
        }
        const auto better = [](const Found& a, const Found& b) {
            if (a.matches.size() != b.matches.size())
                return a.matches.size() > b.matches.size();
            if (a.element.text.size() != b.element.text.size())
                return a.element.text.size() < b.element.text.size();
            if (a.document->path != b.document->path)
                return a.document->path < b.document->path;
            return a.element.id < b.element.id;
        };
        // With the history every hit is needed (to say when its words appeared).
        const std::size_t shown = options.history ? found.size() : std::min(found.size(), options.limit);
        std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(shown), found.end(), better);
        for (std::size_t f = 0; f < shown; ++f)
            hits.push_back(hitOf(std::move(found[f])));
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
