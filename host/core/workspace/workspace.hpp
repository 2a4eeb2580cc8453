// Sapha — a workspace: an ordinary Git repository whose files are documents; every save is a commit.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <sapha/status.hpp>

#include "workspace/revision.hpp"

// The storage engine (host/core/storage, libgit2) stays behind this header (Workspace::Storage): its users
// see std types and Status only.
namespace sapha::host {

// What a commit did: the new revision, or the current one when nothing changed.
struct CommitOutcome {
    Revision revision;
    bool isNewCommit = false;
};

// A named version: an annotated tag. Its name is what people call it ("ร่างที่ 1", "เสนอคณะอนุกรรมการ");
// Git's tag name is that name made safe for a ref (spaces become '-'), and the name itself is the
// first line of the tag's message, so that both Sapha and the git command line show it.
struct NamedVersion {
    std::string name;
    std::string tagName;
    std::string message; // what follows the name in the tag's message
    std::string revisionId;
    std::string taggerName;
    std::int64_t time = 0;
    int offsetMinutes = 0;
};

// A workspace on disk. libgit2 objects are not thread-safe, so every operation
// takes the workspace's lock: one Workspace may be shared between threads, and
// operations run one at a time. Paths are relative to the root, '/'-separated.
class Workspace {
public:
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // Makes `directory` (created if missing, empty or not) a new workspace: a Git
    // repository on branch main with a first commit holding .sapha/workspace.json.
    // Refuses a directory that is already a repository.
    // Its first commit's message is in `language` ("th" or "en"), as the history shows it.
    static Result<std::unique_ptr<Workspace>> create(
        const std::filesystem::path& directory, const Author& author, std::string_view language = "en");
    // Opens an existing repository (the directory itself, not a parent of it).
    static Result<std::unique_ptr<Workspace>> open(const std::filesystem::path& directory);

    const std::filesystem::path& root() const { return m_root; }

    // Writes `content` atomically to `path` and commits exactly that file
    // (other changes in the working tree or index are left alone). When the content
    // equals the last commit, nothing is committed. The ref moves by compare-and-swap:
    // a concurrent commit makes this fail with "changed since", never lose either.
    Result<CommitOutcome> save(std::string_view path, std::string_view content, std::string_view message,
        const Author& author);
    // Commits the working-tree file at `path` as it is.
    Result<CommitOutcome> commitFile(std::string_view path, std::string_view message, const Author& author);

    // Revisions that changed `path`, newest first (at most `limit`, 0 = all). Follows the document
    // across renames: older revisions are those of the file it was renamed from. Served from the
    // history index in .git/sapha, brought up to date with the commits made since it was last read.
    Result<std::vector<Revision>> history(std::string_view path, std::size_t limit = 0);
    // The file's content at `revision` (hash prefix, tag, HEAD~N, branch).
    Result<std::string> readAt(std::string_view path, std::string_view revision);
    // The file's content in the working tree.
    Result<std::string> readWorking(std::string_view path) const;
    // The commit `revision` names: a hash or its prefix, HEAD~N, a branch, a tag, or a named version's name.
    Result<Revision> resolve(std::string_view revision);
    // Names the version `revision` (an annotated tag). Refuses a name already given.
    Status createTag(std::string_view name, std::string_view message, std::string_view revision, const Author& author);
    // Every named version, oldest first.
    Result<std::vector<NamedVersion>> namedVersions();
    // The Git tag name for a named version's name.
    static std::string tagNameFor(std::string_view name);

    // Every file of the working tree (not under dot-folders), sorted.
    std::vector<std::string> files() const;
    // Every folder those files may be in, by the same rules, each ending in '/' ("minutes/"), sorted.
    std::vector<std::string> folders() const;

    // Waits until the packs the saves left are folded, if a fold is under way (see PackFolder).
    // Saves never wait for it; this is for a program about to measure or inspect the repository.
    void waitForPackFolding();
    // Folds the saves' packs into one now, on this thread, when there are at least `atLeast`
    // (`sapha-cli maintain`): how many were folded. Busy when another fold is under way.
    Result<std::size_t> foldPacks(std::size_t atLeast);
    // From now on a save that finds many packs calls `startFold` (which starts a program that calls
    // foldPacks) instead of folding on a thread of this program: what a short-lived program does, so
    // that the fold is not cut off when it ends (see PackFolder::handFoldsTo).
    void handPackFoldsTo(std::function<void()> startFold);

    // The most a document may hold: a 100-page Thai document is some 300 KB; a file far larger is a mistake
    // (a video dropped in the folder), and reading or diffing it would take minutes and gigabytes.
    static constexpr std::uintmax_t kMaxDocumentBytes = 32u * 1024 * 1024;

    // Checks a workspace-relative path: relative, inside the root, not in .git, names of at most 255 bytes,
    // valid UTF-8 without control characters.
    static Status checkRelativePath(std::string_view path);
    // Refuses a path that goes through a symbolic link on disk (which could lead out of the workspace).
    Status checkNoLinkOut(std::string_view path) const;

private:
    struct Storage; // the repository and the storage engine (workspace.cpp)
    Workspace(std::filesystem::path root, std::unique_ptr<Storage> storage);

    std::filesystem::path m_root;
    std::unique_ptr<Storage> m_storage;
};

// The author Sapha commits as when nothing is configured: git's user.name and
// user.email for the repository, else the login name on this host.
Author fallbackAuthor(const std::filesystem::path& repositoryDirectory);

} // namespace sapha::host
