// Sapha — the documents of one workspace (see documents.hpp).
// SPDX-License-Identifier: MIT
#include "documents/documents.hpp"

#include <filesystem>
#include <mutex>

#include "history/document_links.hpp"
#include "messages/message_language.hpp"
#include "workspace_documents.hpp"

namespace sapha::host {

namespace {

// The byte length of the UTF-8 character that starts with `lead` (1 for a byte that starts none).
std::size_t utf8Length(unsigned char lead)
{
    if (lead >= 0xF0)
        return 4;
    if (lead >= 0xE0)
        return 3;
    if (lead >= 0xC0)
        return 2;
    return 1;
}

// The commit message of a restore, in the reader's language.
std::string restoreMessage(const std::string& path, const Revision& revision, const std::string& language)
{
    const std::string subject = revision.message.substr(0, revision.message.find('\n'));
    if (language == "th")
        return "นำ " + path + " ฉบับวันที่ " + revision.displayTime(Calendar::Buddhist) + " กลับมา (" + revision.shortId()
            + ": " + subject + ")";
    return "Restore " + path + " to the version of " + revision.isoTime().substr(0, 16) + " (" + revision.shortId()
        + ": " + subject + ")";
}

} // namespace

namespace {

// The code point of the UTF-8 character at `at` (`length` bytes, whole).
char32_t codePointAt(const std::string& text, std::size_t at, std::size_t length)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    if (length == 1)
        return byte(0);
    char32_t point = byte(0) & (0xFF >> (length + 1));
    for (std::size_t i = 1; i < length; ++i)
        point = (point << 6) | (byte(i) & 0x3F);
    return point;
}

// Whether a name may end before `next` having ended with `last`: not before a mark written above or below
// the consonant before it ("ไร้" cut to "ไร" is another word), nor after a vowel written before its
// consonant (เ แ โ ใ ไ).
bool mayCutBetween(char32_t last, char32_t next)
{
    const bool nextIsMark = next == 0x0E31 || (next >= 0x0E34 && next <= 0x0E3A) || (next >= 0x0E47 && next <= 0x0E4E)
        || (next >= 0x0300 && next <= 0x036F);
    const bool lastLeads = last >= 0x0E40 && last <= 0x0E44;
    return !nextIsMark && !lastLeads;
}

// The longest start of `name` (valid UTF-8) of at most `maxBytes` bytes that ends where a reader's
// character ends (mayCutBetween).
std::string cutAtCharacter(const std::string& name, std::size_t maxBytes)
{
    if (name.size() <= maxBytes)
        return name;
    std::size_t cut = 0;
    char32_t last = 0;
    for (std::size_t at = 0; at < name.size();) {
        const std::size_t length = utf8Length(static_cast<unsigned char>(name[at]));
        const char32_t point = codePointAt(name, at, length);
        if (at + length > maxBytes)
            return name.substr(0, mayCutBetween(last, point) ? at : cut);
        if (mayCutBetween(last, point))
            cut = at;
        last = point;
        at += length;
    }
    return name;
}

} // namespace

std::string fileNameFromTitle(const std::string& title, std::size_t maxBytes)
{
    std::string name;
    for (std::size_t i = 0; i < title.size();) {
        const unsigned char c = static_cast<unsigned char>(title[i]);
        const std::size_t length = utf8Length(c);
        const bool separator = c < 0x20 || c == 0x7F || c == ' ' || c == '/' || c == '\\' || c == ':' || c == '"'
            || c == '\'' || c == '*' || c == '?' || c == '<' || c == '>' || c == '|' || c == '.';
        // A character cut short at the end of the title, or a stray continuation byte, is dropped.
        bool whole = i + length <= title.size() && (c & 0xC0) != 0x80;
        for (std::size_t k = 1; whole && k < length; ++k)
            whole = (static_cast<unsigned char>(title[i + k]) & 0xC0) == 0x80;
        if (separator) {
            if (!name.empty() && name.back() != '-')
                name += '-';
        } else if (whole) {
            name.append(title, i, length);
        }
        i += whole ? length : 1;
    }
    while (!name.empty() && name.back() == '-')
        name.pop_back();
    if (name.size() > maxBytes) {
        // Too long: its start and its last words, which tell one of a series from another ("…ครั้งที่-13-2569"),
        // the words kept whole up to a third of the length.
        std::string tail;
        for (std::size_t end = name.size(); end > 0;) {
            const std::size_t dash = name.rfind('-', end - 1);
            if (dash == std::string::npos || name.size() - dash - 1 > maxBytes / 3)
                break;
            tail = name.substr(dash + 1);
            end = dash;
        }
        std::string head = cutAtCharacter(name, tail.empty() ? maxBytes : maxBytes - tail.size() - 1);
        while (!head.empty() && head.back() == '-')
            head.pop_back();
        name = tail.empty() || head.empty() ? head : head + "-" + tail;
    }
    return name.empty() ? "untitled" : name;
}

