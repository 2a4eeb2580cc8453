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

Result<std::string> WorkspaceDocuments::readAt(std::string_view path, std::string_view version) const
{
    if (Status valid = Workspace::checkRelativePath(path); !valid)
        return valid.error();
    if (version.empty())
        return Error { "no version given", std::string(path) };
    return m_workspace.readAt(path, version);
}

} // namespace sapha::host
