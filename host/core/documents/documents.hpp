// Sapha — the documents of one workspace, as the GUI and sapha-cli work with them: load, save (the kind
// reviews the change first), new documents, compare, restore, named versions, export and links.
// Every policy lives here once (what a save checks, what a restore refuses, where a new document goes), and
// every operation names its document by value: nothing a caller changes afterwards (a tab closed, a list
// refilled) can redirect an operation under way to another document.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <sapha/document_kind.hpp>
#include <sapha/export/document.hpp>

#include "document_catalog.hpp"
#include "document_save.hpp"
#include "export/document_exporter.hpp"
#include "history/document_history.hpp"
#include "history/document_links.hpp"
#include "outline_send.hpp"
#include "sync/conflict_resolution.hpp"
#include "plugins/plugin_registry.hpp"
#include "workspace/workspace.hpp"

namespace sapha::host {

// How a document is saved.
struct SaveOptions {
    // The document's new text; none: the working file as it is.
    std::optional<std::string> content;
    // The commit message; empty: what the kind says the change did.
    std::string message;
    // Asked when the kind protects what was committed (certified minutes) and no message was given: shown
    // the kind's reason, returns the person's reason for the change, or nothing when they decline (then
    // nothing is saved). Without it such a save is refused, naming the reason it needs.
    std::function<std::optional<std::string>(const std::string& protection)> askReason;
    // The content says which sync conflicts remain (a choice was just made): the records already in the
    // file are not carried over.
    bool conflictsSettled = false;
};

class Documents {
public:
    // `workspace` and `registry` must outlive this object, and every thread that uses it.
    Documents(Workspace& workspace, const PluginRegistry& registry, Author author, std::string language);

    Workspace& workspace() const { return m_workspace; }
    const PluginRegistry& registry() const { return m_registry; }
    const std::string& language() const { return m_language; }
    // Who the next commits are made by (the person may change it in the preferences).
    Author author() const;
    void setAuthor(Author author);

    // Every document of the workspace, by path.
    std::vector<DocumentEntry> list() const;
    // The document at `path` in the working tree (`revision` empty) or at a revision.
    Result<LoadedDocument> load(std::string path, std::string revision = {}) const;
    // What the kind says about `content` replacing the last committed version of `path`.
    Result<ChangeReview> review(std::string path, std::string content) const;

    // Commits the document at `path` (see SaveOptions). A document that does not load is never committed;
    // a change the kind protects is saved only with its reason. A milestone the change reaches becomes a
    // named version. `declined` in the result: the person gave no reason, nothing was saved.
    Result<SavedDocument> save(std::string path, SaveOptions options);

    // What a new document of `kind` needs a person to choose in this workspace (the committee of a
    // meeting when there are several); the answers go into NewDocumentOptions::parameters.
    std::vector<NewDocumentQuestion> newDocumentQuestions(const IDocumentKind& kind) const;

    // Makes a new document of `kind` and commits it. `path` empty: made from the title, in the kind's folder,
    // unique. Returns the path.
    Result<std::string> create(const IDocumentKind& kind, NewDocumentOptions options, std::string path = {});

    // Two versions of `path` element by element (`to` empty: the working copy).
    Result<Comparison> compare(std::string path, std::string from, std::string to) const;
    // Writes `path` as it was at `revision` and commits it; refuses a document with changes not committed.
    Result<CommitOutcome> restore(std::string path, std::string revision);

    Result<std::vector<Revision>> history(std::string path, std::size_t limit = 0) const;
    // What each revision of [first, first + count) changed, in the kind's terms (see summarizeRevisions).
    std::vector<std::string> summarize(std::string path, const std::vector<Revision>& revisions, std::size_t first = 0,
        std::size_t count = std::numeric_limits<std::size_t>::max()) const;

    // Names the version `revision` (an annotated tag). Refuses a name already given.
    Status nameVersion(std::string revision, std::string name, std::string message = {});
    Result<std::vector<NamedVersion>> namedVersions() const;

    // The document as paper in `format` (working tree when `revision` is empty).
    Result<std::string> exportDocument(
        std::string path, std::string revision, exporting::Format format, const ExportChoices& choices) const;
    // `content` (what an editor holds, saved or not) as paper in `format`, read as the document at `path`.
    Result<std::string> exportContent(
        std::string path, const std::string& content, exporting::Format format, const ExportChoices& choices) const;
    // The parts of `content` (read as the document at `path`) that export on their own (ExportChoices::part);
    // none when it does not parse.
    std::vector<ExportPart> exportParts(std::string path, const std::string& content) const;
    // The changes between `from` and `to` (empty: the working copy) as tracked changes.
    Result<std::string> exportChanges(std::string path, std::string from, std::string to, exporting::Format format,
        const ExportChoices& choices) const;

    // Every document into `directory` in each of `formats` (see host::exportAll). Any thread.
    int exportAll(const std::filesystem::path& directory, const std::vector<exporting::Format>& formats,
        const ExportChoices& choices, const std::function<void(int, int, const std::string&)>& progress,
        const std::function<void(const Error&)>& failed, const std::atomic<bool>* cancelled = nullptr) const;

    // The outline of `from` (a brainstorm session's clusters and ideas) into `to`, made when new and named
    // `title`; committed.
    Result<SentOutline> sendOutline(std::string from, std::string to, std::string title);
    // Keeps `side`'s value for the conflicts a sync left in `path` (`element`: none, all of them; "" the
    // document's own fields), and commits.
    Result<ResolvedConflict> resolveConflict(std::string path, xml::Side side, std::optional<std::string> element);

    // Every link the documents make, with the versions resolved; those that point at `path` (a resolution
    // approving a draft of it).
    std::vector<DocumentLink> links() const;
    // `stopped`, asked between documents, ends the reading early (a person chose another document).
    std::vector<DocumentLink> linksTo(std::string path, const std::function<bool()>& stopped = {}) const;

private:
    // `content` read as the document at `path`, by the kind its name says.
    struct KindAndDocument {
        const IDocumentKind* kind = nullptr;
        std::unique_ptr<IDocument> document;
    };
    Result<KindAndDocument> parse(const std::string& path, const std::string& content) const;

    Workspace& m_workspace;
    const PluginRegistry& m_registry;
    mutable std::mutex m_authorLock; // the person may change the author on the GUI's thread while a worker saves
    Author m_author;
    std::string m_language;
};

// A file name from a title: letters of any script kept, separators made '-', at most `maxBytes` bytes;
// a longer one keeps its start and its last words ("รายงานการประชุมคณะอนุกรรมการ-ครั้งที่-13-2569"), never cut
// inside a character nor between a Thai consonant and its marks; "untitled" when nothing is left.
std::string fileNameFromTitle(const std::string& title, std::size_t maxBytes = 120);

} // namespace sapha::host
