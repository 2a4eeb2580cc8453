// Sapha — the documents of a workspace as kinds see them: listing by suffix, loading, checking.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/document_kind.hpp>

#include "plugins/plugin_registry.hpp"
#include "workspace/workspace.hpp"

namespace sapha::host {

struct DocumentEntry {
    std::string path;
    std::string kindId;
};

// Every document of the workspace whose name ends in a known kind's suffix, sorted
// by path. Uses the manifests only: no plugin code runs to list a workspace.
std::vector<DocumentEntry> listDocuments(const Workspace& workspace, const PluginRegistry& registry);

// Splits "PATH@REV" at the last '@' (no '@': the revision is empty).
std::pair<std::string, std::string> splitRevisionSpec(std::string_view spec);

// Loads the document at `path` in the working tree (revision empty) or at a revision,
// through the kind its suffix names. Errors name the path (and line).
struct LoadedDocument {
    const IDocumentKind* kind = nullptr;
    std::string text;
    std::unique_ptr<IDocument> document;
};
Result<LoadedDocument> loadDocument(
    Workspace& workspace, const PluginRegistry& registry, std::string_view path, std::string_view revision);

} // namespace sapha::host
