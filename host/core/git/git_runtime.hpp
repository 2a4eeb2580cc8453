// Sapha — libgit2's global set-up, once per process, before any other libgit2 call.
// SPDX-License-Identifier: MIT
#pragma once

namespace sapha::host::git {

// Holds libgit2 initialised for its lifetime (git_libgit2_init / shutdown are counted).
// Also turns on fsync of objects and refs: a save that reported success survives power loss.
class Runtime {
public:
    Runtime();
    ~Runtime();
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;
};

} // namespace sapha::host::git
