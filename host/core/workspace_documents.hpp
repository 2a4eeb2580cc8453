// Sapha — the workspace as plugins see it (sapha/workspace_view.hpp): documents by kind, read-only, and
// the documents that carry on an element of another (follow-ups) when the plugins are known.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <sapha/workspace_view.hpp>

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

private:
    // One "continues" reference of a document of the workspace, with that document's report.
    struct Continuation {
        std::string fromPath;
        std::string path;
        std::string elementId;
        FollowUp followUp;
    };
    // Every document is read once, at the first question (a new meeting asks for each action it carries).
    const std::vector<Continuation>& continuations(std::string_view language) const;

    Workspace& m_workspace; // readAt takes the workspace's lock
    const PluginRegistry* m_registry;
    mutable std::optional<std::vector<Continuation>> m_continuations;
    mutable std::string m_continuationsLanguage;
};

} // namespace sapha::host
