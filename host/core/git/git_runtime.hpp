// Sapha — libgit2's global set-up, once per process, before any other libgit2 call.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace sapha::host::git {

// How many pack files libgit2 keeps open at once (see git_runtime.cpp).
constexpr std::size_t kOpenPackLimit = 128;

// Holds libgit2 initialised for its lifetime (git_libgit2_init / shutdown are counted).
// Leaves durability to RepositoryUpdate (see git_runtime.cpp).
class Runtime {
public:
    Runtime();
    ~Runtime();
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;
};

} // namespace sapha::host::git
