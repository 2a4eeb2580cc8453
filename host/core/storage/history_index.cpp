// Sapha — the history index.
// SPDX-License-Identifier: MIT
#include "storage/history_index.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <set>

#include "git/git_error.hpp"
#include "git/git_handle.hpp"
#include "storage/atomic_file.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

using git::check;

namespace {

constexpr const char* kMagic = "SAPHA-HISTORY-INDEX 1\n";

void put32(std::string& out, std::uint32_t value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out += static_cast<char>((value >> shift) & 0xff);
}

// Reads little-endian numbers and bytes from a buffer; `ok` turns false at the first overrun.
struct Reader {
    const std::string& data;
    std::size_t at = 0;
    bool ok = true;
    std::uint32_t get32()
    {
        if (at + 4 > data.size()) {
            ok = false;
            return 0;
        }
        std::uint32_t value = 0;
        for (int i = 0; i < 4; ++i)
            value |= static_cast<std::uint32_t>(static_cast<unsigned char>(data[at + i])) << (8 * i);
        at += 4;
        return value;
    }
    std::string bytes(std::size_t size)
    {
        if (at + size > data.size()) {
            ok = false;
            return {};
        }
        std::string out = data.substr(at, size);
        at += size;
        return out;
    }
};

git::TreeHandle treeOf(git_repository* repository, const git_oid& commitId, git::CommitHandle& commit)
{
    git_commit* rawCommit = nullptr;
    check(git_commit_lookup(&rawCommit, repository, &commitId), "reading a commit");
    commit.reset(rawCommit);
    git_tree* rawTree = nullptr;
    check(git_commit_tree(&rawTree, commit.get()), "reading a commit's tree");
    return git::TreeHandle(rawTree);
}

// Paths whose content differs between `before` (may be null) and `after`; renames found when the
// diff has both additions and deletions.
struct PathChange {
    std::string path;
    std::string renamedFrom;
};

std::vector<PathChange> changesBetween(git_repository* repository, git_tree* before, git_tree* after)
{
    git_diff* rawDiff = nullptr;
    check(git_diff_tree_to_tree(&rawDiff, repository, before, after, nullptr), "comparing two commits");
    git::DiffHandle diff(rawDiff);
    bool added = false, deleted = false;
    for (std::size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_delta_t status = git_diff_get_delta(diff.get(), i)->status;
        added = added || status == GIT_DELTA_ADDED;
        deleted = deleted || status == GIT_DELTA_DELETED;
    }
    if (added && deleted) {
        git_diff_find_options options = GIT_DIFF_FIND_OPTIONS_INIT;
        options.flags = GIT_DIFF_FIND_RENAMES;
        check(git_diff_find_similar(diff.get(), &options), "finding renames");
    }
    std::vector<PathChange> changes;
    for (std::size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
        if (delta->status == GIT_DELTA_RENAMED)
            changes.push_back({ delta->new_file.path, delta->old_file.path });
        else if (delta->status != GIT_DELTA_DELETED)
            changes.push_back({ delta->new_file.path, {} });
    }
    return changes;
}

} // namespace

std::int64_t HistoryIndex::findPath(const std::string& path) const
{
    if (m_pathIndexBuilt) {
        const auto found = m_pathIndex.find(path);
        return found == m_pathIndex.end() ? -1 : static_cast<std::int64_t>(found->second);
    }
    for (std::size_t p = 0; p < m_paths.size(); ++p)
        if (m_paths[p] == path)
            return static_cast<std::int64_t>(p);
    return -1;
}

std::uint32_t HistoryIndex::pathIndex(const std::string& path)
{
    if (!m_pathIndexBuilt) {
        m_pathIndex.clear();
        for (std::uint32_t p = 0; p < m_paths.size(); ++p)
            m_pathIndex.emplace(m_paths[p], p);
        m_pathIndexBuilt = true;
    }
    auto found = m_pathIndex.find(path);
    if (found != m_pathIndex.end())
        return found->second;
    const auto index = static_cast<std::uint32_t>(m_paths.size());
    m_paths.push_back(path);
    m_pathIndex.emplace(path, index);
    m_changes.emplace_back();
    return index;
}

