// Sapha — links between documents (sapha/document_kind.hpp's DocumentReference), seen from either end:
// the minutes' resolution that approved a standard's named version shows in the standard's history too.
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <sapha/document_kind.hpp>

#include "document_catalog.hpp"
#include "plugins/plugin_registry.hpp"
#include "workspace/workspace.hpp"

namespace sapha::host {

struct DocumentLink {
    std::string fromPath;   // the referring document
    std::string fromTitle;  // its title ("รายงานการประชุม… ครั้งที่ 2/2563")
    DocumentReference reference;
    std::string revisionId; // the revision the version names; empty when it names none
};

// Every link made by the documents of the workspace as they are now, with the version resolved. From the
// documents index (index/document_index.hpp): only documents changed since it was brought up to date are
// read. `stopped`, asked between documents read, ends it early with no links.
std::vector<DocumentLink> workspaceLinks(
    Workspace& workspace, const PluginRegistry& registry, const std::function<bool()>& stopped = {});
// The links that point at `path`, each resolved: as workspaceLinks, the others not resolved.
std::vector<DocumentLink> workspaceLinksTo(Workspace& workspace, const PluginRegistry& registry,
    const std::string& path, const std::function<bool()>& stopped = {});

// The revision a reference's version names (for the file as it is: its latest); empty when it names none.
std::string revisionReferredTo(Workspace& workspace, const DocumentReference& reference);

// The links that point at `path`.
std::vector<DocumentLink> linksTo(const std::vector<DocumentLink>& links, std::string_view path);

// One line for a link, seen from the document it points at: "approved by <title>, <label>".
std::string describeIncoming(const DocumentLink& link, std::string_view language);

// Adds to `names` (by revision id: what each version is called, its named versions first) what `links`
// say of each version, "; " between them; a line already there is not repeated (two actions of one
// agenda item carried into the same meeting read alike). False when no link names a revision.
bool addIncomingNames(
    std::map<std::string, std::string>& names, const std::vector<DocumentLink>& links, std::string_view language);

// Problems with the links `path` makes: a version that does not exist, or a document the version
// does not hold. Each is an Error naming the referring element, its message in `language`.
std::vector<Error> brokenLinks(
    Workspace& workspace, const std::vector<DocumentLink>& links, std::string_view path, std::string_view language);

} // namespace sapha::host
