// Sapha — what a committee does with a document's history: compare two versions, element by element
// and word by word, and bring an earlier version back as a new commit.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/diff/structural_diff.hpp>

#include "plugins/plugin_registry.hpp"
#include "workspace/workspace.hpp"

namespace sapha::host {

struct Comparison {
    std::string path;
    std::string fromLabel; // "e963949b (2018-09-05 10:00 +0700)", or "working copy" ("ฉบับที่ยังไม่บันทึก")
    std::string toLabel;
    std::vector<diff::ElementChange> changes;
};

// Compares the document at `from` with `to` (empty: the working tree's file). Both are loaded
// through the document's kind, so the changes are in the plugin's terms; the labels are in `language`.
Result<Comparison> compareVersions(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    std::string_view from, std::string_view to, std::string_view language);

// One line per revision saying what changed, in the plugin's terms ("added indicator 3.2; changed
// indicator 1.2"), computed from the revision and the one before it in `revisions` (newest first).
// A revision whose document does not load gets its commit message's first line.
// Only the revisions [first, first + count) are summarised (the one after them is read as their
// "before"), so that a long history can be summarised a screenful at a time; two versions of the
// document are in memory at once, however long the history.
std::vector<std::string> summarizeRevisions(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    const std::vector<Revision>& revisions, std::string_view language, std::size_t first = 0,
    std::size_t count = std::numeric_limits<std::size_t>::max());

// Writes the document as it was at `revision` and commits it, saying which version it came from.
// History is never rewritten. Refuses a version that no longer loads, and a document with changes not
// committed. `message` is the commit's (host::Documents says it in the reader's language).
Result<CommitOutcome> restoreVersion(Workspace& workspace, const PluginRegistry& registry, std::string_view path,
    std::string_view revision, const Author& author, std::string_view message);

} // namespace sapha::host
