// Sapha — the objects already in a repository, offered to a save's object view without freshening.
// SPDX-License-Identifier: MIT
#include "storage/existing_objects.hpp"

#include <cstring>
#include <type_traits>

#include "git/git_error.hpp"

namespace sapha::host {

ExistingObjects::ExistingObjects(git_odb* disk)
    : m_backend {}
    , m_disk(disk)
{
    git_odb_init_backend(&m_backend, GIT_ODB_BACKEND_VERSION);
    m_backend.read = &ExistingObjects::read;
    m_backend.read_prefix = &ExistingObjects::readPrefix;
    m_backend.read_header = &ExistingObjects::readHeader;
    m_backend.exists = &ExistingObjects::exists;
    m_backend.exists_prefix = &ExistingObjects::existsPrefix;
    m_backend.freshen = &ExistingObjects::freshen;
    m_backend.free = &ExistingObjects::free;
    // No refresh: the disk odb rescans by itself when a read misses; one here would make libgit2
    // rescan objects/pack after every freshen that found nothing, which is what this backend avoids.
}

void ExistingObjects::addTo(git_odb* odb, const std::filesystem::path& objectsDirectory, int priority)
{
    static_assert(std::is_standard_layout_v<ExistingObjects>, "libgit2 sees ExistingObjects through its first member");
    git_odb* disk = nullptr;
    git::check(git_odb_open(&disk, objectsDirectory.c_str()), "reading " + objectsDirectory.string());
    auto* existing = new ExistingObjects(disk);
    if (git_odb_add_backend(odb, &existing->m_backend, priority) < 0) {
        free(&existing->m_backend);
        git::check(-1, "preparing the save");
    }
}

namespace {

// Hands an object read from the disk odb to libgit2 as this backend's own: libgit2 frees what a
// backend returns with its own allocator, so the bytes are copied into memory it allocated.
int handOver(git_odb_object* object, void** data, std::size_t* size, git_object_t* type, git_odb_backend* backend)
{
    const std::size_t length = git_odb_object_size(object);
    void* copy = git_odb_backend_data_alloc(backend, length);
    if (!copy) {
        git_odb_object_free(object);
        return -1;
    }
    std::memcpy(copy, git_odb_object_data(object), length);
    *data = copy;
    *size = length;
    *type = git_odb_object_type(object);
    git_odb_object_free(object);
    return 0;
}

} // namespace

git_odb* ExistingObjects::diskOf(git_odb_backend* backend)
{
    return reinterpret_cast<ExistingObjects*>(backend)->m_disk;
}

int ExistingObjects::read(void** data, std::size_t* size, git_object_t* type, git_odb_backend* backend, const git_oid* id)
{
    git_odb_object* object = nullptr;
    if (const int error = git_odb_read(&object, diskOf(backend), id); error < 0)
        return error;
    return handOver(object, data, size, type, backend);
}

int ExistingObjects::readPrefix(git_oid* found, void** data, std::size_t* size, git_object_t* type,
    git_odb_backend* backend, const git_oid* shortId, std::size_t length)
{
    git_odb_object* object = nullptr;
    if (const int error = git_odb_read_prefix(&object, diskOf(backend), shortId, length); error < 0)
        return error;
    git_oid_cpy(found, git_odb_object_id(object));
    return handOver(object, data, size, type, backend);
}

int ExistingObjects::readHeader(std::size_t* size, git_object_t* type, git_odb_backend* backend, const git_oid* id)
{
    return git_odb_read_header(size, type, diskOf(backend), id);
}

int ExistingObjects::exists(git_odb_backend* backend, const git_oid* id)
{
    return git_odb_exists(diskOf(backend), id);
}

int ExistingObjects::existsPrefix(git_oid* found, git_odb_backend* backend, const git_oid* shortId, std::size_t length)
{
    return git_odb_exists_prefix(found, diskOf(backend), shortId, length);
}

int ExistingObjects::freshen(git_odb_backend*, const git_oid*)
{
    return GIT_ENOTFOUND;
}

void ExistingObjects::free(git_odb_backend* backend)
{
    git_odb_free(diskOf(backend));
    delete reinterpret_cast<ExistingObjects*>(backend);
}

} // namespace sapha::host
