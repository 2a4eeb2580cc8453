// Sapha — the threads of one process take turns at a workspace's save lock, first come, first served.
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>

namespace sapha::host {

// The save lock is a file that a waiting process tries to take every few milliseconds. Between two
// threads of one process that is unfair: a thread saving in a loop takes the file again microseconds
// after it let it go, and a thread waiting to install a fold of the packs never found it free
// (hundreds of packs piled up, and every save and every other program slowed down with them). So the
// threads of a process first queue here, in order, and only the one whose turn it is tries the file.
class TurnQueue {
public:
    class Turn {
    public:
        Turn(Turn&& other) noexcept;
        Turn& operator=(Turn&&) = delete;
        Turn(const Turn&) = delete;
        ~Turn(); // the next thread in the queue goes on
    private:
        friend class TurnQueue;
        Turn(TurnQueue& queue, unsigned long ticket) : m_queue(&queue), m_ticket(ticket) { }
        TurnQueue* m_queue;
        unsigned long m_ticket;
    };

    // The queue of the repository whose git folder is `gitDirectory`, shared by the process's threads.
    static TurnQueue& of(const std::filesystem::path& gitDirectory);

    // Waits until every thread that queued before has had its turn; nothing when `deadline` passes first
    // (the thread then leaves the queue).
    std::optional<Turn> wait(std::chrono::steady_clock::time_point deadline);

private:
    void leave(unsigned long ticket);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<unsigned long> m_waiting; // tickets in order; the front one has the turn
    unsigned long m_nextTicket = 0;
};

} // namespace sapha::host
