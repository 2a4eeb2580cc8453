// Sapha — the search index kept in .git/sapha/search-index.
// SPDX-License-Identifier: MIT
#include "search/search_index.hpp"

#include <bit>
#include <cctype>
#include <cstring>
#include <cstdio>
#include <chrono>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sapha/thai_words.hpp>
#include <sapha/version.h>

#include "documents/documents.hpp"
#include "documents/workspace_vocabulary.hpp"
#include "messages/message_language.hpp"
#include "storage/atomic_file.hpp"
#include "storage/file_stamp.hpp"
#include "storage/mapped_file.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

namespace {

// The file: this header, then the vocabulary and a newline, padded with NULs to four bytes; then one entry
// per document, sorted by path:
//   entry  := u32 entryBytes, u32 sizeLow, u32 sizeHigh, u32 changedLow, u32 changedHigh, text path,
//             text kindId, record
//   record := u32 recordBytes, u32 elementCount, text title, text lowered, element...
//   element:= text id, text type, text term, text label, u32 start, u32 length (of its text in lowered),
//             u32 ownText (1: its text follows, ASCII letters not lowered; 0: the lowered bytes are the
//             text), [text], u32 wordCount, u32 wordEnd...
//   text   := u32 length, the bytes, NULs to the next multiple of four
// Numbers in the machine's byte order ("le" in the header). Everything starts at a multiple of four, so
// the word ends are read in place, and a document's record is copied as it is when the index is written.
constexpr std::string_view kHeader = "sapha-search-index 5 le "; // then the vocabulary, a line
// A file this large is not an index Sapha wrote (10,000 documents make some 90 MB): it is built anew.
constexpr std::uintmax_t kLargestIndex = 2ull * 1024 * 1024 * 1024;

static_assert(std::endian::native == std::endian::little, "the search index is written in little-endian order");

class Writer {
public:
    explicit Writer(std::string& out) : m_out(out) { }
    void number(std::uint32_t value)
    {
        char bytes[4];
        std::memcpy(bytes, &value, 4);
        m_out.append(bytes, 4);
    }
    void text(std::string_view text)
    {
        number(static_cast<std::uint32_t>(text.size()));
        m_out += text;
        pad();
    }
    void pad() { m_out.append((4 - m_out.size() % 4) % 4, '\0'); }

private:
    std::string& m_out;
};

// Reads what Writer wrote; every read checks it stays within the bytes.
class Reader {
public:
    explicit Reader(std::string_view bytes) : m_bytes(bytes) { }
    bool atEnd() const { return m_at == m_bytes.size(); }
    std::string_view rest() const { return m_bytes.substr(m_at); }

    bool number(std::uint32_t& value)
    {
        if (m_bytes.size() - m_at < 4)
            return false;
        std::memcpy(&value, m_bytes.data() + m_at, 4);
        m_at += 4;
        return true;
    }

    bool text(std::string_view& value)
    {
        std::uint32_t size = 0;
        if (!number(size) || size > m_bytes.size() - m_at)
            return false;
        const std::size_t padded = (static_cast<std::size_t>(size) + 3) / 4 * 4;
        if (padded > m_bytes.size() - m_at)
            return false;
        value = m_bytes.substr(m_at, size);
        m_at += padded;
        return true;
    }

