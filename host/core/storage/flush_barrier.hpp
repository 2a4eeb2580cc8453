// Sapha — the flush barrier: the one call that makes everything written so far durable.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <filesystem>

namespace sapha::host {

// Flushes the whole file system that holds `onIt` (syncfs): file data, new names and renames in every
// folder, with one cache flush of the disk. A save needs three of these however many files it writes,
// where per-file fsync would need one per object, ref, index and folder. Throws GitError naming the
// path when the disk reports a write error (full, failing, removed).
void flushFileSystem(const std::filesystem::path& onIt);

// How many flushes this process has made; tests use it to hold a save to its budget.
std::size_t flushCount();

} // namespace sapha::host
