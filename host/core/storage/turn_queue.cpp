// Sapha — the threads of one process take turns at a workspace's save lock.
// SPDX-License-Identifier: MIT
#include "storage/turn_queue.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <utility>

namespace sapha::host {

TurnQueue& TurnQueue::of(const std::filesystem::path& gitDirectory)
{
    static std::mutex guard;
    // Never freed: a process works with a handful of repositories, and a thread may still hold a turn.
    static std::map<std::string, std::unique_ptr<TurnQueue>> queues;
    // By the path as written, without asking the file system: one repository spelt two ways in one
    // process gets two queues, and its threads then only wait on the file as before.
    std::string key = gitDirectory.lexically_normal().string();
    while (key.size() > 1 && key.back() == '/')
        key.pop_back();
    std::lock_guard lock(guard);
    std::unique_ptr<TurnQueue>& queue = queues[key];
    if (!queue)
        queue = std::make_unique<TurnQueue>();
    return *queue;
}

std::optional<TurnQueue::Turn> TurnQueue::wait(std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(m_mutex);
    const unsigned long ticket = m_nextTicket++;
    m_waiting.push_back(ticket);
    if (m_changed.wait_until(lock, deadline, [&] { return m_waiting.front() == ticket; }))
        return Turn(*this, ticket);
    m_waiting.erase(std::find(m_waiting.begin(), m_waiting.end(), ticket));
    m_changed.notify_all();
    return std::nullopt;
}

void TurnQueue::leave(unsigned long ticket)
{
    {
        std::lock_guard lock(m_mutex);
        m_waiting.erase(std::find(m_waiting.begin(), m_waiting.end(), ticket));
    }
    m_changed.notify_all();
}

TurnQueue::Turn::Turn(Turn&& other) noexcept
    : m_queue(std::exchange(other.m_queue, nullptr))
    , m_ticket(other.m_ticket)
{
}

TurnQueue::Turn::~Turn()
{
    if (m_queue)
        m_queue->leave(m_ticket);
}

} // namespace sapha::host
