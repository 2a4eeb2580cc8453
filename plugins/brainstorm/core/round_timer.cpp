// Sapha brainstorm — a round's countdown on the steady clock.
// SPDX-License-Identifier: MIT
#include "core/round_timer.hpp"

namespace sapha::brainstorm {

void RoundTimer::start(Clock::time_point now)
{
    if (m_running)
        return;
    m_started = now;
    m_running = true;
}

void RoundTimer::pause(Clock::time_point now)
{
    if (!m_running)
        return;
    m_runBefore += now - m_started;
    m_running = false;
}

void RoundTimer::reset()
{
    m_running = false;
    m_runBefore = {};
    m_alarmGiven = false;
}

int RoundTimer::remainingSeconds(std::chrono::seconds length, Clock::time_point now) const
{
    Clock::duration run = m_runBefore;
    if (m_running)
        run += now - m_started;
    // Rounded up while time is left, so that 00:00 is shown only when the time is up.
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(length - run).count();
    return left > 0 ? static_cast<int>((left + 999) / 1000) : static_cast<int>(left / 1000);
}

bool RoundTimer::alarmDue(std::chrono::seconds length, Clock::time_point now)
{
    if (!m_running || m_alarmGiven || remainingSeconds(length, now) > 0)
        return false;
    m_alarmGiven = true;
    return true;
}

} // namespace sapha::brainstorm
