// Sapha — the workspace as plugins see it. Nothing thrown below crosses into a plugin: each call
// answers with a value.
// SPDX-License-Identifier: MIT
#include "workspace_documents.hpp"

#include <exception>

namespace sapha::host {

std::vector<std::string> WorkspaceDocuments::documents(std::string_view suffix) const noexcept
{
    std::vector<std::string> result;
    try {
        for (const std::string& file : m_workspace.files()) {
            if (file.size() >= suffix.size() && file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0)
                result.push_back(file);
        }
    } catch (const std::exception&) {
        // Out of memory listing a folder: the plugin sees the documents found so far.
    }
    return result;
}

Result<std::string> WorkspaceDocuments::read(std::string_view path) const noexcept
{
    try {
        if (Status valid = Workspace::checkRelativePath(path); !valid)
            return valid.error();
        return m_workspace.readWorking(path);
    } catch (const std::exception& failure) {
        return Error { failure.what(), std::string(path) };
    }
}

Result<std::string> WorkspaceDocuments::readAt(std::string_view path, std::string_view version) const noexcept
{
    try {
        if (Status valid = Workspace::checkRelativePath(path); !valid)
            return valid.error();
        if (version.empty())
            return Error { "no version given", std::string(path) };
        return m_workspace.readAt(path, version);
    } catch (const std::exception& failure) {
        return Error { failure.what(), std::string(path) };
    }
}

} // namespace sapha::host