Documents::Documents(Workspace& workspace, const PluginRegistry& registry, Author author, std::string language)
    : m_workspace(workspace), m_registry(registry), m_author(std::move(author)), m_language(std::move(language))
{
}

Result<Documents::KindAndDocument> Documents::parse(const std::string& path, const std::string& content) const
{
    const IDocumentKind* kind = m_registry.kindForPath(path);
    if (!kind)
        return Error { localized("ไม่ใช่เอกสารชนิดที่ Sapha รู้จัก (ดูจากท้ายชื่อแฟ้ม)", "not a document of any kind Sapha knows (by its file name ending)"), path, ErrorCode::Invalid };
    Result<std::unique_ptr<IDocument>> document = kind->load(content, path);
    if (!document)
        return document.error();
    return KindAndDocument { kind, std::move(document.value()) };
}

Author Documents::author() const
{
    std::lock_guard<std::mutex> hold(m_authorLock);
    return m_author;
}

void Documents::setAuthor(Author author)
{
    std::lock_guard<std::mutex> hold(m_authorLock);
    m_author = std::move(author);
}

std::vector<DocumentEntry> Documents::list() const
{
    return listDocuments(m_workspace, m_registry);
}

Result<LoadedDocument> Documents::load(std::string path, std::string revision) const
{
    return loadDocument(m_workspace, m_registry, path, revision);
}

Result<ChangeReview> Documents::review(std::string path, std::string content) const
{
    Result<KindAndDocument> after = parse(path, content);
    if (!after)
        return after.error();
    Result<LoadedDocument> before = load(path, "HEAD");
    return reviewChange(
        *after.value().kind, before ? before.value().document.get() : nullptr, *after.value().document, m_language);
}

Result<SavedDocument> Documents::save(std::string path, SaveOptions options)
{
    std::string message = options.message;
    if (message.empty() && options.askReason) {
        // The kind's protection is asked about before anything is written: a person who declines changes nothing.
        const std::string text = options.content ? *options.content : "";
        Result<std::string> working = options.content ? Result<std::string>(text) : m_workspace.readWorking(path);
        if (!working)
            return working.error();
        Result<ChangeReview> review = this->review(path, working.value());
        if (!review)
            return Error { review.error().message + localized(": ไม่ได้บันทึกสิ่งใด", "; nothing was committed"), review.error().where,
                review.error().code };
        if (!review.value().protection.empty()) {
            std::optional<std::string> reason = options.askReason(review.value().protection);
            if (!reason || reason->find_first_not_of(" \t\r\n") == std::string::npos) {
                SavedDocument declined;
                declined.declined = true;
                return declined;
            }
            message = *reason + "\n\n" + review.value().summary;
        }
    }
    const std::string* content = options.content ? &*options.content : nullptr;
    return saveDocument(
        m_workspace, m_registry, path, content, message, author(), m_language, options.conflictsSettled);
}

std::vector<NewDocumentQuestion> Documents::newDocumentQuestions(const IDocumentKind& kind) const
{
    const WorkspaceDocuments documents(m_workspace, &m_registry);
    return kind.newDocumentQuestions(documents, m_language);
}

