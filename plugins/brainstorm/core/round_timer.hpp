// Sapha brainstorm — a round's countdown on the board: started, paused, resumed and reset by the
// facilitator, and an alarm given once when the time is up. It runs on the steady clock, which no
// change of the wall clock moves (a time server's correction, a person setting the clock, a laptop
// waking in another time zone), so a clock moved by an hour neither ends a round early nor sounds
// its alarm twice.
// SPDX-License-Identifier: MIT
#pragma once

#include "core/brainstorm_export.h"

#include <chrono>

namespace sapha::brainstorm {

class SAPHA_BRAINSTORM_EXPORT RoundTimer {
public:
    using Clock = std::chrono::steady_clock;

    bool running() const { return m_running; }
    // Starts, or resumes after a pause (the time run before the pause still counts).
    void start(Clock::time_point now = Clock::now());
    void pause(Clock::time_point now = Clock::now());
    // Back to the round's full length, stopped, its alarm ready to sound again.
    void reset();

    // Whole seconds left of a round of `length`; negative once the time is over.
    int remainingSeconds(std::chrono::seconds length, Clock::time_point now = Clock::now()) const;
    // True on the first call at or after the time is up, while running, and never again until reset:
    // however often it is asked (every tick of the board's clock), the alarm sounds once.
    bool alarmDue(std::chrono::seconds length, Clock::time_point now = Clock::now());

private:
    bool m_running = false;
    Clock::time_point m_started {};
    Clock::duration m_runBefore {}; // run before the last pause
    bool m_alarmGiven = false;
};

} // namespace sapha::brainstorm
