// Sapha — libgit2's global set-up, once per process, before any other libgit2 call.
// SPDX-License-Identifier: MIT
#pragma once

namespace sapha::host::git {

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
