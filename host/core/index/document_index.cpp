// Sapha — the documents index kept in .git/sapha/documents-index.
// SPDX-License-Identifier: MIT
#include "index/document_index.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <random>
#include <system_error>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

#include <sapha/version.h>

#include "document_catalog.hpp"
#include "storage/atomic_file.hpp"
#include "storage/file_stamp.hpp"
#include "storage/mapped_file.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

namespace {

// The file: a header line naming the format and the build, then a block:
//   block := entriesLength entry... digest...
//   entry := path kindId size changedAt title digestOffset digestLength referenceCount reference...
//   reference := elementId label relation path version targetElementId
// one entry per document, sorted by path, each field written as its length in decimal, ':', its bytes and
// a newline; the digests follow the entries, each where its entry says (from the first digest's byte).
// Text, so that a person can read what the index holds; lengths, so that no byte needs escaping. The
// digests apart, so that a question about links or titles does not read them (a meeting's is 2-3 KB).
// The header line: the format, the index's token (made anew each time it is written whole) and the build.
//
// Beside it, documents-index-changes holds what changed since, as git's split index does: a save of one
// document at 10,000 documents rewrote the whole 20 MB. Its header names the format, the token of the index
// it amends and the build; then a block of the entries changed or added, and of those removed (an entry
// without a kind). Amendments to another index (written whole since by another program) are not used.
// Once they are many, the index is written whole again and the changes file removed.
constexpr std::string_view kFormat = "sapha-documents-index 3 ";
constexpr std::string_view kChangesFormat = "sapha-documents-index-changes 3 ";
// References of an entry that has none: what a removed document's entry holds.
constexpr std::string_view kNoReferences = "1:0\n";
// A file this large is not an index Sapha wrote (10,000 meetings make some 40 MB): it is built anew.
constexpr std::uintmax_t kLargestIndex = 1024ull * 1024 * 1024;

void writeField(std::string& out, std::string_view field)
{
    out += std::to_string(field.size());
    out += ':';
    out += field;
    out += '\n';
}

// Reads what writeField wrote; every read checks it stays within the bytes.
class FieldReader {
public:
    explicit FieldReader(std::string_view bytes) : m_bytes(bytes) { }
    bool atEnd() const { return m_at == m_bytes.size(); }
    std::size_t at() const { return m_at; }

