// Sapha — the search index kept in .git/sapha/search-index.
// SPDX-License-Identifier: MIT
#include "search/search_index.hpp"

#include <cctype>
#include <charconv>
#include <cstdio>
#include <chrono>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sapha/thai_words.hpp>
#include <sapha/version.h>

#include "documents/documents.hpp"
#include "documents/workspace_vocabulary.hpp"
#include "storage/atomic_file.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

namespace {

constexpr std::string_view kHeader = "sapha-search-index 2 "; // then the vocabulary, a line
// A file this large is not an index Sapha wrote (10,000 documents make some 60 MB): it is built anew.
constexpr std::uintmax_t kLargestIndex = 2ull * 1024 * 1024 * 1024;

// Fields are written as LENGTH:BYTES, numbers as DIGITS; — nothing in a document's text needs escaping.
void putText(std::string& out, std::string_view text)
{
    out += std::to_string(text.size());
    out += ':';
    out += text;
}

void putNumber(std::string& out, long long number)
{
    out += std::to_string(number);
    out += ';';
}

// Reads what putText and putNumber wrote, from `at` on; false when the bytes are not that.
class Reader {
public:
    explicit Reader(std::string_view bytes) : m_bytes(bytes) { }
    bool atEnd() const { return m_at == m_bytes.size(); }

    bool number(long long& value, char end)
    {
        const char* first = m_bytes.data() + m_at;
        const char* last = m_bytes.data() + m_bytes.size();
        const auto [stop, error] = std::from_chars(first, last, value);
        if (error != std::errc() || stop == last || *stop != end)
            return false;
        m_at += static_cast<std::size_t>(stop - first) + 1;
        return true;
    }

    bool text(std::string& value)
    {
        long long size = 0;
        if (!number(size, ':') || size < 0 || static_cast<unsigned long long>(size) > m_bytes.size() - m_at)
            return false;
        value.assign(m_bytes.substr(m_at, static_cast<std::size_t>(size)));
        m_at += static_cast<std::size_t>(size);
        return true;
    }

private:
    std::string_view m_bytes;
    std::size_t m_at = 0;
};

void makeLowered(IndexedDocument& document)
{
    document.lowered.clear();
    document.loweredAt.clear();
    std::size_t size = 0;
    for (const IndexedElement& element : document.elements)
        size += element.text.size() + 1;
    document.lowered.reserve(size);
    for (const IndexedElement& element : document.elements) {
        document.loweredAt.push_back(document.lowered.size());
        document.lowered += element.text;
        document.lowered += '\n';
    }
    document.lowered = lowerAscii(std::move(document.lowered));
}

// The working file's size and time of change; false when it cannot be read.
bool fileStamp(int directory, const char* file, std::uint64_t& size, std::int64_t& changedAt)
{
    struct stat status {};
    if (::fstatat(directory, file, &status, 0) != 0)
        return false;
    size = static_cast<std::uint64_t>(status.st_size);
    changedAt = static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec;
    // A file changed within the last two seconds may change again within the clock's granularity,
    // keeping its size and time: it is read again at the next search too (as git treats a "racy" file).
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    if (std::chrono::duration_cast<std::chrono::nanoseconds>(now).count() - changedAt < 2000000000LL)
        changedAt = -1;
    return true;
}

Result<IndexedDocument> readDocument(const Documents& documents, const DocumentEntry& entry)
{
    std::uint64_t size = 0;
    std::int64_t changedAt = 0;
    if (!fileStamp(AT_FDCWD, (documents.workspace().root() / entry.path).c_str(), size, changedAt))
        return Error { "cannot be read", entry.path };
    Result<LoadedDocument> loaded = documents.load(entry.path);
    if (!loaded)
        return loaded.error();
    IndexedDocument indexed = describeDocument(loaded.value(), entry.path);
    indexed.kindId = entry.kindId;
    indexed.size = size;
    indexed.changedAt = changedAt;
    return indexed;
}

} // namespace

