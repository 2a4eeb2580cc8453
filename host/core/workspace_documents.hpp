// Sapha — the workspace as plugins see it (sapha/workspace_view.hpp): documents by kind, read-only.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/workspace_view.hpp>

#include "workspace/workspace.hpp"

namespace sapha::host {

class WorkspaceDocuments final : public IWorkspaceView {
public:
    explicit WorkspaceDocuments(Workspace& workspace) : m_workspace(workspace) { }
    std::vector<std::string> documents(std::string_view suffix) const noexcept override;
    Result<std::string> read(std::string_view path) const noexcept override;
    Result<std::string> readAt(std::string_view path, std::string_view version) const noexcept override;

private:
    Workspace& m_workspace; // readAt takes the workspace's lock
};

} // namespace sapha::host
