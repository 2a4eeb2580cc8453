// Sapha — the stat data git keeps for each file in its index.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

#include <git2.h>

namespace sapha::host::git {

// Fills `entry`'s stat data (times, device, inode, owner, size) from `file` as it is on disk, so that
// git sees the file clean without reading it; left as it was when the file cannot be read.
void takeStatOf(git_index_entry& entry, const std::filesystem::path& file);

} // namespace sapha::host::git
