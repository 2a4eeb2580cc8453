// Sapha — the objects of one save, built in memory and written as one pack.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <git2.h>

namespace sapha::host {

class HeldBlob;

// A pack and its index written in the staging folder, not yet part of the repository.
struct StagedPack {
    std::filesystem::path pack;
    std::filesystem::path index;
    // Renames the pack, then its index (git finds a pack through its index), into `packDirectory`.
    // Throws GitError naming the file.
    void install(const std::filesystem::path& packDirectory) const;
};

// The staging folder of the repository whose git folder is `gitDirectory`, emptied of what the last
// save left there (the copy of the index it built, or a pack a killed save never installed). The save
// lock must be held: no one else uses the folder then. Throws GitError.
std::filesystem::path freshStagingDirectory(const std::filesystem::path& gitDirectory);

// Writes `packBytes` (a whole pack) with its index into `stagingDirectory` through libgit2's indexer,
// which also verifies every object. Throws GitError.
StagedPack writeStagedPack(std::string_view packBytes, const std::filesystem::path& stagingDirectory);

// A repository view whose new objects stay in memory (libgit2's mempack) while reads fall through to
// the objects on disk (ExistingObjects). A save creates its blob, trees and commit here, then writes
// them as one pack: one file to flush instead of one loose object file (and one fsync) per object.
class StagedObjects {
public:
    explicit StagedObjects(const std::filesystem::path& objectsDirectory);
    ~StagedObjects();
    StagedObjects(const StagedObjects&) = delete;
    StagedObjects& operator=(const StagedObjects&) = delete;

    git_repository* repository() const { return m_repository; }
    // The document being saved, as a blob of this view, without copying it: `content` is the
    // caller's and must outlive the next writePack() or reset(). Returns the blob's id.
    git_oid holdBlob(std::string_view content);
    // Writes the objects `ids` (created here, held, or already on disk) as one pack into
    // `stagingDirectory`, then forgets everything created or held here.
    StagedPack writePack(const std::vector<git_oid>& ids, const std::filesystem::path& stagingDirectory);
    // Forgets the objects created or held since the last write (a save that changed nothing, or failed).
    void reset();

private:
    git_odb* m_odb = nullptr;
    git_odb_backend* m_memory = nullptr; // owned by m_odb
    HeldBlob* m_held = nullptr; // owned by m_odb
    git_repository* m_repository = nullptr;
};

} // namespace sapha::host
