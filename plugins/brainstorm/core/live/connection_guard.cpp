// Sapha brainstorm — the connection guard.
// SPDX-License-Identifier: MIT
#include "core/live/connection_guard.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <Poco/Exception.h>

namespace sapha::brainstorm {

ConnectionGuard::ConnectionGuard(ConnectionLimits limits)
    : m_limits(limits)
    , m_watcher([this] { watch(); })
{
}

ConnectionGuard::~ConnectionGuard()
{
    closeAll();
    if (m_watcher.joinable())
        m_watcher.join();
}

ConnectionGuard::Ticket ConnectionGuard::enter(const Poco::Net::StreamSocket& socket)
{
    std::string address;
    try {
        address = socket.peerAddress().host().toString();
    } catch (const Poco::Exception&) {
        return Ticket(nullptr, {}); // gone before it was served
    }
    std::lock_guard hold(m_lock);
    if (m_closing)
        return Ticket(nullptr, {});
    m_entries.push_back(Entry { socket, address, State::Idle, Clock::now(), false });
    ++m_counts.open;
    ++m_live;
    ++m_unproven[address];
    // Checked here as well as by the watcher: a flood of idle connections must not take the last
    // threads before the next sweep.
    closeIdleUnderPressure(Clock::now());
    return Ticket(this, std::prev(m_entries.end()));
}

ConnectionGuard::Ticket::~Ticket()
{
    if (m_guard)
        m_guard->leave(m_entry);
}

void ConnectionGuard::Ticket::idle()
{
    m_guard->change(m_entry, State::Idle);
}

void ConnectionGuard::Ticket::reading()
{
    std::lock_guard hold(m_guard->m_lock);
    // Too many half-sent requests from this address: the one arriving the longest goes, never this one,
    // which may be a phone's (whose request arrives in one packet) behind the same address.
    const std::string& address = m_entry->address;
    std::vector<Entry*> halfSent;
    for (Entry& other : m_guard->m_entries) {
        if (!other.shut && other.state == State::Reading && other.address == address)
            halfSent.push_back(&other);
    }
    if (halfSent.size() >= m_guard->m_limits.readingPerAddress) {
        Entry* oldest = *std::min_element(halfSent.begin(), halfSent.end(), [](const Entry* a, const Entry* b) { return a->since < b->since; });
        m_guard->shut(*oldest);
        ++m_guard->m_counts.closedHalfSent;
    }
    m_entry->state = State::Reading;
    m_entry->since = Clock::now();
}

void ConnectionGuard::Ticket::handling()
{
    // The deadline runs on from the request's first byte: reading and answering together.
    std::lock_guard hold(m_guard->m_lock);
    m_entry->state = State::Handling;
    if (!m_entry->proven && !m_entry->shut)
        m_guard->countOut(m_guard->m_unproven, m_entry->address);
    m_entry->proven = true;
}

bool ConnectionGuard::admits(const std::string& address)
{
    std::lock_guard hold(m_lock);
    if (m_closing)
        return false;
    const auto unproven = m_unproven.find(address);
    if (m_live < m_limits.pressureAt || unproven == m_unproven.end() || unproven->second < m_limits.unprovenPerAddress)
        return true;
    ++m_counts.refusedUnderPressure;
    return false;
}

void ConnectionGuard::countOut(std::unordered_map<std::string, std::size_t>& counts, const std::string& address)
{
    auto found = counts.find(address);
    if (found != counts.end() && --found->second == 0)
        counts.erase(found);
}

void ConnectionGuard::leaveLiveSet(Entry& entry)
{
    --m_live;
    if (!entry.proven)
        countOut(m_unproven, entry.address);
}

void ConnectionGuard::change(std::list<Entry>::iterator entry, State state)
{
    std::lock_guard hold(m_lock);
    entry->state = state;
    entry->since = Clock::now();
}

void ConnectionGuard::leave(std::list<Entry>::iterator entry)
{
    std::lock_guard hold(m_lock);
    if (!entry->shut)
        leaveLiveSet(*entry);
    m_entries.erase(entry);
    --m_counts.open;
    m_left.notify_all();
}

void ConnectionGuard::keepOpen(const Poco::Net::StreamSocket& socket)
{
    std::lock_guard hold(m_lock);
    for (Entry& entry : m_entries) {
        if (entry.socket.impl() == socket.impl())
            entry.state = State::LongLived;
    }
}

void ConnectionGuard::shut(Entry& entry)
{
    if (entry.shut)
        return;
    entry.shut = true;
    leaveLiveSet(entry);
    try {
        // Wakes the connection's thread from its poll or read; the thread closes the socket.
        entry.socket.shutdown();
    } catch (const Poco::Exception&) {
        // Already closed by its peer: its thread is leaving.
    }
}

void ConnectionGuard::closePastDeadline(Clock::time_point now)
{
    for (Entry& entry : m_entries) {
        const bool timed = entry.state == State::Reading || entry.state == State::Handling;
        if (timed && !entry.shut && now - entry.since > m_limits.requestDeadline) {
            shut(entry);
            ++m_counts.closedPastDeadline;
        }
    }
}

void ConnectionGuard::closeSlowBeyondShare(Clock::time_point now)
{
    std::map<std::string, std::vector<Entry*>> slowByAddress;
    for (Entry& entry : m_entries) {
        if (!entry.shut && entry.state == State::Reading && now - entry.since > m_limits.slowAfter)
            slowByAddress[entry.address].push_back(&entry);
    }
    for (auto& [address, slow] : slowByAddress) {
        if (slow.size() <= m_limits.slowPerAddress)
            continue;
        // The longest-waiting go first: they are the furthest from ever finishing.
        std::sort(slow.begin(), slow.end(), [](const Entry* a, const Entry* b) { return a->since < b->since; });
        for (std::size_t i = 0; i < slow.size() - m_limits.slowPerAddress; ++i) {
            shut(*slow[i]);
            ++m_counts.closedSlow;
        }
    }
}

void ConnectionGuard::closeIdleUnderPressure(Clock::time_point now)
{
    if (m_live < m_limits.pressureAt)
        return;
    // Idle connections by address: those that never sent a request (a phone's sends its request at
    // once) go first, then keep-alive ones; each time from the address holding the most.
    std::unordered_map<std::string_view, std::vector<Entry*>> unproven;
    std::unordered_map<std::string_view, std::vector<Entry*>> provenIdle;
    for (Entry& entry : m_entries) {
        if (!entry.shut && entry.state == State::Idle && now - entry.since > m_limits.idleGrace)
            (entry.proven ? provenIdle : unproven)[entry.address].push_back(&entry); // oldest first
    }
    auto closeFromLargest = [&](std::unordered_map<std::string_view, std::vector<Entry*>>& idle) {
        auto most = std::max_element(idle.begin(), idle.end(), [](const auto& a, const auto& b) { return a.second.size() < b.second.size(); });
        if (most == idle.end() || most->second.empty())
            return false;
        auto oldest = std::min_element(most->second.begin(), most->second.end(), [](const Entry* a, const Entry* b) { return a->since < b->since; });
        shut(**oldest);
        most->second.erase(oldest);
        ++m_counts.closedIdleUnderPressure;
        return true;
    };
    while (m_live >= m_limits.pressureAt) {
        if (!closeFromLargest(unproven) && !closeFromLargest(provenIdle))
            return;
    }
}

void ConnectionGuard::watch()
{
    std::unique_lock hold(m_lock);
    while (!m_closing) {
        m_wake.wait_for(hold, m_limits.sweepEvery);
        if (m_closing)
            break;
        const Clock::time_point now = Clock::now();
        closePastDeadline(now);
        closeSlowBeyondShare(now);
        closeIdleUnderPressure(now);
    }
}

void ConnectionGuard::closeAll()
{
    std::unique_lock hold(m_lock);
    m_closing = true;
    for (Entry& entry : m_entries)
        shut(entry);
    m_wake.notify_all();
    m_left.wait(hold, [this] { return m_entries.empty(); });
}

ConnectionGuard::Counts ConnectionGuard::counts() const
{
    std::lock_guard hold(m_lock);
    return m_counts;
}

} // namespace sapha::brainstorm
