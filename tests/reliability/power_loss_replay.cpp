// Sapha reliability — the power-loss test. kill -9 never loses what the page cache holds, so it
// cannot find a missing flush. Here a save runs under io_recorder (LD_PRELOAD), which logs every
// write, rename, unlink and flush under the workspace with the content each left. The replay then
// builds the states a power cut could leave: everything before the last flush, plus any subset of
// what came after it, each with its unflushed data kept or lost. Every state must pass: git fsck
// --strict, git status, the committed and the working document equal to a version that was saved,
// and the next save succeeding — for `commit`, `restore`, `tag`, and a `pull` that writes another
// workspace's version over the working document.
// Usage: sapha_power_loss_replay SAPHA_CLI IO_RECORDER_SO
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "run_process.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;
using sapha::test::runProcess;

namespace {

struct Op {
    char type; // W R L U B F
    std::string a, b, content;
    // The files flushed one by one (fsync) earlier in the op's segment, with their content then: a
    // power cut keeps that content whatever else is lost.
    std::map<std::string, std::string> synced;
};

// A state of the workspace folder: every file with its content, and every folder.
struct Tree {
    std::map<std::string, std::string> files;
    std::set<std::string> folders;
};

std::string slurp(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

Tree readTree(const fs::path& root)
{
    Tree tree;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        const std::string relative = fs::relative(entry.path(), root).string();
        if (entry.is_directory())
            tree.folders.insert(relative);
        else if (entry.is_regular_file())
            tree.files[relative] = slurp(entry.path());
    }
    return tree;
}

double uptimeSeconds()
{
    std::ifstream in("/proc/uptime");
    double seconds = 0;
    in >> seconds;
    return seconds;
}

void writeTree(const Tree& tree, const fs::path& root)
{
    fs::remove_all(root);
    fs::create_directories(root);
    for (const std::string& folder : tree.folders)
        fs::create_directories(root / folder);
    // A power cut means a restart: every file left on the disk was written before the host started.
    const auto beforeBoot = fs::file_time_type::clock::now()
        - std::chrono::seconds(static_cast<long>(uptimeSeconds()) + 60);
    for (const auto& [path, content] : tree.files) {
        fs::create_directories((root / path).parent_path());
        std::ofstream(root / path, std::ios::binary) << content;
        fs::last_write_time(root / path, beforeBoot);
    }
}

std::vector<Op> readLog(const fs::path& path, const std::string& root)
{
    const std::string log = slurp(path);
    std::vector<Op> ops;
    auto relative = [&](const std::string& absolute) {
        return absolute.size() > root.size() ? absolute.substr(root.size() + 1) : std::string();
    };
    std::size_t at = 0;
    while (at < log.size()) {
        const std::size_t end = log.find('\n', at);
        std::istringstream header(log.substr(at, end - at));
        Op op;
        std::size_t la = 0, lb = 0, lc = 0;
        header >> op.type >> la >> lb >> lc;
        at = end + 1;
        op.a = relative(log.substr(at, la));
        at += la;
        op.b = relative(log.substr(at, lb));
        at += lb;
        op.content = log.substr(at, lc);
        at += lc;
        ops.push_back(op);
    }
    return ops;
}

// Applies `op` to `tree`. With `lost`, the data the op wrote never reached the disk: a new file is
// empty, an existing one keeps what the last flush left (`durable`).
void apply(Tree& tree, const Op& op, bool lost, const Tree& durable)
{
    auto flushed = [&](const std::string& path) {
        if (auto synced = op.synced.find(path); synced != op.synced.end())
            return synced->second;
        auto found = durable.files.find(path);
        return found == durable.files.end() ? std::string() : found->second;
    };
    switch (op.type) {
    case 'W':
        tree.files[op.a] = lost ? flushed(op.a) : op.content;
        break;
    case 'R':
        tree.files[op.b] = lost ? flushed(op.a) : op.content;
        tree.files.erase(op.a);
        break;
    case 'L': // a second name for the same file: its data as the first name has it
        tree.files[op.b] = lost ? flushed(op.a) : op.content;
        break;
    case 'U':
        tree.files.erase(op.a);
        break;
    default:
        break;
    }
}

struct Scenario {
    std::string name;
    std::vector<std::string> command;           // sapha-cli arguments run under the recorder
    std::set<std::string> committedVersions;    // what HEAD:doc may hold after a power cut
    std::set<std::string> workingVersions;      // what the working document may hold
    std::size_t flushBudget = 3;                // file-system flushes it may use
};

constexpr const char* kDoc = "minutes/m.meeting.xml";

int runScenario(const std::string& cli, const std::string& recorder, const Scenario& scenario,
    const fs::path& workspace, const fs::path& scratch)
{
    const std::string root = fs::canonical(workspace).string();
    const Tree before = readTree(workspace);
    const fs::path log = scratch / (scenario.name + ".log");
    fs::remove(log);
    auto ran = runProcess(cli, scenario.command, root,
        { { "LD_PRELOAD", recorder }, { "SAPHA_IO_ROOT", root }, { "SAPHA_IO_LOG", log.string() } });
    if (ran.exitCode != 0) {
        std::fprintf(stderr, "%s: the save itself failed: %s\n", scenario.name.c_str(), ran.err.c_str());
        return 1;
    }
    const std::vector<Op> ops = readLog(log, root);
    std::size_t barriers = 0, fileFlushes = 0;
    for (const Op& op : ops) {
        barriers += op.type == 'B';
        fileFlushes += op.type == 'F';
    }

    // Split at the barriers: segment k runs from barrier k (or the start) to the next one.
    std::vector<std::vector<Op>> segments(1);
    std::map<std::string, std::string> latest; // each file's content as last written, by name
    std::map<std::string, std::string> synced;
    for (const Op& op : ops) {
        if (op.type == 'B') {
            segments.emplace_back();
            synced.clear();
        } else if (op.type == 'F') {
            if (auto found = latest.find(op.a); found != latest.end())
                synced[op.a] = found->second;
        } else {
            Op kept = op;
            kept.synced = synced;
            segments.back().push_back(kept);
            if (op.type == 'W')
                latest[op.a] = op.content;
            else if (op.type == 'R' || op.type == 'L') {
                latest[op.b] = op.content;
                if (auto flushedFile = synced.find(op.a); flushedFile != synced.end())
                    synced[op.b] = flushedFile->second; // the same file, now under this name too
                if (op.type == 'R') {
                    latest.erase(op.a);
                    synced.erase(op.a);
                }
            } else if (op.type == 'U') {
                latest.erase(op.a);
                synced.erase(op.a);
            }
        }
    }

    std::mt19937 random(12345);
    std::set<std::size_t> seen;
    std::size_t states = 0, failures = 0;
    Tree durable = before;
    const fs::path stateDir = scratch / "state";
    for (std::size_t k = 0; k < segments.size(); ++k) {
        const std::vector<Op>& segment = segments[k];
        const std::size_t n = segment.size();
        // Which subsets of the segment's ops reached the disk.
        std::vector<std::vector<bool>> subsets;
        if (n <= 8) {
            for (std::size_t mask = 0; mask < (std::size_t(1) << n); ++mask) {
                std::vector<bool> subset(n);
                for (std::size_t i = 0; i < n; ++i)
                    subset[i] = (mask >> i) & 1;
                subsets.push_back(subset);
            }
        } else {
            for (std::size_t i = 0; i <= n; ++i) {
                std::vector<bool> prefix(n, false), single(n, false), allBut(n, true);
                std::fill(prefix.begin(), prefix.begin() + static_cast<long>(i), true);
                subsets.push_back(prefix);
                if (i < n) {
                    single[i] = true;
                    allBut[i] = false;
                    subsets.push_back(single);
                    subsets.push_back(allBut);
                }
            }
            for (int r = 0; r < 64; ++r) {
                std::vector<bool> subset(n);
                for (std::size_t i = 0; i < n; ++i)
                    subset[i] = random() % 2;
                subsets.push_back(subset);
            }
        }
        for (const std::vector<bool>& subset : subsets) {
            for (bool lost : { false, true }) {
                Tree state = durable;
                std::string description;
                for (std::size_t i = 0; i < n; ++i) {
                    if (!subset[i])
                        continue;
                    apply(state, segment[i], lost, durable);
                    description += std::string(" ") + segment[i].type + ":" + (segment[i].b.empty() ? segment[i].a : segment[i].b);
                }
                std::string key;
                for (const auto& [path, content] : state.files)
                    key += path + '\0' + std::to_string(std::hash<std::string> {}(content)) + '\0';
                if (!seen.insert(std::hash<std::string> {}(key)).second)
                    continue;
                ++states;
                writeTree(state, stateDir);
                std::string problem;
                auto fsck = runProcess("git", { "fsck", "--strict", "--no-progress" }, stateDir.string());
                auto status = runProcess("git", { "status", "--porcelain" }, stateDir.string());
                auto committed = runProcess("git", { "show", std::string("HEAD:") + kDoc }, stateDir.string());
                auto working = state.files.find(kDoc);
                if (fsck.exitCode != 0)
                    problem = "git fsck --strict failed: " + fsck.err + fsck.out;
                else if (status.exitCode != 0)
                    problem = "git status failed: " + status.err;
                else if (committed.exitCode != 0 || !scenario.committedVersions.count(committed.out))
                    problem = "HEAD's document is not a saved version: " + committed.err;
                else if (working == state.files.end() || !scenario.workingVersions.count(working->second))
                    problem = "the working document is not a saved version";
                else {
                    auto next = runProcess(cli, { "commit", kDoc, "-m", "after the power cut" }, stateDir.string());
                    auto fsckAfter = runProcess("git", { "fsck", "--strict", "--no-progress" }, stateDir.string());
                    if (next.exitCode != 0)
                        problem = "the next save failed: " + next.err;
                    else if (fsckAfter.exitCode != 0)
                        problem = "git fsck --strict failed after the next save: " + fsckAfter.err;
                }
                if (!problem.empty()) {
                    ++failures;
                    std::fprintf(stderr, "%s: FAILED after flush %zu, %s data, applied:%s\n  %s\n", scenario.name.c_str(), k,
                        lost ? "unflushed" : "all", description.c_str(), problem.c_str());
                }
            }
        }
        for (const Op& op : segment)
            apply(durable, op, false, durable);
    }
    std::printf("%-8s %3zu recorded operations, %zu file-system flushes, %zu single-file flushes; %4zu crash states "
                "checked, %zu failed\n",
        scenario.name.c_str(), ops.size(), barriers, fileFlushes, states, failures);
    if (barriers > scenario.flushBudget) {
        std::fprintf(stderr, "%s: %zu flushes, more than the %zu it may use\n", scenario.name.c_str(), barriers, scenario.flushBudget);
        return 1;
    }
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: sapha_power_loss_replay SAPHA_CLI IO_RECORDER_SO\n");
        return 2;
    }
    const std::string cli = argv[1];
    const std::string recorder = fs::canonical(argv[2]).string();
    sapha::test::TempDir scratch;
    setenv("SAPHA_CONFIG_HOME", (scratch / "config").c_str(), 1);
    setenv("SAPHA_PLUGIN_PATH", "", 1);

