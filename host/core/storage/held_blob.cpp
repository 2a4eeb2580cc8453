// Sapha — the document a save is committing, offered to libgit2 as an object without copying it.
// SPDX-License-Identifier: MIT
#include "storage/held_blob.hpp"

#include <cstring>
#include <new>
#include <type_traits>

#include "git/git_error.hpp"

namespace sapha::host {

using git::check;

HeldBlob::HeldBlob()
    : m_backend {}
{
    git_odb_init_backend(&m_backend, GIT_ODB_BACKEND_VERSION);
    m_backend.exists = &HeldBlob::exists;
    m_backend.read_header = &HeldBlob::readHeader;
    m_backend.read = &HeldBlob::read;
    m_backend.free = &HeldBlob::free;
}

HeldBlob& HeldBlob::addTo(git_odb* odb, int priority)
{
    static_assert(std::is_standard_layout_v<HeldBlob>, "libgit2 sees a HeldBlob through its first member");
    auto* held = new HeldBlob();
    if (git_odb_add_backend(odb, &held->m_backend, priority) < 0) {
        delete held;
        check(-1, "preparing the save");
    }
    return *held;
}

git_oid HeldBlob::hold(std::string_view content)
{
    git_oid id;
    check(git_odb_hash(&id, content.data(), content.size(), GIT_OBJECT_BLOB), "hashing the document");
    m_id = id;
    m_content = content;
    m_holding = true;
    return id;
}

std::optional<std::string_view> HeldBlob::find(const git_oid& id) const
{
    if (m_holding && git_oid_equal(&id, &m_id))
        return m_content;
    return std::nullopt;
}

void HeldBlob::release()
{
    m_holding = false;
    m_content = {};
}

namespace {

const HeldBlob& heldBlobOf(const git_odb_backend* backend)
{
    return *reinterpret_cast<const HeldBlob*>(backend);
}

} // namespace

int HeldBlob::exists(git_odb_backend* backend, const git_oid* id)
{
    return heldBlobOf(backend).find(*id) ? 1 : 0;
}

int HeldBlob::readHeader(std::size_t* size, git_object_t* type, git_odb_backend* backend, const git_oid* id)
{
    const std::optional<std::string_view> content = heldBlobOf(backend).find(*id);
    if (!content)
        return GIT_ENOTFOUND;
    *size = content->size();
    *type = GIT_OBJECT_BLOB;
    return 0;
}

// Only if something reads the blob back during the save (nothing in Sapha does): libgit2 frees
// what a backend returns, so it gets a copy in memory it allocated.
int HeldBlob::read(void** data, std::size_t* size, git_object_t* type, git_odb_backend* backend, const git_oid* id)
{
    const std::optional<std::string_view> content = heldBlobOf(backend).find(*id);
    if (!content)
        return GIT_ENOTFOUND;
    void* copy = git_odb_backend_data_alloc(backend, content->size());
    if (!copy && !content->empty())
        return -1;
    if (!content->empty())
        std::memcpy(copy, content->data(), content->size());
    *data = copy;
    *size = content->size();
    *type = GIT_OBJECT_BLOB;
    return 0;
}

void HeldBlob::free(git_odb_backend* backend)
{
    delete reinterpret_cast<HeldBlob*>(backend);
}

} // namespace sapha::host