bool HistoryIndex::load()
{
    std::ifstream in(m_file, std::ios::binary);
    if (!in)
        return false;
    std::string data;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0);
    if (size < 0)
        return false;
    data.resize(static_cast<std::size_t>(size));
    if (!in.read(data.data(), size))
        return false;
    Reader reader { data };
    if (reader.bytes(std::strlen(kMagic)) != kMagic)
        return false;
    std::string tip = reader.bytes(GIT_OID_RAWSZ);
    const std::uint32_t commits = reader.get32();
    if (!reader.ok || commits > data.size() / GIT_OID_RAWSZ)
        return false;
    std::vector<git_oid> ids(commits);
    for (git_oid& id : ids) {
        const std::string raw = reader.bytes(GIT_OID_RAWSZ);
        if (!reader.ok)
            return false;
        git_oid_fromraw(&id, reinterpret_cast<const unsigned char*>(raw.data()));
    }
    const std::uint32_t paths = reader.get32();
    std::vector<std::string> names;
    std::vector<std::vector<Change>> changes;
    for (std::uint32_t p = 0; p < paths && reader.ok; ++p) {
        names.push_back(reader.bytes(reader.get32()));
        const std::uint32_t count = reader.get32();
        if (!reader.ok || count > data.size())
            return false;
        std::vector<Change> list(count);
        for (Change& change : list) {
            change.commit = reader.get32();
            change.renamedFrom = static_cast<std::int32_t>(reader.get32());
            if (change.commit >= commits || change.renamedFrom >= static_cast<std::int32_t>(paths))
                return false;
        }
        changes.push_back(std::move(list));
    }
    if (!reader.ok || reader.at != data.size())
        return false;
    git_oid_fromraw(&m_tip, reinterpret_cast<const unsigned char*>(tip.data()));
    m_commits = std::move(ids);
    m_paths = std::move(names);
    m_changes = std::move(changes);
    m_pathIndex.clear();
    m_pathIndexBuilt = false;
    return true;
}

void HistoryIndex::save() const
{
    std::string out = kMagic;
    out.append(reinterpret_cast<const char*>(m_tip.id), GIT_OID_RAWSZ);
    put32(out, static_cast<std::uint32_t>(m_commits.size()));
    for (const git_oid& id : m_commits)
        out.append(reinterpret_cast<const char*>(id.id), GIT_OID_RAWSZ);
    put32(out, static_cast<std::uint32_t>(m_paths.size()));
    for (std::size_t p = 0; p < m_paths.size(); ++p) {
        put32(out, static_cast<std::uint32_t>(m_paths[p].size()));
        out += m_paths[p];
        put32(out, static_cast<std::uint32_t>(m_changes[p].size()));
        for (const Change& change : m_changes[p]) {
            put32(out, change.commit);
            put32(out, static_cast<std::uint32_t>(change.renamedFrom));
        }
    }
    // A cache: written atomically but not flushed; a damaged one is rebuilt.
    std::error_code ignored;
    fs::create_directories(m_file.parent_path(), ignored);
    if (Result<PendingFile> pending = PendingFile::stage(m_file, out); pending)
        (void)pending.value().install();
}

