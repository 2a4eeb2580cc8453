// Sapha brainstorm — what the participation server's connection guard allows one address, and what it
// counted; apart from the guard so that the server's options need no Poco (connection_guard.hpp says why).
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>

namespace sapha::brainstorm {

struct ConnectionLimits {
    std::chrono::milliseconds requestDeadline { 10000 }; // from the first byte of a request to its answer sent
    std::chrono::milliseconds slowAfter { 2000 };        // a request still arriving after this is slow
    std::size_t slowPerAddress = 8;                       // slow requests kept per address
    std::size_t readingPerAddress = 32;                   // half-sent requests at once per address (more: the oldest closed)
    std::size_t pressureAt = 336;                         // open connections from which idle ones are closed
    std::chrono::milliseconds idleGrace { 100 };          // a new connection's request may still be on its way
    std::size_t unprovenPerAddress = 16;                  // under pressure: connections yet to send a request
    std::chrono::milliseconds sweepEvery { 100 };
};

// What the guard did, for tests and the benchmark.
struct ConnectionCounts {
    std::size_t open = 0;
    std::size_t closedPastDeadline = 0;
    std::size_t closedSlow = 0;
    std::size_t closedHalfSent = 0;
    std::size_t closedIdleUnderPressure = 0;
    std::size_t refusedUnderPressure = 0;
};

} // namespace sapha::brainstorm
