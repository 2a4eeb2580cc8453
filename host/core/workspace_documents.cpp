// Sapha — the workspace as plugins see it.
// SPDX-License-Identifier: MIT
#include "workspace_documents.hpp"

namespace sapha::host {

std::vector<std::string> WorkspaceDocuments::documents(std::string_view suffix) const
{
    std::vector<std::string> result;
    for (const std::string& file : m_workspace.files()) {
        if (file.size() >= suffix.size() && file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0)
            result.push_back(file);
    }
    return result;
}

Result<std::string> WorkspaceDocuments::read(std::string_view path) const
{
    if (Status valid = Workspace::checkRelativePath(path); !valid)
        return valid.error();
    return m_workspace.readWorking(path);
}

} // namespace sapha::host