void HistoryIndex::append(git_repository* repository, const std::vector<git_oid>& commits)
{
    for (const git_oid& id : commits) {
        const auto position = static_cast<std::uint32_t>(m_commits.size());
        m_commits.push_back(id);
        git::CommitHandle commit;
        git::TreeHandle tree = treeOf(repository, id, commit);
        const unsigned parents = git_commit_parentcount(commit.get());
        std::vector<PathChange> changed;
        if (parents == 0) {
            changed = changesBetween(repository, nullptr, tree.get());
        } else {
            // Like git log's default simplification: a path changed only if it differs from every parent.
            for (unsigned i = 0; i < parents; ++i) {
                git::CommitHandle parent;
                git::TreeHandle parentTree = treeOf(repository, *git_commit_parent_id(commit.get(), i), parent);
                std::vector<PathChange> fromParent = changesBetween(repository, parentTree.get(), tree.get());
                if (i == 0) {
                    changed = std::move(fromParent);
                    continue;
                }
                std::set<std::string> alsoChanged;
                for (const PathChange& change : fromParent)
                    alsoChanged.insert(change.path);
                std::erase_if(changed, [&](const PathChange& change) { return !alsoChanged.count(change.path); });
            }
        }
        for (const PathChange& change : changed) {
            const std::int32_t from
                = change.renamedFrom.empty() ? -1 : static_cast<std::int32_t>(pathIndex(change.renamedFrom));
            m_changes[pathIndex(change.path)].push_back({ position, from });
        }
    }
}

void HistoryIndex::rebuild(git_repository* repository, const git_oid& head)
{
    m_commits.clear();
    m_paths.clear();
    m_pathIndex.clear();
    m_pathIndexBuilt = true;
    m_changes.clear();
    git_revwalk* rawWalk = nullptr;
    check(git_revwalk_new(&rawWalk, repository), "starting the history walk");
    git::RevwalkHandle walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE);
    check(git_revwalk_push(walk.get(), &head), "starting the history walk");
    std::vector<git_oid> commits;
    git_oid id;
    while (git_revwalk_next(&id, walk.get()) == 0)
        commits.push_back(id);
    append(repository, commits);
    m_tip = head;
}

void HistoryIndex::update(git_repository* repository, const git_oid& head)
{
    if (!m_loaded) {
        m_loaded = true;
        if (!load())
            m_commits.clear(), m_tip = git_oid {};
    }
    if (!m_commits.empty() && git_oid_equal(&m_tip, &head)) {
        m_lastUpdate = Update::Current;
        return;
    }
    if (!m_commits.empty() && git_graph_descendant_of(repository, &head, &m_tip) == 1) {
        // Only the commits since the tip: oldest first, after those already indexed.
        git_revwalk* rawWalk = nullptr;
        check(git_revwalk_new(&rawWalk, repository), "starting the history walk");
        git::RevwalkHandle walk(rawWalk);
        git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE);
        check(git_revwalk_push(walk.get(), &head), "starting the history walk");
        check(git_revwalk_hide(walk.get(), &m_tip), "starting the history walk");
        std::vector<git_oid> commits;
        git_oid id;
        while (git_revwalk_next(&id, walk.get()) == 0)
            commits.push_back(id);
        append(repository, commits);
        m_tip = head;
        m_lastUpdate = Update::Extended;
    } else {
        rebuild(repository, head);
        m_lastUpdate = Update::Rebuilt;
    }
    save();
}

std::vector<git_oid> HistoryIndex::commitsChanging(std::string path, std::size_t limit) const
{
    std::vector<git_oid> result;
    // Only changes older than `below` count once the walk has followed a rename.
    std::uint32_t below = static_cast<std::uint32_t>(m_commits.size());
    while (true) {
        const std::int64_t found = findPath(path);
        if (found < 0)
            return result;
        const std::vector<Change>& changes = m_changes[static_cast<std::size_t>(found)];
        bool followed = false;
        for (auto change = changes.rbegin(); change != changes.rend(); ++change) {
            if (change->commit >= below)
                continue;
            result.push_back(m_commits[change->commit]);
            if (limit != 0 && result.size() >= limit)
                return result;
            if (change->renamedFrom >= 0) {
                path = m_paths[static_cast<std::size_t>(change->renamedFrom)];
                below = change->commit;
                followed = true;
                break;
            }
        }
        if (!followed)
            return result;
    }
}

} // namespace sapha::host
