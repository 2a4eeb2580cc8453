// Sapha — the one checker every libgit2 call goes through.
// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include <sapha/status.hpp>

namespace sapha::host::git {

// A libgit2 failure: what Sapha was doing, libgit2's own message, and its code.
// Thrown inside the git layer only; the Workspace turns it into an Error value.
class GitError : public std::runtime_error {
public:
    GitError(std::string message, int code, ErrorCode kind = ErrorCode::Failed);
    int code() const noexcept { return m_code; }
    // What check() read from libgit2's error beyond its code (a taken lock file, a damaged repository,
    // the network), Failed when nothing.
    ErrorCode kind() const noexcept { return m_kind; }

private:
    int m_code;
    ErrorCode m_kind;
};

// Throws GitError("<what>: <libgit2 message>") when `result` < 0; returns `result` otherwise.
// Null-safe: libgit2 1.5's git_error_last() may return null.
int check(int result, std::string_view what);

// libgit2's last message, or "unknown error" when it left none.
std::string lastErrorMessage();

// What kind of failure a GitError is (a taken lock is Busy, a moved branch Changed, …).
ErrorCode errorCodeOf(const GitError& error);

} // namespace sapha::host::git