    bool text(std::string_view& field)
    {
        std::size_t length = 0;
        const char* begin = m_bytes.data() + m_at;
        const char* end = m_bytes.data() + m_bytes.size();
        const auto [after, error] = std::from_chars(begin, end, length);
        if (error != std::errc() || after == begin || after == end || *after != ':')
            return false;
        const std::size_t start = static_cast<std::size_t>(after - m_bytes.data()) + 1;
        if (length > m_bytes.size() - start || start + length == m_bytes.size() || m_bytes[start + length] != '\n')
            return false;
        field = m_bytes.substr(start, length);
        m_at = start + length + 1;
        return true;
    }
    bool text(std::string& field)
    {
        std::string_view view;
        if (!text(view))
            return false;
        field.assign(view);
        return true;
    }
    template <typename Number> bool number(Number& value)
    {
        std::string_view field;
        if (!text(field))
            return false;
        const auto [after, error] = std::from_chars(field.data(), field.data() + field.size(), value);
        return error == std::errc() && after == field.data() + field.size();
    }

private:
    std::string_view m_bytes;
    std::size_t m_at = 0;
};

constexpr std::size_t kReferenceFields = 6;

// Reads `count` references (each six fields), each given to `each` when there is one; false when the bytes
// are not that.
bool readReferences(FieldReader& reader, std::size_t count, const std::function<void(const IndexedSummary::ReferenceView&)>* each)
{
    for (std::size_t i = 0; i < count; ++i) {
        IndexedSummary::ReferenceView reference;
        for (std::string_view* field : { &reference.elementId, &reference.label, &reference.relation, &reference.path,
                 &reference.version, &reference.targetElementId })
            if (!reader.text(*field))
                return false;
        if (each)
            (*each)(reference);
    }
    return true;
}

// Reads one entry of `entries` at the reader into `summary`, its views into `entries` and `digests`.
bool readEntry(FieldReader& reader, std::string_view entries, std::string_view digests, IndexedSummary& summary)
{
    std::size_t referenceCount = 0;
    std::size_t digestOffset = 0;
    std::size_t digestLength = 0;
    if (!reader.text(summary.path) || !reader.text(summary.kindId) || !reader.number(summary.size)
        || !reader.number(summary.changedAt) || !reader.text(summary.title) || !reader.number(digestOffset)
        || !reader.number(digestLength) || digestOffset > digests.size() || digestLength > digests.size() - digestOffset)
        return false;
    summary.digest = digests.substr(digestOffset, digestLength);
    const std::size_t referencesStart = reader.at();
    // Each reference takes at least six fields of three bytes: a count beyond the bytes left is a lie.
    if (!reader.number(referenceCount) || referenceCount > entries.size() / (3 * kReferenceFields)
        || !readReferences(reader, referenceCount, nullptr))
        return false;
    summary.referenceFields = entries.substr(referencesStart, reader.at() - referencesStart);
    return true;
}

// The entries of a block (an index file after its header line, or one document read again), their views
// into `block`; false (and none) when it is not one.
bool readBlock(std::string_view block, std::vector<IndexedSummary>& summaries)
{
    FieldReader head(block);
    std::size_t entriesLength = 0;
    if (!head.number(entriesLength) || entriesLength > block.size() - head.at()) {
        summaries.clear();
        return false;
    }
    const std::string_view entries = block.substr(head.at(), entriesLength);
    const std::string_view digests = block.substr(head.at() + entriesLength);
    FieldReader reader(entries);
    while (!reader.atEnd()) {
        IndexedSummary summary;
        // Sorted by path, each once: what the refresh walks side by side with the listing.
        if (!readEntry(reader, entries, digests, summary) || (!summaries.empty() && !(summaries.back().path < summary.path))) {
            summaries.clear();
            return false;
        }
        summaries.push_back(summary);
    }
    return true;
}

// The entries of a file's `bytes` whose header is `format`, a token and `build`; the token read into
// `token`. False (and no entries) when it is not one.
bool readHeaded(std::string_view bytes, std::string_view format, std::string_view build, std::string_view& token,
    std::vector<IndexedSummary>& summaries)
{
    const std::size_t lineEnd = bytes.find('\n');
    if (lineEnd == std::string_view::npos || !bytes.starts_with(format))
        return false;
    const std::string_view header = bytes.substr(format.size(), lineEnd - format.size());
    const std::size_t space = header.find(' ');
    if (space == 0 || space == std::string_view::npos || header.substr(space + 1) != build)
        return false;
    token = header.substr(0, space);
    return readBlock(bytes.substr(lineEnd + 1), summaries);
}

bool readIndex(std::string_view bytes, std::string_view build, std::vector<IndexedSummary>& summaries)
{
    std::string_view token;
    return readHeaded(bytes, kFormat, build, token, summaries);
}

// The header line readHeaded reads: the format, the token and the build.
void appendHeader(std::string& out, std::string_view format, std::string_view token, std::string_view build)
{
    out += format;
    out += token;
    out += ' ';
    out += build;
    out += '\n';
}

// A token no other writing of the index has: sixteen random hexadecimal digits.
std::string freshToken()
{
    std::random_device random;
    char token[17];
    std::snprintf(token, sizeof token, "%08x%08x", random(), random());
    return token;
}

// Appends `summaries` to `out` as a block. The index of 10,000 meetings is some 20 MB, written whole on
// every save: its bytes are counted first and copied once, not grown string by string.
void appendBlock(std::string& out, const std::vector<IndexedSummary>& summaries)
{
    // Each entry's seven fields: the text they hold, and a length, a colon and a line end each.
    constexpr std::size_t kNumbersAndMarks = 7 * (20 + 2);
    std::size_t entryBytes = 0;
    std::size_t digestBytes = 0;
    for (const IndexedSummary& summary : summaries) {
        entryBytes += summary.path.size() + summary.kindId.size() + summary.title.size() + summary.referenceFields.size() + kNumbersAndMarks;
        digestBytes += summary.digest.size();
    }
    std::string entries;
    entries.reserve(entryBytes);
    std::size_t digestOffset = 0;
    for (const IndexedSummary& summary : summaries) {
        writeField(entries, summary.path);
        writeField(entries, summary.kindId);
        writeField(entries, std::to_string(summary.size));
        writeField(entries, std::to_string(summary.changedAt));
        writeField(entries, summary.title);
        writeField(entries, std::to_string(digestOffset));
        writeField(entries, std::to_string(summary.digest.size()));
        entries += summary.referenceFields;
        digestOffset += summary.digest.size();
    }
    writeField(out, std::to_string(entries.size()));
    out.reserve(out.size() + entries.size() + digestBytes);
    out += entries;
    for (const IndexedSummary& summary : summaries)
        out += summary.digest;
}

// One document as the index writes it: a block of one entry and its digest.
std::string summaryBlock(std::string_view path, std::string_view kindId, std::uint64_t size, std::int64_t changedAt,
    std::string_view title, std::string_view digest, const std::vector<DocumentReference>& references)
{
    std::string referenceFields;
    writeField(referenceFields, std::to_string(references.size()));
    for (const DocumentReference& reference : references) {
        for (const std::string* field : { &reference.elementId, &reference.label, &reference.relation, &reference.path,
                 &reference.version, &reference.targetElementId })
            writeField(referenceFields, *field);
    }
    IndexedSummary summary { path, kindId, size, changedAt, title, digest, referenceFields };
    std::string block;
    appendBlock(block, { summary });
    return block;
}

// Reads `entry` through its plugin into the index's form; nothing when it does not load (it is tried
// again next time).
std::optional<std::string> summarize(Workspace& workspace, const PluginRegistry& registry, const DocumentEntry& entry)
{
    FileStamp stamp;
    if (!stampOf(AT_FDCWD, (workspace.root() / entry.path).c_str(), stamp))
        return std::nullopt;
    Result<LoadedDocument> loaded = loadDocument(workspace, registry, entry.path, "");
    if (!loaded)
        return std::nullopt;
    const IDocumentKind& kind = *loaded.value().kind;
    const IDocument& document = *loaded.value().document;
    return summaryBlock(entry.path, entry.kindId, stamp.size, stamp.changedAt, kind.title(document),
        kind.digest(document), kind.references(document));
}

} // namespace

