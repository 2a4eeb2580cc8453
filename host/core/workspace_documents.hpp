// Sapha — the workspace as plugins see it (sapha/workspace_view.hpp): documents by kind, read-only, and
// the documents that carry on an element of another (follow-ups) and the kinds' digests when the plugins are
// known, from the documents index.
// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <utility>

#include <sapha/workspace_view.hpp>

#include "index/document_index.hpp"
#include "plugins/plugin_registry.hpp"
#include "workspace/workspace.hpp"

namespace sapha::host {

class WorkspaceDocuments final : public IWorkspaceView {
public:
    // Without `registry` no follow-ups are found (listing and reading need no plugin).
    explicit WorkspaceDocuments(Workspace& workspace, const PluginRegistry* registry = nullptr)
        : m_workspace(workspace), m_registry(registry) { }
    std::vector<std::string> documents(std::string_view suffix) const noexcept override;
    Result<std::string> read(std::string_view path) const noexcept override;
    Result<std::string> readAt(std::string_view path, std::string_view version) const noexcept override;
    std::vector<FollowUp> followUps(
        std::string_view path, std::string_view elementId, std::string_view language) const noexcept override;
    // Without `registry`: none (no kind to make them).
    std::vector<DocumentDigest> digests(std::string_view suffix, std::string_view containing) const noexcept override;

private:
    // One "continues" reference of a document of the workspace: what is carried on (its document's path and
    // the element's id) and the document that carries the work on. Views into the documents index's bytes,
    // which m_summaries keeps: at 10,000 documents a map of copies took a new meeting 15 ms to make and free.
    struct Continuation {
        std::string_view path, elementId;
        std::string_view fromPath, fromTitle;
    };
    // From the documents index, once, at the first question (a new meeting asks for each action it carries),
    // sorted by what is carried on.
    const std::vector<Continuation>& continuations() const;
    // The documents index, brought up to date at the first question and kept for the others (a command
    // asks for each committee's meetings in turn).
    const DocumentSummaries& summaries() const;

    Workspace& m_workspace; // readAt takes the workspace's lock
    const PluginRegistry* m_registry;
    mutable std::optional<std::vector<Continuation>> m_continuations;
    mutable std::optional<DocumentSummaries> m_summaries;
    // Each document's report, by language and path: read once however many actions it carries on.
    mutable std::map<std::pair<std::string, std::string>, std::string> m_reports;
};

} // namespace sapha::host
