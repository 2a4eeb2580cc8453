// Sapha fuzzing — what every harness shares: a property that must hold (else the run stops, saying
// which), and counts of inputs accepted and rejected for the replay's report.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdio>
#include <cstdlib>

namespace sapha::fuzz {

struct Counts {
    long accepted = 0; // inputs the code under test took (and that passed every property)
    long rejected = 0; // inputs it refused with an error
};

inline Counts& counts()
{
    static Counts shared;
    return shared;
}

// A property broken: a bug, whatever the input. abort() lets libFuzzer save the input.
[[noreturn]] inline void broken(const char* property, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: property broken: %s\n", file, line, property);
    std::abort();
}

} // namespace sapha::fuzz

#define SAPHA_FUZZ_REQUIRE(condition)                                      \
    do {                                                                   \
        if (!(condition))                                                  \
            ::sapha::fuzz::broken(#condition, __FILE__, __LINE__);         \
    } while (false)
