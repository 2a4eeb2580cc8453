// Sapha tests — the doctest main shared by every test program: libgit2 is initialised once,
// and nothing opens a display or a repository before doctest has read its arguments.
// SPDX-License-Identifier: MIT
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "git/git_runtime.hpp"

int main(int argc, char** argv)
{
    sapha::host::git::Runtime git;
    doctest::Context context(argc, argv);
    return context.run();
}
