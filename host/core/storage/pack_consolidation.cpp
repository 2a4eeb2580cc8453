// Sapha — folding the packs of many saves into one.
// SPDX-License-Identifier: MIT
#include "storage/pack_consolidation.hpp"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <git2/sys/odb_backend.h>

#include "git/git_error.hpp"
#include "git/git_runtime.hpp"
#include "storage/pack_checksums.hpp"
#include "storage/repository_update.hpp"
#include "storage/staged_objects.hpp"
#include "storage/stoppable_reads.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

using git::check;

namespace {

using PackOnDisk = PackFold::PackOnDisk;

static_assert(kMostPacksPerFold + 16 <= git::kOpenPackLimit, "a fold's packs stay open while it reads them");

bool isPackIndex(const fs::path& path)
{
    return path.extension() == ".idx" && path.filename().string().rfind("pack-", 0) == 0;
}

// Every pack-*.idx without a .keep beside it, smallest first.
std::vector<PackOnDisk> foldablePacks(const fs::path& packDirectory)
{
    std::vector<PackOnDisk> packs;
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(packDirectory, error)) {
        const fs::path path = entry.path();
        if (!isPackIndex(path))
            continue;
        fs::path base = path;
        base.replace_extension();
        if (fs::exists(fs::path(base.string() + ".keep"), error))
            continue;
        const std::uintmax_t size = fs::file_size(fs::path(base.string() + ".pack"), error);
        if (!error)
            packs.push_back({ base, size });
    }
    std::sort(packs.begin(), packs.end(), [](const PackOnDisk& a, const PackOnDisk& b) { return a.size < b.size; });
    return packs;
}

// How many of the smallest packs to fold so that the packs left, with the folded one, grow at least
// twofold each (git's geometric repack): big old packs are not rewritten at every fold, so the cost
// of folding stays proportional to what the recent saves wrote.
std::size_t packsToFold(const std::vector<PackOnDisk>& packs)
{
    std::uintmax_t smaller = 0;
    std::size_t split = packs.size();
    std::vector<std::uintmax_t> before(packs.size());
    for (std::size_t i = 0; i < packs.size(); ++i) {
        before[i] = smaller;
        smaller += packs[i].size;
    }
    // The lowest split from which every larger pack is at least twice all packs below it.
    for (std::size_t i = packs.size(); i-- > 0;) {
        if (packs[i].size < 2 * before[i])
            break;
        split = i;
    }
    return split < 2 ? packs.size() : split;
}

} // namespace

std::size_t packCount(const fs::path& gitDirectory)
{
    std::size_t count = 0;
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(gitDirectory / "objects" / "pack", error))
        count += isPackIndex(entry.path());
    return count;
}

std::optional<PackFold> PackFold::build(const fs::path& gitDirectory, std::size_t limit, const std::function<bool()>& stop)
{
    if (packCount(gitDirectory) < limit)
        return std::nullopt;
    std::vector<PackOnDisk> packs = foldablePacks(gitDirectory / "objects" / "pack");
    if (packs.size() < limit)
        return std::nullopt;
    packs.resize(std::min(packsToFold(packs), kMostPacksPerFold));

    // Every object of the packs to fold, read through a view of those packs alone: a repository of
    // this thread's own (libgit2's objects are not shared between threads) that sees nothing else.
    git_odb* rawOdb = nullptr;
    check(git_odb_new(&rawOdb), "reading the packs");
    std::unique_ptr<git_odb, void (*)(git_odb*)> packsOnly(rawOdb, git_odb_free);
    for (const PackOnDisk& pack : packs) {
        git_odb_backend* backend = nullptr;
        const fs::path index = pack.base.string() + ".idx";
        check(git_odb_backend_one_pack(&backend, index.c_str()), "reading " + index.string());
        if (git_odb_add_backend(packsOnly.get(), backend, 1) < 0) {
            backend->free(backend);
            check(-1, "reading " + index.string());
        }
    }
    if (stop)
        stopReadsWhen(packsOnly.get(), stop);
    git_repository* rawRepository = nullptr;
    check(git_repository_wrap_odb(&rawRepository, packsOnly.get()), "reading the packs");
    std::unique_ptr<git_repository, void (*)(git_repository*)> repository(rawRepository, git_repository_free);
    std::vector<git_oid> ids;
    check(git_odb_foreach(
              packsOnly.get(),
              [](const git_oid* id, void* payload) {
                  static_cast<std::vector<git_oid>*>(payload)->push_back(*id);
                  return 0;
              },
              &ids),
        "listing the packed objects");

    git_packbuilder* rawBuilder = nullptr;
    check(git_packbuilder_new(&rawBuilder, repository.get()), "folding the packs");
    std::unique_ptr<git_packbuilder, void (*)(git_packbuilder*)> builder(rawBuilder, git_packbuilder_free);
    // One thread: libgit2 1.5's delta search on several threads goes on past a failed read (see
    // stopReadsWhen); and a fold in the background leaves the other cores to the person at work.
    check(git_packbuilder_set_threads(builder.get(), 1), "folding the packs");
    for (const git_oid& id : ids)
        check(git_packbuilder_insert(builder.get(), &id, nullptr), "folding the packs");
    git_buf bytes = GIT_BUF_INIT;
    const int written = git_packbuilder_write_buf(&bytes, builder.get());
    std::unique_ptr<git_buf, void (*)(git_buf*)> ownedBytes(&bytes, git_buf_dispose);
    check(written, "folding the packs");
    return PackFold(std::move(packs), std::string(bytes.ptr, bytes.size));
}

std::size_t PackFold::install(const fs::path& gitDirectory, const fs::path& stagingDirectory) const
{
    std::error_code error;
    for (const PackOnDisk& pack : m_packs) {
        if (!fs::exists(pack.base.string() + ".idx", error))
            return 0;
    }
    // Only packs are written: no ref moves, so no repository is needed for the update.
    RepositoryUpdate update(nullptr, gitDirectory);
    const StagedPack pack = writeStagedPack(m_bytes, stagingDirectory);
    update.addPack(pack);
    update.apply(); // the new pack is durable before any old one goes
    // Read whole against its checksum by libgit2's indexer as it was written: the next save need not.
    rememberVerifiedPack(gitDirectory, gitDirectory / "objects" / "pack" / pack.pack.filename());

    fs::path kept = pack.index;
    kept.replace_extension();
    std::error_code ignored;
    std::size_t removed = 0;
    for (const PackOnDisk& old : m_packs) {
        if (old.base.filename() == kept.filename())
            continue;
        // The index first: git finds a pack through it, so no reader sees an index without its pack.
        for (const char* extension : { ".idx", ".pack", ".rev", ".bitmap" })
            fs::remove(fs::path(old.base.string() + extension), ignored);
        ++removed;
    }
    return removed;
}

} // namespace sapha::host