std::vector<std::uint32_t> wordEndsOf(std::string_view lowered, const thai::Vocabulary& vocabulary)
{
    std::vector<std::uint32_t> ends;
    std::uint32_t at = 0;
    for (const std::string& word : thai::words(lowered, vocabulary)) {
        at += static_cast<std::uint32_t>(word.size());
        ends.push_back(at);
    }
    return ends;
}

IndexedDocument describeDocument(const LoadedDocument& loaded, std::string path)
{
    IndexedDocument described;
    described.path = std::move(path);
    described.title = loaded.kind->title(*loaded.document);
    described.elements.push_back(IndexedElement { {}, {}, {}, {}, described.title, {} });
    for (ElementInfo& element : loaded.kind->elements(*loaded.document)) {
        std::string term = element.thaiTerm.empty() ? element.type : std::move(element.thaiTerm);
        described.elements.push_back(IndexedElement {
            std::move(element.id), std::move(element.type), std::move(term), std::move(element.label), std::move(element.text), {} });
    }
    makeLowered(described);
    const std::shared_ptr<const thai::Vocabulary> vocabulary = thai::currentVocabulary();
    for (std::size_t i = 0; i < described.elements.size(); ++i)
        described.elements[i].wordEnds = wordEndsOf(described.loweredText(i), *vocabulary);
    return described;
}

