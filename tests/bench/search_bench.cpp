// Sapha benchmark — search across 10,000 documents, beside `git grep` over the same files in the same
// run: the first search (which builds the index in .git/sapha), a search in a program that keeps the
// index (the GUI), and `sapha-cli search` as a process, for a rare word, a common one and a phrase.
// Not a timed test: it prints numbers and ratios. Run: build/tests/bin/sapha_bench_search [DOCUMENTS [DIR]]
// (DIR: where the workspace is made and left, to profile a search there; it must not exist yet).
// SPDX-License-Identifier: MIT
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "documents/documents.hpp"
#include "git/git_runtime.hpp"
#include "host_services.hpp"
#include "plugins/plugin_registry.hpp"
#include "run_process.hpp"
#include "search/workspace_search.hpp"
#include "temp_dir.hpp"
#include "workspace/workspace.hpp"

using namespace sapha;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

test::ProcessResult run(const std::string& program, const std::vector<std::string>& arguments, const std::filesystem::path& in)
{
    test::ProcessResult result = test::runProcess(program, arguments, in.string());
    if (result.exitCode != 0 && !(program == "git" && result.exitCode == 1)) {
        std::fprintf(stderr, "%s %s failed: %s\n", program.c_str(), arguments.front().c_str(), result.err.c_str());
        std::exit(1);
    }
    return result;
}

// Meeting `n`: six agenda items of the field's sentences, numbered so that no two documents are alike.
// Every thousandth mentions the provincial hall (a rare word); every fourth item an action plan.
std::string meeting(int n)
{
    const char* const sentences[] = {
        "ที่ประชุมร่วมกันหารือและมอบให้ฝ่ายเลขานุการไปจัดทำแผนปฏิบัติการคุ้มครองคนไร้ที่พึ่ง",
        "ผลการให้บริการคนไร้ที่พึ่งในจังหวัด มีจำนวน %d ราย เป็นจิตเวช จำนวน %d ราย",
        "การเสริมสร้างความรู้ความเข้าใจแก่สังคมและชุมชนในการดูแลและอยู่ร่วมกันกับคนไร้ที่พึ่ง",
        "ภาคีเครือข่ายร่วมขับเคลื่อนการคืนสู่สังคมของผู้รับบริการ ครั้งที่ %d",
    };
    auto sentence = [&](int i) {
        char text[512];
        std::snprintf(text, sizeof text, sentences[i % 4], n % 97 + i, n % 13 + i);
        return std::string(text);
    };
    std::string agenda;
    for (int i = 1; i <= 6; ++i) {
        agenda += "<item id=\"item-" + std::to_string(i) + "\"><title>" + sentence(n + i) + "</title><text>" + sentence(n + i + 1)
            + " " + sentence(n + i + 2) + (n % 1000 == 7 && i == 3 ? " ณ ศาลากลางจังหวัด" : "") + "</text><resolution>"
            + sentence(n + i + 3) + "</resolution></item>";
    }
    return "<?xml version=\"1.0\"?>\n<meeting format=\"1\" language=\"th\" digits=\"arabic\"><committee>คณะอนุกรรมการที่ "
        + std::to_string(n % 77) + "</committee><number>" + std::to_string(n % 12 + 1) + "</number><year>" + std::to_string(2500 + n % 69)
        + "</year><date>2026-11-23</date><start>09.30</start><people></people><agenda>" + agenda + "</agenda></meeting>\n";
}

} // namespace

int main(int argc, char** argv)
{
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    host::git::Runtime runtime;
    test::TempDir work;
    const std::filesystem::path root = argc > 2 ? std::filesystem::path(argv[2]) : work / "ws";
    const host::Author author { "Bench", "bench@example.invalid", 0, 0 };
    {
        auto created = host::Workspace::create(root, author);
        if (!created) {
            std::fprintf(stderr, "%s\n", created.error().describe().c_str());
            return 1;
        }
    }
    std::printf("writing %d meetings...\n", count);
    std::filesystem::create_directories(root / "minutes");
    std::uintmax_t bytes = 0;
    for (int n = 0; n < count; ++n) {
        const std::string text = meeting(n);
        bytes += text.size();
        std::ofstream(root / "minutes" / ("m" + std::to_string(n) + ".meeting.xml"), std::ios::binary) << text;
    }
    run("git", { "add", "-A" }, root);
    run("git", { "-c", "user.name=Bench", "-c", "user.email=bench@example.invalid", "commit", "-q", "-m", "meetings" }, root);
    std::printf("%d meetings, %.1f MB\n\n", count, static_cast<double>(bytes) / 1e6);
    // Files changed in the last two seconds are read again at every search (their time may not tell a
    // second change): the documents here are as if saved earlier.
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));

    host::UserSettings settings;
    host::HostServices services { settings, LogLevel::None };
    host::PluginRegistry registry { services };
    registry.discover({ SAPHA_PLUGIN_DIR });
    registry.loadAll();
    auto workspace = host::Workspace::open(root);
    host::Documents documents(*workspace.value(), registry, author, "th");

    auto started = Clock::now();
    auto first = host::searchWorkspace(documents, "ศาลากลาง", {});
    std::printf("first search (builds the index of %d documents): %.0f ms, %zu hits\n\n", count, msSince(started),
        first ? first.value().size() : 0);

    struct Query {
        const char* label;
        const char* text;
    };
    const Query queries[] = { { "a rare word", "ศาลากลาง" }, { "a common term", "แผนปฏิบัติการ" }, { "a phrase", "คืนสู่สังคม ของผู้รับบริการ" } };
    std::printf("%-14s %12s %14s %14s %10s %8s\n", "query", "in program", "sapha-cli", "git grep -l", "program/", "cli/");
    std::printf("%-14s %12s %14s %14s %10s %8s\n", "", "(index kept)", "(a process)", "", "git grep", "git grep");
    for (const Query& query : queries) {
        const int rounds = 5;
        std::size_t hits = 0;
        started = Clock::now();
        // The first screenful of results (50), ranked among all, as the GUI and the CLI show them.
        for (int i = 0; i < rounds; ++i)
            host::searchWorkspace(documents, query.text, {}).value();
        const double inProgram = msSince(started) / rounds;
        host::SearchOptions every;
        every.limit = 1000000;
        hits = host::searchWorkspace(documents, query.text, every).value().size();
        started = Clock::now();
        for (int i = 0; i < rounds; ++i)
            run(SAPHA_BIN_DIR "/sapha-cli", { "-C", root.string(), "search", query.text }, root);
        const double cli = msSince(started) / rounds;
        started = Clock::now();
        for (int i = 0; i < rounds; ++i)
            run("git", { "grep", "-l", "-F", query.text }, root);
        const double grep = msSince(started) / rounds;
        std::printf("%-14s %9.1f ms %11.1f ms %11.1f ms %9.2fx %7.2fx   (%zu elements hold it; 50 shown)\n", query.label, inProgram, cli,
            grep, inProgram / grep, cli / grep, hits);
    }
    // What every sapha-cli command pays before it searches: starting, loading the plugins, listing the
    // documents (issue of start-up, not of search).
    started = Clock::now();
    for (int i = 0; i < 5; ++i)
        run(SAPHA_BIN_DIR "/sapha-cli", { "-C", root.string(), "list" }, root);
    std::printf("\nsapha-cli list (start-up and the listing of %d documents, which a search also does): %.1f ms\n", count,
        msSince(started) / 5);
    std::printf("\ngit grep finds lines holding the bytes; Sapha finds whole words in the elements of the documents,\n"
                "ranked, with each element's numbering and the document's title.\n");
    return 0;
}