std::vector<DocumentReference> IndexedSummary::references() const
{
    std::vector<DocumentReference> references;
    forEachReference([&references](const ReferenceView& reference) {
        references.push_back(DocumentReference { std::string(reference.elementId), std::string(reference.label),
            std::string(reference.relation), std::string(reference.path), std::string(reference.version),
            std::string(reference.targetElementId) });
    });
    return references;
}

void IndexedSummary::forEachReference(const std::function<void(const ReferenceView&)>& each) const
{
    FieldReader reader(referenceFields);
    std::size_t count = 0;
    // Checked when the entry was read: the walk does not fail.
    if (reader.number(count))
        readReferences(reader, count, &each);
}

std::string serializeSummaries(const std::vector<IndexedSummary>& summaries, std::string_view build)
{
    std::string out;
    appendHeader(out, kFormat, freshToken(), build);
    appendBlock(out, summaries);
    return out;
}

std::optional<DocumentSummaries> parseSummaries(std::shared_ptr<const std::string> bytes, std::string_view build)
{
    DocumentSummaries parsed;
    if (!readIndex(*bytes, build, parsed.documents))
        return std::nullopt;
    parsed.kept.push_back(std::move(bytes));
    return parsed;
}

std::string indexBuild(const PluginRegistry& registry)
{
    std::string build = SAPHA_VERSION_STRING;
    // Every plugin found, from its manifest, whether loaded or not: a command loads a plugin only to read a
    // document again, and the desktop and sapha-cli (which loads them when asked) must name the same build.
    for (const PluginRecord& record : registry.records()) {
        if (record.manifest.id.empty()) // its manifest did not read
            continue;
        build += " " + record.manifest.id + "=" + record.manifest.version;
        // And its library's size and time: a plugin rebuilt without a new version may write other digests.
        FileStamp stamp;
        if (stampOf(AT_FDCWD, (record.manifest.directory / record.manifest.coreLibrary).c_str(), stamp))
            build += "/" + std::to_string(stamp.size) + "/" + std::to_string(stamp.changedAt);
    }
    return build;
}

