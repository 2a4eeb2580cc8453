// Sapha — the workspace's save lock.
// SPDX-License-Identifier: MIT
#include "storage/sapha_lock.hpp"

#include "messages/message_language.hpp"
#include "storage/killed_update.hpp"
#include "storage/lock_file.hpp"
#include "storage/lock_waiters.hpp"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>
#include <mutex>
#include <optional>
#include <thread>
#include <ctime>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace sapha::host {

namespace {

std::string hostName()
{
    char name[256] = {};
    gethostname(name, sizeof name - 1);
    return name;
}

// This boot of the machine ("3f1c…"), from the kernel; empty when unknown.
std::string bootId()
{
    std::ifstream in("/proc/sys/kernel/random/boot_id");
    std::string id;
    in >> id;
    return id;
}

// When process `pid` started, in clock ticks since boot (field 22 of /proc/PID/stat); empty when it
// is not running. With the boot id it tells the process apart from a later one given the same id,
// without the wall clock (which a time server or a person may move).
std::string processStart(long pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    std::getline(in, stat);
    const std::size_t name = stat.rfind(')'); // the command name may hold spaces
    if (name == std::string::npos)
        return {};
    std::istringstream fields(stat.substr(name + 1));
    std::string field;
    for (int number = 3; number <= 22 && (fields >> field); ++number) {
        if (number == 22)
            return field;
    }
    return {};
}

constexpr std::chrono::milliseconds kCourtesy { 1000 };

Error busyError(const std::string& holder, const fs::path& path)
{
    return Error { localized("Sapha อีกตัว (" + holder + ") กำลังบันทึกในพื้นที่ทำงานนี้: ถ้าไม่ได้ทำงานอยู่ ให้ลบ " + path.string()
                                 + " แล้วบันทึกอีกครั้ง",
                       "another Sapha (" + holder + ") is saving in this workspace; if it is not running, delete "
                           + path.string() + " and save again"),
        path.string(), ErrorCode::Busy };
}

// What a lock taken by this process says of its holder: "PID HOST BOOT-ID START\n". Read once per
// process (a save takes the lock every time; the files of /proc cost as much as the lock itself);
// a child made by fork() has an id and a start of its own, so it reads them anew.
std::string ownerLine()
{
    static std::mutex guard;
    static long readFor = 0;
    static std::string line;
    const long pid = ::getpid();
    std::lock_guard lock(guard);
    if (readFor != pid) {
        line = std::to_string(pid) + " " + hostName() + " " + bootId() + " " + processStart(pid) + "\n";
        readFor = pid;
    }
    return line;
}

// True when the lock at `path` was left by a save that can no longer be running: its process (of
// this host) has ended or is another process under the same id, or the host restarted since it was
// written (a power cut), or it is empty and older than this boot (a power cut before its content
// reached the disk).
bool isAbandoned(const fs::path& path, std::string& holder)
{
    std::ifstream in(path);
    long pid = 0;
    std::string host;
    std::string boot;
    std::string started;
    in >> pid >> host >> boot >> started;
    if (pid <= 0 || host.empty()) {
        // A lock appears whole (see acquire), so an empty one is what a power cut left before its content
        // reached the disk: the machine has restarted since.
        holder = "an unknown process (the lock file is empty)";
        return git::wasWrittenBeforeBoot(path);
    }
    holder = "process " + std::to_string(pid) + " on " + host;
    if (host != hostName())
        return false; // another machine's (a shared folder): it cannot be checked from here
    // The lock says which boot and which process: abandoned when the machine restarted since, or the
    // process has ended (or its id now belongs to a process started later). No wall clock is involved,
    // so a clock moved forward never makes a live lock look old.
    if (!boot.empty() && !started.empty() && !bootId().empty())
        return boot != bootId() || processStart(pid) != started;
    // A lock written by an older Sapha: only the process id and the file's time to go by.
    if (git::wasWrittenBeforeBoot(path))
        return true;
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// Git's lock files that a save takes; the ones a killed save left are removed once they are old enough
// that no running git program can still be writing them.
void removeStaleGitLocks(const fs::path& gitDirectory)
{
    std::vector<fs::path> candidates { gitDirectory / "index.lock" };
    std::error_code error;
    for (const char* refs : { "heads", "tags" }) {
        for (const fs::directory_entry& entry : fs::recursive_directory_iterator(gitDirectory / "refs" / refs, error)) {
            if (entry.path().extension() == ".lock")
                candidates.push_back(entry.path());
        }
    }
    for (const fs::path& lock : candidates) {
        if (!fs::exists(lock, error))
            continue;
        for (int wait = 0; wait < 15; ++wait) {
            const auto age = fs::file_time_type::clock::now() - fs::last_write_time(lock, error);
            if (error || age > std::chrono::seconds(1))
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        if (lock.filename() == "index.lock" && installIndexOfKilledUpdate(gitDirectory))
            continue;
        fs::remove(lock, error);
    }
    // The pack and index copy a save was writing; nothing refers to them.
    fs::remove_all(gitDirectory / "sapha-staging", error);
}

} // namespace

SaphaLock::~SaphaLock()
{
    std::error_code ignored;
    fs::remove(m_path, ignored);
}

Result<std::unique_ptr<SaphaLock>> SaphaLock::acquire(const fs::path& gitDirectory, std::chrono::milliseconds patience)
{
    const fs::path path = gitDirectory / "sapha.lock";
    // The lock appears whole, with its holder written in it (a file of its own, then linked into place),
    // so that no one ever sees an empty lock and has to guess from the clock whether it is old.
    static std::atomic<unsigned> taken { 0 }; // threads of one process each need a file of their own
    const fs::path mine = gitDirectory / ("sapha.lock." + std::to_string(::getpid()) + "." + std::to_string(++taken));
    {
        const std::string owner = ownerLine();
        const int fd = ::open(mine.c_str(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0644);
        const bool written = fd >= 0 && ::write(fd, owner.data(), owner.size()) == static_cast<ssize_t>(owner.size());
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        if (!written) {
            ::unlink(mine.c_str());
            return Error { localized("เขียนล็อกการบันทึกไม่ได้: " + systemReason(error), std::string("cannot write the save lock: ") + std::strerror(error)),
                path.string() };
        }
    }
    const auto deadline = std::chrono::steady_clock::now() + patience;
    std::optional<TurnQueue::Turn> turn = TurnQueue::of(gitDirectory).wait(deadline);
    if (!turn) {
        // Another thread of this process holds the lock (and keeps it): it is named like any holder.
        ::unlink(mine.c_str());
        return busyError("process " + std::to_string(::getpid()) + " on " + hostName(), path);
    }
    // Processes that were waiting before this one go first, for up to a second: long enough for a
    // waiter polling every few milliseconds to find the lock free, short enough that one stopped while
    // it waited (a debugger, a closed laptop lid) holds no one up for long.
    const auto courtesyEnd = std::chrono::steady_clock::now() + kCourtesy;
    std::string holder;
    while (true) {
        if (std::chrono::steady_clock::now() < courtesyEnd && anotherProcessWaitsBefore(gitDirectory, mine)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            continue;
        }
        if (::link(mine.c_str(), path.c_str()) == 0) {
            ::unlink(mine.c_str());
            return std::unique_ptr<SaphaLock>(new SaphaLock(path, std::move(*turn)));
        }
        if (errno != EEXIST) {
            const int error = errno;
            ::unlink(mine.c_str());
            return Error { localized("ตั้งล็อกการบันทึกไม่ได้: " + systemReason(error), std::string("cannot take the save lock: ") + std::strerror(error)),
                path.string() };
        }
        if (isAbandoned(path, holder)) {
            // A Sapha that was killed while saving: what it left is cleared, then the lock is retaken.
            removeStaleGitLocks(gitDirectory);
            std::error_code ignored;
            fs::remove(path, ignored);
            continue;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            ::unlink(mine.c_str());
            return busyError(holder, path);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

} // namespace sapha::host
