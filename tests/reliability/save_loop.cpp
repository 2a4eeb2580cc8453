// Sapha reliability — a process that saves one document over and over, for the crash test to kill.
// Prints "saving N" before each save and "saved N" once the save reported success.
// Usage: sapha_save_loop WORKSPACE PATH [FIRST]   (revisions are numbered from FIRST, default 1)
// SPDX-License-Identifier: MIT
#include <cstdio>
#include <cstdlib>
#include <string>

#include "git/git_runtime.hpp"
#include "workspace/workspace.hpp"

int main(int argc, char** argv)
{
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: sapha_save_loop WORKSPACE PATH [FIRST]\n");
        return 2;
    }
    sapha::host::git::Runtime runtime;
    auto workspace = sapha::host::Workspace::open(argv[1]);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", workspace.error().describe().c_str());
        return 1;
    }
    const sapha::host::Author author { "Crash Test", "crash@example.invalid", 0, 0 };
    for (int i = argc == 4 ? std::atoi(argv[3]) : 1;; ++i) {
        // Big enough that writing it takes a while, so kills land inside writes too.
        std::string content = "<meeting format=\"1\"><committee>revision " + std::to_string(i) + "</committee>";
        content += std::string(200000, static_cast<char>('a' + i % 26));
        content += "</meeting>\n";
        std::printf("saving %d\n", i);
        std::fflush(stdout);
        auto saved = workspace.value()->save(argv[2], content, "revision " + std::to_string(i), author);
        if (!saved) {
            std::fprintf(stderr, "%s\n", saved.error().describe().c_str());
            return 1;
        }
        std::printf("saved %d\n", i);
        std::fflush(stdout);
    }
}
