// Sapha benchmark — history work against git doing the same in the same run:
//  1. save + commit of a 300 KB document in-process, durability on, beside `git add` + `git commit`
//     (git's defaults, and with core.fsync=all), and `sapha-cli commit` as a process beside the same;
//  2. the first screenful (40 entries) of one document's history in a repository of 10,000 commits,
//     beside `git log --follow -n 40 -- PATH`;
//  3. the word diff of two versions of a 100-page Thai document, beside `git diff --word-diff`.
// Not a timed test: it prints numbers and ratios. Run: build/tests/bin/sapha_bench_history [save|history|words]
// (one part only, e.g. under a profiler).
// SPDX-License-Identifier: MIT
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include <sapha/diff/word_diff.hpp>

#include "git/git_runtime.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"
#include "storage/flush_barrier.hpp"
#include "storage/pack_consolidation.hpp"
#include "workspace/workspace.hpp"

using namespace sapha;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void git(const std::filesystem::path& repository, const std::vector<std::string>& arguments)
{
    auto result = test::runProcess("git", arguments, repository.string());
    if (result.exitCode != 0) {
        std::fprintf(stderr, "git %s failed: %s\n", arguments.front().c_str(), result.err.c_str());
        std::exit(1);
    }
}

// About 250 KB of Thai minutes text (a hundred pages), paragraph by paragraph.
std::string longThaiText(int variant)
{
    const char* const sentences[] = {
        "ที่ประชุมร่วมกันหารือและมอบให้ฝ่ายเลขานุการไปจัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย ประจำปี 2563 ",
        "ภายใต้กรอบแนวทางการพัฒนาระบบการทำงานและคุณภาพการให้บริการเพื่อส่งเสริมการเข้าถึงสิทธิของคนไร้ที่พึ่ง ",
        "การเสริมสร้างความรู้ความเข้าใจแก่สังคมและชุมชนในการดูแลและอยู่ร่วมกันกับคนไร้ที่พึ่ง ",
        "ผลการให้บริการคนไร้ที่พึ่งในจังหวัดเชียงราย มีจำนวน 66 ราย เป็นคนไร้ที่พึ่ง จำนวน 48 ราย และเป็นจิตเวช จำนวน 18 ราย\n",
    };
    std::string text;
    for (int paragraph = 0; text.size() < 250000; ++paragraph) {
        for (const char* sentence : sentences) {
            std::string s = sentence;
            // The second version changes one word in every fiftieth paragraph.
            if (variant == 2 && paragraph % 50 == 7 && s.find("ปฏิบัติการ") != std::string::npos)
                s.replace(s.find("ปฏิบัติการ"), std::string("ปฏิบัติการ").size(), "ยุทธศาสตร์");
            text += s;
        }
    }
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string only = argc > 1 ? argv[1] : "";
    const auto runs = [&](const char* part) { return only.empty() || only == part; };
    host::git::Runtime runtime;
    test::TempDir work;
    const host::Author author { "Bench", "bench@example.invalid", 0, 0 };

    // 1. Save + commit of a 300 KB document.
    if (runs("save")) {
        auto workspace = host::Workspace::create(work / "sapha", author);
        git(work.path(), { "init", "-q", "-b", "main", "plain" });
        git(work / "plain", { "config", "user.name", "Bench" });
        git(work / "plain", { "config", "user.email", "bench@example.invalid" });
        const std::string base = longThaiText(1) + std::string(50000, 'x');
        // Past the 50th pack, so that the fold a save starts (on another thread) is part of the run.
        constexpr int kSaves = 60;
        auto start = Clock::now();
        for (int i = 0; i < kSaves; ++i) {
            auto saved = workspace.value()->save("minutes/long.meeting.xml", base + std::to_string(i), "save", author);
            if (!saved) {
                std::fprintf(stderr, "%s\n", saved.error().describe().c_str());
                return 1;
            }
        }
        const double sapha = msSince(start) / kSaves;
        const auto foldStart = Clock::now();
        workspace.value()->waitForPackFolding();
        const double foldWait = msSince(foldStart);
        const std::size_t flushesBefore = host::flushCount();
        (void)workspace.value()->save("minutes/long.meeting.xml", base + "one more", "save", author);
        const std::size_t flushesPerSave = host::flushCount() - flushesBefore;
        auto gitSaves = [&](const std::vector<std::string>& extra) {
            auto begin = Clock::now();
            for (int i = 0; i < kSaves; ++i) {
                std::filesystem::create_directories(work / "plain" / "minutes");
                std::ofstream(work / "plain" / "minutes" / "long.meeting.xml") << base << i << "-" << extra.size();
                std::vector<std::string> add = extra;
                add.insert(add.end(), { "add", "minutes/long.meeting.xml" });
                git(work / "plain", add);
                std::vector<std::string> commit = extra;
                commit.insert(commit.end(), { "commit", "-q", "-m", "save" });
                git(work / "plain", commit);
            }
            return msSince(begin) / kSaves;
        };
        const double plainGit = gitSaves({});
        const double syncedGit = gitSaves({ "-c", "core.fsync=all" });
        std::printf("save + commit of a 300 KB document, mean of %d:\n", kSaves);
        std::printf("  Sapha (in-process, durable: %zu file-system flushes): %7.2f ms\n", flushesPerSave, sapha);
        std::printf("  (included: the save that wrote the %zuth pack started folding the packs on another thread; "
                    "no save waited for it; it was still at work %.0f ms after the last save)\n",
            host::kPackLimit, foldWait);
        std::printf("  git add + git commit (defaults):             %7.2f ms   ratio %.1fx\n", plainGit, plainGit / sapha);
        std::printf("  git add + git commit (core.fsync=all):       %7.2f ms   ratio %.1fx\n", syncedGit, syncedGit / sapha);
        std::printf("  (git's defaults flush nothing to disk: a power cut can lose or corrupt that commit)\n");

        // The same as processes: `sapha-cli commit` on a 300 KB minutes document.
        const std::string cli = std::string(SAPHA_BIN_DIR) + "/sapha-cli";
        std::string items;
        for (int i = 0; items.size() < 300000; ++i)
            items += "<item id=\"item-" + std::to_string(i) + "\"><title>" + longThaiText(1).substr(0, 600) + "</title></item>\n";
        auto meeting = [&](int i) {
            return "<?xml version=\"1.0\"?>\n<meeting format=\"1\" language=\"th\" digits=\"arabic\"><committee>"
                + std::to_string(i) + "</committee><number>1</number><year>2569</year><date>2026-11-23</date>"
                + "<start>09.30</start><people></people><agenda>" + items + "</agenda></meeting>\n";
        };
        constexpr int kCommits = 10;
        double cliMs = 0;
        for (int i = 0; i < kCommits; ++i) {
            std::ofstream(work / "sapha" / "minutes" / "big.meeting.xml") << meeting(i);
            auto begin = Clock::now();
            auto committed = test::runProcess(cli, { "-C", (work / "sapha").string(), "commit", "minutes/big.meeting.xml", "-m", "save" });
            cliMs += msSince(begin);
            if (committed.exitCode != 0) {
                std::fprintf(stderr, "sapha-cli commit failed: %s\n", committed.err.c_str());
                return 1;
            }
        }
        // git as it comes (nothing flushed to disk) and git made as durable as a Sapha save.
        auto gitCommits = [&](const std::vector<std::string>& extra) {
            double ms = 0;
            for (int i = 0; i < kCommits; ++i) {
                std::ofstream(work / "plain" / "minutes" / "big.meeting.xml") << meeting(i) << extra.size();
                std::vector<std::string> add = extra;
                add.insert(add.end(), { "add", "minutes/big.meeting.xml" });
                std::vector<std::string> commit = extra;
                commit.insert(commit.end(), { "commit", "-q", "-m", "save" });
                auto begin = Clock::now();
                git(work / "plain", add);
                git(work / "plain", commit);
                ms += msSince(begin);
            }
            return ms;
        };
        const double gitMs = gitCommits({});
        const double syncedGitMs = gitCommits({ "-c", "core.fsync=all" });
        std::printf("  sapha-cli commit (a process, checks the document loads, durable): %7.2f ms\n", cliMs / kCommits);
        std::printf("    git add + git commit (defaults, nothing flushed):   %7.2f ms   sapha/git %.2f\n", gitMs / kCommits,
            cliMs / gitMs);
        std::printf("    git add + git commit (core.fsync=all, durable):     %7.2f ms   sapha/git %.2f\n",
            syncedGitMs / kCommits, cliMs / syncedGitMs);
        std::printf("  target: sapha-cli commit at most 1.0x git add + git commit: %s against git's defaults, %s against "
                    "git as durable\n",
            cliMs <= gitMs ? "met" : "NOT met", cliMs <= syncedGitMs ? "met" : "NOT met");
        // The floor under any process built on this libgit2: load it, initialise it, open the repository.
        const std::string starter = std::string(SAPHA_BENCH_DIR) + "/sapha_bench_libgit2_start";
        double startMs = 0;
        for (int i = 0; i < kCommits; ++i) {
            auto begin = Clock::now();
            auto started = test::runProcess(starter, { (work / "sapha").string() });
            startMs += msSince(begin);
            if (started.exitCode != 0) {
                std::fprintf(stderr, "%s failed: %s\n", starter.c_str(), started.err.c_str());
                return 1;
            }
        }
        std::printf("  a process that only starts libgit2 and opens the repository: %7.2f ms   (%.2f of git add + git commit, "
                    "%.2f of sapha-cli commit)\n",
            startMs / kCommits, startMs / gitMs, startMs / cliMs);
    }

    // 2. History of one document among 10,000 commits.
    if (runs("history")) {
        const auto repo = work / "big";
        git(work.path(), { "init", "-q", "-b", "main", "big" });
        // fast-import writes the 10,000 commits in one go; every 100th touches the document.
        std::string stream;
        for (int i = 1; i <= 10000; ++i) {
            const std::string file = i % 100 == 0 ? "standards/s.standard.xml" : "notes/n" + std::to_string(i % 37) + ".txt";
            const std::string content = "version " + std::to_string(i) + "\n";
            stream += "commit refs/heads/main\nmark :" + std::to_string(i) + "\n";
            stream += "committer B <b@example.invalid> " + std::to_string(1600000000 + i) + " +0700\n";
            stream += "data 4\nsave\n";
            if (i > 1)
                stream += "from :" + std::to_string(i - 1) + "\n";
            stream += "M 100644 inline " + file + "\ndata " + std::to_string(content.size()) + "\n" + content + "\n";
        }
        std::ofstream(work / "stream") << stream;
        auto imported = test::runProcess("sh", { "-c", "git fast-import --quiet < " + (work / "stream").string() }, repo.string());
        if (imported.exitCode != 0) {
            std::fprintf(stderr, "fast-import failed: %s\n", imported.err.c_str());
            return 1;
        }
        git(repo, { "checkout", "-q", "main" });
        // The index is built once from Git (Sapha keeps it up to date as it commits afterwards).
        auto builder = host::Workspace::open(repo);
        auto start = Clock::now();
        (void)builder.value()->history("standards/s.standard.xml", 40);
        const double buildMs = msSince(start);
        builder.value().reset();
        // Then a fresh process's view: open the workspace and read the first screenful.
        start = Clock::now();
        auto workspace = host::Workspace::open(repo);
        auto history = workspace.value()->history("standards/s.standard.xml", 40);
        const double sapha = msSince(start);
        start = Clock::now();
        auto log = test::runProcess("git", { "log", "--follow", "-n", "40", "--format=%H %an %s", "--", "standards/s.standard.xml" },
            repo.string());
        const double gitLog = msSince(start);
        std::printf("first 40 history entries of one document among 10,000 commits:\n");
        std::printf("  Sapha (open + history index): %7.1f ms (%zu entries)   git log --follow: %7.1f ms   ratio %.1fx "
                    "(target 3x)\n",
            sapha, history ? history.value().size() : 0, gitLog, gitLog / sapha);
        std::printf("  building the index from Git once, for all 10,000 commits: %.0f ms\n", buildMs);
    }

    // 3. Word diff of a 100-page Thai document.
    if (runs("words")) {
        const std::string before = longThaiText(1);
        const std::string after = longThaiText(2);
        diff::diffWords("อุ่นเครื่อง", "อุ่นเครื่องแล้ว"); // loads ICU's dictionaries once
        auto start = Clock::now();
        const diff::Segments segments = diff::diffWords(before, after);
        const double sapha = msSince(start);
        std::size_t marked = 0;
        for (const diff::Segment& segment : segments)
            if (segment.operation != diff::Operation::Equal)
                marked += segment.text.size();
        std::ofstream(work / "a.txt") << before;
        std::ofstream(work / "b.txt") << after;
        start = Clock::now();
        auto gitDiff = test::runProcess("git", { "diff", "--no-index", "--word-diff=porcelain", "a.txt", "b.txt" }, work.path().string());
        const double gitMs = msSince(start);
        std::size_t gitMarked = 0;
        for (std::size_t at = 0; at < gitDiff.out.size();) {
            const std::size_t end = gitDiff.out.find('\n', at);
            const std::string line = gitDiff.out.substr(at, end - at);
            if (!line.empty() && (line[0] == '-' || line[0] == '+') && line.rfind("---", 0) != 0 && line.rfind("+++", 0) != 0)
                gitMarked += line.size() - 1;
            at = end == std::string::npos ? gitDiff.out.size() : end + 1;
        }
        std::printf("word diff of a 100-page Thai document (%zu KB), one word changed in every 50th paragraph:\n", before.size() / 1024);
        std::printf("  Sapha (ICU words): %7.1f ms, %zu bytes marked as changed   target under 50 ms: %s\n", sapha, marked,
            sapha < 50 ? "met" : "NOT met");
        std::printf("  git diff --word-diff: %7.1f ms, %zu bytes marked as changed (whole space-separated runs)\n", gitMs, gitMarked);
    }
    return 0;
}