namespace {

// For each entry, whether its file is as `indexedAs` says (same kind, size and time of change). At
// 10,000 documents these stats were most of a `log`: with many files they are made on several threads,
// as git's preload-index does for `git status` (a stat waits on the kernel's directory lookups, which
// run side by side).
std::vector<char> unchangedFiles(
    int root, const std::vector<DocumentEntry>& entries, const std::vector<const IndexedSummary*>& indexedAs)
{
    std::vector<char> unchanged(entries.size(), 0);
    const auto look = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            const IndexedSummary* old = indexedAs[i];
            FileStamp stamp;
            unchanged[i] = old && old->kindId == entries[i].kindId && old->changedAt >= 0
                && stampOf(root, entries[i].path.c_str(), stamp) && stamp.size == old->size && stamp.changedAt == old->changedAt;
        }
    };
    constexpr std::size_t kFilesPerThread = 2000; // fewer: a thread costs more than it saves
    const std::size_t threads
        = std::min<std::size_t>({ entries.size() / kFilesPerThread, std::max(1u, std::thread::hardware_concurrency()), 8 });
    if (threads < 2) {
        look(0, entries.size());
        return unchanged;
    }
    std::vector<std::thread> helpers;
    const std::size_t share = entries.size() / threads;
    try {
        for (std::size_t t = 1; t < threads; ++t)
            helpers.emplace_back(look, t * share, t + 1 == threads ? entries.size() : (t + 1) * share);
    } catch (const std::system_error&) {
        // No thread to spare: this one looks at the rest.
        const std::size_t started = helpers.size();
        look((started + 1) * share, entries.size());
    }
    look(0, share);
    for (std::thread& helper : helpers)
        helper.join();
    return unchanged;
}

fs::path changesFileOf(const fs::path& indexFile)
{
    return fs::path(indexFile.string() + "-changes");
}

// Amends the index of more than this many documents with a changes file rather than writing it whole.
constexpr std::size_t kChangesBeforeRewrite = 64;

// The entry that says a document of the index is gone.
IndexedSummary removedEntry(std::string_view path)
{
    return IndexedSummary { path, {}, 0, 0, {}, {}, kNoReferences };
}

// The index as its two files say: the entries of documents-index amended by documents-index-changes
// (when it amends this very index), sorted by path. `base` gets the entries of documents-index alone
// and `token` its token (empty when it is missing, damaged or of another build); the bytes the entries
// are views into go to `kept`.
std::vector<IndexedSummary> readIndexFiles(const fs::path& file, std::string_view build, std::vector<IndexedSummary>& base,
    std::string& token, std::size_t& baseBytes, std::vector<std::shared_ptr<const void>>& kept)
{
    std::string_view baseToken;
    std::shared_ptr<const MappedFile> mapped = MappedFile::open(file, kLargestIndex, false);
    if (!mapped || !mapped->isWhole() || !readHeaded(mapped->bytes(), kFormat, build, baseToken, base)) {
        base.clear();
        return {};
    }
    token.assign(baseToken);
    baseBytes = mapped->bytes().size();
    kept.push_back(std::move(mapped));
    std::vector<IndexedSummary> changes;
    std::string_view amended;
    std::shared_ptr<const MappedFile> changesMapped = MappedFile::open(changesFileOf(file), kLargestIndex, false);
    if (!changesMapped || !changesMapped->isWhole()
        || !readHeaded(changesMapped->bytes(), kChangesFormat, build, amended, changes) || amended != token)
        return base;
    kept.push_back(std::move(changesMapped));
    // Both sorted by path: merged side by side. A change without a kind removes its document.
    std::vector<IndexedSummary> merged;
    merged.reserve(base.size() + changes.size());
    auto inBase = base.begin();
    for (const IndexedSummary& change : changes) {
        for (; inBase != base.end() && inBase->path < change.path; ++inBase)
            merged.push_back(*inBase);
        if (inBase != base.end() && inBase->path == change.path)
            ++inBase;
        if (!change.kindId.empty())
            merged.push_back(change);
    }
    merged.insert(merged.end(), inBase, base.end());
    return merged;
}

