// Sapha reliability — the GUI's autosave journal driven from a script, for the disk-full test.
// Usage: sapha_autosave_probe WORKSPACE write PATH CONTENT   keeps CONTENT as PATH's unsaved state
//        sapha_autosave_probe WORKSPACE list                 prints each kept PATH and its content
// A refused write prints the error (naming the file) and exits 1.
// SPDX-License-Identifier: MIT
#include <cstdio>
#include <string>

#include "autosave/autosave_journal.hpp"

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: sapha_autosave_probe WORKSPACE write PATH CONTENT | list\n");
        return 2;
    }
    sapha::host::AutosaveJournal journal(argv[1]);
    const std::string action = argv[2];
    if (action == "write" && argc == 5) {
        if (sapha::Status written = journal.write(argv[3], argv[4]); !written) {
            std::fprintf(stderr, "%s\n", written.error().describe().c_str());
            return 1;
        }
        return 0;
    }
    if (action == "list" && argc == 3) {
        for (const sapha::host::AutosaveEntry& entry : journal.entries())
            std::printf("%s\t%s\n", entry.path.c_str(), entry.content.c_str());
        return 0;
    }
    std::fprintf(stderr, "usage: sapha_autosave_probe WORKSPACE write PATH CONTENT | list\n");
    return 2;
}
