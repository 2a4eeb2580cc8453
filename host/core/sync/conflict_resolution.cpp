// Sapha — resolving a sync conflict.
// SPDX-License-Identifier: MIT
#include "sync/conflict_resolution.hpp"

#include "sync/sync.hpp"

namespace sapha::host {

Result<ResolvedConflict> resolveConflict(Workspace& workspace, const PluginRegistry& registry, const std::string& path,
    bool theirs, const Author& author, std::string_view language)
{
    Result<std::string> side = sideOfLastMerge(workspace.root(), path, theirs);
    if (!side)
        return side.error();
    const std::string message = language == "en"
        ? std::string("resolved the sync conflict: kept ") + (theirs ? "the remote's" : "this workspace's") + " version"
        : std::string("แก้ความขัดแย้งจากการซิงก์: ใช้ฉบับ") + (theirs ? "จากเครื่องอื่น" : "ของเครื่องนี้");
    Result<SavedDocument> saved = saveDocument(workspace, registry, path, &side.value(), message, author, language);
    if (!saved)
        return saved.error();
    return ResolvedConflict { saved.value(), message };
}

} // namespace sapha::host
