// Sapha reliability — the board's round timer ticked as the session editor ticks it, for the clock-jump
// test: a round of LENGTH seconds is started and the timer asked every TICK_MS milliseconds for RUN
// seconds whether the alarm is due. Prints "alarm" (flushed at once, so that the test can time it on
// its own clock) each time it is due, then "remaining S" at the end.
// Usage: sapha_round_timer_probe LENGTH RUN TICK_MS
// SPDX-License-Identifier: MIT
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "core/round_timer.hpp"

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: sapha_round_timer_probe LENGTH RUN TICK_MS\n");
        return 2;
    }
    const std::chrono::seconds length(std::atoi(argv[1]));
    const std::chrono::seconds run(std::atoi(argv[2]));
    const std::chrono::milliseconds tick(std::atoi(argv[3]));
    sapha::brainstorm::RoundTimer timer;
    const auto started = std::chrono::steady_clock::now(); // the probe's own measure of RUN
    timer.start(); // on the timer's own clock, the one under test
    while (std::chrono::steady_clock::now() - started < run) {
        if (timer.alarmDue(length)) {
            std::printf("alarm\n");
            std::fflush(stdout);
        }
        std::this_thread::sleep_for(tick);
    }
    std::printf("remaining %d\n", timer.remainingSeconds(length));
    return 0;
}
