// Sapha tests — host workspace: create, save as commits, history, revisions, tags, and clear errors,
// checked against the real git command line.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <mutex>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include "run_process.hpp"
#include "temp_dir.hpp"
#include "storage/atomic_file.hpp"
#include "storage/sapha_lock.hpp"
#include "workspace/workspace.hpp"

using namespace sapha;
using namespace sapha::host;
using sapha::test::runProcess;
using sapha::test::TempDir;

namespace {

const Author kSecretary { "เลขานุการ", "secretary@example.invalid", 0, 0 };

std::string git(const std::filesystem::path& repository, const std::vector<std::string>& arguments)
{
    auto result = runProcess("git", arguments, repository.string());
    INFO("git " << arguments.front() << ": " << result.err);
    REQUIRE(result.exitCode == 0);
    return result.out;
}

// The save lock as a Sapha killed while saving leaves it: naming a process of this host that has ended.
void leaveSaveLockOfKilledSapha(const std::filesystem::path& gitDirectory)
{
    char hostName[256] = {};
    gethostname(hostName, sizeof hostName - 1);
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    waitpid(child, nullptr, 0);
    std::ofstream(gitDirectory / "sapha.lock") << child << " " << hostName << "\n";
}

} // namespace

TEST_CASE("workspace: a new workspace is a git repository on main with a first commit")
{
    TempDir dir;
    auto created = Workspace::create(dir / "ws", kSecretary);
    REQUIRE(created.isOk());
    CHECK(std::filesystem::exists(dir / "ws" / ".git"));
    CHECK(git(dir / "ws", { "rev-parse", "--abbrev-ref", "HEAD" }) == "main\n");
    CHECK(git(dir / "ws", { "log", "--format=%an <%ae>" }) == "เลขานุการ <secretary@example.invalid>\n");
    git(dir / "ws", { "fsck", "--strict" });

    auto again = Workspace::create(dir / "ws", kSecretary);
    REQUIRE_FALSE(again.isOk());
    CHECK(again.error().message.find("already") != std::string::npos);
}

TEST_CASE("workspace: every save is a commit of exactly that file, and an unchanged save commits nothing")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    REQUIRE(workspace.isOk());
    Workspace& ws = *workspace.value();

    // Something else staged by hand must not ride along with a Sapha save.
    std::ofstream(dir / "notes.txt") << "private\n";
    git(dir.path(), { "add", "notes.txt" });

    auto first = ws.save("minutes/m1.meeting.xml", "<meeting>หนึ่ง</meeting>\n", "ร่างแรก", kSecretary);
    REQUIRE(first.isOk());
    CHECK(first.value().isNewCommit);
    auto second = ws.save("minutes/m1.meeting.xml", "<meeting>สอง</meeting>\n", "แก้ไข", kSecretary);
    REQUIRE(second.isOk());
    auto unchanged = ws.save("minutes/m1.meeting.xml", "<meeting>สอง</meeting>\n", "again", kSecretary);
    REQUIRE(unchanged.isOk());
    CHECK_FALSE(unchanged.value().isNewCommit);
    CHECK(unchanged.value().revision.id == second.value().revision.id);

    CHECK(git(dir.path(), { "show", "--name-only", "--format=", "HEAD" }) == "minutes/m1.meeting.xml\n");
    CHECK(git(dir.path(), { "show", "HEAD:minutes/m1.meeting.xml" }) == "<meeting>สอง</meeting>\n");
    CHECK(git(dir.path(), { "log", "-1", "--format=%s" }) == "แก้ไข\n");
    // git sees the document as clean and the hand-staged file as still staged.
    CHECK(git(dir.path(), { "status", "--porcelain" }) == "A  notes.txt\n");
    git(dir.path(), { "fsck", "--strict" });
}