std::string vocabularyFingerprint(const fs::path& workspaceRoot)
{
    const WorkspaceVocabularyFiles files = readWorkspaceVocabularyFiles(workspaceRoot);
    // FNV-1a: the same name for the same words in every build.
    std::uint64_t hash = 14695981039346656037ull;
    for (const std::string* part : { &files.terms, &files.stopWords }) {
        for (const char c : *part + '\0') {
            hash ^= static_cast<unsigned char>(c);
            hash *= 1099511628211ull;
        }
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return std::string(SAPHA_VERSION_STRING) + "-" + hex;
}

std::string lowerAscii(std::string text)
{
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

SearchIndex::SearchIndex(fs::path file)
    : m_file(std::move(file))
{
}

std::string SearchIndex::serialize(const std::vector<IndexedDocument>& documents, const std::string& vocabulary)
{
    std::string out(kHeader);
    out += vocabulary;
    out += '\n';
    for (const IndexedDocument& document : documents) {
        putText(out, document.path);
        putText(out, document.kindId);
        putText(out, document.title);
        putNumber(out, static_cast<long long>(document.size));
        putNumber(out, document.changedAt);
        putNumber(out, static_cast<long long>(document.elements.size()));
        for (const IndexedElement& element : document.elements) {
            putText(out, element.id);
            putText(out, element.type);
            putText(out, element.term);
            putText(out, element.label);
            putText(out, element.text);
            putNumber(out, static_cast<long long>(element.wordEnds.size()));
            for (const std::uint32_t end : element.wordEnds)
                putNumber(out, end);
        }
    }
    return out;
}

bool SearchIndex::parse(std::string_view bytes, const std::string& vocabulary, std::vector<IndexedDocument>& documents)
{
    documents.clear();
    const std::string header = std::string(kHeader) + vocabulary + "\n";
    if (bytes.substr(0, header.size()) != header)
        return false;
    Reader reader(bytes.substr(header.size()));
    while (!reader.atEnd()) {
        IndexedDocument document;
        long long size = 0;
        long long changedAt = 0;
        long long count = 0;
        if (!reader.text(document.path) || !reader.text(document.kindId) || !reader.text(document.title)
            || !reader.number(size, ';') || !reader.number(changedAt, ';') || !reader.number(count, ';') || size < 0
            || count < 0 || (!documents.empty() && !(documents.back().path < document.path))) {
            documents.clear();
            return false;
        }
        document.size = static_cast<std::uint64_t>(size);
        document.changedAt = changedAt;
        for (long long i = 0; i < count; ++i) {
            IndexedElement element;
            if (!reader.text(element.id) || !reader.text(element.type) || !reader.text(element.term)
                || !reader.text(element.label) || !reader.text(element.text)) {
                documents.clear();
                return false;
            }
            long long words = 0;
            if (!reader.number(words, ';') || words < 0 || static_cast<unsigned long long>(words) > element.text.size() + 1) {
                documents.clear();
                return false;
            }
            long long previous = 0;
            for (long long w = 0; w < words; ++w) {
                long long end = 0;
                // Each end after the one before and within the text: a damaged index cannot point outside it.
                if (!reader.number(end, ';') || end < previous || static_cast<unsigned long long>(end) > element.text.size()) {
                    documents.clear();
                    return false;
                }
                element.wordEnds.push_back(static_cast<std::uint32_t>(end));
                previous = end;
            }
            document.elements.push_back(std::move(element));
        }
        makeLowered(document);
        documents.push_back(std::move(document));
    }
    return true;
}

std::size_t SearchIndex::refresh(const Documents& documents)
{
    const std::string vocabulary = vocabularyFingerprint(documents.workspace().root());
    if (m_read && vocabulary != m_vocabulary) {
        m_documents.clear(); // the words are to be cut anew
        m_read = false;
    }
    if (!m_read) {
        // A missing, damaged or foreign index, or one cut with other words, is built anew: it holds
        // nothing that is not in the documents.
        std::error_code error;
        if (fs::file_size(m_file, error) <= kLargestIndex && !error) {
            if (Result<std::string> bytes = readFile(m_file))
                parse(bytes.value(), vocabulary, m_documents);
        }
        m_read = true;
        m_vocabulary = vocabulary;
    }
    // Both lists are sorted by path: walked side by side. (A search of 10,000 documents spends most
    // of its time here, looking at each file's size and time.)
    const std::vector<DocumentEntry> entries = documents.list();
    std::vector<IndexedDocument> fresh;
    fresh.reserve(entries.size());
    std::size_t readAgain = 0;
    std::size_t updated = 0;
    // Each file looked at from the workspace's folder, its path not walked from / every time.
    const int root = ::open(documents.workspace().root().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    auto old = m_documents.begin();
    for (const DocumentEntry& entry : entries) {
        while (old != m_documents.end() && old->path < entry.path)
            ++old;
        std::uint64_t size = 0;
        std::int64_t changedAt = 0;
        if (old != m_documents.end() && old->path == entry.path && old->kindId == entry.kindId && old->changedAt >= 0
            && root >= 0 && fileStamp(root, entry.path.c_str(), size, changedAt) && size == old->size && changedAt == old->changedAt) {
            fresh.push_back(std::move(*old));
            continue;
        }
        ++readAgain;
        if (Result<IndexedDocument> read = readDocument(documents, entry)) {
            fresh.push_back(std::move(read.value()));
            ++updated;
        }
    }
    if (root >= 0)
        ::close(root);
    // (A document that does not load is tried again at every search, but rewrites the file only once.)
    const bool changed = updated > 0 || fresh.size() != m_documents.size();
    m_documents = std::move(fresh);
    if (changed) {
        // An index that cannot be written (a read-only workspace, a full disk) is kept in memory only.
        std::error_code error;
        fs::create_directories(m_file.parent_path(), error);
        (void)writeFileAtomically(m_file, serialize(m_documents, m_vocabulary));
    }
    return readAgain;
}

std::shared_ptr<SearchIndex> SearchIndex::of(const fs::path& gitDirectory)
{
    // The last workspace searched: a person searches one workspace at a time.
    static std::mutex guard;
    static std::shared_ptr<SearchIndex> last;
    const fs::path file = gitDirectory / "sapha" / "search-index";
    std::lock_guard lock(guard);
    if (!last || last->m_file != file)
        last = std::make_shared<SearchIndex>(file);
    return last;
}

} // namespace sapha::host