    const fs::path ws = scratch / "ws";
    auto must = [&](const std::vector<std::string>& arguments) {
        auto result = runProcess(cli, arguments, ws.string());
        if (result.exitCode != 0) {
            std::fprintf(stderr, "set-up failed: sapha-cli %s: %s\n", arguments.front().c_str(), result.err.c_str());
            std::exit(1);
        }
    };
    if (runProcess(cli, { "init", ws.string() }).exitCode != 0) {
        std::fprintf(stderr, "set-up failed: sapha-cli init\n");
        return 1;
    }
    must({ "new", "minutes", kDoc, "--title", "คณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย" });
    const std::string v1 = slurp(ws / kDoc);
    std::string v2 = v1;
    v2.replace(v2.find("<committee>"), 11, "<committee>ครั้งที่ ๒ ");
    std::ofstream(ws / kDoc, std::ios::binary) << v2;
    must({ "commit", kDoc, "-m", "second" });
    std::string v3 = v1;
    v3.replace(v3.find("<committee>"), 11, "<committee>ครั้งที่ ๓ ");
    std::ofstream(ws / kDoc, std::ios::binary) << v3;

    int failed = 0;
    // `commit`: the working file (v3) is committed as it is.
    failed += runScenario(cli, recorder, { "commit", { "commit", kDoc, "-m", "third" }, { v2, v3 }, { v3 } }, ws, scratch.path());
    // `restore`: v2's text comes back as a new commit, written to the working file in the same update.
    failed += runScenario(cli, recorder, { "restore", { "restore", kDoc, "HEAD~1" }, { v3, v2 }, { v3, v2 } }, ws, scratch.path());
    // `tag`: a named version.
    failed += runScenario(cli, recorder, { "tag", { "tag", "ร่างที่ 1" }, { v2 }, { v2 } }, ws, scratch.path());

