// Sapha fuzzing — the replay: every input kept for a harness (its seed corpus and every input that once
// broke a property, tests/fuzz/regressions/) run through it in the normal build, as part of `make test`.
// Prints what it tried and what held; fails on a broken property (the harness aborts, naming it) and
// on an input that takes over a second.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s NAME DIR...\n", argv[0]);
        return 2;
    }
    std::vector<std::filesystem::path> inputs;
    for (int i = 2; i < argc; ++i) {
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator(argv[i], error)) {
            if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
                inputs.push_back(entry.path());
        }
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        std::fprintf(stderr, "%s: no inputs to replay\n", argv[1]);
        return 1;
    }
    double slowest = 0;
    std::string slowestName;
    for (const std::filesystem::path& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto start = std::chrono::steady_clock::now();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (seconds > slowest) {
            slowest = seconds;
            slowestName = path.filename().string();
        }
        if (seconds > 1.0) {
            std::fprintf(stderr, "%s: %s took %.2f s (limit 1 s)\n", argv[1], path.string().c_str(), seconds);
            return 1;
        }
    }
    std::printf("fuzz replay %s: %zu inputs tried, %ld accepted, %ld refused with a reason, every property held, "
                "slowest %.1f ms (%s)\n",
        argv[1], inputs.size(), sapha::fuzz::counts().accepted, sapha::fuzz::counts().rejected, slowest * 1000,
        slowestName.c_str());
    return 0;
}
