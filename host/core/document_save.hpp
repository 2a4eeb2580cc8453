// Sapha — saving one document as a new version, the same way from the GUI, sapha-cli and plugins'
// commands: its kind reviews the change (summary, protection, milestone), the workspace commits it,
// and a milestone the change reaches becomes a named version.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <sapha/document_kind.hpp>
#include <sapha/workspace_view.hpp>

#include "plugins/plugin_registry.hpp"
#include "workspace/workspace.hpp"

namespace sapha::host {

// `before` is null for a new document. The summary is left empty unless `summarize` (it compares every
// element of both versions: skipped when the commit has its message already).
ChangeReview reviewChange(const IDocumentKind& kind, const IDocument* before, const IDocument& after,
    std::string_view language, bool summarize = true);

// Names `revisionId` after the milestone. Milestone names repeat (two committees' "ครั้งที่ 1/2563",
// minutes certified again after a correction): a name already given gets " (2)", " (3)" …
// Returns the name given.
Result<std::string> nameMilestone(
    Workspace& workspace, const Milestone& milestone, std::string_view revisionId, const Author& author);

struct SavedDocument {
    CommitOutcome commit;
    std::string milestone; // the named version made by this save; empty when none
    bool declined = false; // the person gave no reason for a protected change: nothing was saved
    std::string title;     // the document's title as saved (the kind's), for tabs and lists
};

// Commits the document at `path`: `content` when given (written, then committed), else the working
// file as it is. The document must load; `message` empty means the kind's summary, and a protected
// change is refused without one. Sync conflicts not yet chosen stay with the document unless
// `conflictsSettled` (the content then says which remain).
Result<SavedDocument> saveDocument(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    const std::string* content, std::string_view message, const Author& author, std::string_view language,
    bool conflictsSettled = false);

// The folder of the workspace only `plugin` writes, outside its history (.git/sapha/PLUGIN), created
// when missing.
Result<std::string> pluginPrivateDirectory(const Workspace& workspace, std::string_view plugin);

// IWorkspaceChanges for a plugin's command: every save goes through saveDocument.
class WorkspaceChanges final : public IWorkspaceChanges {
public:
    WorkspaceChanges(Workspace& workspace, const PluginRegistry& registry, Author author, std::string language)
        : m_workspace(workspace), m_registry(registry), m_author(std::move(author)), m_language(std::move(language))
    {
    }
    Result<SavedVersion> save(std::string_view path, std::string_view content, std::string_view message) noexcept override;
    Result<std::string> lastRevision(std::string_view path) noexcept override;
    Result<std::string> privateDirectory(std::string_view plugin) noexcept override;

private:
    Workspace& m_workspace;
    const PluginRegistry& m_registry;
    Author m_author;
    std::string m_language;
};

} // namespace sapha::host
