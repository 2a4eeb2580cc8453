// Sapha — the objects of one save, built in memory and written as one pack.
// SPDX-License-Identifier: MIT
#include "storage/staged_objects.hpp"

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>

#include "git/git_error.hpp"
#include "messages/message_language.hpp"
#include "storage/pack_writer.hpp"
#include "storage/atomic_file.hpp"
#include "storage/existing_objects.hpp"
#include "storage/held_blob.hpp"

namespace fs = std::filesystem;

namespace sapha::host {

using git::check;
using git::GitError;

namespace {

struct IndexerHandle {
    git_indexer* raw = nullptr;
    ~IndexerHandle() { git_indexer_free(raw); }
};

void renameOrThrow(const fs::path& from, const fs::path& to)
{
    if (::rename(from.c_str(), to.c_str()) != 0)
        throw GitError(localized("ย้าย " + from.string() + " ไปที่ " + to.string() + " ไม่ได้: " + systemReason(errno),
                           "moving " + from.string() + " to " + to.string() + " failed: " + std::strerror(errno)), -1, ErrorCode::Storage);
}

// Writes a new file readable by all and writable by none, like git's packs. Not flushed: the caller does.
void writeReadOnlyFile(const fs::path& path, const std::string& bytes)
{
    const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0444);
    if (fd < 0)
        throw GitError(localized("สร้าง " + path.string() + " ไม่ได้: " + systemReason(errno), "creating " + path.string() + " failed: " + std::strerror(errno)), -1, ErrorCode::Storage);
    if (!writeAll(fd, bytes)) {
        const int error = errno;
        ::close(fd);
        throw GitError(localized("เขียน " + path.string() + " ไม่ได้: " + systemReason(error), "writing " + path.string() + " failed: " + std::strerror(error)), -1, ErrorCode::Storage);
    }
    if (::close(fd) != 0)
        throw GitError(localized("เขียน " + path.string() + " ไม่ได้: " + systemReason(errno), "writing " + path.string() + " failed: " + std::strerror(errno)), -1, ErrorCode::Storage);
}

} // namespace

void StagedPack::install(const fs::path& packDirectory) const
{
    renameOrThrow(pack, packDirectory / pack.filename());
    renameOrThrow(index, packDirectory / index.filename());
}

fs::path freshStagingDirectory(const fs::path& gitDirectory)
{
    const fs::path staging = gitDirectory / "sapha-staging";
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(staging, error))
        fs::remove_all(entry.path(), error);
    error.clear();
    fs::create_directories(staging, error);
    if (error)
        throw GitError(localized("สร้าง " + staging.string() + " ไม่ได้: " + systemReason(error.value()), "creating " + staging.string() + " failed: " + error.message()), -1, ErrorCode::Storage);
    return staging;
}

StagedPack writeStagedPack(std::string_view packBytes, const fs::path& stagingDirectory)
{
    std::error_code error;
    fs::create_directories(stagingDirectory, error);
    if (error)
        throw GitError(localized("สร้าง " + stagingDirectory.string() + " ไม่ได้: " + systemReason(error.value()),
                           "creating " + stagingDirectory.string() + " failed: " + error.message()), -1, ErrorCode::Storage);
    IndexerHandle indexer;
    git_indexer_options options = GIT_INDEXER_OPTIONS_INIT;
    check(git_indexer_new(&indexer.raw, stagingDirectory.c_str(), 0, nullptr, &options), "starting the pack");
    git_indexer_progress progress {};
    check(git_indexer_append(indexer.raw, packBytes.data(), packBytes.size(), &progress), "writing the pack");
    check(git_indexer_commit(indexer.raw, &progress), "indexing the pack");
    const std::string base = std::string("pack-") + git_indexer_name(indexer.raw);
    return StagedPack { stagingDirectory / (base + ".pack"), stagingDirectory / (base + ".idx") };
}

StagedObjects::StagedObjects(const fs::path& objectsDirectory)
{
    try {
        check(git_odb_new(&m_odb), "preparing the save");
        check(git_mempack_new(&m_memory), "preparing the save");
        // Highest priority: new objects are written to memory, never to disk.
        if (git_odb_add_backend(m_odb, m_memory, 1000) < 0) {
            m_memory->free(m_memory);
            m_memory = nullptr;
            check(-1, "preparing the save");
        }
        m_held = &HeldBlob::addTo(m_odb, 1001);
        ExistingObjects::addTo(m_odb, objectsDirectory, 1);
        check(git_repository_wrap_odb(&m_repository, m_odb), "preparing the save");
    } catch (...) {
        git_repository_free(m_repository);
        git_odb_free(m_odb);
        throw;
    }
}

StagedObjects::~StagedObjects()
{
    git_repository_free(m_repository);
    git_odb_free(m_odb);
}

git_oid StagedObjects::holdBlob(std::string_view content)
{
    return m_held->hold(content);
}

StagedPack StagedObjects::writePack(const std::vector<git_oid>& ids, const fs::path& stagingDirectory)
{
    std::vector<git_oid> unique = ids;
    std::sort(unique.begin(), unique.end(), [](const git_oid& a, const git_oid& b) { return git_oid_cmp(&a, &b) < 0; });
    unique.erase(std::unique(unique.begin(), unique.end(),
                     [](const git_oid& a, const git_oid& b) { return git_oid_equal(&a, &b); }),
        unique.end());
    std::vector<std::unique_ptr<git_odb_object, void (*)(git_odb_object*)>> read;
    std::vector<git::PackObject> objects;
    for (const git_oid& id : unique) {
        if (const std::optional<std::string_view> held = m_held->find(id)) {
            objects.push_back({ id, GIT_OBJECT_BLOB, *held });
            continue;
        }
        git_odb_object* raw = nullptr;
        check(git_odb_read(&raw, m_odb, &id), "reading a new object");
        read.emplace_back(raw, git_odb_object_free);
        objects.push_back({ id, git_odb_object_type(raw),
            std::string_view(static_cast<const char*>(git_odb_object_data(raw)), git_odb_object_size(raw)) });
    }
    const git::PackBytes bytes = git::writePack(objects);
    const std::string base = "pack-" + bytes.name;
    StagedPack pack { stagingDirectory / (base + ".pack"), stagingDirectory / (base + ".idx") };
    writeReadOnlyFile(pack.pack, bytes.pack);
    writeReadOnlyFile(pack.index, bytes.index);
    reset();
    return pack;
}

void StagedObjects::reset()
{
    git_mempack_reset(m_memory);
    m_held->release();
}

} // namespace sapha::host