TEST_CASE("workspace: history lists the revisions that changed a document, newest first")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    Workspace& ws = *workspace.value();
    Author early = kSecretary;
    early.time = 1597631400; // 2020-08-17 09:30 +07:00
    early.offsetMinutes = 420;
    REQUIRE(ws.save("a.meeting.xml", "1", "a1", early).isOk());
    REQUIRE(ws.save("b.standard.xml", "1", "b1", kSecretary).isOk());
    REQUIRE(ws.save("a.meeting.xml", "2", "a2", kSecretary).isOk());

    auto history = ws.history("a.meeting.xml");
    REQUIRE(history.isOk());
    REQUIRE(history.value().size() == 2);
    CHECK(history.value()[0].message == "a2");
    CHECK(history.value()[1].message == "a1");
    CHECK(history.value()[1].isoTime() == "2020-08-17 09:30 +0700");
    CHECK(history.value()[1].authorName == "เลขานุการ");

    auto limited = ws.history("a.meeting.xml", 1);
    REQUIRE(limited.isOk());
    CHECK(limited.value().size() == 1);
    CHECK(ws.history("nothing.xml").value().empty());
}

TEST_CASE("workspace: any revision is readable by hash prefix, HEAD~N and tag")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    Workspace& ws = *workspace.value();
    auto one = ws.save("s.standard.xml", "one\n", "1", kSecretary);
    REQUIRE(ws.save("s.standard.xml", "two\n", "2", kSecretary).isOk());
    REQUIRE(ws.createTag("ร่างที่ 1", "จากที่ประชุมเชิงปฏิบัติการ", one.value().revision.id, kSecretary).isOk());

    CHECK(ws.readAt("s.standard.xml", "HEAD").value() == "two\n");
    CHECK(ws.readAt("s.standard.xml", "HEAD~1").value() == "one\n");
    CHECK(ws.readAt("s.standard.xml", one.value().revision.id.substr(0, 7)).value() == "one\n");
    CHECK(ws.readAt("s.standard.xml", "ร่างที่-1").value() == "one\n"); // git's tag name
    CHECK(ws.readAt("s.standard.xml", "ร่างที่ 1").value() == "one\n");  // the name people gave it
    auto versions = ws.namedVersions();
    REQUIRE(versions.isOk());
    REQUIRE(versions.value().size() == 1);
    CHECK(versions.value()[0].name == "ร่างที่ 1");
    CHECK(versions.value()[0].message == "จากที่ประชุมเชิงปฏิบัติการ");
    CHECK(versions.value()[0].revisionId == one.value().revision.id);
    CHECK_FALSE(ws.createTag("ร่างที่ 1", "", "HEAD", kSecretary).isOk());
    CHECK(Workspace::tagNameFor("a b~c^d:e?f*g[h\\i..j.lock") == "a-b-c-d-e-f-g-h-i.j.lock-");
    CHECK(git(dir.path(), { "tag", "-l", "-n1" }).find("ร่างที่ 1") != std::string::npos);

    auto bad = ws.readAt("s.standard.xml", "no-such-rev");
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.error().where == "s.standard.xml@no-such-rev");
    auto absent = ws.readAt("other.xml", "HEAD");
    REQUIRE_FALSE(absent.isOk());
    CHECK(absent.error().message.find("does not exist") != std::string::npos);
}

TEST_CASE("workspace: paths outside the workspace or into .git are refused")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    Workspace& ws = *workspace.value();
    for (const char* path : { "../escape.xml", "/etc/passwd", ".git/config" }) {
        auto saved = ws.save(path, "x", "m", kSecretary);
        REQUIRE_FALSE(saved.isOk());
        CHECK(saved.error().code == ErrorCode::Invalid);
    }
    CHECK_FALSE(std::filesystem::exists(dir.path().parent_path() / "escape.xml"));
}

TEST_CASE("workspace: a stale index.lock is named with the way out, and nothing is committed")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    Workspace& ws = *workspace.value();
    const std::string before = git(dir.path(), { "rev-parse", "HEAD" });
    std::ofstream(dir / ".git/index.lock") << "";
    auto saved = ws.save("a.meeting.xml", "x", "m", kSecretary);
    REQUIRE_FALSE(saved.isOk());
    CHECK(saved.error().message.find("index.lock") != std::string::npos);
    CHECK(saved.error().message.find("delete") != std::string::npos);
    CHECK(saved.error().code == ErrorCode::Busy); // the GUI offers to save again
    CHECK(git(dir.path(), { "rev-parse", "HEAD" }) == before);
}

