// Sapha — the workspace as plugins see it. Nothing thrown below crosses into a plugin: each call
// answers with a value.
// SPDX-License-Identifier: MIT
#include "workspace_documents.hpp"

#include <exception>

#include "document_catalog.hpp"

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

const std::vector<WorkspaceDocuments::Continuation>& WorkspaceDocuments::continuations(std::string_view language) const
{
    if (m_continuations && m_continuationsLanguage == language)
        return *m_continuations;
    std::vector<Continuation> found;
    for (const DocumentEntry& entry : listDocuments(m_workspace, *m_registry)) {
        Result<LoadedDocument> loaded = loadDocument(m_workspace, *m_registry, entry.path, "");
        if (!loaded)
            continue; // a document that does not load reports nothing
        const IDocumentKind& kind = *loaded.value().kind;
        const IDocument& document = *loaded.value().document;
        std::optional<FollowUp> followUp;
        for (const DocumentReference& reference : kind.references(document)) {
            if (reference.relation != "continues")
                continue;
            if (!followUp)
                followUp = FollowUp { entry.path, kind.title(document), kind.followUpReport(document, language) };
            found.push_back({ entry.path, reference.path, reference.targetElementId, *followUp });
        }
    }
    m_continuations = std::move(found);
    m_continuationsLanguage = std::string(language);
    return *m_continuations;
}

std::vector<FollowUp> WorkspaceDocuments::followUps(
    std::string_view path, std::string_view elementId, std::string_view language) const noexcept
{
    std::vector<FollowUp> result;
    if (!m_registry)
        return result;
    try {
        for (const Continuation& continuation : continuations(language)) {
            if (continuation.path == path && continuation.elementId == elementId && continuation.fromPath != path)
                result.push_back(continuation.followUp);
        }
    } catch (const std::exception&) {
        // Out of memory reading the workspace: the plugin hears of no follow-up, and carries on without.
    }
    return result;
}

} // namespace sapha::host