// Writes `documents` as the index: only what changed since `base` (whose token is `token`, `baseBytes` long)
// to the changes file while that is little (in documents and in bytes: a document's digest may be large),
// else the whole index anew (a new token) and no changes file. Not flushed: an
// index lost in a crash is built again from the documents. One that cannot be written (a read-only
// workspace, a full disk) is used this once and built again next time.
void writeIndexFiles(const fs::path& file, const std::vector<IndexedSummary>& documents,
    const std::vector<IndexedSummary>& base, const std::string& token, std::size_t baseBytes, std::string_view build)
{
    std::error_code error;
    fs::create_directories(file.parent_path(), error);
    const fs::path changesFile = changesFileOf(file);
    if (!token.empty() && base.size() > kChangesBeforeRewrite) {
        // Both sorted by path. A document as the index file has it is a view into that file's own bytes.
        std::vector<IndexedSummary> changes;
        auto inBase = base.begin();
        for (const IndexedSummary& document : documents) {
            for (; inBase != base.end() && inBase->path < document.path; ++inBase)
                changes.push_back(removedEntry(inBase->path));
            const bool asInBase = inBase != base.end() && inBase->path.data() == document.path.data();
            if (inBase != base.end() && inBase->path == document.path)
                ++inBase;
            if (!asInBase)
                changes.push_back(document);
        }
        for (; inBase != base.end(); ++inBase)
            changes.push_back(removedEntry(inBase->path));
        if (changes.size() <= std::max(kChangesBeforeRewrite, base.size() / 16)) {
            std::string out;
            appendHeader(out, kChangesFormat, token, build);
            appendBlock(out, changes);
            if (out.size() <= baseBytes / 8) {
                if (Result<PendingFile> pending = PendingFile::stage(changesFile, out))
                    (void)pending.value().install();
                return;
            }
        }
    }
    if (Result<PendingFile> pending = PendingFile::stage(file, serializeSummaries(documents, build)))
        (void)pending.value().install();
    fs::remove(changesFile, error);
}

} // namespace

std::optional<DocumentSummaries> indexedSummaries(
    Workspace& workspace, const PluginRegistry& registry, const std::function<bool()>& stop)
{
    const fs::path file = workspace.root() / ".git" / "sapha" / "documents-index";
    const std::string build = indexBuild(registry);
    DocumentSummaries fresh;
    std::vector<IndexedSummary> base;
    std::string token;
    std::size_t baseBytes = 0;
    const std::vector<IndexedSummary> indexed = readIndexFiles(file, build, base, token, baseBytes, fresh.kept);

    // Which documents are as indexed (by their file's size and time), which are to be read again. Both
    // lists are sorted by path: walked side by side.
    const std::vector<DocumentEntry> entries = listDocuments(workspace, registry);
    std::vector<const IndexedSummary*> indexedAs(entries.size(), nullptr);
    auto walked = indexed.begin();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        while (walked != indexed.end() && walked->path < entries[i].path)
            ++walked;
        if (walked != indexed.end() && walked->path == entries[i].path)
            indexedAs[i] = &*walked;
    }
    // Each file looked at from the workspace's folder, its path not walked from / every time.
    const int root = ::open(workspace.root().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const std::vector<char> unchanged = root >= 0 ? unchangedFiles(root, entries, indexedAs) : std::vector<char>(entries.size(), 0);
    fresh.documents.reserve(entries.size());
    bool changed = false;
    std::size_t stillThere = 0; // documents of the index still in the workspace
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const DocumentEntry& entry = entries[i];
        const IndexedSummary* const old = indexedAs[i];
        const bool wasIndexed = old != nullptr;
        stillThere += wasIndexed ? 1 : 0;
        if (unchanged[i]) {
            fresh.documents.push_back(*old);
            continue;
        }
        if (stop && stop()) {
            if (root >= 0)
                ::close(root);
            return std::nullopt;
        }
        std::optional<std::string> read = summarize(workspace, registry, entry);
        ++fresh.readAgain;
        IndexedSummary summary;
        if (read) {
            auto kept = std::make_shared<const std::string>(std::move(*read));
            std::vector<IndexedSummary> one;
            readBlock(*kept, one); // just written: it reads
            summary = one.front();
            fresh.kept.push_back(std::move(kept));
            fresh.documents.push_back(summary);
        }
        // A racy file (changed within two seconds, its time -1) read again and still racy at the same size
        // does not rewrite the index: it is read again next time anyway. Nor does a document that did not
        // load and still does not.
        if (!read)
            changed = changed || wasIndexed;
        else
            changed = changed || !wasIndexed || summary.size != old->size || summary.changedAt != old->changedAt
                || summary.kindId != old->kindId;
    }
    if (root >= 0)
        ::close(root);
    changed = changed || stillThere != indexed.size();
    if (changed)
        writeIndexFiles(file, fresh.documents, base, token, baseBytes, build);
    return fresh;
}

std::map<std::string, std::string> documentTitles(
    Workspace& workspace, const PluginRegistry& registry, const std::function<bool()>& stop)
{
    std::map<std::string, std::string> titles;
    if (std::optional<DocumentSummaries> summaries = indexedSummaries(workspace, registry, stop)) {
        for (const IndexedSummary& summary : summaries->documents)
            titles.emplace_hint(titles.end(), summary.path, summary.title);
    }
    return titles;
}

} // namespace sapha::host