    // `pull`: a version another workspace pushed (v4) is fetched and written over the working document,
    // which must never be left cut short or empty (libgit2's checkout rewrote files in place), with
    // the index and the branch; the fetched pack is durable before the copy of the remote's branch
    // names it (libgit2's fetch moved that ref before any flush).
    const fs::path shared = scratch / "shared.git";
    if (runProcess("git", { "init", "-q", "--bare", shared.string() }).exitCode != 0) {
        std::fprintf(stderr, "set-up failed: git init --bare\n");
        return 1;
    }
    must({ "remote", "add", "origin", shared.string() });
    must({ "push" });
    const fs::path other = scratch / "other";
    if (runProcess(cli, { "clone", shared.string(), other.string() }).exitCode != 0) {
        std::fprintf(stderr, "set-up failed: sapha-cli clone\n");
        return 1;
    }
    std::string v4 = v1;
    v4.replace(v4.find("<committee>"), 11, "<committee>ครั้งที่ ๔ ");
    std::ofstream(other / kDoc, std::ios::binary) << v4;
    if (runProcess(cli, { "commit", kDoc, "-m", "fourth, elsewhere" }, other.string()).exitCode != 0
        || runProcess(cli, { "push" }, other.string()).exitCode != 0) {
        std::fprintf(stderr, "set-up failed: the other workspace's commit and push\n");
        return 1;
    }
    // The fetch (a pack, the copy of the remote's branch) takes two flushes, the update three.
    failed += runScenario(cli, recorder, { "pull", { "pull" }, { v2, v4 }, { v2, v4 }, 5 }, ws, scratch.path());
    return failed == 0 ? 0 : 1;
}
