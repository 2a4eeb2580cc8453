// Sapha tests — the history index: built from Git once, extended by new commits (Sapha's or git's),
// rebuilt when history is rewritten or the file is damaged; follows renames like git log --follow.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "git/git_runtime.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"
#include "storage/history_index.hpp"
#include "workspace/workspace.hpp"

using namespace sapha;
using namespace sapha::host;
using sapha::test::runProcess;
using sapha::test::TempDir;

namespace {

const Author kClerk { "เสมียน", "clerk@example.invalid", 0, 0 };

std::string runGit(const std::filesystem::path& repository, const std::vector<std::string>& arguments)
{
    auto result = runProcess("git", arguments, repository.string());
    INFO("git " << arguments.front() << ": " << result.err);
    REQUIRE(result.exitCode == 0);
    return result.out;
}

std::vector<std::string> messages(Workspace& ws, const std::string& path)
{
    auto history = ws.history(path);
    REQUIRE(history);
    std::vector<std::string> result;
    for (const Revision& revision : history.value())
        result.push_back(revision.message);
    return result;
}

// What git itself says, for comparison.
std::vector<std::string> gitMessages(const std::filesystem::path& repository, const std::string& path)
{
    std::vector<std::string> result;
    const std::string out = runGit(repository, { "log", "--follow", "--format=%s", "--", path });
    for (std::size_t at = 0; at < out.size();) {
        const std::size_t end = out.find('\n', at);
        result.push_back(out.substr(at, end - at));
        at = end + 1;
    }
    return result;
}

void gitCommit(const std::filesystem::path& repository, const std::string& message)
{
    runGit(repository, { "-c", "user.name=Git", "-c", "user.email=g@example.invalid", "commit", "-qm", message });
}

} // namespace

TEST_CASE("history index: follows renames and commits made with git, exactly as git log --follow does")
{
    TempDir dir;
    auto workspace = Workspace::create(dir.path(), kClerk);
    REQUIRE(workspace);
    Workspace& ws = *workspace.value();
    REQUIRE(ws.save("a.meeting.xml", "<meeting>หนึ่ง</meeting>\n", "one", kClerk));
    REQUIRE(ws.save("other.meeting.xml", "<meeting>อื่น</meeting>\n", "other", kClerk));
    REQUIRE(ws.save("a.meeting.xml", "<meeting>สอง</meeting>\n", "two", kClerk));
    CHECK(messages(ws, "a.meeting.xml") == std::vector<std::string> { "two", "one" });

    // Renamed and edited with the git command line: the index is extended with those commits.
    runGit(dir.path(), { "mv", "a.meeting.xml", "1-2563.meeting.xml" });
    gitCommit(dir.path(), "renamed by git");
    std::ofstream(dir / "1-2563.meeting.xml") << "<meeting>สาม</meeting>\n";
    runGit(dir.path(), { "add", "1-2563.meeting.xml" });
    gitCommit(dir.path(), "three by git");
    REQUIRE(ws.save("1-2563.meeting.xml", "<meeting>สี่</meeting>\n", "four", kClerk));

    const std::vector<std::string> expected { "four", "three by git", "renamed by git", "two", "one" };
    CHECK(messages(ws, "1-2563.meeting.xml") == expected);
    CHECK(gitMessages(dir.path(), "1-2563.meeting.xml") == expected);
    CHECK(messages(ws, "other.meeting.xml") == std::vector<std::string> { "other" });
    CHECK(ws.history("1-2563.meeting.xml", 2).value().size() == 2);
    CHECK(messages(ws, "never.meeting.xml").empty());
}

TEST_CASE("history index: kept between runs, extended, and rebuilt after a rewrite or damage")
{
    host::git::Runtime runtime;
    TempDir dir;
    {
        auto workspace = Workspace::create(dir.path(), kClerk);
        REQUIRE(workspace->get()->save("a.meeting.xml", "1", "one", kClerk));
        REQUIRE(workspace->get()->save("a.meeting.xml", "2", "two", kClerk));
        CHECK(messages(*workspace.value(), "a.meeting.xml").size() == 2);
    }
    const auto file = dir / ".git/sapha/history-index";
    REQUIRE(std::filesystem::exists(file));

    auto head = [&] {
        git_oid id;
        git_oid_fromstr(&id, runGit(dir.path(), { "rev-parse", "HEAD" }).substr(0, 40).c_str());
        return id;
    };
    git_repository* raw = nullptr;
    REQUIRE(git_repository_open(&raw, dir.path().c_str()) == 0);
    std::unique_ptr<git_repository, void (*)(git_repository*)> repository(raw, git_repository_free);

    HistoryIndex reread(file);
    reread.update(repository.get(), head());
    CHECK(reread.lastUpdate() == HistoryIndex::Update::Current);
    // Read from the file, not extended: each path found among those the file names.
    CHECK(reread.commitsChanging("a.meeting.xml", 0).size() == 2);
    CHECK(reread.commitsChanging("a.meeting.xm", 0).empty());
    CHECK(reread.commitsChanging("b.meeting.xml", 0).empty());

    std::ofstream(dir / "a.meeting.xml") << "3";
    runGit(dir.path(), { "add", "a.meeting.xml" });
    gitCommit(dir.path(), "three");
    HistoryIndex extended(file);
    extended.update(repository.get(), head());
    CHECK(extended.lastUpdate() == HistoryIndex::Update::Extended);
    CHECK(extended.commitsChanging("a.meeting.xml", 0).size() == 3);

    // History rewritten: the old tip is no longer on the branch.
    runGit(dir.path(), { "reset", "-q", "--hard", "HEAD~2" });
    std::ofstream(dir / "a.meeting.xml") << "rewritten";
    runGit(dir.path(), { "add", "a.meeting.xml" });
    gitCommit(dir.path(), "rewritten");
    HistoryIndex rewritten(file);
    rewritten.update(repository.get(), head());
    CHECK(rewritten.lastUpdate() == HistoryIndex::Update::Rebuilt);
    CHECK(rewritten.commitsChanging("a.meeting.xml", 0).size() == 2);

    // A damaged file (cut short) is rebuilt, not trusted.
    const auto size = std::filesystem::file_size(file);
    std::filesystem::resize_file(file, size - 3);
    HistoryIndex damaged(file);
    damaged.update(repository.get(), head());
    CHECK(damaged.lastUpdate() == HistoryIndex::Update::Rebuilt);
    CHECK(damaged.commitsChanging("a.meeting.xml", 0).size() == 2);
}