    bool numbers(std::uint32_t count, std::span<const std::uint32_t>& values)
    {
        const char* first = m_bytes.data() + m_at;
        if (count > (m_bytes.size() - m_at) / 4 || reinterpret_cast<std::uintptr_t>(first) % alignof(std::uint32_t) != 0)
            return false;
        values = std::span<const std::uint32_t>(reinterpret_cast<const std::uint32_t*>(first), count);
        m_at += static_cast<std::size_t>(count) * 4;
        return true;
    }

private:
    std::string_view m_bytes;
    std::size_t m_at = 0;
};

// Walks the `count` elements that `reader` is at, each given to `each`; false when the bytes are not
// elements whose texts lie within `lowered` and whose word ends go forward within their text.
template <typename Each>
bool walkElements(Reader& reader, std::string_view lowered, std::uint32_t count, Each&& each)
{
    for (std::uint32_t i = 0; i < count; ++i) {
        IndexedElement element;
        std::uint32_t start = 0;
        std::uint32_t length = 0;
        std::uint32_t ownText = 0;
        std::uint32_t words = 0;
        if (!reader.text(element.id) || !reader.text(element.type) || !reader.text(element.term) || !reader.text(element.label)
            || !reader.number(start) || !reader.number(length) || start > lowered.size() || length > lowered.size() - start
            || !reader.number(ownText) || ownText > 1)
            return false;
        element.lowered = lowered.substr(start, length);
        element.text = element.lowered;
        if (ownText == 1 && (!reader.text(element.text) || element.text.size() != length))
            return false;
        if (!reader.number(words) || words > length + 1 || !reader.numbers(words, element.wordEnds))
            return false;
        std::uint32_t previous = 0;
        for (const std::uint32_t end : element.wordEnds) {
            if (end < previous || end > length)
                return false;
            previous = end;
        }
        each(std::move(element));
    }
    return true;
}

// Past a record's length, element count, title and lowered text: at its first element.
bool readRecordHead(Reader& reader, std::uint32_t& bytes, std::uint32_t& count, std::string_view& title, std::string_view& lowered)
{
    return reader.number(bytes) && reader.number(count) && reader.text(title) && reader.text(lowered);
}

// The document in `record` (its title, lowered text and elements), checked; false when the
// bytes are not a record.
bool openRecord(std::string_view record, IndexedDocument& document)
{
    Reader reader(record);
    std::uint32_t bytes = 0;
    std::string_view title;
    if (!readRecordHead(reader, bytes, document.elementCount, title, document.lowered) || bytes != record.size())
        return false;
    document.title = title;
    document.record = record;
    return walkElements(reader, document.lowered, document.elementCount, [](IndexedElement&&) { }) && reader.atEnd();
}

// The record of a document whose title is `title` and elements `elements` (the title not among them).
std::string encodeRecord(const std::string& title, const std::vector<ElementInfo>& elements)
{
    std::string lowered = title + '\n';
    for (const ElementInfo& element : elements) {
        lowered += element.text;
        lowered += '\n';
    }
    lowered = lowerAscii(std::move(lowered));
    const std::shared_ptr<const thai::Vocabulary> vocabulary = thai::currentVocabulary();
    std::string record;
    Writer writer(record);
    writer.number(0); // its length, below
    writer.number(static_cast<std::uint32_t>(elements.size() + 1));
    writer.text(title);
    writer.text(lowered);
    std::size_t start = 0;
    const auto add = [&](std::string_view id, std::string_view type, std::string_view term, std::string_view label, std::string_view text) {
        writer.text(id);
        writer.text(type);
        writer.text(term);
        writer.text(label);
        const std::string_view lowerText = std::string_view(lowered).substr(start, text.size());
        writer.number(static_cast<std::uint32_t>(start));
        writer.number(static_cast<std::uint32_t>(text.size()));
        writer.number(lowerText == text ? 0 : 1);
        if (lowerText != text)
            writer.text(text);
        const std::vector<std::uint32_t> ends = wordEndsOf(lowerText, *vocabulary);
        writer.number(static_cast<std::uint32_t>(ends.size()));
        for (const std::uint32_t end : ends)
            writer.number(end);
        start += text.size() + 1;
    };
    add({}, {}, {}, {}, title);
    for (const ElementInfo& element : elements)
        add(element.id, element.type, element.thaiTerm.empty() ? element.type : element.thaiTerm, element.label, element.text);
    const auto size = static_cast<std::uint32_t>(record.size());
    std::memcpy(record.data(), &size, 4);
    return record;
}

Result<IndexedDocument> readDocument(const Documents& documents, const DocumentEntry& entry)
{
    FileStamp stamp;
    if (!stampOf(AT_FDCWD, (documents.workspace().root() / entry.path).c_str(), stamp))
        return Error { localized("อ่านไม่ได้", "cannot be read"), entry.path };
    Result<LoadedDocument> loaded = documents.load(entry.path);
    if (!loaded)
        return loaded.error();
    IndexedDocument indexed = describeDocument(loaded.value(), entry.path);
    indexed.kindId = entry.kindId;
    indexed.size = stamp.size;
    indexed.changedAt = stamp.changedAt;
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
    auto record = std::make_shared<const std::string>(encodeRecord(loaded.kind->title(*loaded.document),
        loaded.kind->elements(*loaded.document)));
    openRecord(*record, described); // bytes just written as a record: they are one
    described.storage = std::move(record);
    return described;
}

std::vector<IndexedElement> IndexedDocument::elements() const
{
    std::vector<IndexedElement> elements;
    elements.reserve(elementCount);
    Reader reader(record);
    std::uint32_t bytes = 0;
    std::uint32_t count = 0;
    std::string_view title;
    std::string_view text;
    // Checked when the document was read or made: the walk does not fail.
    if (readRecordHead(reader, bytes, count, title, text))
        walkElements(reader, lowered, elementCount, [&](IndexedElement&& element) { elements.push_back(element); });
    return elements;
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
    std::size_t size = kHeader.size() + vocabulary.size() + 4;
    for (const IndexedDocument& document : documents)
        size += 36 + document.path.size() + document.kindId.size() + document.record.size();
    std::string out;
    out.reserve(size);
    out += kHeader;
    out += vocabulary;
    out += '\n';
    Writer writer(out);
    writer.pad();
    for (const IndexedDocument& document : documents) {
        const std::size_t entry = out.size();
        writer.number(0); // the entry's length, below
        writer.number(static_cast<std::uint32_t>(document.size));
        writer.number(static_cast<std::uint32_t>(document.size >> 32));
        writer.number(static_cast<std::uint32_t>(static_cast<std::uint64_t>(document.changedAt)));
        writer.number(static_cast<std::uint32_t>(static_cast<std::uint64_t>(document.changedAt) >> 32));
        writer.text(document.path);
        writer.text(document.kindId);
        out += document.record; // a multiple of four long
        const auto length = static_cast<std::uint32_t>(out.size() - entry);
        std::memcpy(out.data() + entry, &length, 4);
    }
    return out;
}

bool SearchIndex::parse(std::string_view all, const std::shared_ptr<const void>& keeper, const std::string& vocabulary,
    std::vector<IndexedDocument>& documents)
{
    documents.clear();
    const std::string header = std::string(kHeader) + vocabulary + "\n";
    const std::size_t body = (header.size() + 3) / 4 * 4;
    if (all.size() < body || all.substr(0, header.size()) != header
        || all.substr(header.size(), body - header.size()).find_first_not_of('\0') != std::string_view::npos)
        return false;
    const auto refuse = [&documents] {
        documents.clear();
        return false;
    };
    std::string_view rest = all.substr(body);
    documents.reserve(rest.size() / 4096 + 16); // about the documents' count: a meeting's record is some 9 KB
    while (!rest.empty()) {
        Reader reader(rest);
        std::uint32_t entryBytes = 0;
        if (!reader.number(entryBytes) || entryBytes < 4 || entryBytes % 4 != 0 || entryBytes > rest.size())
            return refuse();
        Reader entry(rest.substr(4, entryBytes - 4));
        std::uint32_t parts[4] {};
        std::string_view path;
        std::string_view kindId;
        IndexedDocument document;
        if (!entry.number(parts[0]) || !entry.number(parts[1]) || !entry.number(parts[2]) || !entry.number(parts[3])
            || !entry.text(path) || !entry.text(kindId) || !openRecord(entry.rest(), document)
            || (!documents.empty() && !(documents.back().path < path)))
            return refuse();
        document.path = path;
        document.kindId = kindId;
        document.size = parts[0] | (static_cast<std::uint64_t>(parts[1]) << 32);
        document.changedAt = static_cast<std::int64_t>(parts[2] | (static_cast<std::uint64_t>(parts[3]) << 32));
        document.storage = keeper;
        documents.push_back(std::move(document));
        rest = rest.substr(entryBytes);
    }
    return true;
}

std::size_t SearchIndex::refresh(const Documents& documents, const std::function<bool()>& stop)
{
    const std::string vocabulary = vocabularyFingerprint(documents.workspace().root());
    // The words are to be cut anew; or the file read cannot be read any more: read again from the disk.
    if ((m_read && vocabulary != m_vocabulary) || (m_mapped && !m_mapped->isWhole())) {
        m_documents.clear();
        m_mapped.reset();
        m_read = false;
    }
    if (!m_read) {
        // A missing, damaged or foreign index, or one cut with other words, is built anew: it holds
        // nothing that is not in the documents.
        m_mapped = MappedFile::open(m_file, kLargestIndex);
        if (m_mapped && !parse(m_mapped->bytes(), m_mapped, vocabulary, m_documents))
            m_mapped.reset();
        m_read = true;
        m_vocabulary = vocabulary;
    }
    // Which documents are as indexed (by their file's size and time), which are to be read again. Both
    // lists are sorted by path: walked side by side. (A search of 10,000 documents spends much of its
    // time here, looking at each file's size and time.)
    const std::vector<DocumentEntry> entries = documents.list();
    std::vector<IndexedDocument*> unchanged(entries.size(), nullptr);
    // Each file looked at from the workspace's folder, its path not walked from / every time.
    const int root = ::open(documents.workspace().root().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    auto old = m_documents.begin();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const DocumentEntry& entry = entries[i];
        while (old != m_documents.end() && old->path < entry.path)
            ++old;
        FileStamp stamp;
        if (old != m_documents.end() && old->path == entry.path && old->kindId == entry.kindId && old->changedAt >= 0
            && root >= 0 && stampOf(root, entry.path.c_str(), stamp) && stamp.size == old->size
            && stamp.changedAt == old->changedAt)
            unchanged[i] = &*old;
    }
    if (root >= 0)
        ::close(root);
    // The others read again through their plugins: what may take long, so it can be given up.
    std::vector<std::optional<IndexedDocument>> read(entries.size());
    std::size_t readAgain = 0;
    std::size_t updated = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (unchanged[i])
            continue;
        if (stop && stop())
            return readAgain; // nothing changed yet: the index stays as it was
        ++readAgain;
        if (Result<IndexedDocument> document = readDocument(documents, entries[i])) {
            read[i] = std::move(document.value());
            ++updated;
        }
    }
    std::vector<IndexedDocument> fresh;
    fresh.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (unchanged[i])
            fresh.push_back(std::move(*unchanged[i]));
        else if (read[i])
            fresh.push_back(std::move(*read[i]));
    }
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
