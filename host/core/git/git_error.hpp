// Sapha — the one checker every libgit2 call goes through.
// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace sapha::host::git {

// A libgit2 failure: what Sapha was doing, libgit2's own message, and its code.
// Thrown inside the git layer only; the Workspace turns it into an Error value.
class GitError : public std::runtime_error {
public:
    GitError(std::string message, int code);
    int code() const noexcept { return m_code; }

private:
    int m_code;
};

// Throws GitError("<what>: <libgit2 message>") when `result` < 0; returns `result` otherwise.
// Null-safe: libgit2 1.5's git_error_last() may return null.
int check(int result, std::string_view what);

// libgit2's last message, or "unknown error" when it left none.
std::string lastErrorMessage();

} // namespace sapha::host::git
