// Sapha — the fold a command's save found due, handed to a sapha-cli of its own (see background_fold.hpp).
// SPDX-License-Identifier: MIT
#include "background_fold.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <system_error>

extern char** environ;

namespace sapha::cli {

namespace {

// posix_spawn's attributes and file actions, each destroyed however the start ends.
struct SpawnSetup {
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_t actions;
    SpawnSetup()
    {
        posix_spawnattr_init(&attributes);
        posix_spawn_file_actions_init(&actions);
    }
    ~SpawnSetup()
    {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;
};

} // namespace

bool BackgroundFold::lastStillRuns()
{
    if (m_last <= 0)
        return false;
    int status = 0;
    if (::waitpid(m_last, &status, WNOHANG) == 0)
        return true;
    m_last = 0; // ended, and reaped now
    return false;
}

void BackgroundFold::start()
{
    if (lastStillRuns())
        return;
    SpawnSetup setup;
    // A session of its own: the terminal's Ctrl-C or hang-up, meant for the command, does not reach it.
    posix_spawnattr_setflags(&setup.attributes, POSIX_SPAWN_SETSID);
    // Nothing of the command's input and output: whoever reads them (a script, a test, a pipe) sees
    // them end when the command ends, not when the fold does.
    for (int fd : { STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO })
        posix_spawn_file_actions_addopen(&setup.actions, fd, "/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0);
    posix_spawn_file_actions_addclosefrom_np(&setup.actions, STDERR_FILENO + 1);

    // This very program (even if a newer one was installed over it since it started), named as
    // people know it in `ps`.
    const char* program = "/proc/self/exe";
    std::string name = "sapha-cli";
    std::string changeFolder = "-C";
    std::string root = m_root.string();
    std::string verb = "maintain";
    std::string automatic = "--auto";
    char* arguments[] = { name.data(), changeFolder.data(), root.data(), verb.data(), automatic.data(), nullptr };
    if (int failed = posix_spawn(&m_last, program, &setup.actions, &setup.attributes, arguments, environ))
        throw std::system_error(failed, std::generic_category(), "starting sapha-cli maintain");
}

} // namespace sapha::cli
