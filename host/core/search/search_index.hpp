// Sapha — the search index: the text of every document's elements as the plugins describe them, kept in
// .git/sapha/search-index so that a search reads no document and runs no plugin code for the documents
// that did not change since the last search.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/document_kind.hpp>

namespace sapha::thai {
class Vocabulary;
}

namespace sapha::host {

class Documents;
struct LoadedDocument;

// One element of an indexed document: views into its document's bytes, valid while the document is.
struct IndexedElement {
    std::string_view id;    // empty: the document's title
    std::string_view type;  // the plugin's term in English ("resolution")
    std::string_view term;  // in Thai ("มติ")
    std::string_view label; // its numbering ("4.1")
    std::string_view text;
    std::string_view lowered; // the text with ASCII letters lowered (the same bytes when it has none)
    // Where each word of the text ends (its ASCII letters lowered), cut with the workspace's vocabulary
    // when it was indexed: a search compares words without cutting the text again. Ascending and within
    // the text (an index that says otherwise is refused when read).
    std::span<const std::uint32_t> wordEnds;
};

// One document of the index. Its elements are kept as the bytes the index file holds them in (see
// search_index.cpp) and read only when asked for: a search reads them only for documents whose lowered
// text holds every word looked for, so a search of 10,000 documents makes no copy of their texts.
struct IndexedDocument {
    std::string path;
    std::string kindId;
    std::string title;
    // The working file as it was read: a file whose size or time of change differs is read again.
    std::uint64_t size = 0;
    std::int64_t changedAt = 0; // nanoseconds
    // The elements' texts, ASCII letters lowered, one per line: what a search looks through first.
    std::string_view lowered;
    // The document's elements as bytes (checked when read), and what keeps those bytes.
    std::string_view record;
    std::uint32_t elementCount = 0;
    std::shared_ptr<const void> storage;

    // The title first, then the plugin's elements.
    std::vector<IndexedElement> elements() const;
};

class MappedFile;

class SearchIndex {
public:
    // The index kept in `file` (not read yet).
    explicit SearchIndex(std::filesystem::path file);

    // Brings the index up to date with the working tree of `documents`' workspace: documents new or
    // changed since (a save, a sync, an edit outside Sapha) are read again through their plugin, those
    // gone are dropped, and the file is rewritten when anything changed. A document that does not load is
    // left out (and tried again next time). Returns how many documents were read again. When `stop`
    // says so between two documents, the refresh is given up and the index left as it was.
    std::size_t refresh(const Documents& documents, const std::function<bool()>& stop = {});

    const std::vector<IndexedDocument>& documents() const { return m_documents; }

    // The index of the workspace whose git folder is `gitDirectory`, shared by the threads of this
    // process (the GUI keeps it between searches); lock `mutex()` while using it.
    static std::shared_ptr<SearchIndex> of(const std::filesystem::path& gitDirectory);
    std::mutex& mutex() { return m_mutex; }

    // The index as bytes, and back (nothing when the bytes are not an index of this format: it is then
    // built anew). Public for the tests. The documents parsed keep `keeper`, which keeps `bytes`.
    // `vocabulary` names the words the texts were cut with: an index cut with other words is built anew.
    static std::string serialize(const std::vector<IndexedDocument>& documents, const std::string& vocabulary);
    static bool parse(std::string_view bytes, const std::shared_ptr<const void>& keeper, const std::string& vocabulary,
        std::vector<IndexedDocument>& documents);

private:
    std::filesystem::path m_file;
    bool m_read = false;
    std::string m_vocabulary; // what the documents' words were cut with
    std::vector<IndexedDocument> m_documents; // by path
    std::shared_ptr<const MappedFile> m_mapped; // the file the documents read were read from
    std::mutex m_mutex;
};

// What a search looks through in one version of a document: its title, then the plugin's elements, with
// their words cut by the process's vocabulary (the file's size, time and kind left empty).
IndexedDocument describeDocument(const LoadedDocument& loaded, std::string path);

// Where each word of `lowered` ends, cut with `vocabulary`.
std::vector<std::uint32_t> wordEndsOf(std::string_view lowered, const thai::Vocabulary& vocabulary);

// A name for the words a workspace's texts are cut with: Sapha's version (its built-in terms) and the
// workspace's own terms and stop words.
std::string vocabularyFingerprint(const std::filesystem::path& workspaceRoot);

// `text` with ASCII letters lowered; every other byte (Thai included) as it is, so offsets stay the same.
std::string lowerAscii(std::string text);

} // namespace sapha::host