TEST_CASE("workspace: a stale branch lock is named with the way out, and the file is not lost")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    Workspace& ws = *workspace.value();
    const std::string before = git(dir.path(), { "rev-parse", "HEAD" });
    std::ofstream(dir / ".git/refs/heads/main.lock") << "";
    auto saved = ws.save("a.meeting.xml", "new text", "m", kSecretary);
    REQUIRE_FALSE(saved.isOk());
    CHECK(saved.error().message.find("refs/heads/main.lock exists") != std::string::npos);
    CHECK(saved.error().message.find("delete that file and save again") != std::string::npos);
    CHECK(saved.error().code == ErrorCode::Busy);
    CHECK(git(dir.path(), { "rev-parse", "HEAD" }) == before);
    // The text is still on disk, and the next save after the lock is gone commits it.
    std::filesystem::remove(dir / ".git/refs/heads/main.lock");
    REQUIRE(ws.commitFile("a.meeting.xml", "after the lock", kSecretary).isOk());
    CHECK(git(dir.path(), { "show", "HEAD:a.meeting.xml" }) == "new text");
}

TEST_CASE("workspace: a commit made meanwhile by git is never overwritten")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    Workspace& ws = *workspace.value();
    REQUIRE(ws.save("a.meeting.xml", "1", "sapha", kSecretary).isOk());
    std::ofstream(dir / "b.txt") << "from git\n";
    git(dir.path(), { "add", "b.txt" });
    git(dir.path(), { "-c", "user.name=Git", "-c", "user.email=g@example.invalid", "commit", "-qm", "by git" });
    REQUIRE(ws.save("a.meeting.xml", "2", "sapha again", kSecretary).isOk());
    const std::string log = git(dir.path(), { "log", "--format=%s" });
    CHECK(log == "sapha again\nby git\nsapha\nCreate the Sapha workspace\n");
}

TEST_CASE("workspace: concurrent saves from two threads all land in the history")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    Workspace& ws = *workspace.value();
    auto writer = [&ws](const std::string& path) {
        for (int i = 0; i < 20; ++i)
            REQUIRE(ws.save(path, std::to_string(i), path + " " + std::to_string(i), kSecretary).isOk());
    };
    std::thread first(writer, "one.meeting.xml");
    std::thread second(writer, "two.meeting.xml");
    first.join();
    second.join();
    CHECK(ws.history("one.meeting.xml").value().size() == 20);
    CHECK(ws.history("two.meeting.xml").value().size() == 20);
    git(dir.path(), { "fsck", "--strict" });
}

TEST_CASE("workspace: a thread saving without pause does not keep another thread of the program from saving")
{
    // The save lock is a file that waiting programs try every few milliseconds; a thread saving in a
    // loop took it again microseconds after letting it go, so another thread of the same program (a
    // second editor, the fold of the packs) waited the full five seconds and failed. They take turns.
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    Workspace& ws = *workspace.value();
    std::atomic<bool> done { false };
    std::atomic<int> busySaves { 0 };
    std::thread busy([&] {
        const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        for (int i = 0; !done.load() && std::chrono::steady_clock::now() < end; ++i) {
            if (ws.save("busy.meeting.xml", std::to_string(i), "busy", kSecretary).isOk())
                ++busySaves;
        }
    });
    while (busySaves.load() < 5)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::chrono::steady_clock::duration longest {};
    int mostBusySavesMeanwhile = 0;
    for (int i = 0; i < 5; ++i) {
        const int busyBefore = busySaves.load();
        const auto start = std::chrono::steady_clock::now();
        auto saved = ws.save("other.meeting.xml", "other " + std::to_string(i), "other", kSecretary);
        longest = std::max(longest, std::chrono::steady_clock::now() - start);
        mostBusySavesMeanwhile = std::max(mostBusySavesMeanwhile, busySaves.load() - busyBefore);
        INFO((saved ? std::string() : saved.error().describe()));
        CHECK(saved.isOk());
    }
    done.store(true);
    busy.join();
    // Its turn comes right after the save under way (the busy thread's next save waits for it), where
    // the lock file alone let the busy thread save dozens of times meanwhile, for about a second, and
    // up to the five seconds that fail a save.
    INFO("longest wait " << std::chrono::duration_cast<std::chrono::milliseconds>(longest).count() << " ms, "
                         << mostBusySavesMeanwhile << " saves of the busy thread meanwhile");
    CHECK(mostBusySavesMeanwhile <= 3);
    CHECK(longest < std::chrono::seconds(2));
    CHECK(ws.history("other.meeting.xml").value().size() == 5);
    CHECK(ws.history("busy.meeting.xml").value().size() == static_cast<std::size_t>(busySaves.load()));
}

