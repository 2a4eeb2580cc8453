// Sapha benchmark — start-up: sapha-cli loading every plugin core for a no-op (`plugins`), listing the
// demo workspace and logging a document, each beside git doing the nearest thing, measured in the same
// run; and the GUI's time from process start to an idle main window (warm, under Xvfb).
// Not a timed test: it prints medians and ratios. Run: build/tests/bin/sapha_bench_startup [runs]
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "run_process.hpp"
#include "temp_dir.hpp"

namespace {

double median(const std::vector<std::string>& command, int runs)
{
    sapha::test::timeProcess(command); // warm the page cache
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(sapha::test::timeProcess(command));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void compare(const char* what, const std::vector<std::string>& sapha, const char* peerName,
    const std::vector<std::string>& peer, int runs)
{
    const double ours = median(sapha, runs);
    const double theirs = median(peer, runs);
    std::printf("  %-36s %7.2f ms   git %-22s %7.2f ms   ratio %.2f\n", what, ours, peerName, theirs, ours / theirs);
}

} // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::max(3, std::atoi(argv[1])) : 30;
    const std::string bin = SAPHA_BIN_DIR;
    const std::string cli = bin + "/sapha-cli";
    sapha::test::TempDir work;
    setenv("SAPHA_CONFIG_HOME", (work / "config").c_str(), 1);
    setenv("XDG_DATA_HOME", (work / "data").c_str(), 1);
    setenv("SAPHA_PLUGIN_PATH", "", 1);
    const std::string demo = (work / "demo").string();
    if (sapha::test::runProcess(cli, { "demo", demo, "--quiet" }).exitCode != 0) {
        std::fprintf(stderr, "the demo workspace could not be built\n");
        return 1;
    }
    const std::string meeting = "minutes/chiangrai-1-2563.meeting.xml";

    std::printf("sapha-cli start-up, median of %d runs; ratio = sapha / git (lower is better)\n", runs);
    const double noop = median({ cli, "plugins" }, runs);
    const double peerNoop = median({ "git", "-C", demo, "rev-parse", "HEAD" }, runs);
    std::printf("  %-36s %7.2f ms   git %-22s %7.2f ms   ratio %.2f\n", "plugins (loads every plugin core)", noop,
        "rev-parse HEAD", peerNoop, noop / peerNoop);
    compare("list (demo workspace)", { cli, "-C", demo, "list" }, "ls-files", { "git", "-C", demo, "ls-files" }, runs);
    compare("log of one document", { cli, "-C", demo, "log", meeting }, "log -- PATH",
        { "git", "-C", demo, "log", "--oneline", "--", meeting }, runs);
    // The floor under any process built on Debian's libgit2: load it (with mbedTLS, libssh2, Kerberos),
    // initialise it (it reads every system CA certificate) and open a repository.
    const double floor = median({ std::string(SAPHA_BENCH_DIR) + "/sapha_bench_libgit2_start", demo }, runs);
    std::printf("  %-36s %7.2f ms\n", "libgit2 loaded, started, repo opened", floor);
    std::printf("  target: a no-op with every plugin found within the libgit2 floor + 3 ms: %s (%.2f ms, floor + %.2f)\n",
        noop <= floor + 3 ? "met" : "NOT met", noop, noop - floor);

    if (std::system("command -v xvfb-run > /dev/null") == 0) {
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            auto result = sapha::test::runProcess("xvfb-run",
                { "-a", "-s", "-screen 0 1400x900x24", bin + "/sapha", demo, "--exit-when-idle" });
            const std::size_t at = result.out.find("startup-to-idle-ms ");
            if (at != std::string::npos)
                times.push_back(std::atof(result.out.c_str() + at + 19));
        }
        if (!times.empty()) {
            std::sort(times.begin(), times.end());
            const double gui = times[times.size() / 2];
            std::printf("sapha GUI: process start to an idle main window on the demo workspace, median of %zu: %.1f ms\n",
                times.size(), gui);
            std::printf("  target: under 1 s warm: %s\n", gui < 1000 ? "met" : "NOT met");
        }
    }
    return 0;
}