Result<std::string> Documents::create(const IDocumentKind& kind, NewDocumentOptions options, std::string path)
{
    // The kind may read related documents (a meeting: its committee's roster, earlier meetings).
    const WorkspaceDocuments documents(m_workspace, &m_registry);
    options.workspace = &documents;
    if (options.language.empty())
        options.language = m_language;
    const std::string suffix = kind.fileSuffix();
    if (!path.empty() && (path.size() < suffix.size() || path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0))
        path += suffix;
    if (!path.empty()) {
        if (Status valid = Workspace::checkRelativePath(path); !valid)
            return valid.error();
    }
    Result<std::unique_ptr<IDocument>> document = kind.create(options);
    if (!document)
        return document.error();
    if (path.empty()) {
        // Named after the new document's title, which the kind may have given it (a plan: its action item's).
        std::string title = kind.title(*document.value());
        if (title.empty())
            title = options.title;
        const std::string base = kind.folder() + "/" + fileNameFromTitle(title);
        path = base + suffix;
        std::error_code ignored;
        for (int n = 2; std::filesystem::exists(m_workspace.root() / path, ignored); ++n)
            path = base + "-" + std::to_string(n) + suffix;
    }
    if (Status valid = Workspace::checkRelativePath(path); !valid)
        return valid.error();
    if (Status inside = m_workspace.checkNoLinkOut(path); !inside)
        return inside.error();
    std::error_code ignored;
    if (std::filesystem::symlink_status(m_workspace.root() / path, ignored).type() != std::filesystem::file_type::not_found)
        return Error { localized("มีอยู่แล้ว: ตั้งชื่ออื่น", "already exists; choose another name"), path, ErrorCode::Invalid };

    Result<std::string> xml = kind.save(*document.value());
    if (!xml)
        return xml.error();
    const std::string message = kind.reviewChange(nullptr, *document.value(), ReviewOptions { m_language, true }).summary;
    Result<CommitOutcome> saved = m_workspace.save(path, xml.value(), message, author());
    if (!saved) {
        // A refused commit leaves the text in the working file for the next save; a new document's is only
        // its template, and left there it would make the same `new` refused as "already exists".
        std::filesystem::remove(m_workspace.root() / path, ignored);
        return saved.error();
    }
    return path;
}

Result<Comparison> Documents::compare(std::string path, std::string from, std::string to) const
{
    return compareVersions(m_workspace, m_registry, path, from, to, m_language);
}

Result<CommitOutcome> Documents::restore(std::string path, std::string revision)
{
    Result<Revision> resolved = m_workspace.resolve(revision);
    if (!resolved)
        return resolved.error();
    return restoreVersion(m_workspace, m_registry, path, resolved.value().id, author(),
        restoreMessage(path, resolved.value(), m_language));
}

Result<std::vector<Revision>> Documents::history(std::string path, std::size_t limit) const
{
    return m_workspace.history(path, limit);
}

std::vector<std::string> Documents::summarize(
    std::string path, const std::vector<Revision>& revisions, std::size_t first, std::size_t count) const
{
    return summarizeRevisions(m_workspace, m_registry, path, revisions, m_language, first, count);
}

Status Documents::nameVersion(std::string revision, std::string name, std::string message)
{
    Result<Revision> resolved = m_workspace.resolve(revision);
    if (!resolved)
        return Status(resolved.error());
    return m_workspace.createTag(name, message, resolved.value().id, author());
}

Result<std::vector<NamedVersion>> Documents::namedVersions() const
{
    return m_workspace.namedVersions();
}

Result<std::string> Documents::exportDocument(
    std::string path, std::string revision, exporting::Format format, const ExportChoices& choices) const
{
    return host::exportDocument(m_workspace, m_registry, path, revision, format, choices);
}

Result<std::string> Documents::exportContent(
    std::string path, const std::string& content, exporting::Format format, const ExportChoices& choices) const
{
    Result<KindAndDocument> model = parse(path, content);
    if (!model)
        return model.error();
    return exportModel(*model.value().kind, *model.value().document, path, format, choices);
}

std::vector<ExportPart> Documents::exportParts(std::string path, const std::string& content) const
{
    Result<KindAndDocument> model = parse(path, content);
    if (!model)
        return {};
    return model.value().kind->exportParts(*model.value().document);
}

Result<std::string> Documents::exportChanges(
    std::string path, std::string from, std::string to, exporting::Format format, const ExportChoices& choices) const
{
    return exportRedline(m_workspace, m_registry, path, from, to, format, choices, author());
}

int Documents::exportAll(const std::filesystem::path& directory, const std::vector<exporting::Format>& formats,
    const ExportChoices& choices, const std::function<void(int, int, const std::string&)>& progress,
    const std::function<void(const Error&)>& failed, const std::atomic<bool>* cancelled) const
{
    return host::exportAll(m_workspace, m_registry, directory, formats, choices, progress, failed, cancelled);
}

Result<SentOutline> Documents::sendOutline(std::string from, std::string to, std::string title)
{
    return host::sendOutline(m_workspace, m_registry, from, to, title, author(), m_language);
}

Result<ResolvedConflict> Documents::resolveConflict(std::string path, xml::Side side, std::optional<std::string> element)
{
    return host::resolveConflict(m_workspace, m_registry, path, side, element, author(), m_language);
}

std::vector<DocumentLink> Documents::links() const
{
    return workspaceLinks(m_workspace, m_registry);
}

std::vector<DocumentLink> Documents::linksTo(std::string path, const std::function<bool()>& stopped) const
{
    return workspaceLinksTo(m_workspace, m_registry, path, stopped);
}

} // namespace sapha::host
