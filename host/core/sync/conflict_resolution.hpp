// Sapha — a person's choice for a document a sync left with a conflict. A conflict kept by element
// (records in the document) is settled field by field: every one of the document's, or those of one
// element, take this workspace's or the remote's value. A document left with conflict markers (a kind
// that cannot merge by element) takes one side of the merge that made it, whole. Either way the choice
// is committed as a new version (the other stays in the history). Used by `sapha-cli resolve` and the
// GUI.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <sapha/xml_merge.hpp>

#include "document_save.hpp"

namespace sapha::host {

struct ResolvedConflict {
    SavedDocument saved;
    std::string message;       // the commit's, in the reader's language
    std::size_t remaining = 0; // conflicts of the document still to choose
};

// `element` none: every conflict of the document; else that element's (only for conflicts kept by
// element), "" being the document's own fields (its root element).
Result<ResolvedConflict> resolveConflict(Workspace& workspace, const PluginRegistry& registry, const std::string& path,
    xml::Side side, const std::optional<std::string>& element, const Author& author, std::string_view language);

} // namespace sapha::host
