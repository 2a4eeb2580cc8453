// Sapha — a person's choice for a document left with both versions of a sync conflict: one side of the
// merge that made it, committed as a new version (the other stays in the history). Used by
// `sapha-cli resolve` and the GUI's conflict question.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "document_save.hpp"

namespace sapha::host {

struct ResolvedConflict {
    SavedDocument saved;
    std::string message; // the commit's, in the reader's language
};

// `theirs` false keeps this workspace's version, true the remote's.
Result<ResolvedConflict> resolveConflict(Workspace& workspace, const PluginRegistry& registry, const std::string& path,
    bool theirs, const Author& author, std::string_view language);

} // namespace sapha::host
