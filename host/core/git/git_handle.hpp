// Sapha — RAII ownership of libgit2 handles: every handle is wrapped on the line that receives it.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <git2.h>

namespace sapha::host::git {

template <typename T, void (*Free)(T*)>
struct HandleDeleter {
    void operator()(T* handle) const noexcept { Free(handle); }
};

template <typename T, void (*Free)(T*)>
using Handle = std::unique_ptr<T, HandleDeleter<T, Free>>;

using RepositoryHandle = Handle<git_repository, git_repository_free>;
using ReferenceHandle = Handle<git_reference, git_reference_free>;
using CommitHandle = Handle<git_commit, git_commit_free>;
using TreeHandle = Handle<git_tree, git_tree_free>;
using TreeEntryHandle = Handle<git_tree_entry, git_tree_entry_free>;
using BlobHandle = Handle<git_blob, git_blob_free>;
using ObjectHandle = Handle<git_object, git_object_free>;
using IndexHandle = Handle<git_index, git_index_free>;
using SignatureHandle = Handle<git_signature, git_signature_free>;
using RevwalkHandle = Handle<git_revwalk, git_revwalk_free>;
using ConfigHandle = Handle<git_config, git_config_free>;
using DiffHandle = Handle<git_diff, git_diff_free>;

} // namespace sapha::host::git
