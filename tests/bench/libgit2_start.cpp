// Sapha benchmark helper — the least a program built on Debian's libgit2 does before any work: load
// libgit2 (with the libraries it brings: mbedTLS, libssh2, Kerberos, PCRE), initialise it (which reads
// every system CA certificate) and open a repository. `sapha_bench_history` times it as a process next
// to `sapha-cli commit` and to `git add` + `git commit`: the floor under any command Sapha runs as a
// process. Usage: sapha_bench_libgit2_start REPOSITORY
// SPDX-License-Identifier: MIT
#include <cstdio>

#include <git2.h>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: sapha_bench_libgit2_start REPOSITORY\n");
        return 2;
    }
    git_libgit2_init();
    git_repository* repository = nullptr;
    const int opened = git_repository_open(&repository, argv[1]);
    git_repository_free(repository);
    git_libgit2_shutdown();
    return opened == 0 ? 0 : 1;
}