TEST_CASE("workspace: opening something that is not a workspace says so")
{
    TempDir dir;
    auto missing = Workspace::open(dir / "nope");
    REQUIRE_FALSE(missing.isOk());
    CHECK(missing.error().message == "no such folder");
    CHECK(missing.error().code == ErrorCode::NotFound);
    auto plain = Workspace::open(dir.path());
    REQUIRE_FALSE(plain.isOk());
    CHECK(plain.error().message.find("sapha-cli init") != std::string::npos);
    CHECK(plain.error().code == ErrorCode::NotFound);
}

TEST_CASE("workspace: the working tree lists files and folders, skipping dot-folders")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    Workspace& ws = *workspace.value();
    REQUIRE(ws.save("b/x.standard.xml", "x", "m", kSecretary).isOk());
    REQUIRE(ws.save("a.meeting.xml", "x", "m", kSecretary).isOk());
    const std::vector<std::string> expected { "a.meeting.xml", "b/x.standard.xml" };
    CHECK(ws.files() == expected);

    // Hidden files and folders, links, a folder that cannot be read, names in Thai and with spaces.
    namespace fs = std::filesystem;
    fs::create_directories(dir / "b/.hidden");
    std::ofstream(dir / "b/.hidden/y.meeting.xml") << "x";
    std::ofstream(dir / ".z.meeting.xml") << "x";
    fs::create_directories(dir / "c/d/e");
    std::ofstream(dir / "c/d/e/ประชุม ครั้งที่ 1.meeting.xml") << "x";
    fs::create_directory_symlink(dir / "b", dir / "linked-folder");       // not followed: b listed once
    fs::create_symlink(dir / "a.meeting.xml", dir / "c/linked.meeting.xml"); // a link to a file is a file
    fs::create_symlink(dir / "nowhere.meeting.xml", dir / "c/dangling.meeting.xml");
    fs::create_directories(dir / "locked");
    std::ofstream(dir / "locked/w.meeting.xml") << "x";
    fs::permissions(dir / "locked", fs::perms::none);
    const std::vector<std::string> all { "a.meeting.xml", "b/x.standard.xml", "c/d/e/ประชุม ครั้งที่ 1.meeting.xml",
        "c/linked.meeting.xml" };
    const bool root = ::geteuid() == 0; // root reads any folder
    std::vector<std::string> listed = ws.files();
    if (root)
        listed.erase(std::remove(listed.begin(), listed.end(), "locked/w.meeting.xml"), listed.end());
    CHECK(listed == all);
    // The folders those files may be in (the GUI watches them), by the same rules: the locked one is
    // listed, as a folder made readable later may hold documents.
    const std::vector<std::string> folders { "b/", "c/", "c/d/", "c/d/e/", "locked/" };
    CHECK(ws.folders() == folders);
    fs::permissions(dir / "locked", fs::perms::owner_all);
}

