// Sapha tests — the board's round timer: counts down on the steady clock, pauses and resumes, shows
// 00:00 only when the time is up, and sounds its alarm once however often it is asked.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "core/round_timer.hpp"

using sapha::brainstorm::RoundTimer;
using namespace std::chrono_literals;

namespace {
const RoundTimer::Clock::time_point kStart = RoundTimer::Clock::time_point() + 1000h;
}

TEST_CASE("round timer: counts down while running, keeps its time through a pause, and starts over when reset")
{
    RoundTimer timer;
    CHECK_FALSE(timer.running());
    CHECK(timer.remainingSeconds(5min, kStart) == 300);
    timer.start(kStart);
    CHECK(timer.running());
    CHECK(timer.remainingSeconds(5min, kStart) == 300);
    CHECK(timer.remainingSeconds(5min, kStart + 400ms) == 300); // 4:59.6 left shows as 5:00
    CHECK(timer.remainingSeconds(5min, kStart + 1s) == 299);
    timer.pause(kStart + 60s);
    CHECK_FALSE(timer.running());
    CHECK(timer.remainingSeconds(5min, kStart + 10h) == 240); // paused: time does not run
    timer.start(kStart + 10h);
    timer.start(kStart + 10h + 30s); // starting a running timer changes nothing
    CHECK(timer.remainingSeconds(5min, kStart + 10h + 60s) == 180);
    CHECK(timer.remainingSeconds(5min, kStart + 10h + 241s) == -1); // over time
    timer.reset();
    CHECK_FALSE(timer.running());
    CHECK(timer.remainingSeconds(5min, kStart + 20h) == 300);
}

TEST_CASE("round timer: the alarm sounds once when the time is up, however often the board's clock ticks after it")
{
    RoundTimer timer;
    timer.start(kStart);
    int alarms = 0;
    for (auto now = kStart; now < kStart + 90s; now += 100ms)
        alarms += timer.alarmDue(1min, now) ? 1 : 0;
    CHECK(alarms == 1);
    // It sounded at the minute, not before.
    RoundTimer again;
    again.start(kStart);
    CHECK_FALSE(again.alarmDue(1min, kStart + 59900ms));
    CHECK(again.alarmDue(1min, kStart + 60s));
    CHECK_FALSE(again.alarmDue(1min, kStart + 61s));
    // A pause past the end and a resume do not sound it again; a reset makes it ready for the next round.
    again.pause(kStart + 70s);
    again.start(kStart + 80s);
    CHECK_FALSE(again.alarmDue(1min, kStart + 90s));
    again.reset();
    again.start(kStart + 100s);
    CHECK_FALSE(again.alarmDue(1min, kStart + 159s));
    CHECK(again.alarmDue(1min, kStart + 160s));
    // A stopped timer never sounds.
    RoundTimer stopped;
    CHECK_FALSE(stopped.alarmDue(1min, kStart + 10h));
}
