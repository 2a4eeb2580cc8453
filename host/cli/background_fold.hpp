// Sapha — the fold a command's save found due, handed to a sapha-cli of its own that outlives the command.
// SPDX-License-Identifier: MIT
#pragma once

#include <sys/types.h>

#include <filesystem>

namespace sapha::cli {

// Starts `sapha-cli -C ROOT maintain --auto` detached: in a session of its own, reading and writing
// nothing of the terminal, so that the command that started it exits at once, as `git gc --auto`
// does. A long-running command (serve, demo) may find packs many again later: it starts another
// once the last one has ended.
class BackgroundFold {
public:
    explicit BackgroundFold(std::filesystem::path workspaceRoot) : m_root(std::move(workspaceRoot)) { }
    // Never waits for the fold: when the command ends first, the system adopts and reaps it.
    ~BackgroundFold() = default;
    BackgroundFold(const BackgroundFold&) = delete;
    BackgroundFold& operator=(const BackgroundFold&) = delete;

    // Starts a fold unless the one started last still runs. Throws std::system_error when no program
    // could be started (a later save tries again).
    void start();

private:
    bool lastStillRuns(); // reaps it when it has ended

    std::filesystem::path m_root;
    pid_t m_last = 0;
};

} // namespace sapha::cli
