// Sapha — the workspace as plugins see it (sapha/workspace_view.hpp): documents by kind, read-only.
// SPDX-License-Identifier: MIT
#pragma once

#include <sapha/workspace_view.hpp>

#include "workspace/workspace.hpp"

namespace sapha::host {

class WorkspaceDocuments final : public IWorkspaceView {
public:
    explicit WorkspaceDocuments(const Workspace& workspace) : m_workspace(workspace) { }
    std::vector<std::string> documents(std::string_view suffix) const override;
    Result<std::string> read(std::string_view path) const override;

private:
    const Workspace& m_workspace;
};

} // namespace sapha::host
