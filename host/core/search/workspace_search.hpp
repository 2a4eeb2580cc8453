// Sapha — search across a workspace's documents: Thai words found whole, results as the elements of the
// documents in their plugin's terms (a resolution of meeting 1/2563 item 4.1, an indicator of a
// standard), ranked, with where the words are; with the history, text that existed in earlier versions
// and when it appeared and disappeared.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <sapha/status.hpp>

#include "workspace/revision.hpp"

namespace sapha::host {

class Documents;

struct SearchOptions {
    std::string kindId;        // only documents of this kind (its id or short name: "minutes"); empty: all
    bool history = false;      // also the versions in the history
    bool withinWords = false;  // find the query inside longer words too ("พึ่ง" in "คนไร้ที่พึ่ง")
    std::size_t limit = 50;
};

struct SearchHit {
    std::string path;
    std::string documentTitle;
    std::string elementId;     // empty: the document's title
    std::string elementType;   // the plugin's term, in English ("resolution")
    std::string elementTerm;   // in Thai ("มติ")
    std::string elementLabel;  // its numbering ("4.1")
    std::string text;          // the element's text where the words were found
    std::vector<std::pair<std::size_t, std::size_t>> matches; // byte ranges in `text`
    // With the history: the first version holding the words, and, when they are gone from the document
    // as it is now, the last version that held them.
    std::optional<Revision> since;
    std::optional<Revision> until;
    bool current = true;       // found in the document as it is now
};

// The elements holding every word of `query` in order (a phrase), best first. The error names what
// could not be read; a document that does not load is skipped, as `list` shows it.
Result<std::vector<SearchHit>> searchWorkspace(const Documents& documents, const std::string& query, const SearchOptions& options);

// Brings the workspace's indexes up to date with its documents, after a sync brought others' changes: the
// documents index (index/document_index.hpp), and the search index when there is one, so that the next
// log, history or search reads nothing. A search index not made yet is left to the first search (making it
// cuts every text into words). Returns how many documents the search index read again.
std::size_t updateIndexes(const Documents& documents);

// Whether the workspace has a search index on disk (made by a search, the GUI's tree, or a sync after one).
bool hasSearchIndex(const Documents& documents);


// The byte ranges of `query`'s words, in order and whole, in `text` (with `withinWords`, anywhere).
std::vector<std::pair<std::size_t, std::size_t>> findWords(const std::string& text, const std::string& query, bool withinWords);

// A line of `text` around its first match, the matches marked «like this», at most about `width`
// characters.
std::string searchSnippet(const std::string& text, const std::vector<std::pair<std::size_t, std::size_t>>& matches, std::size_t width = 60);

} // namespace sapha::host