TEST_CASE("workspace: concurrent writers (two workspace objects and the git command line) never lose a save")
{
    TempDir dir;
    auto created = Workspace::create(dir.path(), kSecretary);
    REQUIRE(created.isOk());
    auto second = Workspace::open(dir.path());
    REQUIRE(second.isOk());
    std::mutex lock;
    std::vector<std::string> reported; // commit ids that a writer was told are saved
    std::atomic<bool> stop { false };
    auto saver = [&](Workspace& ws, const std::string& path) {
        for (int i = 0; !stop; ++i) {
            auto saved = ws.save(path, std::to_string(i) + "\n", path + " " + std::to_string(i), kSecretary);
            // Refusals are allowed (the branch moved, a lock was held): they say so and lose nothing.
            if (saved && saved.value().isNewCommit) {
                std::lock_guard guard(lock);
                reported.push_back(saved.value().revision.id);
            }
            // A breath between saves, as any real writer takes: back-to-back saves would hold the
            // index lock so much that git, on a loaded machine, never gets a turn.
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    };
    std::thread first(saver, std::ref(*created.value()), "a.meeting.xml");
    std::thread other(saver, std::ref(*second.value()), "b.meeting.xml");
    int gitCommits = 0;
    // Two seconds of contention, longer if git has not got a commit in yet (a loaded machine).
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; std::chrono::steady_clock::now() < start + std::chrono::seconds(gitCommits < 3 ? 20 : 2); ++i) {
        std::ofstream(dir / "c.txt") << i << "\n";
        auto added = runProcess("git", { "add", "c.txt" }, dir.path().string());
        auto committed = runProcess("git",
            { "-c", "user.name=Git", "-c", "user.email=g@example.invalid", "commit", "-q", "-m", "git " + std::to_string(i) },
            dir.path().string());
        if (added.exitCode == 0 && committed.exitCode == 0) {
            std::lock_guard guard(lock);
            reported.push_back(git(dir.path(), { "rev-parse", "HEAD" }).substr(0, 40));
            ++gitCommits;
        }
    }
    stop = true;
    first.join();
    other.join();
    CHECK(gitCommits > 0);
    CHECK(reported.size() > static_cast<std::size_t>(gitCommits));
    // Every reported save is in the history of the branch.
    const std::string all = git(dir.path(), { "rev-list", "HEAD" });
    for (const std::string& id : reported)
        CHECK(all.find(id) != std::string::npos);
    // git fsck reads the pack list once: a fold still replacing packs would hide objects from it
    // (git's own readers look again when an object is missing; fsck does not).
    created.value()->waitForPackFolding();
    second.value()->waitForPackFolding();
    git(dir.path(), { "fsck", "--strict" });
}

TEST_CASE("workspace: a save lock left by a killed Sapha is cleared with the git locks it left, and a live one is named")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    Workspace& ws = *workspace.value();
    char hostName[256] = {};
    gethostname(hostName, sizeof hostName - 1);
    leaveSaveLockOfKilledSapha(dir / ".git");
    std::ofstream(dir / ".git/index.lock") << "";
    std::filesystem::last_write_time(dir / ".git/index.lock",
        std::filesystem::file_time_type::clock::now() - std::chrono::seconds(10));
    auto saved = ws.save("a.meeting.xml", "after a crash", "m", kSecretary);
    INFO((saved ? std::string() : saved.error().describe()));
    REQUIRE(saved.isOk());
    CHECK_FALSE(std::filesystem::exists(dir / ".git/sapha.lock"));
    CHECK_FALSE(std::filesystem::exists(dir / ".git/index.lock"));

    // A running process (this host's init) holds it: the save waits, then names that process.
    std::ofstream(dir / ".git/sapha.lock") << 1 << " " << hostName << "\n";
    auto refused = ws.save("a.meeting.xml", "blocked", "m", kSecretary);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().message.find("another Sapha (process 1 on ") != std::string::npos);
    CHECK(refused.error().code == ErrorCode::Busy);
    CHECK(host::readFile(dir / "a.meeting.xml").value() == "after a crash");
}

