// Sapha — the history index: which commits changed which path, kept in .git/sapha/history-index so
// that a document's history is read from one small file instead of a walk over every commit's tree.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include <git2.h>

namespace sapha::host {

// Built by walking the branch once (each commit's tree compared with its parents', renames found
// like `git log --follow`), then brought up to date with only the commits added since its tip. A
// missing, unreadable or foreign index, or a tip the branch no longer contains (history rewritten),
// is rebuilt from Git. Not thread-safe: the Workspace's lock is held.
class HistoryIndex {
public:
    explicit HistoryIndex(std::filesystem::path file) : m_file(std::move(file)) { }

    // Makes the index cover `head` (a commit id); writes the file when it changed. Throws GitError.
    void update(git_repository* repository, const git_oid& head);
    // The commits that changed `path`, newest first, following renames; at most `limit` (0 = all).
    std::vector<git_oid> commitsChanging(std::string path, std::size_t limit) const;

    // How the last update went, for tests and the benchmark.
    enum class Update { Current, Extended, Rebuilt };
    Update lastUpdate() const { return m_lastUpdate; }

private:
    struct Change {
        std::uint32_t commit;      // position in m_commits: 0 is the oldest
        std::int32_t renamedFrom;  // a path index, or -1
    };

    bool load();
    void save() const;
    void rebuild(git_repository* repository, const git_oid& head);
    // Records the changes of `commits`, oldest first, after those already indexed.
    void append(git_repository* repository, const std::vector<git_oid>& commits);
    std::uint32_t pathIndex(const std::string& path);
    // The index of `path` in m_paths, or -1.
    std::int64_t findPath(const std::string& path) const;

    std::filesystem::path m_file;
    bool m_loaded = false;
    git_oid m_tip {};
    std::vector<git_oid> m_commits;                        // oldest first
    std::vector<std::string> m_paths;
    // Built when a path is added (an update), not when the file is loaded: a command asks about one
    // path, and at 10,000 documents the map cost more than the question (found by a scan without it).
    std::unordered_map<std::string, std::uint32_t> m_pathIndex;
    bool m_pathIndexBuilt = false;
    std::vector<std::vector<Change>> m_changes;            // per path, oldest first
    Update m_lastUpdate = Update::Current;
};

} // namespace sapha::host
