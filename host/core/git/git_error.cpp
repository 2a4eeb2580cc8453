// Sapha — the libgit2 error checker.
// SPDX-License-Identifier: MIT
#include "git/git_error.hpp"

#include <git2.h>

namespace sapha::host::git {

GitError::GitError(std::string message, int code)
    : std::runtime_error(std::move(message))
    , m_code(code)
{
}

std::string lastErrorMessage()
{
    const git_error* error = git_error_last();
    return error && error->message ? std::string(error->message) : std::string("unknown error");
}

int check(int result, std::string_view what)
{
    if (result < 0)
        throw GitError(std::string(what) + ": " + lastErrorMessage(), result);
    return result;
}

} // namespace sapha::host::git