TEST_CASE("workspace: a save killed between moving the branch and writing the index is finished by the next save")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    Workspace& ws = *workspace.value();
    REQUIRE(ws.save("a.meeting.xml", "first\n", "m", kSecretary).isOk());
    const std::string first = git(dir.path(), { "rev-parse", "HEAD" }).substr(0, 40);
    std::filesystem::copy_file(dir / ".git/index", dir / "index-of-first");
    REQUIRE(ws.save("a.meeting.xml", "second\n", "m", kSecretary).isOk());
    std::filesystem::copy_file(dir / ".git/index", dir / "index-of-second");
    const auto aged = std::filesystem::file_time_type::clock::now() - std::chrono::seconds(10);

    SUBCASE("killed after the branch moved: the index it left is installed")
    {
        // The branch at the second version, the index still at the first, the new index in index.lock.
        std::filesystem::copy_file(dir / "index-of-second", dir / ".git/index.lock");
        std::filesystem::copy_file(dir / "index-of-first", dir / ".git/index", std::filesystem::copy_options::overwrite_existing);
        std::filesystem::last_write_time(dir / ".git/index.lock", aged);
        leaveSaveLockOfKilledSapha(dir / ".git");
        REQUIRE(git(dir.path(), { "status", "--porcelain", "--", "a.meeting.xml" }) == "MM a.meeting.xml\n");
        REQUIRE(ws.save("b.meeting.xml", "other\n", "m", kSecretary).isOk());
        CHECK(git(dir.path(), { "status", "--porcelain", "--", "a.meeting.xml", "b.meeting.xml" }).empty());
    }
    SUBCASE("killed before the branch moved: the index in place is kept")
    {
        git(dir.path(), { "update-ref", "refs/heads/main", first });
        std::filesystem::copy_file(dir / "index-of-second", dir / ".git/index.lock");
        std::filesystem::copy_file(dir / "index-of-first", dir / ".git/index", std::filesystem::copy_options::overwrite_existing);
        std::ofstream(dir / "a.meeting.xml") << "first\n";
        std::filesystem::last_write_time(dir / ".git/index.lock", aged);
        leaveSaveLockOfKilledSapha(dir / ".git");
        REQUIRE(ws.save("b.meeting.xml", "other\n", "m", kSecretary).isOk());
        CHECK(git(dir.path(), { "status", "--porcelain", "--", "a.meeting.xml", "b.meeting.xml" }).empty());
        CHECK(git(dir.path(), { "show", "HEAD:a.meeting.xml" }) == "first\n");
    }
    SUBCASE("an index cut short by the kill is not installed")
    {
        const std::string whole = host::readFile(dir / "index-of-second").value();
        std::ofstream(dir / ".git/index.lock", std::ios::binary) << whole.substr(0, whole.size() - 7);
        std::filesystem::copy_file(dir / "index-of-first", dir / ".git/index", std::filesystem::copy_options::overwrite_existing);
        std::filesystem::last_write_time(dir / ".git/index.lock", aged);
        leaveSaveLockOfKilledSapha(dir / ".git");
        REQUIRE(ws.save("b.meeting.xml", "other\n", "m", kSecretary).isOk());
        CHECK_FALSE(std::filesystem::exists(dir / ".git/index.lock"));
    }
    CHECK_FALSE(std::filesystem::exists(dir / ".git/sapha.lock"));
    git(dir.path(), { "fsck", "--strict" });
}

TEST_CASE("workspace: a live save lock is never taken for an old one when the clock moves (its file dated 1970)")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kSecretary);
    Workspace& ws = *workspace.value();
    // This process holds the lock (as a save in progress would), and the clock then jumps far ahead of
    // the lock file's time: the file now looks written before the machine started.
    auto held = host::SaphaLock::acquire(dir / ".git");
    REQUIRE(held.isOk());
    const struct utimbuf epoch { 0, 0 };
    REQUIRE(::utime((dir / ".git/sapha.lock").c_str(), &epoch) == 0);
    auto refused = ws.save("a.meeting.xml", "while another save runs", "m", kSecretary);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().message.find("another Sapha (process " + std::to_string(getpid()) + " on ") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "a.meeting.xml"));
    held.value().reset();
    CHECK(ws.save("a.meeting.xml", "after it", "m", kSecretary).isOk());
}
